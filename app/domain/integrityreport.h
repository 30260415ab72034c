#pragma once

#include <QStringList>

namespace Rpb {

// What a consistency check of the database found.
struct IntegrityReport
{
    bool ok = false;
    bool full = false;
    int schemaVersion = 0;
    QStringList problems; // what SQLite reported, empty when ok
    bool wasteChecked = false; // the full check of a file with monthly totals (schema 3)
    QStringList wasteProblems; // totals or flags that disagree, by site and month
};

} // namespace Rpb
