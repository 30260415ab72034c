#pragma once

#include "domain/result.h"
#include "recordlookup.h"
#include "services/wastesummaryservice.h"

namespace Rpb {

class AppContext;
class Console;
struct Invocation;

// The waste figures by command line: `waste summary` prints the numbers behind the charts and
// `chart` draws the chart the Waste page shows, both from WasteSummaryService, so that they equal
// what the window shows.
class WasteCommands final
{
    Q_DISABLE_COPY_MOVE(WasteCommands)
public:
    WasteCommands(AppContext &context, Console &console);

    int run(const Invocation &invocation);

private:
    // What to group the summary by.
    enum class By { ProductLine, Category, Route, Period };

    int summary(const Invocation &invocation);
    int chart(const Invocation &invocation);
    // --site S|all, --from, --to and --unit as a query; malformed values are usage errors.
    Result<WasteSummaryService::Query> query(const Invocation &invocation);

    AppContext &m_context;
    Console &m_console;
    RecordLookup m_lookup;
    QString m_siteCode; // "all" or the site's code
};

} // namespace Rpb
