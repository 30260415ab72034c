// Sync between databases through SyncService: a demo site's database exported and imported into
// an empty central database with every record equal, re-imports that change nothing, packages
// imported out of order, tombstones, conflicts kept aside and decided, imported sites read-only,
// and central totals equal to the sites' own.

#include "demo/demogenerator.h"
#include "domain/permissions.h"
#include "domain/uuid7.h"
#include "storage/integritycheck.h"
#include "storage/syncrepository.h"
#include "storage/transaction.h"
#include "sync/recordcodec.h"
#include "testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Rpb;

namespace {
// The row version a person would have read just now: an edit names the version it is based on.
[[maybe_unused]] qint64 currentVersion(Rpb::BatchService &batches, qint64 id)
{
    auto batch = batches.get(id);
    return batch ? batch->meta.rowVersion : 0;
}
} // namespace
using Rpb::Test::TestDatabase;
using Rpb::Test::fingerprint;
using Rpb::Test::rows;

namespace {
const QDate demoToday(2026, 11, 28);

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

// Why a result failed, for QVERIFY2, which reads its message even when all is well.
template<typename T> QString why(const Result<T> &result)
{
    return result ? QString() : result.error().toLine() + QLatin1Char(' ') + result.error().detail;
}

bool fillDemo(TestDatabase &t, const QString &siteCode, quint32 seed = 2022)
{
    DemoGenerator::Options options;
    options.siteCode = siteCode;
    options.today = demoToday;
    options.seed = seed;
    auto summary = DemoGenerator::run(t.db(), options);
    if (!summary)
        qWarning() << summary.error().toLine() << summary.error().detail;
    return summary.has_value();
}

qint64 siteId(TestDatabase &t, const QString &code)
{
    auto id = t.db().scalar(QStringLiteral("SELECT id FROM site WHERE code = ?"), {code});
    return id && id->isValid() ? id->toLongLong() : 0;
}

// Every record of a site as a package would carry it, by UUID: what two databases must agree on.
QMap<QByteArray, QByteArray> siteRecords(TestDatabase &t, const QString &code)
{
    QMap<QByteArray, QByteArray> records;
    SyncRepository repository(t.db());
    Transaction snapshot(t.db(), Transaction::Mode::Deferred);
    if (!snapshot.begin())
        return records;
    if (!repository.pick(siteId(t, code), std::nullopt))
        return records;
    for (const SyncKindInfo &k : SyncSchema::kinds()) {
        (void)repository.readPicked(k.kind, [&](const SyncRecord &r) -> Status {
            records.insert(r.uuid, RecordCodec::comparable(r));
            return {};
        });
    }
    repository.clearPicked();
    return records;
}


// The monthly totals the charts read, by codes instead of local keys.
QStringList wasteTotals(TestDatabase &t, const QString &code)
{
    return rows(t,
                QStringLiteral("SELECT s.code, w.local_month, w.unit, p.code, c.code, w.route, "
                               "w.quantity_milli, w.line_count FROM waste_month_total w JOIN "
                               "site s ON s.id = w.site_id JOIN product_line p ON p.id = "
                               "w.product_line_id JOIN waste_category c ON c.id = "
                               "w.category_id WHERE s.code = '%1' ORDER BY 1, 2, 3, 4, 5, 6")
                    .arg(code));
}

QStringList countedLines(TestDatabase &t, const QString &code)
{
    return rows(t,
                QStringLiteral("SELECT hex(w.uuid), w.counted FROM waste_line w JOIN site s ON "
                               "s.id = w.site_id WHERE s.code = '%1' ORDER BY 1")
                    .arg(code));
}

qint64 total(const QList<SyncService::KindCount> &kinds, qint64 SyncService::KindCount::*field)
{
    qint64 n = 0;
    for (const SyncService::KindCount &k : kinds)
        n += k.*field;
    return n;
}

const SyncService::KindCount *kind(const QList<SyncService::KindCount> &kinds, const char *name)
{
    for (const SyncService::KindCount &k : kinds) {
        if (k.kind == QLatin1String(name))
            return &k;
    }
    return nullptr;
}

// A new batch today, like the site's latest one, so that its month is open.
std::optional<Batch> newBatch(TestDatabase &t, qint64 site)
{
    auto row
        = t.db().scalar(QStringLiteral("SELECT id FROM batch WHERE site_id = ? AND deleted = 0 "
                                       "AND status <> 'archived' ORDER BY production_date "
                                       "DESC, id DESC LIMIT 1"),
                        {site});
    if (!row || !row->isValid())
        return std::nullopt;
    auto last = t.context().batches().get(row->toLongLong());
    auto today = t.context().batches().today(site);
    if (!last || !today)
        return std::nullopt;
    Batch b = last->copyForNew(*today);
    auto saved = t.context().batches().save(b, QStringLiteral("test batch"));
    if (!saved) {
        qWarning() << saved.error().toLine();
        return std::nullopt;
    }
    return *saved;
}

Result<SyncService::ExportResult> exportSite(TestDatabase &t, const QString &code,
                                             const QString &file, bool full = false)
{
    return t.context().sync().exportPackage(siteId(t, code), t.folder() + QLatin1Char('/') + file,
                                            full);
}
} // namespace

