#pragma once

#include "domain/bookingrules.h"

#include <QCoreApplication>

namespace Rpb {

// The steps of a booking's life cycle as menus and buttons offer them. Whether a step is offered
// is SchedulingService::allowed()'s answer (the same rule the step itself asks), never decided
// here.
class BookingActions final
{
    Q_DECLARE_TR_FUNCTIONS(BookingActions)
public:
    enum Action { Confirm, CheckIn, CheckOut, NoShow, Cancel, ActionCount };

    static BookingRules::Step step(Action action);
    static QString text(Action action); // with a mnemonic, for menus and buttons
    static QString tooltip(Action action); // what it does
};

} // namespace Rpb
