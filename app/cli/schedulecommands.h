#pragma once

#include "bookingformat.h"
#include "domain/result.h"
#include "recordlookup.h"
#include "services/schedulingservice.h"

namespace Rpb {

class AppContext;
class Console;
struct Invocation;

// Machine time by command line: book (once or as a series), list bookings, move a booking through
// its life cycle and block a machine for maintenance, through the scheduling service as the
// window does. A clash exits 3 and names the bookings it meets.
class ScheduleCommands final
{
    Q_DISABLE_COPY_MOVE(ScheduleCommands)
public:
    ScheduleCommands(AppContext &context, Console &console);

    int run(const Invocation &invocation);

private:
    int book(const Invocation &invocation);
    int list(const Invocation &invocation);
    int lifeCycle(const Invocation &invocation);
    int maintenance(const Invocation &invocation);
    // Exit 3 with one line (and with --json one object of "conflicts") per booking the clash
    // meets; for a series, a line per date that is not free, from a dry run of the request.
    int failWithConflicts(const Error &error, const QString &hint,
                          const SchedulingService::Request &request, qint64 siteId);

    AppContext &m_context;
    Console &m_console;
    RecordLookup m_lookup;
    BookingFormat m_format;
};

} // namespace Rpb