class TestSyncService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void reimportChangesNothing();
    void incrementalPackagesInAnyOrder();
    void tombstones();
    void firstPackageWithLinesThatDoNotCount();
    void conflicts();
    void importedSiteIsReadOnly();
    void permissions_data();
    void permissions();
    void centralTotalsEqualSites();
    void exportRefusals();
    void status();
};

void TestSyncService::roundTrip()
{
    TestDatabase site;
    QVERIFY(fillDemo(site, L("ACH")));
    const qint64 ach = siteId(site, L("ACH"));
    auto local = site.context().sync().localSites();
    QVERIFY(local);
    QCOMPARE(*local, QList<qint64> {ach});

    QSignalSpy exported(&site.context().hub(), &ChangeHub::changed);
    qint64 calls = 0;
    auto result = site.context().sync().exportPackage(ach, site.folder() + L("/ach.rpbsync"), false,
                                                      [&calls](qint64 done, qint64 all) {
                                                          ++calls;
                                                          return done <= all;
                                                      });
    QVERIFY2(result, qPrintable(why(result)));
    QVERIFY(result->preview.full); // the first export takes everything
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.first().at(0).value<Change>().kind, EntityKind::SyncPackage);
    QVERIFY(calls > 0);
    const auto before = siteRecords(site, L("ACH"));
    QCOMPARE(result->preview.records(), qint64(before.size()));
    QVERIFY(kind(result->preview.kinds, "waste_line")->records > 100);

    // Accounts and secrets never travel: no hash, no account record; authors go as names.
    QFile file(result->path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(result->bytes, qint64(bytes.size()));
    QVERIFY(!bytes.contains("password"));
    QVERIFY(!bytes.contains("$argon2"));
    QVERIFY(!bytes.contains("\"kind\":\"app_user\""));
    for (const QString &hash : rows(site, L("SELECT password_hash FROM app_user")))
        QVERIFY(!bytes.contains(hash.toUtf8()));

    TestDatabase central;
    const QByteArray empty = fingerprint(central);
    auto preview = central.context().sync().previewImport(result->path);
    QVERIFY2(preview, qPrintable(why(preview)));
    QCOMPARE(fingerprint(central), empty);
    QCOMPARE(preview->records(), result->preview.records());
    QCOMPARE(total(preview->kinds, &SyncService::KindCount::added), preview->records());
    QCOMPARE(preview->siteCode, L("ACH"));
    QVERIFY(!preview->seenBefore);

    QSignalSpy changed(&central.context().hub(), &ChangeHub::changed);
    auto imported
        = central.context().sync().importPackage(result->path, SyncService::ConflictPolicy::Refuse);
    QVERIFY2(imported, qPrintable(why(imported)));
    QCOMPARE(imported->changes(), result->preview.records());
    // One change per kind of record the package brought, for the new site, then the status.
    QList<EntityKind> kinds;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const Change c = signal.at(0).value<Change>();
        QCOMPARE(c.siteId, siteId(central, L("ACH")));
        kinds << c.kind;
    }
    QCOMPARE(kinds.last(), EntityKind::SyncPackage);
    for (EntityKind k :
         {EntityKind::Site, EntityKind::ProductLine, EntityKind::Equipment, EntityKind::Member,
          EntityKind::WasteCategory, EntityKind::Booking, EntityKind::Batch})
        QCOMPARE(kinds.count(k), 1);

    QCOMPARE(siteRecords(central, L("ACH")), before);
    QCOMPARE(wasteTotals(central, L("ACH")), wasteTotals(site, L("ACH")));
    QVERIFY(!wasteTotals(site, L("ACH")).isEmpty());
    QCOMPARE(countedLines(central, L("ACH")), countedLines(site, L("ACH")));
    QCOMPARE(central.count(L("app_user")), 0);
    QCOMPARE(rows(central, L("SELECT COUNT(*) FROM batch WHERE operator_id IS NOT NULL")),
             QStringList {L("0")});
    QCOMPARE(rows(central, L("SELECT COUNT(*) FROM booking WHERE operator_id IS NOT NULL")),
             QStringList {L("0")});
    QCOMPARE(central.count(L("audit_log")), 1); // one entry for the whole import
    QCOMPARE(rows(central, L("SELECT direction, records, changed FROM sync_package")),
             QStringList {QStringLiteral("import|%1|%1").arg(result->preview.records())});
    QCOMPARE(rows(central, L("SELECT imported FROM sync_state")), QStringList {L("1")});
}

