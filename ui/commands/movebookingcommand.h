#pragma once

#include "domain/booking.h"
#include "domain/result.h"

#include <QDateTime>
#include <QUndoCommand>

#include <functional>

namespace Rpb {

class SchedulingService;

// A move or resize of a booking that can be taken back. Its first redo() is the move itself, so a
// move the service refuses never lands on the stack (push() drops the command and the report
// says why). Every move, undo and redo included, names the row version it was based on: when
// someone else changed the booking since, the service refuses with who and when, and the command
// leaves the stack instead of overwriting their change.
class MoveBookingCommand final : public QUndoCommand
{
public:
    struct Placement
    {
        qint64 equipmentId = 0;
        QDateTime start; // UTC
        QDateTime end;
    };
    using Report = std::function<void(const Error &)>;

    // booking: as the person saw it; its placement is what undo() goes back to.
    MoveBookingCommand(SchedulingService &service, const Booking &booking, const Placement &after,
                       const QString &text, Report report);

    void undo() override;
    void redo() override;

    // Where refusals go from now on (the first redo's went to the report given).
    void setReport(Report report) { m_report = std::move(report); }
    qint64 bookingId() const { return m_bookingId; }
    qint64 rowVersion() const { return m_version; }

private:
    void apply(const Placement &placement);

    SchedulingService &m_service;
    qint64 m_bookingId = 0;
    qint64 m_version = 0; // the booking's version after the last step of this command
    Placement m_before;
    Placement m_after;
    Report m_report;
};

} // namespace Rpb
