#pragma once

#include "domain/actor.h"
#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace Rpb {

class ChangeHub;
class Database;
class Session;
class SyncRepository;

// Site-to-central-office packages (docs/sync-format.md) and the sync bookkeeping.
//
// A site exports everything of one of its sites that changed since its last export (or all of
// it); the central office imports the packages of many sites. An import first checks the whole
// package (SHA-256, format and schema version, duplicate UUIDs, references) and compares every
// record with the stored one, then writes everything in one transaction or nothing at all. An
// incoming record replaces ours when its row version is higher; an equal version with other
// content is a conflict, which is never applied silently: by default the import then changes
// nothing (exit 3); with ConflictPolicy::KeepAside the rest is applied and the conflicts are
// listed for a manager to decide. Sites whose data came in packages are read-only here.
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)
public:
    // Called now and then with work done and work in all (records); false asks to stop, which
    // leaves the database as it was.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    enum class ConflictPolicy { Refuse, KeepAside };
    enum class Resolution { KeepLocal, TakeIncoming };

    // How many records of one kind ("site", "member", "batch", "waste_line", ... as the
    // package names them) a package holds or an import would treat in each way.
    struct KindCount
    {
        QString kind;
        qint64 records = 0;   // in the package
        qint64 added = 0;     // new here
        qint64 changed = 0;   // ours is older: replaced
        qint64 unchanged = 0; // the same record and version, or ours is newer
        qint64 conflicting = 0;
    };

    struct Conflict
    {
        qint64 id = 0; // 0 while only previewed
        qint64 siteId = 0;
        QString siteCode;
        QString kind;
        QUuid recordUuid;
        QString label; // what a person recognises: a code, a name, a date and machine
        qint64 rowVersion = 0;
        QString incoming; // the record as the package carries it (JSON)
        QString local;    // ours (JSON)
        QDateTime found;  // UTC
    };

    struct ExportPreview
    {
        qint64 siteId = 0;
        QString siteCode;
        bool full = false;
        qint64 fromSeq = 0; // changes after this number ...
        qint64 toSeq = 0;   // ... up to and including this one
        QList<KindCount> kinds; // records per kind
        qint64 records() const;
    };

    struct ExportResult
    {
        ExportPreview preview;
        QUuid packageUuid;
        QString path;
        QString sha256; // hex
        qint64 bytes = 0;
    };

    struct ImportPreview
    {
        QUuid packageUuid;
        int formatVersion = 0;
        int schemaVersion = 0;
        QUuid siteUuid;
        QString siteCode;
        QString siteName;
        qint64 fromSeq = 0;
        qint64 toSeq = 0;
        bool full = false;
        QDateTime created; // UTC
        QString sha256;
        qint64 siteId = 0; // the package's site in this database; 0 while it is new here
        bool seenBefore = false; // this package was imported here already
        QList<KindCount> kinds;
        QList<Conflict> conflicts;
        qint64 records() const;
        qint64 changes() const; // added + changed over all kinds
    };

    struct SiteStatus
    {
        qint64 siteId = 0;
        QString siteCode;
        QString siteName;
        bool imported = false;   // its data comes from packages: read-only here
        qint64 changeSeq = 0;    // the site's change counter here
        qint64 pendingChanges = 0; // local sites: records changed since the last export
        QDateTime lastExport;    // UTC; invalid when never
        qint64 lastExportRecords = 0;
        QDateTime lastImport;    // UTC; invalid when never
        qint64 lastImportRecords = 0;
        qint64 openConflicts = 0;
    };

    SyncService(Database &db, const Session &session, ChangeHub &hub, QObject *parent = nullptr);
    ~SyncService() override;

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Sites of this database that may be exported: those not imported from elsewhere.
    Result<QList<qint64>> localSites() const;
    // Sites whose data came in packages; the services refuse to change them.
    Result<QList<qint64>> importedSites() const;

    Result<ExportPreview> previewExport(qint64 siteId, bool full) const;
    // Writes the package to path (through a temporary file renamed at the end) and records the
    // export in the sync status. Needs Permissions::Action::Sync.
    Result<ExportResult> exportPackage(qint64 siteId, const QString &path, bool full,
                                       const Progress &progress = {});

    // Reads and checks a package and compares it with this database; writes nothing.
    Result<ImportPreview> previewImport(const QString &path, const Progress &progress = {}) const;
    // Imports all or nothing. Conflicts with ConflictPolicy::Refuse: an Error of kind Conflict
    // naming them, nothing written. Returns what was done.
    Result<ImportPreview> importPackage(const QString &path, ConflictPolicy policy,
                                        const Progress &progress = {});
    // The same for a package already in memory (name: what messages call it, e.g. a file name).
    Result<ImportPreview> previewImportData(const QByteArray &package, const QString &name,
                                            const Progress &progress = {}) const;
    Result<ImportPreview> importPackageData(const QByteArray &package, const QString &name,
                                            ConflictPolicy policy, const Progress &progress = {});

    Result<QList<SiteStatus>> status() const;
    Result<QList<Conflict>> openConflicts(std::optional<qint64> siteId = {}) const;
    // KeepLocal closes the conflict; TakeIncoming writes the package's version of the record.
    // Needs a manager (Permissions::Action::Sync); audited.
    Status resolveConflict(qint64 conflictId, Resolution resolution);

private:
    const Actor &actor() const;
    QDateTime now() const;
    // After an import that wrote: one change per kind of record it brought, then the status.
    void publishImport(const ImportPreview &imported);
    // Reads a package from a device; imports it when a policy is given, else only previews it.
    // wrote tells whether the database changed.
    Result<ImportPreview> readPackage(QIODevice &device, const QString &name,
                                      std::optional<ConflictPolicy> policy,
                                      const Progress &progress, bool &wrote) const;

    Database &m_db;
    const Session &m_session;
    ChangeHub &m_hub;
    std::function<QDateTime()> m_now;
    // Kept from one import (or preview) to the next, so that its statements are prepared once:
    // for a package of a few records, preparing them costs more than the rest of the import.
    mutable std::unique_ptr<SyncRepository> m_importRepository;
};

} // namespace Rpb