void TestSyncService::reimportChangesNothing()
{
    TestDatabase site;
    QVERIFY(fillDemo(site, L("ACH")));
    auto package = exportSite(site, L("ACH"), L("p.rpbsync"));
    QVERIFY(package);
    TestDatabase central;
    QVERIFY(
        central.context().sync().importPackage(package->path, SyncService::ConflictPolicy::Refuse));
    const QByteArray once = fingerprint(central);
    QSignalSpy changed(&central.context().hub(), &ChangeHub::changed);
    auto again = central.context().sync().importPackage(package->path,
                                                        SyncService::ConflictPolicy::Refuse);
    QVERIFY2(again, qPrintable(why(again)));
    QVERIFY(again->seenBefore);
    QCOMPARE(again->changes(), 0);
    QCOMPARE(total(again->kinds, &SyncService::KindCount::unchanged), package->preview.records());
    QCOMPARE(fingerprint(central), once);
    QCOMPARE(changed.count(), 0);

    // A second export without changes is empty, and importing it changes nothing either.
    auto empty = exportSite(site, L("ACH"), L("empty.rpbsync"));
    QVERIFY(empty);
    QVERIFY(!empty->preview.full);
    QCOMPARE(empty->preview.records(), 0);
    auto none
        = central.context().sync().importPackage(empty->path, SyncService::ConflictPolicy::Refuse);
    QVERIFY2(none, qPrintable(why(none)));
    QCOMPARE(fingerprint(central), once);
}

