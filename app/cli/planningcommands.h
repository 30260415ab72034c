#pragma once

#include "bookingformat.h"
#include "recordlookup.h"

namespace Rpb {

class AppContext;
class Console;
struct Invocation;

// The reading side of scheduling: the earliest free slots, the iCalendar file for phones and
// other calendars, and each machine's utilisation in a month.
class PlanningCommands final
{
    Q_DISABLE_COPY_MOVE(PlanningCommands)
public:
    PlanningCommands(AppContext &context, Console &console);

    int run(const Invocation &invocation);

private:
    int freeSlots(const Invocation &invocation);
    int ics(const Invocation &invocation);
    int utilization(const Invocation &invocation);

    AppContext &m_context;
    Console &m_console;
    RecordLookup m_lookup;
    BookingFormat m_format;
};

} // namespace Rpb
