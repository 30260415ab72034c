#pragma once

#include "booking.h"
#include "permissions.h"
#include "result.h"

#include <QDateTime>

namespace Rpb {

// The life cycle of a booking: which step a booking may take in its status and at what time, and
// whose permission the step needs. SchedulingService asks it before every step; the window asks
// SchedulingService::allowed(), which asks it, to offer a menu entry or a button.
class BookingRules final
{
public:
    enum class Step { Confirm, CheckIn, CheckOut, NoShow, Cancel, Move };

    // Check-in opens this many minutes before the start and closes at the end.
    static constexpr int CheckInOpensMinutes = 30;
    // Minutes after the start a booking nobody checked in may be marked a no-show.
    static constexpr int NoShowGraceMinutes = 30;

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
};

} // namespace Rpb