void TestSyncService::incrementalPackagesInAnyOrder()
{
    TestDatabase site;
    QVERIFY(fillDemo(site, L("ACH")));
    const qint64 ach = siteId(site, L("ACH"));
    auto p0 = exportSite(site, L("ACH"), L("p0.rpbsync"));
    QVERIFY(p0);

    // A renamed member, a new member and a new batch.
    auto members = site.masterData().members(ach);
    QVERIFY(members && members->size() > 2);
    Member renamed = members->at(1);
    renamed.name += L(" (baru)");
    QVERIFY(site.masterData().save(renamed));
    Member added;
    added.meta.siteId = ach;
    added.code = L("ACH-M99");
    added.name = L("Usaha Baru");
    added.owner = L("Pemilik");
    QVERIFY(site.masterData().save(added));
    auto batch = newBatch(site, ach);
    QVERIFY(batch);
    auto p1 = exportSite(site, L("ACH"), L("p1.rpbsync"));
    QVERIFY2(p1, qPrintable(why(p1)));
    QVERIFY(!p1->preview.full);
    QVERIFY(p1->preview.records() < p0->preview.records() / 10);
    // What the new batch refers to comes along, so that the package imports on its own.
    QCOMPARE(kind(p1->preview.kinds, "site")->records, 1);
    QCOMPARE(kind(p1->preview.kinds, "batch")->records, 1);
    QCOMPARE(kind(p1->preview.kinds, "waste_line")->records, batch->waste.size());
    QVERIFY(kind(p1->preview.kinds, "product_line")->records >= 1);

    // Then the batch is deleted and a machine's note changed.
    QVERIFY(site.context().batches().remove(
        batch->meta.id, currentVersion(site.context().batches(), batch->meta.id)));
    auto machines = site.masterData().equipment(ach);
    QVERIFY(machines && !machines->isEmpty());
    Equipment machine = machines->first();
    machine.notes = QStringLiteral("Diservis \"bulanan\" – ganti segel, 5 °C");
    auto savedMachine = site.masterData().save(machine);
    QVERIFY2(savedMachine, qPrintable(why(savedMachine)));
    auto p2 = exportSite(site, L("ACH"), L("p2.rpbsync"));
    QVERIFY(p2);
    QCOMPARE(p2->preview.fromSeq, p1->preview.toSeq);

    const auto expected = siteRecords(site, L("ACH"));
    QCOMPARE(qint64(expected.size()), p0->preview.records() + 2 + batch->waste.size());
    const QList<QStringList> orders {
        {p0->path, p1->path, p2->path},
        {p2->path, p1->path, p0->path},
        {p1->path, p0->path, p2->path},
        {p2->path, p0->path, p1->path},
    };
    for (const QStringList &order : orders) {
        TestDatabase central;
        for (const QString &path : order) {
            auto r
                = central.context().sync().importPackage(path, SyncService::ConflictPolicy::Refuse);
            QVERIFY2(r, qPrintable(path + L(": ") + why(r)));
        }
        QCOMPARE(siteRecords(central, L("ACH")), expected);
        QCOMPARE(wasteTotals(central, L("ACH")), wasteTotals(site, L("ACH")));
        QCOMPARE(countedLines(central, L("ACH")), countedLines(site, L("ACH")));
    }
}

void TestSyncService::tombstones()
{
    TestDatabase site;
    QVERIFY(fillDemo(site, L("ACH")));
    const qint64 ach = siteId(site, L("ACH"));
    auto batch = newBatch(site, ach);
    QVERIFY(batch);
    QVERIFY(!batch->waste.isEmpty());
    auto p0 = exportSite(site, L("ACH"), L("p0.rpbsync"));
    QVERIFY(p0);
    TestDatabase central;
    QVERIFY(central.context().sync().importPackage(p0->path, SyncService::ConflictPolicy::Refuse));
    const QStringList withBatch = wasteTotals(central, L("ACH"));

    QVERIFY(site.context().batches().remove(
        batch->meta.id, currentVersion(site.context().batches(), batch->meta.id)));
    auto p1 = exportSite(site, L("ACH"), L("p1.rpbsync"));
    QVERIFY(p1);
    auto imported
        = central.context().sync().importPackage(p1->path, SyncService::ConflictPolicy::Refuse);
    QVERIFY2(imported, qPrintable(why(imported)));
    QCOMPARE(kind(imported->kinds, "batch")->changed, 1);

    const QString uuid = QString::fromLatin1(Uuid7::toBytes(batch->meta.uuid).toHex());
    QCOMPARE(
        rows(central,
             QStringLiteral("SELECT deleted FROM batch WHERE hex(uuid) = upper('%1')").arg(uuid)),
        QStringList {L("1")});
    QCOMPARE(rows(central,
                  QStringLiteral("SELECT DISTINCT w.counted FROM waste_line w JOIN batch "
                                 "b ON b.id = w.batch_id WHERE hex(b.uuid) = upper('%1')")
                      .arg(uuid)),
             QStringList {L("0")});
    QVERIFY(wasteTotals(central, L("ACH")) != withBatch);
    QCOMPARE(wasteTotals(central, L("ACH")), wasteTotals(site, L("ACH")));
    QCOMPARE(siteRecords(central, L("ACH")), siteRecords(site, L("ACH")));
}

