#pragma once

#include "domain/integrityreport.h"
#include "domain/result.h"

#include <QStringList>

namespace Rpb {

class Database;

// SQLite's own consistency check on a connection of its own, so that it can run on a worker
// thread while the window stays responsive (it takes over a second on a national-size file).
// The full check also proves what the schema keeps twice: the monthly waste totals against a
// recount of the waste lines, and each line's `counted` flag and copied batch columns against
// its batch.
class IntegrityCheck final
{
public:
    using Report = IntegrityReport;

    // quick_check, or integrity_check when full. A storage error means the file could not even
    // be read; problems in a readable file come back in the report.
    static Result<Report> run(const QString &databasePath, bool full);
    // The same checks on an open database, as its connection sees it: inside a transaction, its
    // writes not yet committed included (a fuzzer checks what an import left before undoing it).
    static Result<Report> run(const Database &db, bool full);

    // The waste part of the full check on an open database, one line per finding (site, month,
    // what disagrees), at most `limit` lines and then how many more. Empty: all agree.
    static Result<QStringList> wasteTotals(const Database &db, int limit = 50);
};

} // namespace Rpb
