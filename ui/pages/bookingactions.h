#pragma once

#include "domain/actor.h"
#include "domain/booking.h"

#include <QCoreApplication>

namespace Rpb {

// What a person may do with one booking now: the same rules as the service (status, time,
// role, own entries), asked before offering a menu entry or a button so that nobody is offered
// what will be refused.
class BookingActions final
{
    Q_DECLARE_TR_FUNCTIONS(BookingActions)
public:
    enum Action { Confirm, CheckIn, CheckOut, NoShow, Cancel, ActionCount };

    static bool allows(Action action, const Booking &booking, const Actor &actor,
                       const QDateTime &now);
    static bool canMove(const Booking &booking, const Actor &actor);
    static QString text(Action action); // with a mnemonic, for menus and buttons
    static QString tooltip(Action action); // what it does
};

} // namespace Rpb