// A site's first package brings lines of an archived and of a deleted batch: they arrive not
// counted, and the totals, kept for imported lines in one statement per batch of lines rather
// than by trigger, equal the site's own and a recount.
void TestSyncService::firstPackageWithLinesThatDoNotCount()
{
    TestDatabase site;
    QVERIFY(fillDemo(site, L("ACH")));
    const qint64 ach = siteId(site, L("ACH"));
    auto archived = newBatch(site, ach);
    auto deleted = newBatch(site, ach);
    QVERIFY(archived && deleted);
    QVERIFY(site.context().batches().setArchived(
        archived->meta.id, true, currentVersion(site.context().batches(), archived->meta.id)));
    QVERIFY(site.context().batches().remove(
        deleted->meta.id, currentVersion(site.context().batches(), deleted->meta.id)));
    QCOMPARE(rows(site, L("SELECT COUNT(*) FROM waste_line WHERE counted = 0")),
             QStringList {QString::number(archived->waste.size() + deleted->waste.size())});
    auto p0 = exportSite(site, L("ACH"), L("p0.rpbsync"));
    QVERIFY(p0);

    TestDatabase central;
    auto imported
        = central.context().sync().importPackage(p0->path, SyncService::ConflictPolicy::Refuse);
    QVERIFY2(imported, qPrintable(why(imported)));
    QCOMPARE(countedLines(central, L("ACH")), countedLines(site, L("ACH")));
    QCOMPARE(wasteTotals(central, L("ACH")), wasteTotals(site, L("ACH")));
    auto findings = IntegrityCheck::wasteTotals(central.db());
    QVERIFY2(findings && findings->isEmpty(),
             qPrintable(findings ? findings->join(L("; ")) : why(findings)));
    // The lines keep the change numbers the import gave them: nothing touched them afterwards.
    QCOMPARE(rows(central, L("SELECT COUNT(*) FROM waste_line WHERE change_seq = 0")),
             QStringList {L("0")});
}

