#include "bookingactions.h"

#include "domain/permissions.h"
#include "services/schedulingservice.h"

namespace Rpb {

bool BookingActions::allows(Action action, const Booking &b, const Actor &actor,
                            const QDateTime &now)
{
    const auto mine = [&] {
        return Permissions::allows(actor, Permissions::Action::Book, b.meta.siteId, b.operatorId);
    };
    switch (action) {
    case Confirm:
        return b.status == BookingStatus::Requested
            && Permissions::allows(actor, Permissions::Action::ManageSchedule, b.meta.siteId);
    case CheckIn:
        // The service opens check-in half an hour before the start and closes it at the end.
        return b.status == BookingStatus::Confirmed && now >= b.start.addSecs(-30 * 60)
            && now < b.end && mine();
    case CheckOut:
        return b.status == BookingStatus::CheckedIn && mine();
    case NoShow:
        return (b.status == BookingStatus::Confirmed || b.status == BookingStatus::Requested)
            && now >= b.start.addSecs(SchedulingService::NoShowGraceMinutes * 60) && mine();
    case Cancel:
        return (b.status == BookingStatus::Requested || b.status == BookingStatus::Confirmed)
            && mine();
    case ActionCount:
        break;
    }
    return false;
}

bool BookingActions::canMove(const Booking &b, const Actor &actor)
{
    return (b.status == BookingStatus::Requested || b.status == BookingStatus::Confirmed)
        && Permissions::allows(actor, Permissions::Action::Book, b.meta.siteId, b.operatorId);
}

QString BookingActions::text(Action action)
{
    switch (action) {
    case Confirm:
        return tr("Confir&m");
    case CheckIn:
        return tr("Check &in");
    case CheckOut:
        return tr("Check &out");
    case NoShow:
        return tr("Mark as no-sho&w");
    case Cancel:
        return tr("&Cancel booking...");
    case ActionCount:
        break;
    }
    return {};
}

QString BookingActions::tooltip(Action action)
{
    switch (action) {
    case Confirm:
        return tr("Approve a requested booking.");
    case CheckIn:
        return tr("The member has arrived: the machine is in use from now.");
    case CheckOut:
        return tr("The member has finished: the actual end is now.");
    case NoShow:
        return tr("Nobody came: the time is freed and the booking counts as a no-show.");
    case Cancel:
        return tr("Cancel the booking and free its time (Delete).");
    case ActionCount:
        break;
    }
    return {};
}

} // namespace Rpb
