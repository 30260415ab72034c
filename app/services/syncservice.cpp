#include "syncservice.h"

#include "appinfo.h"
#include "changehub.h"
#include "domain/permissions.h"
#include "domain/uuid7.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/syncrepository.h"
#include "storage/transaction.h"
#include "sync/jsonwriter.h"
#include "sync/packageformat.h"
#include "sync/packageimporter.h"
#include "sync/packagestream.h"
#include "sync/packagewriter.h"
#include "sync/recordcodec.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)
};

constexpr qint64 progressEvery = 1000;
// The page cache an import works with (KiB), and gives back afterwards.
constexpr qint64 importCacheKiB = 256 * 1024;
// From this many records written, a package's log is copied into the file in the background.
constexpr qint64 backgroundCheckpointRecords = 10000;

const QString exportDirection = QStringLiteral("export");
const QString importDirection = QStringLiteral("import");
const QString packageEntity = QStringLiteral("sync_package");
const QString conflictEntity = QStringLiteral("sync_conflict");

QDateTime fromMs(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

Error withWhere(Error e, const QString &where)
{
    if (e.where.isEmpty())
        e.where = where;
    return e;
}

Error stopped(const QString &where = {})
{
    return Error::invalid(Tr::tr("Stopped before the end; nothing was changed."), where);
}

// {"field": [old, new]} as the audit log keeps changes; a package has no old values.
QJsonObject auditCounts(const QList<std::pair<QString, QJsonValue>> &values)
{
    QJsonObject changes;
    for (const auto &[name, value] : values)
        changes.insert(name, QJsonArray {QJsonValue(), value});
    return changes;
}

struct ExportPlan
{
    SyncService::ExportPreview preview;
    SyncRepository::SiteState site;
    SyncRepository::Counts counts {};
};

// Inside a read transaction: what an export of the site would hold, picked in the repository.
Result<ExportPlan> planExport(SyncRepository &repository, qint64 siteId, bool full)
{
    auto site = repository.site(siteId);
    if (!site)
        return fail(site.error());
    if (!*site)
        return fail(Error::notFound(Tr::tr("There is no such site."), QString::number(siteId)));
    if ((*site)->imported)
        return fail(Error::invalid(
            Tr::tr("The records of site %1 came here in packages from its own database; export "
                   "them there, not from here.")
                .arg((*site)->code),
            (*site)->code));
    ExportPlan plan;
    plan.site = **site;
    SyncService::ExportPreview &p = plan.preview;
    p.siteId = siteId;
    p.siteCode = plan.site.code;
    // The first export of a site takes everything, whatever its change numbers.
    p.full = full || !plan.site.lastExportMs;
    p.fromSeq = p.full ? 0 : plan.site.lastExportSeq;
    p.toSeq = plan.site.changeSeq;
    auto counts = repository.pick(
        siteId,
        p.full ? std::nullopt
               : std::optional<std::pair<qint64, qint64>>(std::pair(p.fromSeq, p.toSeq)));
    if (!counts)
        return fail(counts.error());
    plan.counts = *counts;
    for (const SyncKindInfo &k : SyncSchema::kinds()) {
        SyncService::KindCount c;
        c.kind = SyncSchema::name(k.kind);
        c.records = plan.counts.at(size_t(SyncSchema::index(k.kind)));
        p.kinds << c;
    }
    return plan;
}

// A package's version of a conflicting record as kept: a conflict found before the site's
// responsible manager travelled holds a record of the older schema, without the field.
Result<SyncRecord> readKept(const QByteArray &line)
{
    auto record = RecordCodec::read(line);
    if (record)
        return record;
    if (auto older = RecordCodec::read(line, SyncSchema::oldestSchemaVersion))
        return older;
    return record;
}

} // namespace

qint64 SyncService::ExportPreview::records() const
{
    qint64 n = 0;
    for (const KindCount &k : kinds)
        n += k.records;
    return n;
}

qint64 SyncService::ImportPreview::records() const
{
    qint64 n = 0;
    for (const KindCount &k : kinds)
        n += k.records;
    return n;
}

qint64 SyncService::ImportPreview::changes() const
{
    qint64 n = 0;
    for (const KindCount &k : kinds)
        n += k.added + k.changed;
    return n;
}