void TestSyncService::conflicts()
{
    TestDatabase site;
    QVERIFY(fillDemo(site, L("ACH")));
    const qint64 ach = siteId(site, L("ACH"));
    auto p0 = exportSite(site, L("ACH"), L("p0.rpbsync"));
    QVERIFY(p0);
    TestDatabase central;
    QVERIFY(central.context().sync().importPackage(p0->path, SyncService::ConflictPolicy::Refuse));

    // The site's file was restored from a copy and edited again: the same row version now holds
    // other content. A change beside it is an ordinary one.
    auto members = site.masterData().members(ach);
    QVERIFY(members && members->size() >= 3);
    const Member disputed = members->at(0);
    const Member later = members->at(1);
    Member renamed = members->at(2);
    QVERIFY(site.db().exec(L("UPDATE member SET phone = '0811-1111' WHERE id = ?"),
                           {disputed.meta.id}));
    renamed.name = L("Nama Baru");
    QVERIFY(site.masterData().save(renamed));
    auto p1 = exportSite(site, L("ACH"), L("p1.rpbsync"));
    QVERIFY(p1);

    const QByteArray before = fingerprint(central);
    auto refused
        = central.context().sync().importPackage(p1->path, SyncService::ConflictPolicy::Refuse);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(refused.error().exitCode(), 3);
    QCOMPARE(refused.error().related, QStringList {Uuid7::toText(disputed.meta.uuid)});
    QCOMPARE(fingerprint(central), before);

    auto preview = central.context().sync().previewImport(p1->path);
    QVERIFY(preview);
    QCOMPARE(kind(preview->kinds, "member")->conflicting, 1);
    QCOMPARE(kind(preview->kinds, "member")->changed, 1);
    QCOMPARE(preview->conflicts.size(), 1);
    QCOMPARE(preview->conflicts.first().label, disputed.code);
    QVERIFY(preview->conflicts.first().incoming.contains(L("0811-1111")));
    QVERIFY(!preview->conflicts.first().local.contains(L("0811-1111")));

    auto kept
        = central.context().sync().importPackage(p1->path, SyncService::ConflictPolicy::KeepAside);
    QVERIFY2(kept, qPrintable(why(kept)));
    QCOMPARE(rows(central,
                  QStringLiteral("SELECT name FROM member WHERE code = '%1'").arg(renamed.code)),
             QStringList {L("Nama Baru")});
    auto open = central.context().sync().openConflicts();
    QVERIFY(open);
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().siteCode, L("ACH"));
    QCOMPARE(open->first().kind, L("member"));
    QVERIFY(open->first().id > 0);

    // Again, with the conflict already kept aside: nothing changes.
    const QByteArray keptState = fingerprint(central);
    QVERIFY(
        central.context().sync().importPackage(p1->path, SyncService::ConflictPolicy::KeepAside));
    QCOMPARE(fingerprint(central), keptState);

    // Ours stays: the same package then imports cleanly and changes nothing.
    QVERIFY(central.context().sync().resolveConflict(open->first().id,
                                                     SyncService::Resolution::KeepLocal));
    QCOMPARE(central.context().sync().openConflicts()->size(), 0);
    QVERIFY(!rows(central,
                  QStringLiteral("SELECT phone FROM member WHERE code = '%1'").arg(disputed.code))
                 .contains(L("0811-1111")));
    const QByteArray decided = fingerprint(central);
    auto clean
        = central.context().sync().importPackage(p1->path, SyncService::ConflictPolicy::Refuse);
    QVERIFY2(clean, qPrintable(why(clean)));
    QCOMPARE(clean->changes(), 0);
    QCOMPARE(fingerprint(central), decided);
    QVERIFY(!central.context().sync().resolveConflict(open->first().id,
                                                      SyncService::Resolution::KeepLocal));

    // Theirs is taken: the record becomes the package's.
    QVERIFY(site.db().exec(L("UPDATE member SET owner = 'Pemilik Lain' WHERE id = ?"),
                           {later.meta.id}));
    auto p2 = exportSite(site, L("ACH"), L("p2.rpbsync"));
    QVERIFY(p2);
    QVERIFY(
        central.context().sync().importPackage(p2->path, SyncService::ConflictPolicy::KeepAside));
    open = central.context().sync().openConflicts();
    QVERIFY(open && open->size() == 1);
    QVERIFY(central.context().sync().resolveConflict(open->first().id,
                                                     SyncService::Resolution::TakeIncoming));
    QCOMPARE(
        rows(central, QStringLiteral("SELECT owner FROM member WHERE code = '%1'").arg(later.code)),
        QStringList {L("Pemilik Lain")});
    auto after
        = central.context().sync().importPackage(p2->path, SyncService::ConflictPolicy::Refuse);
    QVERIFY2(after, qPrintable(why(after)));
    QCOMPARE(after->changes(), 0);
    QCOMPARE(rows(central, L("SELECT resolution FROM sync_conflict ORDER BY id")),
             (QStringList {L("kept_local"), L("took_incoming")}));
    QCOMPARE(rows(central, L("SELECT COUNT(*) FROM audit_log WHERE entity = 'sync_conflict'")),
             QStringList {L("2")});
}

void TestSyncService::importedSiteIsReadOnly()
{
    TestDatabase site;
    QVERIFY(fillDemo(site, L("ACH")));
    auto package = exportSite(site, L("ACH"), L("p.rpbsync"));
    QVERIFY(package);
    TestDatabase central;
    QVERIFY(central.context().actor().readOnlySites.isEmpty());
    QVERIFY(
        central.context().sync().importPackage(package->path, SyncService::ConflictPolicy::Refuse));
    const qint64 ach = siteId(central, L("ACH"));
    QCOMPARE(central.context().actor().readOnlySites, QList<qint64> {ach});
    QCOMPARE(*central.context().sync().importedSites(), QList<qint64> {ach});

    auto members = central.masterData().members(ach);
    QVERIFY(members && !members->isEmpty());
    Member m = members->first();
    m.name = L("Diubah di pusat");
    auto saved = central.masterData().save(m);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, Error::Kind::Forbidden);
    QVERIFY(saved.error().message.contains(L("read-only")));
    auto batchId = central.db().scalar(L("SELECT id FROM batch WHERE deleted = 0 LIMIT 1"));
    QVERIFY(batchId && batchId->isValid());
    auto removed = central.context().batches().remove(
        batchId->toLongLong(), currentVersion(central.context().batches(), batchId->toLongLong()));
    QVERIFY(!removed);
    QCOMPARE(removed.error().kind, Error::Kind::Forbidden);

    // A new sign-in learns it too: the context adds the imported sites to any actor.
    Actor manager;
    manager.role = Role::Manager;
    manager.name = L("analis");
    manager.userId = 1;
    central.context().setActor(manager);
    QCOMPARE(central.context().actor().readOnlySites, QList<qint64> {ach});
    QVERIFY(!central.masterData().save(m));

    // The site's own database keeps writing.
    QVERIFY(site.context().actor().readOnlySites.isEmpty());
    auto own = site.masterData().members(siteId(site, L("ACH")));
    QVERIFY(own && !own->isEmpty());
    Member ownMember = own->first();
    ownMember.name = L("Diubah di lokasi");
    QVERIFY(site.masterData().save(ownMember));
}

