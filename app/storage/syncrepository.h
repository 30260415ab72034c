#pragma once

#include "domain/result.h"
#include "sync/syncrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QSqlQuery;

namespace Rpb {

class Database;

// The SQL of sync: the records of a package as rows, the per-site change counter, the package
// log and the conflicts kept aside. It knows nothing of permissions, packages or audit; the sync
// service adds those and the transaction around them. Statements are prepared once per kind and
// reused, since an import runs them hundreds of thousands of times.
class SyncRepository final
{
    Q_DISABLE_COPY_MOVE(SyncRepository)
public:
    using Counts = std::array<qint64, SyncSchema::kindCount>;

    struct SiteState
    {
        qint64 id = 0;
        QByteArray uuid;
        QString code;
        QString name;
        bool imported = false;
        qint64 changeSeq = 0;
        qint64 lastExportSeq = 0;
        std::optional<qint64> lastExportMs;
        qint64 lastExportRecords = 0;
        qint64 lastImportSeq = 0;
        std::optional<qint64> lastImportMs;
        qint64 lastImportRecords = 0;
        qint64 openConflicts = 0;
    };

    // A stored record as a package would carry it, with its local keys.
    struct Local
    {
        qint64 id = 0;
        qint64 siteId = 0;
        SyncRecord record;
    };

    struct PackageLog
    {
        QByteArray uuid;
        qint64 siteId = 0;
        QString direction; // "export" or "import"
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        bool full = false;
        qint64 atMs = 0;
        qint64 records = 0;
        qint64 changed = 0;
        QString sha256;
        QString fileName;
        QString userName;
    };

    struct ConflictRow
    {
        qint64 id = 0;
        qint64 siteId = 0;
        QString siteCode;
        QByteArray packageUuid;
        QString entity;
        QByteArray recordUuid;
        qint64 rowVersion = 0;
        QByteArray incoming; // the record's line as the package carried it
        QByteArray local;
        qint64 foundMs = 0;
        std::optional<qint64> resolvedMs;
        QString resolution; // "", "kept_local" or "took_incoming"
    };

    explicit SyncRepository(const Database &db);
    ~SyncRepository();

    // Starts an import. A repository may be kept from one import to the next, so that its
    // statements are prepared once (preparing them is most of what a small package costs): what
    // an earlier import left is forgotten here (the ids of rows it wrote, which a rollback may
    // have taken back; its staging counters; whether the staging tables are there, which a
    // change of temp_store deletes).
    void beginImport();

    Result<QList<SiteState>> sites() const;
    Result<std::optional<SiteState>> site(qint64 id) const;
    // What an import asks of the site a package names: its id and code here, and whether its data
    // comes from packages. Lighter than site(): preparing the full state's statement is much of
    // what importing a small package costs.
    struct SiteIdentity
    {
        qint64 id = 0;
        QString code;
        bool imported = false;
    };
    Result<std::optional<SiteIdentity>> siteByUuid(const QByteArray &uuid) const;
    // A site with this code, whatever its UUID.
    Result<std::optional<qint64>> siteIdByCode(const QString &code) const;
    // Records of a site changed after a number of its counter.
    Result<qint64> changesAfter(qint64 siteId, qint64 seq) const;

    // Export. Chooses every record of the site, or those whose change number is in (from, to]
    // and everything they refer to (marked in a temporary table of this connection); returns how
    // many of each kind. Call inside one read transaction with readPicked, so that both see one
    // state.
    Result<Counts> pick(qint64 siteId, std::optional<std::pair<qint64, qint64>> range);
    // The picked records of one kind, in the order of their local ids.
    Status readPicked(SyncKind kind, const std::function<Status(const SyncRecord &)> &sink);
    void clearPicked();