SyncService::SyncService(Database &db, const Session &session, ChangeHub &hub, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_session(session)
    , m_hub(hub)
{ }

const Actor &SyncService::actor() const
{
    return m_session.actor();
}

void SyncService::publishImport(const ImportPreview &imported)
{
    // Per kind of record, so that each view reads again only what the package brought.
    QList<EntityKind> kinds;
    for (const KindCount &k : imported.kinds) {
        const auto sync = SyncSchema::kindFromName(k.kind.toLatin1());
        if (!sync || k.added + k.changed == 0)
            continue;
        const EntityKind kind = SyncSchema::entityKind(*sync);
        if (!kinds.contains(kind))
            kinds << kind;
    }
    for (EntityKind kind : std::as_const(kinds))
        m_hub.publish({kind, imported.siteId, {}});
    if (!imported.conflicts.isEmpty())
        m_hub.publish({EntityKind::SyncConflict, imported.siteId, {}});
    m_hub.publish({EntityKind::SyncPackage, imported.siteId, {}});
}

SyncService::~SyncService() = default;

QDateTime SyncService::now() const
{
    return m_now ? m_now().toUTC() : QDateTime::currentDateTimeUtc();
}

Result<QList<qint64>> SyncService::localSites() const
{
    auto sites = SyncRepository(m_db).sites();
    if (!sites)
        return fail(sites.error());
    QList<qint64> ids;
    for (const SyncRepository::SiteState &s : std::as_const(*sites)) {
        if (!s.imported)
            ids << s.id;
    }
    return ids;
}

Result<QList<qint64>> SyncService::importedSites() const
{
    auto sites = SyncRepository(m_db).sites();
    if (!sites)
        return fail(sites.error());
    QList<qint64> ids;
    for (const SyncRepository::SiteState &s : std::as_const(*sites)) {
        if (s.imported)
            ids << s.id;
    }
    return ids;
}

Result<SyncService::ExportPreview> SyncService::previewExport(qint64 siteId, bool full) const
{
    if (auto s = Permissions::checkRead(actor(), siteId); !s)
        return fail(s.error());
    SyncRepository repository(m_db);
    Transaction snapshot(m_db, Transaction::Mode::Deferred);
    if (auto s = snapshot.begin(); !s)
        return fail(s.error());
    auto plan = planExport(repository, siteId, full);
    repository.clearPicked();
    if (!plan)
        return fail(plan.error());
    return plan->preview;
}

Result<SyncService::ExportResult> SyncService::exportPackage(qint64 siteId, const QString &path,
                                                             bool full, const Progress &progress)
{
    if (auto s = Permissions::check(actor(), Permissions::Action::Sync, siteId); !s)
        return fail(s.error());
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    const QDateTime at = now();
    SyncRepository repository(m_db);
    PackageWriter writer(path);
    ExportResult result;
    result.path = QFileInfo(path).absoluteFilePath();
    PackageManifest manifest;
    {
        // One snapshot for the counts and the records, without keeping writers waiting.
        Transaction snapshot(m_db, Transaction::Mode::Deferred);
        if (auto s = snapshot.begin(); !s)
            return fail(s.error());
        auto plan = planExport(repository, siteId, full);
        if (!plan) {
            repository.clearPicked();
            return fail(plan.error());
        }
        result.preview = plan->preview;
        manifest.package = Uuid7::toBytes(Uuid7::generate(at.toMSecsSinceEpoch()));
        manifest.siteUuid = plan->site.uuid;
        manifest.siteCode = plan->site.code;
        manifest.siteName = plan->site.name;
        manifest.fromSeq = plan->preview.fromSeq;
        manifest.toSeq = plan->preview.toSeq;
        manifest.full = plan->preview.full;
        manifest.created = at;
        manifest.appVersion = AppInfo::version();
        manifest.counts = plan->counts;
        if (auto s = writer.begin(manifest); !s) {
            repository.clearPicked();
            return fail(s.error());
        }
        const qint64 total = result.preview.records();
        qint64 done = 0;
        for (const SyncKindInfo &k : SyncSchema::kinds()) {
            auto s = repository.readPicked(k.kind, [&](const SyncRecord &record) -> Status {
                if (auto w = writer.write(record); !w)
                    return w;
                ++done;
                if (progress && done % progressEvery == 0 && !progress(done, total))
                    return fail(stopped(result.path));
                return {};
            });
            if (!s) {
                repository.clearPicked();
                return fail(s.error());
            }
        }
        repository.clearPicked();
        if (writer.records() != total)
            return fail(Error::storage(Tr::tr("The records changed while the package was being "
                                              "written; nothing was exported. Try again.")));
        auto sha = writer.finish();
        if (!sha)
            return fail(sha.error());
        result.sha256 = QString::fromLatin1(*sha);
        if (auto s = snapshot.commit(); !s)
            return fail(s.error());
        if (progress && !progress(total, total))
            return fail(stopped(result.path));
    }
    result.packageUuid = Uuid7::fromBytes(manifest.package);
    result.bytes = writer.bytes();

    Transaction tx(m_db, Transaction::Mode::Immediate);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    const qint64 records = result.preview.records();
    if (auto s = repository.noteExport(siteId, manifest.toSeq, at.toMSecsSinceEpoch(), records); !s)
        return fail(s.error());
    SyncRepository::PackageLog log;
    log.uuid = manifest.package;
    log.siteId = siteId;
    log.direction = exportDirection;
    log.firstSeq = manifest.fromSeq;
    log.lastSeq = manifest.toSeq;
    log.full = manifest.full;
    log.atMs = at.toMSecsSinceEpoch();
    log.records = records;
    log.changed = records;
    log.sha256 = result.sha256;
    log.fileName = QFileInfo(path).fileName();
    log.userName = actor().name;
    if (auto s = repository.logPackage(log); !s)
        return fail(s.error());
    const QString summary = manifest.full
        ? Tr::tr("%1: full package of %n record(s)", nullptr, int(records)).arg(manifest.siteCode)
        : Tr::tr("%1: package of %n changed record(s)", nullptr, int(records))
              .arg(manifest.siteCode);
    if (auto s = AuditLog::append(m_db, actor(), exportDirection, packageEntity, result.packageUuid,
                                  siteId, summary,
                                  auditCounts({{QStringLiteral("records"), records},
                                               {QStringLiteral("full"), manifest.full},
                                               {QStringLiteral("to_seq"), manifest.toSeq},
                                               {QStringLiteral("file"), log.fileName}}));
        !s)
        return fail(s.error());
    if (auto s = writer.commit(); !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s) {
        QFile::remove(result.path);
        return fail(s.error());
    }
    m_hub.publish({EntityKind::SyncPackage, siteId, {}});
    return result;
}

Result<SyncService::ImportPreview> SyncService::readPackage(QIODevice &device, const QString &name,
                                                            std::optional<ConflictPolicy> policy,
                                                            const Progress &progress,
                                                            bool &wrote) const
{
    wrote = false;
    if (policy) {
        if (auto s = Permissions::check(actor(), Permissions::Action::Sync); !s)
            return fail(s.error());
    }
    // A preview writes too, in a transaction that is always rolled back: the database's own
    // rules (unique codes, checks between fields) then judge the preview exactly as they judge
    // the import, so a package the preview accepts is one the import accepts.
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    const QDateTime at = now();
    if (!m_importRepository)
        m_importRepository = std::make_unique<SyncRepository>(m_db);
    SyncRepository &repository = *m_importRepository;
    repository.beginImport();
    // What the import remembered is of no use to the next one: freed now, not then.
    const auto forget = qScopeGuard([&] { repository.beginImport(); });
    PackageImporter importer(repository, name);
    // An import holds the write lock from its first check to its last write, and writes as it
    // reads: anything found wrong, at the last line too, rolls all of it back.
    const bool outermost = m_db.transactionDepth() == 0;
    std::optional<bool> tempStoreWasInMemory;
    if (outermost) {
        if (auto was = repository.setTempStoreInMemory(true))
            tempStoreWasInMemory = *was;
    }
    const auto restoreTempStore = qScopeGuard([&] {
        if (tempStoreWasInMemory)
            (void)repository.setTempStoreInMemory(*tempStoreWasInMemory);
    });
    Transaction tx(m_db, Transaction::Mode::Immediate);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    // Inside a caller's transaction, not committing is not enough to undo the preview's writes:
    // a savepoint takes them back in every case.
    if (!policy) {
        if (auto s = repository.beginUndoable(); !s)
            return fail(s.error());
    }
    const auto undoPreview = qScopeGuard([&] {
        if (!policy)
            repository.undo();
    });
    // A whole site's indexes fit in this much memory, so that pages are written once; a small
    // package touches a few pages, which the cache holds as it is.
    const bool small
        = !device.isSequential() && device.size() - device.pos() <= PackageStream::inlineBytes;
    std::optional<qint64> cacheKiB;
    if (auto kib = small ? Result<qint64>(importCacheKiB) : repository.cacheKiB();
        kib && *kib < importCacheKiB) {
        cacheKiB = *kib;
        (void)repository.setCacheKiB(importCacheKiB);
    }
    const auto restoreCache = qScopeGuard([&] {
        if (cacheKiB)
            (void)repository.setCacheKiB(*cacheKiB);
    });

    PackageImporter::Options options;
    options.write = true;
    options.keepConflicts = policy != ConflictPolicy::Refuse;
    options.foundMs = at.toMSecsSinceEpoch();
    auto outcome = importer.read(device, options, progress);
    if (!outcome)
        return fail(outcome.error());

    ImportPreview preview;
    const PackageManifest &m = outcome->manifest;
    preview.packageUuid = QUuid::fromRfc4122(m.package);
    preview.formatVersion = m.formatVersion;
    preview.schemaVersion = m.schemaVersion;
    preview.siteUuid = QUuid::fromRfc4122(m.siteUuid);
    preview.siteCode = m.siteCode;
    preview.siteName = m.siteName;
    preview.fromSeq = m.fromSeq;
    preview.toSeq = m.toSeq;
    preview.full = m.full;
    preview.created = m.created;
    preview.sha256 = QString::fromLatin1(outcome->sha256);
    preview.siteId = outcome->siteId;
    auto seen = repository.packageKnown(m.package, importDirection);
    if (!seen)
        return fail(seen.error());
    preview.seenBefore = *seen;
    for (const SyncKindInfo &k : SyncSchema::kinds()) {
        const PackageImporter::Tally &t = outcome->kinds.at(size_t(SyncSchema::index(k.kind)));
        KindCount c;
        c.kind = SyncSchema::name(k.kind);
        c.records = t.records;
        c.added = t.added;
        c.changed = t.changed;
        c.unchanged = t.unchanged;
        c.conflicting = t.conflicting;
        preview.kinds << c;
    }
    for (const PackageImporter::FoundConflict &f : std::as_const(outcome->conflicts)) {
        Conflict c;
        c.siteId = f.siteId;
        c.siteCode = m.siteCode;
        c.kind = SyncSchema::name(f.kind);
        c.recordUuid = QUuid::fromRfc4122(f.recordUuid);
        c.label = f.label;
        c.rowVersion = f.rowVersion;
        c.incoming = QString::fromUtf8(f.incoming);
        c.local = QString::fromUtf8(f.local);
        c.found = at;
        preview.conflicts << c;
    }
    if (!policy)
        return preview;

    const qint64 conflicting = outcome->conflicting();
    if (conflicting > 0 && *policy == ConflictPolicy::Refuse) {
        Error e = Error::conflict(
            Tr::tr("%n record(s) of the package have the same version as ours but other "
                   "content; nothing was imported.",
                   nullptr, int(conflicting)),
            name);
        for (const Conflict &c : std::as_const(preview.conflicts))
            e.related << Uuid7::toText(c.recordUuid);
        return fail(e);
    }
    // A package with nothing new leaves the database exactly as it was, log included.
    if (outcome->writes == 0 && !(options.keepConflicts && outcome->newConflicts > 0))
        return preview;

    if (outcome->siteId > 0) {
        const qint64 records = outcome->records();
        const qint64 siteId = outcome->siteId;
        if (auto s = repository.noteImport(siteId, m.toSeq, at.toMSecsSinceEpoch(), records); !s)
            return fail(s.error());
        SyncRepository::PackageLog log;
        log.uuid = m.package;
        log.siteId = siteId;
        log.direction = importDirection;
        log.firstSeq = m.fromSeq;
        log.lastSeq = m.toSeq;
        log.full = m.full;
        log.atMs = at.toMSecsSinceEpoch();
        log.records = records;
        log.changed = outcome->writes;
        log.sha256 = preview.sha256;
        log.fileName = name;
        log.userName = actor().name;
        if (auto s = repository.logPackage(log); !s)
            return fail(s.error());
        const QString summary
            = Tr::tr("%1: %n record(s) added or changed", nullptr, int(outcome->writes))
                  .arg(m.siteCode);
        if (auto s = AuditLog::append(m_db, actor(), importDirection, packageEntity,
                                      preview.packageUuid, siteId, summary,
                                      auditCounts({{QStringLiteral("records"), records},
                                                   {QStringLiteral("changed"), outcome->writes},
                                                   {QStringLiteral("conflicts"), conflicting},
                                                   {QStringLiteral("file"), name}}));
            !s)
            return fail(s.error());
    }
    // A site's package writes hundreds of MiB into the log: the copy into the file and its flush
    // to disk go on in the background, while the next package is read (see Database).
    const bool large = outermost && outcome->writes >= backgroundCheckpointRecords;
    if (large)
        (void)m_db.suspendAutoCheckpoint(true);
    auto committed = tx.commit();
    if (large) {
        (void)m_db.suspendAutoCheckpoint(false);
        if (committed)
            m_db.checkpointInBackground();
    }
    if (!committed)
        return fail(committed.error());
    wrote = true;
    return preview;
}

Result<SyncService::ImportPreview> SyncService::previewImport(const QString &path,
                                                              const Progress &progress) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            Error::invalid(Tr::tr("Cannot open the package: %1").arg(file.errorString()), path));
    bool wrote = false;
    return readPackage(file, QFileInfo(path).fileName(), std::nullopt, progress, wrote);
}

