#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QUndoCommand>

#include <functional>

namespace Rpb {

class SchedulingService;

// A move or resize of a booking that can be taken back. The page makes the move first (so a
// clash is refused before anything lands on the stack) and pushes this afterwards; undo and redo
// go through SchedulingService::move again, checked like any other move. When the old time has
// been taken meanwhile, the command reports why and leaves the stack.
class MoveBookingCommand final : public QUndoCommand
{
public:
    struct Placement
    {
        qint64 equipmentId = 0;
        QDateTime start; // UTC
        QDateTime end;
    };

    MoveBookingCommand(SchedulingService &service, qint64 bookingId, const Placement &before,
                       const Placement &after, const QString &text,
                       std::function<void(const Error &)> onError);

    void undo() override;
    void redo() override;

    qint64 bookingId() const { return m_bookingId; }

private:
    void apply(const Placement &placement);

    SchedulingService &m_service;
    qint64 m_bookingId = 0;
    Placement m_before;
    Placement m_after;
    std::function<void(const Error &)> m_onError;
    bool m_done = true; // pushed after the first move was made
};

} // namespace Rpb
