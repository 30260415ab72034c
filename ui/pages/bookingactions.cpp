#include "bookingactions.h"

namespace Rpb {

BookingRules::Step BookingActions::step(Action action)
{
    switch (action) {
    case Confirm:
        return BookingRules::Step::Confirm;
    case CheckIn:
        return BookingRules::Step::CheckIn;
    case CheckOut:
        return BookingRules::Step::CheckOut;
    case NoShow:
        return BookingRules::Step::NoShow;
    case Cancel:
    case ActionCount:
        break;
    }
    return BookingRules::Step::Cancel;
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
