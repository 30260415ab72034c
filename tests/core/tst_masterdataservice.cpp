#include "domain/uuid7.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace Rpb;

namespace {
Member member(qint64 siteId, const QString &code, const QString &name)
{
    Member m;
    m.meta.siteId = siteId;
    m.code = code;
    m.name = name;
    m.owner = QStringLiteral("Siti Rahmawati");
    m.womenLed = true;
    return m;
}

QJsonObject lastAuditChanges(Test::TestDatabase &t, QString *action = nullptr)
{
    auto q = t.db().exec(QStringLiteral("SELECT action, changes FROM audit_log ORDER BY id DESC "
                                        "LIMIT 1"));
    if (!q || !q->next())
        return {};
    if (action)
        *action = q->value(0).toString();
    return QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
}
} // namespace

class TestMasterDataService final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveAndReadBack();
    void duplicateCodeChangesNothing();
    void invalidInputChangesNothing();
    void everyWriteIsAuditedWithOldAndNewValues();
    void staleEditIsAConflict();
    void archiveHidesFromListsButKeepsRecord();
    void findByCodeOrUuid();
    void machineServesOnlyItsSitesProductLines();
    void permissions_data();
    void permissions();
    void changeSignalAnnouncesWrites();
};

void TestMasterDataService::saveAndReadBack()
{
    Test::TestDatabase t;
    auto site = t.masterData().save(Test::TestDatabase::sampleSite());
    QVERIFY(site.has_value());
    QVERIFY(site->meta.id > 0);
    QCOMPARE(Uuid7::unixMilliseconds(site->meta.uuid) / 1000,
             site->meta.createdAt.toSecsSinceEpoch());
    QCOMPARE(site->meta.rowVersion, qint64(1));
    auto saved = t.masterData().save(member(site->meta.id, QStringLiteral("ACH-M01"),
                                            QStringLiteral("  Nilam Jaya  ")));
    QVERIFY(saved.has_value());
    auto members = t.masterData().members(site->meta.id);
    QVERIFY(members.has_value());
    QCOMPARE(members->size(), 1);
    QCOMPARE(members->first().name, QStringLiteral("Nilam Jaya")); // trimmed
    QVERIFY(members->first().womenLed);
    QCOMPARE(members->first().meta.createdAt.timeSpec(), Qt::UTC);
}

void TestMasterDataService::duplicateCodeChangesNothing()
{
    Test::TestDatabase t;
    auto site = t.masterData().save(Test::TestDatabase::sampleSite());
    QVERIFY(site.has_value());
    QVERIFY(t.masterData().save(member(site->meta.id, QStringLiteral("ACH-M01"), QStringLiteral("A"))));
    const qint64 audits = t.count(QStringLiteral("audit_log"));
    auto again = t.masterData().save(
        member(site->meta.id, QStringLiteral("ACH-M01"), QStringLiteral("B")));
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().field, QStringLiteral("code"));
    QCOMPARE(t.count(QStringLiteral("member")), 1);
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits);
}

void TestMasterDataService::invalidInputChangesNothing()
{
    Test::TestDatabase t;
    auto site = t.masterData().save(Test::TestDatabase::sampleSite());
    QVERIFY(site.has_value());
    const qint64 audits = t.count(QStringLiteral("audit_log"));
    Member bad = member(site->meta.id, QStringLiteral("ACH-M02"), QStringLiteral("Kopi"));
    bad.nib = QStringLiteral("91200012345678");
    auto r = t.masterData().save(bad);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().exitCode(), 2);
    QCOMPARE(r.error().field, QStringLiteral("nib"));
    QCOMPARE(t.count(QStringLiteral("member")), 0);
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits);

    // The database's own CHECK constraints hold even for writes that bypass the service.
    auto raw = t.db().exec(QStringLiteral("INSERT INTO maintenance_window (uuid, created_ms, "
                                          "updated_ms, site_id, equipment_id, start_utc, end_utc) "
                                          "VALUES (randomblob(16), 0, 0, ?, 1, 200, 100)"),
                           {site->meta.id});
    QVERIFY(!raw.has_value());
}