void TestSyncService::permissions_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permissions::Action>("action");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("allowed");
    using A = Permissions::Action;
    QTest::newRow("administrator edits an own site")
        << Role::Administrator << A::EditMasterData << false << true;
    QTest::newRow("administrator edits an imported site")
        << Role::Administrator << A::EditMasterData << true << false;
    QTest::newRow("manager records a batch, imported")
        << Role::Manager << A::RecordBatch << true << false;
    QTest::newRow("manager corrects a batch, imported")
        << Role::Manager << A::EditAnyBatch << true << false;
    QTest::newRow("manager closes a month, imported")
        << Role::Manager << A::CloseMonth << true << false;
    QTest::newRow("manager schedules, imported")
        << Role::Manager << A::ConfirmBooking << true << false;
    QTest::newRow("operator books, imported") << Role::Operator << A::Book << true << false;
    QTest::newRow("operator books, own site") << Role::Operator << A::Book << false << true;
    QTest::newRow("manager syncs an imported site") << Role::Manager << A::Sync << true << true;
    QTest::newRow("viewer reads the audit, imported")
        << Role::Viewer << A::ViewAudit << true << true;
    QTest::newRow("administrator manages accounts, imported")
        << Role::Administrator << A::ManageAccounts << true << false;
}

void TestSyncService::permissions()
{
    QFETCH(Role, role);
    QFETCH(Permissions::Action, action);
    QFETCH(bool, readOnly);
    QFETCH(bool, allowed);
    Actor actor;
    actor.role = role;
    actor.userId = 5;
    if (readOnly)
        actor.readOnlySites = {7};
    const auto result = Permissions::check(actor, action, qint64(7), qint64(5));
    QCOMPARE(result.has_value(), allowed);
    if (!allowed) {
        QCOMPARE(result.error().kind, Error::Kind::Forbidden);
        QVERIFY(result.error().message.contains(L("read-only")));
    }
    // Another site, or no site at all, is not affected by the read-only list.
    Actor other = actor;
    other.readOnlySites = {8};
    QCOMPARE(Permissions::allows(actor, action), Permissions::allows(other, action));
}

void TestSyncService::centralTotalsEqualSites()
{
    TestDatabase ach;
    TestDatabase jtg;
    QVERIFY(fillDemo(ach, L("ACH")));
    QVERIFY(fillDemo(jtg, L("JTG")));
    auto pa = exportSite(ach, L("ACH"), L("ach.rpbsync"));
    auto pj = exportSite(jtg, L("JTG"), L("jtg.rpbsync"));
    QVERIFY(pa && pj);
    TestDatabase central;
    QVERIFY(central.context().sync().importPackage(pj->path, SyncService::ConflictPolicy::Refuse));
    QVERIFY(central.context().sync().importPackage(pa->path, SyncService::ConflictPolicy::Refuse));
    QCOMPARE(central.context().actor().readOnlySites.size(), 2);

    for (const Unit unit : {Unit::Kg, Unit::Litre}) {
        WasteSummaryService::Query query;
        query.fromMonth = 202501;
        query.toMonth = 202612;
        query.unit = unit;
        auto all = central.context().waste().figures(query);
        QVERIFY(all);
        query.siteId = siteId(ach, L("ACH"));
        auto a = ach.context().waste().figures(query);
        query.siteId = siteId(jtg, L("JTG"));
        auto j = jtg.context().waste().figures(query);
        QVERIFY(a && j);
        QCOMPARE(all->totalMilli, a->totalMilli + j->totalMilli);
        QCOMPARE(all->divertedMilli, a->divertedMilli + j->divertedMilli);
        if (unit == Unit::Kg)
            QVERIFY(all->totalMilli > 0);
        query.siteId = siteId(central, L("ACH"));
        auto centralAch = central.context().waste().figures(query);
        QVERIFY(centralAch);
        QCOMPARE(centralAch->totalMilli, a->totalMilli);
    }
}

