#pragma once

#include "booking.h"
#include "permissions.h"
#include "result.h"

#include <QDateTime>

namespace Rpb {

// The life cycle of a booking: which step a booking may take in its status and at what time, and
// whose permission the step needs. SchedulingService asks it before every step; the window asks
// SchedulingService::allowed(), which asks it, to offer a menu entry or a button.
//
// Also what every booking and maintenance window is, whichever step made it or however it came
// (a sync package): SchedulingService asks before it writes one, the sync import for each one a
// package brings. What depends on the site's settings and the hour (opening hours, the shortest
// and longest booking, clashes) is asked when a booking is made, not of a record made before.
class BookingRules final
{
public:
    enum class Step { Confirm, CheckIn, CheckOut, NoShow, Cancel, Move };

    // Check-in opens this many minutes before the start and closes at the end.
    static constexpr int CheckInOpensMinutes = 30;
    // Minutes after the start a booking nobody checked in may be marked a no-show.
    static constexpr int NoShowGraceMinutes = 30;
    static constexpr int MaxPurposeLength = 500;
    static constexpr int MaxReasonLength = 500;
    static constexpr int MaxMaintenanceDays = 366;

    static QList<Step> steps();
    // Whether the booking in its status may take the step at this time (UTC); the refusal says
    // why in words a person reads.
    static Status check(Step step, const Booking &booking, const QDateTime &now);
    // The status a step leads to (Move keeps the status).
    static BookingStatus target(Step step, BookingStatus from);
    // The permission a step needs; asked with the booking's site and its maker.
    static Permissions::Action permission(Step step);
    // The audit log's name of the step: "check_in".
    static QString actionCode(Step step);

    // A start and an end (UTC), the end after the start. where: what messages name (a machine).
    static Status checkTimes(const QDateTime &start, const QDateTime &end, const QString &where);
    static Status checkPurpose(const QString &purpose, const QString &where);
    // A booking as its life cycle leaves it: its times, its purpose, and check-in and check-out
    // times only as far as its status has come (checked in: a check-in; done: both, the
    // check-out not before the check-in; otherwise neither).
    static Status checkRecord(const Booking &booking, const QString &where);
    // Times, at most MaxMaintenanceDays long, and a reason.
    static Status checkMaintenance(const MaintenanceWindow &window, const QString &where);
};

} // namespace Rpb