Result<SyncService::ImportPreview>
SyncService::importPackage(const QString &path, ConflictPolicy policy, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            Error::invalid(Tr::tr("Cannot open the package: %1").arg(file.errorString()), path));
    bool wrote = false;
    auto result = readPackage(file, QFileInfo(path).fileName(), policy, progress, wrote);
    if (wrote)
        publishImport(*result);
    return result;
}

Result<SyncService::ImportPreview> SyncService::previewImportData(const QByteArray &package,
                                                                  const QString &name,
                                                                  const Progress &progress) const
{
    QByteArray bytes = package;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    bool wrote = false;
    return readPackage(buffer, name, std::nullopt, progress, wrote);
}

Result<SyncService::ImportPreview> SyncService::importPackageData(const QByteArray &package,
                                                                  const QString &name,
                                                                  ConflictPolicy policy,
                                                                  const Progress &progress)
{
    QByteArray bytes = package;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    bool wrote = false;
    auto result = readPackage(buffer, name, policy, progress, wrote);
    if (wrote)
        publishImport(*result);
    return result;
}

Result<QList<SyncService::SiteStatus>> SyncService::status() const
{
    auto readable = Permissions::narrowRead(actor(), std::nullopt);
    if (!readable)
        return fail(readable.error());
    SyncRepository repository(m_db);
    auto sites = repository.sites();
    if (!sites)
        return fail(sites.error());
    QList<SiteStatus> result;
    for (const SyncRepository::SiteState &s : std::as_const(*sites)) {
        if (*readable && s.id != **readable)
            continue;
        SiteStatus st;
        st.siteId = s.id;
        st.siteCode = s.code;
        st.siteName = s.name;
        st.imported = s.imported;
        st.changeSeq = s.changeSeq;
        if (!s.imported) {
            // Never exported: everything is still to go, whatever its change number.
            auto pending = repository.changesAfter(s.id, s.lastExportMs ? s.lastExportSeq : -1);
            if (!pending)
                return fail(pending.error());
            st.pendingChanges = *pending;
        }
        st.lastExport = fromMs(s.lastExportMs);
        st.lastExportRecords = s.lastExportRecords;
        st.lastImport = fromMs(s.lastImportMs);
        st.lastImportRecords = s.lastImportRecords;
        st.openConflicts = s.openConflicts;
        result << st;
    }
    return result;
}