void TestSyncService::exportRefusals()
{
    TestDatabase site;
    QVERIFY(fillDemo(site, L("ACH")));
    auto package = exportSite(site, L("ACH"), L("p.rpbsync"));
    QVERIFY(package);

    // Its own package back into the site's database.
    auto back
        = site.context().sync().importPackage(package->path, SyncService::ConflictPolicy::Refuse);
    QVERIFY(!back);
    QCOMPARE(back.error().exitCode(), 2);

    TestDatabase central;
    QVERIFY(
        central.context().sync().importPackage(package->path, SyncService::ConflictPolicy::Refuse));
    auto again = exportSite(central, L("ACH"), L("again.rpbsync"));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Invalid);
    QVERIFY(!QFile::exists(central.folder() + L("/again.rpbsync")));
    QCOMPARE(*central.context().sync().localSites(), QList<qint64> {});

    auto unknown = site.context().sync().exportPackage(9999, site.folder() + L("/x.rpbsync"), true);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, Error::Kind::NotFound);

    Actor viewer;
    viewer.role = Role::Viewer;
    viewer.name = L("lihat");
    viewer.userId = 3;
    site.context().setActor(viewer);
    auto forbidden = exportSite(site, L("ACH"), L("v.rpbsync"));
    QVERIFY(!forbidden);
    QCOMPARE(forbidden.error().kind, Error::Kind::Forbidden);
    auto notImported = central.context().sync().importPackage(package->path,
                                                              SyncService::ConflictPolicy::Refuse);
    QVERIFY(notImported); // the central database's actor is the setup administrator
    central.context().setActor(viewer);
    auto viewerImport = central.context().sync().importPackage(package->path,
                                                               SyncService::ConflictPolicy::Refuse);
    QVERIFY(!viewerImport);
    QCOMPARE(viewerImport.error().kind, Error::Kind::Forbidden);
}

void TestSyncService::status()
{
    TestDatabase site;
    QVERIFY(fillDemo(site, L("ACH")));
    auto before = site.context().sync().status();
    QVERIFY(before && before->size() == 1);
    QVERIFY(!before->first().imported);
    QVERIFY(before->first().pendingChanges > 0);
    QVERIFY(!before->first().lastExport.isValid());

    const QDateTime now(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
    site.context().sync().setClock([now] { return now; });
    auto package = exportSite(site, L("ACH"), L("p.rpbsync"));
    QVERIFY(package);
    auto after = site.context().sync().status();
    QVERIFY(after);
    QCOMPARE(after->first().pendingChanges, 0);
    QCOMPARE(after->first().lastExport, now);
    QCOMPARE(after->first().lastExportRecords, package->preview.records());

    TestDatabase central;
    QVERIFY(
        central.context().sync().importPackage(package->path, SyncService::ConflictPolicy::Refuse));
    auto centralStatus = central.context().sync().status();
    QVERIFY(centralStatus && centralStatus->size() == 1);
    const SyncService::SiteStatus &s = centralStatus->first();
    QCOMPARE(s.siteCode, L("ACH"));
    QVERIFY(s.imported);
    QVERIFY(s.lastImport.isValid());
    QCOMPARE(s.lastImportRecords, package->preview.records());
    QCOMPARE(s.openConflicts, 0);
}

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
