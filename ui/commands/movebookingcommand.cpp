#include "movebookingcommand.h"

#include "services/schedulingservice.h"

namespace Rpb {

MoveBookingCommand::MoveBookingCommand(SchedulingService &service, qint64 bookingId,
                                       const Placement &before, const Placement &after,
                                       const QString &text,
                                       std::function<void(const Error &)> onError)
    : QUndoCommand(text)
    , m_service(service)
    , m_bookingId(bookingId)
    , m_before(before)
    , m_after(after)
    , m_onError(std::move(onError))
{ }

void MoveBookingCommand::undo()
{
    apply(m_before);
}

void MoveBookingCommand::redo()
{
    // QUndoStack::push calls redo at once; the move it stands for is already made.
    if (m_done) {
        m_done = false;
        return;
    }
    apply(m_after);
}

void MoveBookingCommand::apply(const Placement &placement)
{
    auto moved = m_service.move(m_bookingId, placement.equipmentId, placement.start, placement.end);
    if (moved)
        return;
    // The stack drops an obsolete command; what the person sees is the reason.
    setObsolete(true);
    if (m_onError)
        m_onError(moved.error());
}

} // namespace Rpb