    // Import.
    Result<std::optional<Local>> find(SyncKind kind, const QByteArray &uuid);
    Result<std::optional<qint64>> idOf(SyncKind kind, const QByteArray &uuid);
    // References are resolved by UUID; an account name is not stored (accounts are local).
    // insert() is for a site, which the records after it need at once; every other kind goes
    // in through stage(), which also keeps the monthly waste totals of the lines it writes.
    Result<qint64> insert(const SyncRecord &record, qint64 changeSeq);
    Status update(qint64 id, const SyncRecord &record, qint64 changeSeq);
    // New records of one kind after another (not sites) wait in a temporary table and go in
    // together on flushStaged(), which a record of another kind also causes: one statement for
    // thousands of rows instead of one each. A reference that resolves nowhere fails the flush.
    Status stage(const SyncRecord &record, qint64 changeSeq);
    Status flushStaged();
    qint64 stagedRows() const { return m_stagedRows; }
    // Adds the waste lines the flushes wrote, all of one site, to the monthly totals, after the
    // last flush: they come numbered, so the insert trigger leaves them out (schema 4), and one
    // grouped statement over the site's lines in the totals' order costs a tenth of the
    // trigger's upsert per line. Nothing may change those lines in between (a package lists
    // batches before their lines, and every record once).
    Status totalStagedLines(qint64 siteId);
    // The live waste lines of a batch that carry another month or product line than the batch as
    // stored now, or those of a waste category in another unit than it: what `check --full`
    // would find after either was replaced without its lines.
    struct Disagreeing
    {
        qint64 month = 0;
        qint64 productLine = 0;
        qint64 unit = 0;
    };
    Result<Disagreeing> wasteLinesAgainst(SyncKind kind, qint64 id) const;
    // Takes count numbers of a site's change counter, and marks the site as one whose data comes
    // from packages when asked; returns the first of them.
    Result<qint64> reserveChangeNumbers(qint64 siteId, qint64 count, bool markImported);
    // Gives back the numbers after lastUsed of a reservation that ended at reservedLast, unless
    // someone took numbers since.
    Status returnChangeNumbers(qint64 siteId, qint64 lastUsed, qint64 reservedLast);
    // Outside a transaction only. Keeps SQLite's statement journals in memory: every insert into
    // a table with triggers copies the pages it touches there first. Returns whether they were
    // kept in memory before, to be put back as they were.
    Result<bool> setTempStoreInMemory(bool inMemory);
    // What is written after beginUndoable() is taken back by undo(), inside a caller's
    // transaction too: a preview writes as an import does and keeps nothing.
    Status beginUndoable();
    void undo();
    // The page cache of this connection, in KiB; an import of a whole site keeps its indexes in
    // memory with a larger one.
    Result<qint64> cacheKiB() const;
    Status setCacheKiB(qint64 kib);
    Status noteImport(qint64 siteId, qint64 toSeq, qint64 atMs, qint64 records);
    Status noteExport(qint64 siteId, qint64 toSeq, qint64 atMs, qint64 records);
    Result<bool> packageKnown(const QByteArray &uuid, const QString &direction) const;
    // Inserts, or updates the entry of a package seen before.
    Status logPackage(const PackageLog &log);

    // Conflicts. The state of one already kept: empty when open, else its resolution.
    Result<std::optional<QString>> conflictState(const QByteArray &recordUuid, qint64 rowVersion,
                                                 const QByteArray &incoming) const;
    Status keepConflict(const ConflictRow &conflict);
    Result<QList<ConflictRow>> conflicts(std::optional<qint64> siteId, bool openOnly) const;
    Result<std::optional<ConflictRow>> conflict(qint64 id) const;
    Status resolveConflict(qint64 id, const QString &resolution, const QString &by, qint64 atMs);

private:
    struct Statements;
    Statements &statements(SyncKind kind);
    Status makeStageTables();
    Status prepareStage(SyncKind kind);
    Result<qint64> resolve(SyncKind kind, const QByteArray &uuid, const SyncRecord &record);
    // What insert() and update() bind alike; see bind() in the .cpp.
    struct Bound
    {
        int next = 0; // the next placeholder
        QList<QList<qint64>> links; // the targets of each Links field
    };
    Result<Bound> bind(QSqlQuery &q, const SyncRecord &record, qint64 changeSeq, bool inserting);
    // Runs a statement kept prepared by its text for the repository's life (positional values).
    // A statement that returns rows must be finished by the caller.
    Result<QSqlQuery *> cached(const QString &sql, const QVariantList &values = {}) const;
    Status writeLinks(Statements &s, qint64 owner, const QList<QList<qint64>> &links,
                      bool replacing);

    const Database &m_db;
    std::array<std::unique_ptr<Statements>, SyncSchema::kindCount> m_statements;
    SyncKind m_stagedKind = SyncKind::Site;
    qint64 m_stagedRows = 0;
    qint64 m_firstStagedLine = 0; // of the waste lines flushed and not yet in the totals
    bool m_stageTablesMade = false;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_cached;
    qint64 m_pickedSite = 0;
    bool m_pickedAll = false; // every record of the site, not a pick in the temporary table
};

} // namespace Rpb