void TestMasterDataService::everyWriteIsAuditedWithOldAndNewValues()
{
    Test::TestDatabase t;
    auto site = t.masterData().save(Test::TestDatabase::sampleSite());
    QVERIFY(site.has_value());
    QString action;
    QJsonObject changes = lastAuditChanges(t, &action);
    QCOMPARE(action, QStringLiteral("create"));
    QCOMPARE(changes.value(QStringLiteral("code")).toArray().at(1).toString(), QStringLiteral("ACH"));

    auto m = t.masterData().save(member(site->meta.id, QStringLiteral("ACH-M01"), QStringLiteral("Lama")));
    QVERIFY(m.has_value());
    Member edited = *m;
    edited.name = QStringLiteral("Baru");
    const qint64 before = t.count(QStringLiteral("audit_log"));
    QVERIFY(t.masterData().save(edited).has_value());
    QCOMPARE(t.count(QStringLiteral("audit_log")), before + 1);
    changes = lastAuditChanges(t, &action);
    QCOMPARE(action, QStringLiteral("update"));
    QCOMPARE(changes.keys(), QStringList{QStringLiteral("name")});
    QCOMPARE(changes.value(QStringLiteral("name")).toArray().at(0).toString(), QStringLiteral("Lama"));
    QCOMPARE(changes.value(QStringLiteral("name")).toArray().at(1).toString(), QStringLiteral("Baru"));

    // The log refuses to be rewritten.
    QVERIFY(!t.db().exec(QStringLiteral("UPDATE audit_log SET user_name = 'x'")).has_value());
    QVERIFY(!t.db().exec(QStringLiteral("DELETE FROM audit_log")).has_value());
}

void TestMasterDataService::staleEditIsAConflict()
{
    Test::TestDatabase t;
    auto site = t.masterData().save(Test::TestDatabase::sampleSite());
    QVERIFY(site.has_value());
    Site first = *site;
    Site second = *site;
    first.name = QStringLiteral("Satu");
    QVERIFY(t.masterData().save(first).has_value());
    second.name = QStringLiteral("Dua");
    auto r = t.masterData().save(second);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().kind, Error::Kind::Conflict);
    QCOMPARE(t.masterData().get<Site>(site->meta.id)->name, QStringLiteral("Satu"));
}

void TestMasterDataService::archiveHidesFromListsButKeepsRecord()
{
    Test::TestDatabase t;
    auto site = t.masterData().save(Test::TestDatabase::sampleSite());
    auto m = t.masterData().save(member(site->meta.id, QStringLiteral("ACH-M01"), QStringLiteral("A")));
    QVERIFY(m.has_value());
    auto archived = t.masterData().setArchived<Member>(m->meta.id, true, m->meta.rowVersion);
    QVERIFY(archived.has_value());
    QVERIFY(archived->meta.archived);
    QCOMPARE(t.masterData().members(site->meta.id)->size(), 0);
    QCOMPARE(t.masterData().members(site->meta.id, true)->size(), 1);
    QString action;
    lastAuditChanges(t, &action);
    QCOMPARE(action, QStringLiteral("archive"));
    QVERIFY(t.masterData()
                .setArchived<Member>(m->meta.id, false, archived->meta.rowVersion)
                .has_value());
    QCOMPARE(t.masterData().members(site->meta.id)->size(), 1);
}

