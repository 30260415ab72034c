#include "movebookingcommand.h"

#include "services/schedulingservice.h"

namespace Rpb {

MoveBookingCommand::MoveBookingCommand(SchedulingService &service, const Booking &booking,
                                       const Placement &after, const QString &text, Report report)
    : QUndoCommand(text)
    , m_service(service)
    , m_bookingId(booking.meta.id)
    , m_version(booking.meta.rowVersion)
    , m_before {booking.equipmentId, booking.start, booking.end}
    , m_after(after)
    , m_report(std::move(report))
{ }

void MoveBookingCommand::undo()
{
    apply(m_before);
}

void MoveBookingCommand::redo()
{
    apply(m_after);
}

void MoveBookingCommand::apply(const Placement &placement)
{
    auto moved = m_service.move(m_bookingId, m_version, placement.equipmentId, placement.start,
                                placement.end);
    if (moved) {
        m_version = moved->meta.rowVersion;
        return;
    }
    // The stack drops an obsolete command; what the person sees is the reason.
    setObsolete(true);
    if (m_report)
        m_report(moved.error());
}

} // namespace Rpb