Result<QList<SyncService::Conflict>> SyncService::openConflicts(std::optional<qint64> siteId) const
{
    auto site = Permissions::narrowRead(actor(), siteId);
    if (!site)
        return fail(site.error());
    auto rows = SyncRepository(m_db).conflicts(*site, true);
    if (!rows)
        return fail(rows.error());
    QList<Conflict> result;
    for (const SyncRepository::ConflictRow &row : std::as_const(*rows)) {
        Conflict c;
        c.id = row.id;
        c.siteId = row.siteId;
        c.siteCode = row.siteCode;
        c.kind = row.entity;
        c.recordUuid = QUuid::fromRfc4122(row.recordUuid);
        auto incoming = readKept(row.incoming);
        c.label = incoming ? RecordCodec::label(*incoming) : QString();
        c.rowVersion = row.rowVersion;
        c.incoming = QString::fromUtf8(row.incoming);
        c.local = QString::fromUtf8(row.local);
        c.found = QDateTime::fromMSecsSinceEpoch(row.foundMs, Qt::UTC);
        result << c;
    }
    return result;
}

Status SyncService::resolveConflict(qint64 conflictId, Resolution resolution)
{
    SyncRepository repository(m_db);
    auto row = repository.conflict(conflictId);
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(
            Error::notFound(Tr::tr("There is no such conflict."), QString::number(conflictId)));
    const SyncRepository::ConflictRow &c = **row;
    if (auto s = Permissions::check(actor(), Permissions::Action::Sync, c.siteId); !s)
        return s;
    if (auto s = m_db.ensureWritable(); !s)
        return s;
    if (c.resolvedMs)
        return fail(Error::invalid(Tr::tr("This conflict was decided already."),
                                   QString::number(conflictId)));
    auto incoming = readKept(c.incoming);
    if (!incoming)
        return fail(incoming.error());
    const QString what = c.entity + QLatin1Char(' ') + RecordCodec::label(*incoming);
    const QDateTime at = now();

    Transaction tx(m_db, Transaction::Mode::Immediate);
    if (auto s = tx.begin(); !s)
        return s;
    qint64 changedId = 0;
    if (resolution == Resolution::TakeIncoming) {
        auto local = repository.find(incoming->kind, incoming->uuid);
        if (!local)
            return fail(local.error());
        if (!*local)
            return fail(
                Error::notFound(Tr::tr("The record of this conflict is no longer here."), what));
        // A conflict kept from a package of an older schema keeps what is stored for the
        // fields that schema lacks.
        RecordCodec::fillAbsent(*incoming, &(*local)->record);
        if ((*local)->record.rowVersion != c.rowVersion)
            return fail(Error::conflict(Tr::tr("The record changed since the conflict was found; "
                                               "import its newest package instead."),
                                        what));
        // The package's version is judged as an import judges it, against what is stored now.
        if (auto s = PackageImporter::checkRecord(repository, *incoming); !s)
            return fail(withWhere(s.error(), what));
        changedId = (*local)->id;
        auto seq = repository.reserveChangeNumbers((*local)->siteId, 1, false);
        if (!seq)
            return fail(seq.error());
        if (auto s = repository.update((*local)->id, *incoming, *seq); !s) {
            Error e = Error::invalid(
                Tr::tr("The database refused the package's version: %1")
                    .arg(s.error().detail.isEmpty() ? s.error().message : s.error().detail),
                what);
            e.detail = s.error().detail;
            return fail(e);
        }
        // Not committed: a refusal here takes the update back.
        if (auto s = PackageImporter::checkWasteLines(repository, *incoming, changedId); !s)
            return fail(withWhere(s.error(), what));
    }
    const QString code = resolution == Resolution::TakeIncoming ? QStringLiteral("took_incoming")
                                                                : QStringLiteral("kept_local");
    if (auto s = repository.resolveConflict(conflictId, code, actor().name, at.toMSecsSinceEpoch());
        !s)
        return s;
    const QString summary = resolution == Resolution::TakeIncoming
        ? Tr::tr("%1 %2: took the package's version").arg(c.siteCode, what)
        : Tr::tr("%1 %2: kept ours").arg(c.siteCode, what);
    if (auto s = AuditLog::append(m_db, actor(), QStringLiteral("resolve"), conflictEntity,
                                  QUuid::fromRfc4122(c.recordUuid), c.siteId, summary,
                                  auditCounts({{QStringLiteral("resolution"), code},
                                               {QStringLiteral("row_version"), c.rowVersion}}));
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    if (resolution == Resolution::TakeIncoming)
        m_hub.publish({SyncSchema::entityKind(incoming->kind), c.siteId, {changedId}});
    m_hub.publish({EntityKind::SyncConflict, c.siteId, {conflictId}});
    return {};
}

} // namespace Rpb
