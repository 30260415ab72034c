#pragma once

#include "domain/result.h"
#include "recordlookup.h"
#include "reporting/monthlyreport.h"
#include "reporting/reporttext.h"

namespace Rpb {

class AppContext;
class Console;
struct Invocation;

// `report`: the monthly green-UMKM summary by command line, built once by ReportBuilder and
// written as PDF, HTML or JSON by the same renderers the Reports page uses, so the file a cron
// job makes equals the one a manager prints.
class ReportCommands final
{
    Q_DISABLE_COPY_MOVE(ReportCommands)
public:
    ReportCommands(AppContext &context, Console &console);

    int run(const Invocation &invocation);

private:
    // The signed-in account's full name (else its sign-in name), who prepared the document.
    QString preparedBy() const;
    Status writeHtml(const MonthlyReport &report, const ReportOptions &options,
                     const QString &path) const;

    AppContext &m_context;
    Console &m_console;
    RecordLookup m_lookup;
};

} // namespace Rpb