void TestMasterDataService::findByCodeOrUuid()
{
    Test::TestDatabase t;
    auto site = t.masterData().save(Test::TestDatabase::sampleSite());
    auto other = t.masterData().save(Test::TestDatabase::sampleSite(QStringLiteral("JTG")));
    auto m = t.masterData().save(member(site->meta.id, QStringLiteral("M01"), QStringLiteral("A")));
    QVERIFY(m.has_value() && other.has_value());
    QCOMPARE(t.masterData().find<Member>(site->meta.id, QStringLiteral("M01"))->meta.id, m->meta.id);
    QCOMPARE(t.masterData().find<Member>(std::nullopt, m->meta.uuid.toString())->meta.id, m->meta.id);
    auto wrongSite = t.masterData().find<Member>(other->meta.id, QStringLiteral("M01"));
    QVERIFY(!wrongSite.has_value());
    QVERIFY(wrongSite.error().message.contains(QLatin1String("M01")));
    QCOMPARE(t.masterData().find<Site>(std::nullopt, QStringLiteral("JTG"))->meta.id, other->meta.id);
}

void TestMasterDataService::machineServesOnlyItsSitesProductLines()
{
    Test::TestDatabase t;
    auto ach = t.masterData().save(Test::TestDatabase::sampleSite());
    auto jtg = t.masterData().save(Test::TestDatabase::sampleSite(QStringLiteral("JTG")));
    ProductLine chair;
    chair.meta.siteId = jtg->meta.id;
    chair.code = QStringLiteral("CHAIR");
    chair.name = QStringLiteral("Kursi");
    chair.unit = Unit::Piece;
    auto line = t.masterData().save(chair);
    QVERIFY(line.has_value());
    Equipment kettle;
    kettle.meta.siteId = ach->meta.id;
    kettle.code = QStringLiteral("KET1");
    kettle.name = QStringLiteral("Ketel 1");
    kettle.type = QStringLiteral("kettle");
    kettle.productLineIds = {line->meta.id};
    auto r = t.masterData().save(kettle);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().field, QStringLiteral("product_lines"));
    QCOMPARE(t.count(QStringLiteral("equipment")), 0);

    kettle.meta.siteId = jtg->meta.id;
    auto ok = t.masterData().save(kettle);
    QVERIFY(ok.has_value());
    QCOMPARE(t.masterData().get<Equipment>(ok->meta.id)->productLineIds, QList<qint64>{line->meta.id});
}

void TestMasterDataService::permissions_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("ownSite");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("administrator") << int(Role::Administrator) << false << true;
    QTest::newRow("manager of all sites") << int(Role::Manager) << false << true;
    QTest::newRow("manager of this site") << int(Role::Manager) << true << true;
    QTest::newRow("operator") << int(Role::Operator) << true << false;
    QTest::newRow("viewer") << int(Role::Viewer) << false << false;
}

void TestMasterDataService::permissions()
{
    QFETCH(int, role);
    QFETCH(bool, ownSite);
    QFETCH(bool, allowed);
    Test::TestDatabase t;
    auto site = t.masterData().save(Test::TestDatabase::sampleSite());
    QVERIFY(site.has_value());
    Actor actor;
    actor.userId = 0;
    actor.name = QStringLiteral("someone");
    actor.role = Role(role);
    if (ownSite)
        actor.siteId = site->meta.id;
    t.context().setActor(actor);
    auto r = t.masterData().save(member(site->meta.id, QStringLiteral("M01"), QStringLiteral("A")));
    QCOMPARE(r.has_value(), allowed);
    if (!allowed) {
        QCOMPARE(r.error().exitCode(), 4);
        QCOMPARE(t.count(QStringLiteral("member")), 0);
    }
}

void TestMasterDataService::changeSignalAnnouncesWrites()
{
    Test::TestDatabase t;
    QSignalSpy spy(&t.context().hub(), &ChangeHub::changed);
    auto site = t.masterData().save(Test::TestDatabase::sampleSite());
    QVERIFY(site.has_value());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).value<Change>().kind, EntityKind::Site);
    QCOMPARE(spy.first().at(0).value<Change>().siteId, site->meta.id);
    QCOMPARE(spy.first().at(0).value<Change>().ids, QList<qint64> {site->meta.id});
    auto bad = t.masterData().save(Test::TestDatabase::sampleSite(QStringLiteral("bad code")));
    QVERIFY(!bad.has_value());
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TestMasterDataService)
#include "tst_masterdataservice.moc"
