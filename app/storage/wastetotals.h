#pragma once

#include "domain/result.h"

#include <QString>

namespace Rpb {

class Database;

// The monthly waste totals (waste_month_total) kept beside the waste lines. A line written on
// its own (change number 0, numbered by the counter trigger) is added by the trigger
// waste_line_counts. A writer of many lines at once gives each line its change number, which
// makes the trigger stand aside (schema 4): it sets `counted` as it inserts (countedSql()) and
// adds its lines with addLines(), one grouped statement instead of an upsert per line. `check
// --full` proves the totals equal to a recount either way.
class WasteTotals final
{
public:
    // The value of `counted` for a line that is `deleted` and belongs to the batch with id
    // `batchId` (SQL expressions): 1 while both live and the batch is not archived.
    static QString countedSql(const QString &deleted, const QString &batchId);

    // Adds the counted lines with ids from fromId to toId (both included) to the totals.
    static Status addLines(const Database &db, qint64 fromId, qint64 toId);
    // Adds the counted lines of one site with ids from fromId on: the site's lines are read in
    // the order of the totals (the covering index waste_line_counted), without sorting, which
    // pays when they are many (a site's package).
    static Status addSiteLines(const Database &db, qint64 siteId, qint64 fromId);
    // For a writer that inserts its lines as counted and adds them: takes those of them that do
    // not count (deleted, or of a deleted or archived batch) out again, through the update
    // trigger, as the insert trigger does for a single line.
    static Status settleCounted(const Database &db, qint64 fromId, qint64 toId);
};

} // namespace Rpb
