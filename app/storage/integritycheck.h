#pragma once

#include "domain/result.h"

#include <QStringList>

namespace Rpb {

// SQLite's own consistency check on a connection of its own, so that it can run on a worker
// thread while the window stays responsive (it takes over a second on a national-size file).
class IntegrityCheck final
{
public:
    struct Report
    {
        bool ok = false;
        bool full = false;
        int schemaVersion = 0;
        QStringList problems; // what SQLite reported, empty when ok
    };

    // quick_check, or integrity_check when full. A storage error means the file could not even
    // be read; problems in a readable file come back in the report.
    static Result<Report> run(const QString &databasePath, bool full);
};

} // namespace Rpb
