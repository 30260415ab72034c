#pragma once

#include "demo/demogenerator.h"
#include "domain/integrityreport.h"
#include "domain/result.h"

#include <QString>

namespace Rpb {

class Database;

// The database file as the window sees it: where it is, whether it may be written, backups, the
// consistency check and the demo data. The window asks this service instead of the database.
class StorageService final
{
    Q_DISABLE_COPY_MOVE(StorageService)
public:
    explicit StorageService(Database &db);

    QString path() const;
    int schemaVersion() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // After a failed consistency check: every service refuses to write from now on.
    void enterReadOnly(const QString &reason);
    // A translated warning when the file is on a network drive, empty otherwise.
    QString networkWarning() const;

    // A consistent copy while others use the file. An existing file of that name is replaced
    // only once the copy is complete, so a failed backup never destroys an older one; the open
    // database itself cannot be the target.
    Status backupTo(const QString &file) const;

    // SQLite's check (integrity_check when full, with the waste totals against a recount) on a
    // connection of its own: safe on a worker thread, given the path.
    static Result<IntegrityReport> check(const QString &path, bool full);

    // Whether the database holds no sites yet, and filling it with the demo sites.
    bool isEmpty() const;
    Result<DemoGenerator::Summary> fillWithDemo(const DemoGenerator::Options &options);

private:
    Database &m_db;
};

} // namespace Rpb
