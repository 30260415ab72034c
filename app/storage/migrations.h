#pragma once

#include "domain/result.h"

#include <QStringList>

namespace Rpb {

class Database;

// Brings a database to the current schema version, recorded in PRAGMA user_version. Steps are
// cumulative (a file at version N runs every step after N) inside one transaction that rolls
// back whole on any error; an existing file is copied aside with VACUUM INTO first.
class Migrations final
{
public:
    static constexpr int CurrentVersion = 5;

    static Status migrate(Database &db);
    // Refuses a file written by a newer version, before anything writes to it.
    static Status refuseNewer(const Database &db);
    // The statements of one step, for tests and for documentation.
    static QStringList step(int toVersion);
    // Where the backup before migrating from fromVersion goes.
    static QString backupPath(const QString &databasePath, int fromVersion);
};

} // namespace Rpb
