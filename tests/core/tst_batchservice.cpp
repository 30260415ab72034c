#include "domain/sitecalendar.h"
#include "domain/uuid7.h"
#include "storage/batchrepository.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace Rpb;

namespace {
// The row version a person would have read just now: an edit names the version it is based on.
[[maybe_unused]] qint64 currentVersion(Rpb::BatchService &batches, qint64 id)
{
    auto batch = batches.get(id);
    return batch ? batch->meta.rowVersion : 0;
}
} // namespace

namespace {
// Saturday 28 November 2026, 12:00 in Aceh (WIB) and 13:00 in Kupang (WITA).
const QDateTime testNow(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC);

struct Fixture
{
    Site ach; // Asia/Jakarta (WIB)
    Site ntt; // Asia/Makassar (WITA)
    ProductLine patchouli, chairs, seiBeef;
    Member nilam, sereh, kupang;
    Equipment kettle, boiler, freezer;
    WasteCategory biomass, condensate, bones;
    Actor ani, budi, manager, nttManager, viewer;
};

template<typename T> T saved(Test::TestDatabase &t, const T &record)
{
    auto r = t.masterData().save(record);
    if (!r)
        qFatal("fixture: %s", qPrintable(r.error().message));
    return *r;
}

Fixture makeFixture(Test::TestDatabase &t)
{
    Fixture f;
    f.ach = saved(t, Test::TestDatabase::sampleSite(QStringLiteral("ACH")));
    Site ntt = Test::TestDatabase::sampleSite(QStringLiteral("NTT"));
    ntt.name = QStringLiteral("RPB Daging Sapi");
    ntt.province = QStringLiteral("Nusa Tenggara Timur");
    ntt.timeZone = QStringLiteral("Asia/Makassar");
    f.ntt = saved(t, ntt);

    auto line = [&](const Site &s, const char *code, Unit unit) {
        ProductLine p;
        p.meta.siteId = s.meta.id;
        p.code = QString::fromLatin1(code);
        p.name = p.code.toLower();
        p.unit = unit;
        return saved(t, p);
    };
    f.patchouli = line(f.ach, "PATCHOULI", Unit::Kg);
    f.chairs = line(f.ach, "CHAIR", Unit::Piece);
    f.seiBeef = line(f.ntt, "SEI", Unit::Kg);

    auto member = [&](const Site &s, const char *code, const char *name) {
        Member m;
        m.meta.siteId = s.meta.id;
        m.code = QString::fromLatin1(code);
        m.name = QString::fromLatin1(name);
        m.owner = QStringLiteral("Owner");
        return saved(t, m);
    };
    f.nilam = member(f.ach, "ACH-M01", "Nilam Jaya");
    f.sereh = member(f.ach, "ACH-M02", "Sereh Wangi");
    f.kupang = member(f.ntt, "NTT-M01", "Se'i Kupang");

    auto machine = [&](const Site &s, const char *code) {
        Equipment e;
        e.meta.siteId = s.meta.id;
        e.code = QString::fromLatin1(code);
        e.name = e.code;
        e.type = QStringLiteral("machine");
        return saved(t, e);
    };
    f.kettle = machine(f.ach, "KET1");
    f.boiler = machine(f.ach, "BOIL1");
    f.freezer = machine(f.ntt, "FRZ1");

    auto category = [&](const Site &s, const char *code, Unit unit) {
        WasteCategory w;
        w.meta.siteId = s.meta.id;
        w.code = QString::fromLatin1(code);
        w.name = w.code.toLower();
        w.unit = unit;
        return saved(t, w);
    };
    f.biomass = category(f.ach, "SPENT_BIOMASS", Unit::Kg);
    f.condensate = category(f.ach, "CONDENSATE", Unit::Litre);
    f.bones = category(f.ntt, "BONES", Unit::Kg);

    // Accounts made directly keep the fixture short; the services only need their ids.
    struct Account
    {
        const char *name;
        const char *role;
        std::optional<qint64> site;
    };
    const QList<Account> accounts {{"ani", "operator", f.ach.meta.id},
                                   {"budi", "operator", f.ach.meta.id},
                                   {"manajer", "manager", f.ach.meta.id},
                                   {"manajer.ntt", "manager", f.ntt.meta.id},
                                   {"pusat", "viewer", std::nullopt}};
    QList<qint64> ids;
    for (const Account &a : accounts) {
        auto q = t.db().exec(QStringLiteral("INSERT INTO app_user (uuid, created_ms, updated_ms, "
                                            "site_id, name, role, password_hash) VALUES "
                                            "(randomblob(16), 0, 0, ?, ?, ?, 'x')"),
                             {a.site ? QVariant(*a.site) : QVariant(QMetaType(QMetaType::LongLong)),
                              QString::fromLatin1(a.name), QString::fromLatin1(a.role)});
        if (!q)
            qFatal("fixture: %s", qPrintable(q.error().detail));
        ids << q->lastInsertId().toLongLong();
    }
    f.ani = Actor {ids.at(0), QStringLiteral("ani"), Role::Operator, f.ach.meta.id, {}};
    f.budi = Actor {ids.at(1), QStringLiteral("budi"), Role::Operator, f.ach.meta.id, {}};
    f.manager = Actor {ids.at(2), QStringLiteral("manajer"), Role::Manager, f.ach.meta.id, {}};
    f.nttManager = Actor {ids.at(3), QStringLiteral("manajer.ntt"), Role::Manager, f.ntt.meta.id, {}};
    f.viewer = Actor {ids.at(4), QStringLiteral("pusat"), Role::Viewer, std::nullopt, {}};
    t.context().batches().setClock([] { return testNow; });
    return f;
}

WasteLine waste(const WasteCategory &c, qint64 milli, Route route)
{
    WasteLine w;
    w.categoryId = c.meta.id;
    w.quantityMilli = milli;
    w.unit = c.unit;
    w.route = route;
    return w;
}

// 250 kg of leaves give 6.5 kg of oil, 230 kg of spent leaves and 500 L of condensate.
Batch patchouliBatch(const Fixture &f, const QDate &date, const Member &member)
{
    Batch b;
    b.productLineId = f.patchouli.meta.id;
    b.memberId = member.meta.id;
    b.productionDate = date;
    b.shift = 1;
    b.equipmentIds = {f.kettle.meta.id};
    b.inputMaterial = QStringLiteral("daun nilam kering");
    b.inputMilli = 250'000;
    b.outputMilli = 6'500;
    b.energyWh = 120'000;
    b.waterMl = 800'000;
    b.waste = {waste(f.biomass, 230'000, Route::Compost),
               waste(f.condensate, 500'000, Route::TreatedDischarge)};
    return b;
}

Batch nttBatch(const Fixture &f, const QDate &date)
{
    Batch b;
    b.productLineId = f.seiBeef.meta.id;
    b.memberId = f.kupang.meta.id;
    b.productionDate = date;
    b.inputMaterial = QStringLiteral("daging sapi");
    b.inputMilli = 100'000;
    b.outputMilli = 50'000;
    b.waste = {waste(f.bones, 10'000, Route::Byproduct)};
    return b;
}

struct Counts
{
    qint64 batches, wasteLines, audits, counters, links;
    bool operator==(const Counts &) const = default;
};

Counts counts(Test::TestDatabase &t)
{
    return {t.count(QStringLiteral("batch")), t.count(QStringLiteral("waste_line")),
            t.count(QStringLiteral("audit_log")), t.count(QStringLiteral("batch_code_counter")),
            t.count(QStringLiteral("batch_equipment"))};
}

struct Audit
{
    QString action;
    QString entity;
    QString user;
    QJsonObject changes;
};

Audit lastAudit(Test::TestDatabase &t)
{
    auto q = t.db().exec(QStringLiteral("SELECT action, entity, user_name, changes FROM audit_log "
                                        "ORDER BY id DESC LIMIT 1"));
    if (!q || !q->next())
        return {};
    return {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
            QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object()};
}

QStringList codes(const QList<BatchRow> &rows)
{
    QStringList out;
    for (const BatchRow &r : rows)
        out << r.code;
    return out;
}
} // namespace

class TestBatchService final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveTenWasteLinesAndReadBackExactly();
    void updateReplacesWasteLinesAndMachines();
    void codesFollowTheSiteLocalMonth();
    void codesAcrossTimeZones();
    void deletedCodesAreNeverReused();
    void oneAuditEntryPerSaveWithOldAndNewValues();
    void refusedSaveChangesNothing_data();
    void refusedSaveChangesNothing();
    void warningNeedsAnAcknowledgement();
    void staleEditIsAConflict();
    void permissions_data();
    void permissions();
    void checkedBatchEditedByItsOperatorNeedsANewCheck();
    void monthClose();
    void listPageCountAndTotals();
    void listQueriesReadIndexes();
    void lastBatchOfMember();
    void bookedMachinesOfTheDay();
    void checkWritesNothing();
    void changeSignal();
};

void TestBatchService::saveTenWasteLinesAndReadBackExactly()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    t.context().setActor(f.ani);
    BatchService &s = t.context().batches();
    Batch b = patchouliBatch(f, QDate(2026, 11, 20), f.nilam);
    b.inputMilli = 5'000'000; // 5 t of leaves, so that ten waste lines fit the mass balance
    b.equipmentIds = {f.kettle.meta.id, f.boiler.meta.id};
    b.notes = QStringLiteral("ketel 1; \"uap\" stabil\nshift pagi");
    b.waste.clear();
    const QList<Route> routes {Route::Reuse,    Route::Byproduct,      Route::Recycle,
                               Route::Compost,  Route::EnergyRecovery, Route::TreatedDischarge,
                               Route::Landfill, Route::OpenBurning,    Route::Compost,
                               Route::Reuse};
    for (int i = 0; i < 10; ++i)
        b.waste << waste(i % 2 ? f.condensate : f.biomass, qint64(1) + i * 12'345'679 / 100,
                         routes.at(i));

    QElapsedTimer timer;
    timer.start();
    auto r = s.save(b);
    const qint64 elapsed = timer.nsecsElapsed();
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    qInfo("saving a batch with ten waste lines took %.2f ms", double(elapsed) / 1e6);

    QCOMPARE(r->code, QStringLiteral("ACH-2611-0001"));
    auto back = s.get(r->meta.id);
    QVERIFY(back.has_value());
    QVERIFY(back->sameContent(b));
    QCOMPARE(back->waste.size(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(back->waste.at(i).quantityMilli, b.waste.at(i).quantityMilli);
        QCOMPARE(back->waste.at(i).route, b.waste.at(i).route);
        QVERIFY(back->waste.at(i).meta.id > 0);
        QVERIFY(!back->waste.at(i).meta.uuid.isNull());
    }
    QCOMPARE(back->status, BatchStatus::Recorded);
    QCOMPARE(back->operatorId, std::optional<qint64>(f.ani.userId));
    QCOMPARE(back->createdBy, QStringLiteral("ani"));
    QCOMPARE(back->meta.siteId, f.ach.meta.id);
    QCOMPARE(back->meta.rowVersion, qint64(1));
    QCOMPARE(t.count(QStringLiteral("waste_line")), 10);
    // What travels with each waste line for the figures.
    auto q = t.db().exec(QStringLiteral("SELECT DISTINCT site_id, local_month, product_line_id "
                                        "FROM waste_line"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toLongLong(), f.ach.meta.id);
    QCOMPARE(q->value(1).toInt(), 202611);
    QCOMPARE(q->value(2).toLongLong(), f.patchouli.meta.id);
    QVERIFY(!q->next());
    // Stored as integers, never as floating point.
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT typeof(quantity_milli) FROM waste_line LIMIT 1"))
                 ->toString(),
             QStringLiteral("integer"));
    auto byCode = s.find(QStringLiteral("ach-2611-0001"));
    QVERIFY(byCode.has_value());
    QCOMPARE(byCode->meta.id, r->meta.id);
    QCOMPARE(s.find(Uuid7::toText(r->meta.uuid))->code, r->code);
}

void TestBatchService::updateReplacesWasteLinesAndMachines()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    auto first = s.save(patchouliBatch(f, QDate(2026, 11, 2), f.nilam));
    QVERIFY(first.has_value());
    Batch edit = *first;
    const qint64 keptId = edit.waste.at(1).meta.id;
    edit.waste.removeFirst(); // the spent leaves go
    edit.waste[0].quantityMilli = 450'000; // the condensate changes
    edit.waste << waste(f.biomass, 200'000, Route::EnergyRecovery); // a new line
    edit.equipmentIds = {f.boiler.meta.id};
    edit.productionDate = QDate(2026, 10, 30); // into the previous month
    auto second = s.save(edit);
    QVERIFY2(second.has_value(), qPrintable(second ? QString() : second.error().message));
    QCOMPARE(second->code, first->code); // a code never changes
    QCOMPARE(second->meta.rowVersion, qint64(2));
    QCOMPARE(second->waste.size(), 2);
    QCOMPARE(second->waste.at(0).meta.id, keptId);
    QCOMPARE(second->waste.at(0).quantityMilli, qint64(450'000));
    QCOMPARE(second->waste.at(1).route, Route::EnergyRecovery);
    QCOMPARE(second->equipmentIds, QList<qint64> {f.boiler.meta.id});
    QVERIFY(second->sameContent(edit));
    // The line that went is a tombstone; the others moved to October with the batch.
    QCOMPARE(
        t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM waste_line WHERE deleted = 1"))->toInt(),
        1);
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM waste_line WHERE deleted = 0 AND "
                                        "local_month = 202610"))
                 ->toInt(),
             2);
    QCOMPARE(t.count(QStringLiteral("batch_equipment")), 1);
}

void TestBatchService::codesFollowTheSiteLocalMonth()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    auto code = [&](const Batch &b) {
        auto r = s.save(b);
        return r ? r->code : QStringLiteral("error: ") + r.error().message;
    };
    QCOMPARE(code(patchouliBatch(f, QDate(2026, 10, 31), f.nilam)),
             QStringLiteral("ACH-2610-0001"));
    QCOMPARE(code(patchouliBatch(f, QDate(2026, 11, 1), f.nilam)), QStringLiteral("ACH-2611-0001"));
    QCOMPARE(code(patchouliBatch(f, QDate(2026, 10, 5), f.sereh)), QStringLiteral("ACH-2610-0002"));
    QCOMPARE(code(patchouliBatch(f, QDate(2025, 12, 31), f.sereh)),
             QStringLiteral("ACH-2512-0001"));
    QCOMPARE(code(patchouliBatch(f, QDate(2026, 1, 1), f.sereh)), QStringLiteral("ACH-2601-0001"));
    QCOMPARE(code(nttBatch(f, QDate(2026, 10, 31))), QStringLiteral("NTT-2610-0001"));
    QCOMPARE(code(patchouliBatch(f, QDate(2026, 11, 28), f.nilam)),
             QStringLiteral("ACH-2611-0002"));

    // Data written before the counter existed (the demo) has codes but no counter row: the next
    // code still follows the highest one.
    QVERIFY(t.db().exec(QStringLiteral("INSERT INTO batch (uuid, created_ms, updated_ms, site_id, "
                                       "code, product_line_id, member_id, production_date, "
                                       "local_month, output_milli) VALUES (randomblob(16), 0, 0, "
                                       "?, 'ACH-2609-0041', ?, ?, '2026-09-03', 202609, 1000)"),
                        {f.ach.meta.id, f.patchouli.meta.id, f.nilam.meta.id}));
    QCOMPARE(code(patchouliBatch(f, QDate(2026, 9, 30), f.nilam)), QStringLiteral("ACH-2609-0042"));
    // A counter ahead of the codes (batches deleted for good elsewhere) wins as well.
    QVERIFY(t.db().exec(QStringLiteral("INSERT INTO batch_code_counter (site_id, month, "
                                       "last_number) VALUES (?, 202608, 57)"),
                        {f.ach.meta.id}));
    QCOMPARE(code(patchouliBatch(f, QDate(2026, 8, 30), f.nilam)), QStringLiteral("ACH-2608-0058"));
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT last_number FROM batch_code_counter WHERE "
                                        "site_id = ? AND month = 202609"),
                         {f.ach.meta.id})
                 ->toInt(),
             42);
}

void TestBatchService::codesAcrossTimeZones()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    // 16:30 UTC on 31 October: 23:30 on the 31st in Aceh (WIB), 00:30 on 1 November in Kupang
    // (WITA).
    s.setClock([] { return QDateTime(QDate(2026, 10, 31), QTime(16, 30), Qt::UTC); });
    QCOMPARE(s.today(f.ach.meta.id).value(), QDate(2026, 10, 31));
    QCOMPARE(s.today(f.ntt.meta.id).value(), QDate(2026, 11, 1));

    auto kupang = s.save(nttBatch(f, QDate(2026, 11, 1)));
    QVERIFY2(kupang.has_value(), qPrintable(kupang ? QString() : kupang.error().message));
    QCOMPARE(kupang->code, QStringLiteral("NTT-2611-0001"));
    auto aceh = s.save(patchouliBatch(f, QDate(2026, 11, 1), f.nilam));
    QVERIFY(!aceh.has_value()); // still 31 October in Aceh
    QCOMPARE(aceh.error().field, QStringLiteral("date"));
    auto acehToday = s.save(patchouliBatch(f, QDate(2026, 10, 31), f.nilam));
    QVERIFY(acehToday.has_value());
    QCOMPARE(acehToday->code, QStringLiteral("ACH-2610-0001"));

    // A minute before midnight in Kupang, 1 November is still to come there too.
    s.setClock([] { return QDateTime(QDate(2026, 10, 31), QTime(15, 59), Qt::UTC); });
    auto early = s.save(nttBatch(f, QDate(2026, 11, 1)));
    QVERIFY(!early.has_value());
    QCOMPARE(early.error().field, QStringLiteral("date"));
    auto october = s.save(nttBatch(f, QDate(2026, 10, 31)));
    QVERIFY(october.has_value());
    QCOMPARE(october->code, QStringLiteral("NTT-2610-0001"));
}

void TestBatchService::deletedCodesAreNeverReused()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    auto one = s.save(patchouliBatch(f, QDate(2026, 11, 3), f.nilam));
    auto two = s.save(patchouliBatch(f, QDate(2026, 11, 4), f.nilam));
    QVERIFY(one && two);
    QCOMPARE(two->code, QStringLiteral("ACH-2611-0002"));
    QVERIFY(s.remove(two->meta.id, currentVersion(s, two->meta.id)).has_value());
    QCOMPARE(s.byCode(two->code).error().exitCode(), 2);
    QCOMPARE(s.get(two->meta.id).error().kind, Error::Kind::NotFound);
    // The batch and its waste lines are tombstones, not gone.
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT deleted FROM batch WHERE id = ?"), {two->meta.id})
                 ->toInt(),
             1);
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM waste_line WHERE batch_id = ? AND "
                                        "deleted = 1"),
                         {two->meta.id})
                 ->toInt(),
             2);
    auto three = s.save(patchouliBatch(f, QDate(2026, 11, 5), f.nilam));
    QVERIFY(three.has_value());
    QCOMPARE(three->code, QStringLiteral("ACH-2611-0003"));
    // Even without the counter, the deleted batch's code is still taken.
    QVERIFY(s.remove(three->meta.id, currentVersion(s, three->meta.id)).has_value());
    QVERIFY(t.db().exec(QStringLiteral("DELETE FROM batch_code_counter")));
    auto four = s.save(patchouliBatch(f, QDate(2026, 11, 6), f.nilam));
    QVERIFY(four.has_value());
    QCOMPARE(four->code, QStringLiteral("ACH-2611-0004"));
    QCOMPARE(lastAudit(t).action, QStringLiteral("create"));
}

void TestBatchService::oneAuditEntryPerSaveWithOldAndNewValues()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    t.context().setActor(f.ani);
    BatchService &s = t.context().batches();
    qint64 audits = t.count(QStringLiteral("audit_log"));
    auto created = s.save(patchouliBatch(f, QDate(2026, 11, 3), f.nilam));
    QVERIFY(created.has_value());
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits + 1);
    Audit a = lastAudit(t);
    QCOMPARE(a.action, QStringLiteral("create"));
    QCOMPARE(a.entity, QStringLiteral("batch"));
    QCOMPARE(a.user, QStringLiteral("ani"));
    QCOMPARE(a.changes.value(QStringLiteral("code")).toArray(),
             (QJsonArray {QJsonValue(), QStringLiteral("ACH-2611-0001")}));
    QCOMPARE(a.changes.value(QStringLiteral("output_quantity")).toArray(),
             (QJsonArray {QJsonValue(), QStringLiteral("6.5")}));
    QCOMPARE(a.changes.value(QStringLiteral("waste")).toArray().at(1).toArray(),
             (QJsonArray {QStringLiteral("SPENT_BIOMASS 230 kg compost"),
                          QStringLiteral("CONDENSATE 500 L treated_discharge")}));
    QCOMPARE(a.changes.value(QStringLiteral("waste_kg")).toArray().at(1).toString(),
             QStringLiteral("230"));
    QCOMPARE(a.changes.value(QStringLiteral("waste_l")).toArray().at(1).toString(),
             QStringLiteral("500"));

    audits = t.count(QStringLiteral("audit_log"));
    Batch edit = *created;
    edit.outputMilli = 7'000;
    auto updated = s.save(edit);
    QVERIFY(updated.has_value());
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits + 1);
    a = lastAudit(t);
    QCOMPARE(a.action, QStringLiteral("update"));
    QCOMPARE(a.changes.value(QStringLiteral("output_quantity")).toArray(),
             (QJsonArray {QStringLiteral("6.5"), QStringLiteral("7")}));
    QVERIFY(!a.changes.contains(QStringLiteral("waste"))); // unchanged
    QVERIFY(!a.changes.contains(QStringLiteral("input_quantity")));

    edit = *updated;
    edit.waste[0].quantityMilli = 200'000;
    QVERIFY(s.save(edit).has_value());
    a = lastAudit(t);
    QCOMPARE(a.changes.value(QStringLiteral("waste_kg")).toArray(),
             (QJsonArray {QStringLiteral("230"), QStringLiteral("200")}));
    QCOMPARE(a.changes.value(QStringLiteral("waste")).toArray().at(0).toArray().at(0).toString(),
             QStringLiteral("SPENT_BIOMASS 230 kg compost"));

    audits = t.count(QStringLiteral("audit_log"));
    QVERIFY(s.remove(created->meta.id, currentVersion(s, created->meta.id)).has_value());
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits + 1);
    a = lastAudit(t);
    QCOMPARE(a.action, QStringLiteral("delete"));
    QCOMPARE(a.changes.value(QStringLiteral("code")).toArray(),
             (QJsonArray {QStringLiteral("ACH-2611-0001"), QJsonValue()}));
}

void TestBatchService::refusedSaveChangesNothing_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative waste")
        << QStringLiteral("negative waste") << 2 << QStringLiteral("waste[1].quantity");
    QTest::newRow("unknown member")
        << QStringLiteral("unknown member") << 2 << QStringLiteral("member");
    QTest::newRow("viewer") << QStringLiteral("viewer") << 4 << QString();
    QTest::newRow("manager of another site")
        << QStringLiteral("manager of another site") << 4 << QString();
    QTest::newRow("operator edits another's batch")
        << QStringLiteral("operator edits another's batch") << 4 << QString();
    QTest::newRow("warning without a note")
        << QStringLiteral("warning without a note") << 2 << QStringLiteral("warning_note");
    QTest::newRow("closed month") << QStringLiteral("closed month") << 2 << QStringLiteral("date");
    QTest::newRow("stale edit") << QStringLiteral("stale edit") << 3 << QString();
    QTest::newRow("future date") << QStringLiteral("future date") << 2 << QStringLiteral("date");
}

void TestBatchService::refusedSaveChangesNothing()
{
    QFETCH(QString, situation);
    QFETCH(int, exitCode);
    QFETCH(QString, field);
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    t.context().setActor(f.budi);
    auto existing = s.save(patchouliBatch(f, QDate(2026, 11, 3), f.nilam));
    QVERIFY(existing.has_value());
    t.context().setActor(f.manager);
    QVERIFY(s.closeMonth(f.ach.meta.id, 2026, 9).has_value());

    Batch b = patchouliBatch(f, QDate(2026, 11, 10), f.sereh);
    if (situation == QLatin1String("negative waste")) {
        b.waste[1].quantityMilli = -1;
    } else if (situation == QLatin1String("unknown member")) {
        b.memberId = 9999;
    } else if (situation == QLatin1String("viewer")) {
        t.context().setActor(f.viewer);
    } else if (situation == QLatin1String("manager of another site")) {
        t.context().setActor(f.nttManager);
    } else if (situation == QLatin1String("operator edits another's batch")) {
        t.context().setActor(f.ani);
        b = *existing;
        b.outputMilli = 1'000;
    } else if (situation == QLatin1String("warning without a note")) {
        b.outputMilli = 100'000;
    } else if (situation == QLatin1String("closed month")) {
        b.productionDate = QDate(2026, 9, 30);
    } else if (situation == QLatin1String("stale edit")) {
        b = *existing;
        Batch other = *existing;
        other.notes = QStringLiteral("first");
        QVERIFY(s.save(other).has_value());
        b.notes = QStringLiteral("second");
    } else if (situation == QLatin1String("future date")) {
        b.productionDate = QDate(2026, 11, 29);
    }
    const Counts before = counts(t);
    QSignalSpy spy(&t.context().hub(), &ChangeHub::changed);
    auto r = s.save(b);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().exitCode(), exitCode);
    if (!field.isEmpty())
        QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(counts(t) == before);
    QCOMPARE(spy.count(), 0);
}

void TestBatchService::warningNeedsAnAcknowledgement()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    Batch failed = patchouliBatch(f, QDate(2026, 11, 3), f.nilam);
    failed.outputMilli = 0; // the run failed
    const BatchService::Check check = s.check(failed);
    QVERIFY(check.errors.isEmpty());
    QCOMPARE(check.warnings.size(), 1);
    QCOMPARE(check.warnings.first().field, QStringLiteral("output.quantity"));
    auto refused = s.save(failed);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().field, QStringLiteral("warning_note"));
    auto r = s.save(failed, QStringLiteral("  ketel bocor, minyak terbuang  "));
    QVERIFY(r.has_value());
    QCOMPARE(r->warningNote, QStringLiteral("ketel bocor, minyak terbuang"));
    // Editing keeps the note while the warning stands, and drops it once the numbers are fine.
    Batch edit = *r;
    edit.notes = QStringLiteral("diperiksa");
    auto kept = s.save(edit);
    QVERIFY(kept.has_value());
    QCOMPARE(kept->warningNote, r->warningNote);
    edit = *kept;
    edit.outputMilli = 6'000;
    auto fixed = s.save(edit);
    QVERIFY(fixed.has_value());
    QVERIFY(fixed->warningNote.isEmpty());
}

void TestBatchService::staleEditIsAConflict()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    auto r = s.save(patchouliBatch(f, QDate(2026, 11, 3), f.nilam));
    QVERIFY(r.has_value());
    Batch mine = *r;
    Batch theirs = *r;
    theirs.shift = 2;
    QVERIFY(s.save(theirs).has_value());
    mine.shift = 3;
    auto late = s.save(mine);
    QVERIFY(!late.has_value());
    QCOMPARE(late.error().exitCode(), 3);
    QCOMPARE(s.get(r->meta.id)->shift, 2);
    QCOMPARE(s.remove(9999, currentVersion(s, 9999)).error().exitCode(), 2);
}

void TestBatchService::permissions_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    const QStringList actions {QStringLiteral("record"),         QStringLiteral("edit own"),
                               QStringLiteral("edit other's"),   QStringLiteral("delete own"),
                               QStringLiteral("delete other's"), QStringLiteral("archive other's"),
                               QStringLiteral("check"),          QStringLiteral("close month")};
    // Whether each may: record, edit own, edit other's, delete own, delete other's, archive
    // other's, check, close month. "Own" is ani's batch, "other's" budi's.
    const QList<std::pair<QString, QList<bool>>> matrix {
        {QStringLiteral("viewer"), {false, false, false, false, false, false, false, false}},
        {QStringLiteral("operator"), {true, true, false, true, false, false, false, false}},
        {QStringLiteral("manager"), {true, true, true, true, true, true, true, true}},
        {QStringLiteral("manager of another site"),
         {false, false, false, false, false, false, false, false}},
        {QStringLiteral("setup"), {true, true, true, true, true, true, true, true}}};
    for (const auto &[who, allowed] : matrix)
        for (int i = 0; i < actions.size(); ++i)
            QTest::addRow("%s: %s", qPrintable(who), qPrintable(actions.at(i)))
                << who << actions.at(i) << allowed.at(i);
}

void TestBatchService::permissions()
{
    QFETCH(QString, who);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    t.context().setActor(f.ani);
    auto own = s.save(patchouliBatch(f, QDate(2026, 11, 3), f.nilam));
    t.context().setActor(f.budi);
    auto others = s.save(patchouliBatch(f, QDate(2026, 11, 4), f.sereh));
    QVERIFY(own && others);

    const QHash<QString, Actor> actors {{QStringLiteral("viewer"), f.viewer},
                                        {QStringLiteral("operator"), f.ani},
                                        {QStringLiteral("manager"), f.manager},
                                        {QStringLiteral("manager of another site"), f.nttManager},
                                        {QStringLiteral("setup"), Actor::setupAdministrator()}};
    t.context().setActor(actors.value(who));
    const Counts before = counts(t);
    Status result;
    auto edit = [&](Batch b) -> Status {
        b.notes = QStringLiteral("koreksi");
        auto r = s.save(b);
        return r ? Status() : Status(std::unexpected(r.error()));
    };
    auto status = [](const Result<Batch> &r) -> Status {
        return r ? Status() : Status(std::unexpected(r.error()));
    };
    if (action == QLatin1String("record"))
        result = status(s.save(patchouliBatch(f, QDate(2026, 11, 5), f.nilam)));
    else if (action == QLatin1String("edit own"))
        result = edit(*own);
    else if (action == QLatin1String("edit other's"))
        result = edit(*others);
    else if (action == QLatin1String("delete own"))
        result = s.remove(own->meta.id, currentVersion(s, own->meta.id));
    else if (action == QLatin1String("delete other's"))
        result = s.remove(others->meta.id, currentVersion(s, others->meta.id));
    else if (action == QLatin1String("archive other's"))
        result = status(s.setArchived(others->meta.id, true, currentVersion(s, others->meta.id)));
    else if (action == QLatin1String("check"))
        result = status(s.markChecked(own->meta.id, true, currentVersion(s, own->meta.id)));
    else if (action == QLatin1String("close month"))
        result = s.closeMonth(f.ach.meta.id, 2026, 10);
    QCOMPARE(result.has_value(), allowed);
    if (!allowed) {
        QCOMPARE(result.error().exitCode(), 4);
        QVERIFY(counts(t) == before);
    } else {
        QCOMPARE(t.count(QStringLiteral("audit_log")), before.audits + 1);
    }
}

void TestBatchService::checkedBatchEditedByItsOperatorNeedsANewCheck()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    t.context().setActor(f.ani);
    auto r = s.save(patchouliBatch(f, QDate(2026, 11, 3), f.nilam));
    QVERIFY(r.has_value());
    t.context().setActor(f.manager);
    auto checked = s.markChecked(r->meta.id, true, currentVersion(s, r->meta.id));
    QVERIFY(checked.has_value());
    QCOMPARE(checked->status, BatchStatus::Checked);
    QCOMPARE(lastAudit(t).action, QStringLiteral("check"));
    Batch managerEdit = *checked;
    managerEdit.notes = QStringLiteral("dikoreksi manajer");
    auto stillChecked = s.save(managerEdit);
    QVERIFY(stillChecked.has_value());
    QCOMPARE(stillChecked->status, BatchStatus::Checked);
    t.context().setActor(f.ani);
    Batch operatorEdit = *stillChecked;
    operatorEdit.outputMilli = 6'000;
    auto again = s.save(operatorEdit);
    QVERIFY(again.has_value());
    QCOMPARE(again->status, BatchStatus::Recorded);
    // Archiving takes a batch out of the lists; it cannot be edited until restored.
    auto archived = s.setArchived(again->meta.id, true, currentVersion(s, again->meta.id));
    QVERIFY(archived.has_value());
    QCOMPARE(archived->status, BatchStatus::Archived);
    QVERIFY(!s.checkEditable(*archived).has_value());
    Batch blocked = *archived;
    blocked.notes = QStringLiteral("x");
    QCOMPARE(s.save(blocked).error().exitCode(), 2);
    auto restored = s.setArchived(again->meta.id, false, currentVersion(s, again->meta.id));
    QVERIFY(restored.has_value());
    QCOMPARE(restored->status, BatchStatus::Recorded);
    QCOMPARE(lastAudit(t).action, QStringLiteral("restore"));
}

void TestBatchService::monthClose()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    t.context().setActor(f.ani);
    auto october = s.save(patchouliBatch(f, QDate(2026, 10, 20), f.nilam));
    auto november = s.save(patchouliBatch(f, QDate(2026, 11, 2), f.nilam));
    QVERIFY(october && november);

    // Only managers close, and only their own site's months.
    QCOMPARE(s.closeMonth(f.ach.meta.id, 2026, 10).error().exitCode(), 4);
    t.context().setActor(f.viewer);
    QCOMPARE(s.closeMonth(f.ach.meta.id, 2026, 10).error().exitCode(), 4);
    t.context().setActor(f.nttManager);
    QCOMPARE(s.closeMonth(f.ach.meta.id, 2026, 10).error().exitCode(), 4);
    t.context().setActor(f.manager);
    QCOMPARE(s.closeMonth(f.ach.meta.id, 2026, 12).error().exitCode(), 2); // not begun yet
    QCOMPARE(s.closeMonth(f.ach.meta.id, 2026, 13).error().exitCode(), 2);
    QCOMPARE(s.isMonthClosed(f.ach.meta.id, 2026, 10).value(), false);

    qint64 audits = t.count(QStringLiteral("audit_log"));
    QVERIFY(s.closeMonth(f.ach.meta.id, 2026, 10).has_value());
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits + 1);
    Audit a = lastAudit(t);
    QCOMPARE(a.action, QStringLiteral("close"));
    QCOMPARE(a.entity, QStringLiteral("month_close"));
    QCOMPARE(a.user, QStringLiteral("manajer"));
    QVERIFY(s.closeMonth(f.ach.meta.id, 2026, 10).has_value()); // again: nothing changes
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits + 1);
    QCOMPARE(s.isMonthClosed(f.ach.meta.id, 2026, 10).value(), true);
    // Each site's own manager reads its months; another site's are not theirs to read.
    QCOMPARE(s.isMonthClosed(f.ntt.meta.id, 2026, 10).error().exitCode(), 4);
    t.context().setActor(f.nttManager);
    QCOMPARE(s.isMonthClosed(f.ntt.meta.id, 2026, 10).value(), false);
    t.context().setActor(f.manager);
    auto closed = s.closedMonths(f.ach.meta.id);
    QCOMPARE(closed->size(), 1);
    QCOMPARE(closed->first().year, 2026);
    QCOMPARE(closed->first().month, 10);
    QCOMPARE(closed->first().closedBy, QStringLiteral("manajer"));

    // Read-only for everyone, the manager included.
    const Counts before = counts(t);
    for (const Actor &actor : {f.ani, f.manager}) {
        t.context().setActor(actor);
        QCOMPARE(s.save(patchouliBatch(f, QDate(2026, 10, 21), f.nilam)).error().field,
                 QStringLiteral("date"));
        Batch edit = *october;
        edit.notes = QStringLiteral("koreksi");
        QCOMPARE(s.save(edit).error().exitCode(), 2);
        QCOMPARE(s.remove(october->meta.id, currentVersion(s, october->meta.id)).error().exitCode(),
                 2);
        QCOMPARE(s.setArchived(october->meta.id, true, currentVersion(s, october->meta.id))
                     .error()
                     .exitCode(),
                 2);
        Batch moved = *november;
        moved.productionDate = QDate(2026, 10, 31);
        QCOMPARE(s.save(moved).error().field, QStringLiteral("date"));
        QVERIFY(!s.checkEditable(*october).has_value());
        QVERIFY(s.checkEditable(*november).has_value());
    }
    QCOMPARE(s.markChecked(october->meta.id, true, currentVersion(s, october->meta.id))
                 .error()
                 .exitCode(),
             2);
    QVERIFY(counts(t) == before);
    // November stays open.
    QVERIFY(s.save(patchouliBatch(f, QDate(2026, 11, 21), f.nilam)).has_value());

    t.context().setActor(f.ani);
    QCOMPARE(s.reopenMonth(f.ach.meta.id, 2026, 10).error().exitCode(), 4);
    t.context().setActor(f.manager);
    audits = t.count(QStringLiteral("audit_log"));
    QVERIFY(s.reopenMonth(f.ach.meta.id, 2026, 10).has_value());
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits + 1);
    QCOMPARE(lastAudit(t).action, QStringLiteral("reopen"));
    QCOMPARE(s.isMonthClosed(f.ach.meta.id, 2026, 10).value(), false);
    QVERIFY(s.closedMonths(f.ach.meta.id)->isEmpty());
    t.context().setActor(f.ani);
    Batch edit = *october;
    edit.notes = QStringLiteral("koreksi");
    QVERIFY(s.save(edit).has_value());
    QVERIFY(s.save(patchouliBatch(f, QDate(2026, 10, 22), f.nilam)).has_value());
}

void TestBatchService::listPageCountAndTotals()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    t.context().setActor(f.ani);
    // ACH-2610-0001: 6.5 kg of oil, 230 kg and 500 L of waste.
    auto b1 = s.save(patchouliBatch(f, QDate(2026, 10, 5), f.nilam));
    // ACH-2610-0002: 10 kg of oil, 100 kg of waste, on the boiler; notes "ketel bocor".
    Batch second = patchouliBatch(f, QDate(2026, 10, 20), f.sereh);
    second.outputMilli = 10'000;
    second.waste = {waste(f.biomass, 100'000, Route::EnergyRecovery)};
    second.equipmentIds = {f.boiler.meta.id};
    second.notes = QStringLiteral("Ketel bocor sedikit");
    auto b2 = s.save(second);
    // ACH-2611-0001: 12 chairs (pieces, never added to kg), 5 kg and 20 L of waste.
    Batch third = patchouliBatch(f, QDate(2026, 11, 2), f.nilam);
    third.productLineId = f.chairs.meta.id;
    third.inputMaterial = QStringLiteral("kayu jati");
    third.inputMilli = 100'000;
    third.outputMilli = 12'000;
    third.waste
        = {waste(f.biomass, 5'000, Route::Recycle), waste(f.condensate, 20'000, Route::Landfill)};
    auto b3 = s.save(third);
    // ACH-2610-0003 (archived) and ACH-2610-0004 (deleted) count nowhere.
    Batch fourth = patchouliBatch(f, QDate(2026, 10, 10), f.nilam);
    fourth.outputMilli = 3'000;
    auto b4 = s.save(fourth);
    Batch fifth = patchouliBatch(f, QDate(2026, 10, 11), f.sereh);
    fifth.outputMilli = 4'000;
    auto b5 = s.save(fifth);
    // NTT-2610-0001: 50 kg of se'i, 10 kg of bones.
    t.context().setActor(Actor::setupAdministrator());
    auto n1 = s.save(nttBatch(f, QDate(2026, 10, 15)));
    for (const auto *r : {&b1, &b2, &b3, &b4, &b5, &n1})
        QVERIFY2(r->has_value(), qPrintable(*r ? QString() : r->error().toLine()));
    QVERIFY(s.setArchived(b4->meta.id, true, currentVersion(s, b4->meta.id)).has_value());
    QVERIFY(s.remove(b5->meta.id, currentVersion(s, b5->meta.id)).has_value());

    BatchQuery october;
    october.siteId = f.ach.meta.id;
    october.from = QDate(2026, 10, 1);
    october.to = QDate(2026, 10, 31);
    QCOMPARE(s.count(october).value(), qint64(2));
    auto rows = s.page(october, {}, 0, 50);
    QVERIFY(rows.has_value());
    QCOMPARE(codes(*rows),
             (QStringList {QStringLiteral("ACH-2610-0002"), QStringLiteral("ACH-2610-0001")}));
    const BatchRow &r1 = rows->at(1);
    QCOMPARE(r1.id, b1->meta.id);
    QCOMPARE(r1.siteCode, QStringLiteral("ACH"));
    QCOMPARE(r1.productionDate, QDate(2026, 10, 5));
    QCOMPARE(r1.productLineCode, QStringLiteral("PATCHOULI"));
    QCOMPARE(r1.unit, Unit::Kg);
    QCOMPARE(r1.memberName, QStringLiteral("Nilam Jaya"));
    QCOMPARE(r1.outputMilli, qint64(6'500));
    QCOMPARE(r1.wasteKgMilli, qint64(230'000));
    QCOMPARE(r1.wasteLitreMilli, qint64(500'000));
    QCOMPARE(r1.status, BatchStatus::Recorded);
    QCOMPARE(r1.createdBy, QStringLiteral("ani"));
    QCOMPARE(rows->at(0).wasteLitreMilli, qint64(0));
    auto totals = s.totals(october);
    QCOMPARE(totals->batches, qint64(2));
    QCOMPARE(totals->outputKgMilli, qint64(16'500));
    QCOMPARE(totals->outputPieceMilli, qint64(0));
    QCOMPARE(totals->wasteKgMilli, qint64(330'000));
    QCOMPARE(totals->wasteLitreMilli, qint64(500'000));

    BatchQuery ach;
    ach.siteId = f.ach.meta.id;
    QCOMPARE(s.count(ach).value(), qint64(3));
    totals = s.totals(ach);
    QCOMPARE(totals->outputKgMilli, qint64(16'500));
    QCOMPARE(totals->output(Unit::Piece), qint64(12'000)); // chairs stay apart from kg
    QCOMPARE(totals->wasteKgMilli, qint64(335'000));
    QCOMPARE(totals->wasteLitreMilli, qint64(520'000));

    BatchQuery allSites;
    allSites.from = QDate(2026, 10, 1);
    allSites.to = QDate(2026, 10, 31);
    QCOMPARE(s.count(allSites).value(), qint64(3));
    totals = s.totals(allSites);
    QCOMPARE(totals->outputKgMilli, qint64(66'500));
    QCOMPARE(totals->wasteKgMilli, qint64(340'000));
    QCOMPARE(totals->wasteLitreMilli, qint64(500'000));
    QCOMPARE(s.count(BatchQuery {}).value(), qint64(4));
    // Across sites, newest first, a page at a time.
    QCOMPARE(codes(*s.page(allSites, {}, 0, 10)),
             (QStringList {QStringLiteral("ACH-2610-0002"), QStringLiteral("NTT-2610-0001"),
                           QStringLiteral("ACH-2610-0001")}));
    QCOMPARE(codes(*s.page(BatchQuery {}, {}, 1, 2)),
             (QStringList {QStringLiteral("ACH-2610-0002"), QStringLiteral("NTT-2610-0001")}));
    QCOMPARE(codes(*s.page(BatchQuery {}, {BatchSort::Column::Date, Qt::AscendingOrder}, 0, 10)),
             (QStringList {QStringLiteral("ACH-2610-0001"), QStringLiteral("NTT-2610-0001"),
                           QStringLiteral("ACH-2610-0002"), QStringLiteral("ACH-2611-0001")}));
    QCOMPARE(s.page(BatchQuery {}, {}, 0, 10)->at(2).siteCode, QStringLiteral("NTT"));
    // Days that are not whole months sum the same way as whole ones.
    BatchQuery days = october;
    days.from = QDate(2026, 10, 5);
    days.to = QDate(2026, 10, 20);
    totals = s.totals(days);
    QCOMPARE(totals->batches, qint64(2));
    QCOMPARE(totals->outputKgMilli, qint64(16'500));
    QCOMPARE(totals->wasteKgMilli, qint64(330'000));
    QCOMPARE(totals->wasteLitreMilli, qint64(500'000));
    days.from = QDate(2026, 10, 6);
    QCOMPARE(s.totals(days)->wasteLitreMilli, qint64(0));

    BatchQuery archived = ach;
    archived.status = BatchStatus::Archived;
    QCOMPARE(codes(*s.page(archived, {}, 0, 10)), QStringList {QStringLiteral("ACH-2610-0003")});

    // Filters and search.
    BatchQuery q = ach;
    q.search = QStringLiteral("BOCOR");
    QCOMPARE(codes(*s.page(q, {}, 0, 10)), QStringList {QStringLiteral("ACH-2610-0002")});
    QCOMPARE(s.count(q).value(), qint64(1));
    q.search = QStringLiteral("nilam");
    QCOMPARE(s.count(q).value(), qint64(2));
    q.search = QStringLiteral("2611");
    QCOMPARE(codes(*s.page(q, {}, 0, 10)), QStringList {QStringLiteral("ACH-2611-0001")});
    q.search = QStringLiteral("%");
    QCOMPARE(s.count(q).value(), qint64(0));
    q = ach;
    q.memberId = f.nilam.meta.id;
    QCOMPARE(codes(*s.page(q, {}, 0, 10)),
             (QStringList {QStringLiteral("ACH-2611-0001"), QStringLiteral("ACH-2610-0001")}));
    q = ach;
    q.productLineId = f.chairs.meta.id;
    QCOMPARE(s.count(q).value(), qint64(1));
    q = ach;
    q.equipmentId = f.boiler.meta.id;
    QCOMPARE(codes(*s.page(q, {}, 0, 10)), QStringList {QStringLiteral("ACH-2610-0002")});
    QCOMPARE(s.totals(q)->wasteKgMilli, qint64(100'000));
    q = ach;
    q.status = BatchStatus::Checked;
    QCOMPARE(s.count(q).value(), qint64(0));

    // Sorting and paging.
    using Column = BatchSort::Column;
    QCOMPARE(codes(*s.page(ach, {Column::Output, Qt::AscendingOrder}, 0, 10)),
             (QStringList {QStringLiteral("ACH-2610-0001"), QStringLiteral("ACH-2610-0002"),
                           QStringLiteral("ACH-2611-0001")}));
    QCOMPARE(codes(*s.page(ach, {Column::Member, Qt::AscendingOrder}, 0, 10)),
             (QStringList {QStringLiteral("ACH-2611-0001"), QStringLiteral("ACH-2610-0001"),
                           QStringLiteral("ACH-2610-0002")}));
    QCOMPARE(codes(*s.page(ach, {Column::Code, Qt::DescendingOrder}, 0, 10)),
             (QStringList {QStringLiteral("ACH-2611-0001"), QStringLiteral("ACH-2610-0002"),
                           QStringLiteral("ACH-2610-0001")}));
    QCOMPARE(codes(*s.page(ach, {Column::Date, Qt::AscendingOrder}, 0, 10)),
             (QStringList {QStringLiteral("ACH-2610-0001"), QStringLiteral("ACH-2610-0002"),
                           QStringLiteral("ACH-2611-0001")}));
    QCOMPARE(codes(*s.page(ach, {}, 1, 1)), QStringList {QStringLiteral("ACH-2610-0002")});
    QVERIFY(s.page(ach, {}, 10, 10)->isEmpty());
}

void TestBatchService::listQueriesReadIndexes()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    QVERIFY(t.context().batches().save(patchouliBatch(f, QDate(2026, 10, 5), f.nilam)));
    const BatchRepository repository(t.db());
    using S = BatchRepository::Statement;
    auto plan = [&](S statement, const BatchQuery &q) {
        const QString steps = repository.queryPlan(statement, q).value().join(QLatin1Char('\n'));
        qInfo("%s", qPrintable(steps));
        return steps;
    };
    auto uses = [](const QString &steps, const char *index) {
        return steps.contains(QLatin1String(index)) && !steps.contains(QLatin1String("SCAN b "))
            && !steps.contains(QLatin1String("SCAN batch"))
            && !steps.contains(QLatin1String("SCAN w"));
    };
    BatchQuery month;
    month.siteId = f.ach.meta.id;
    month.from = QDate(2026, 10, 1);
    month.to = QDate(2026, 10, 31);
    BatchQuery days = month; // not whole months
    days.from = QDate(2026, 10, 5);
    days.to = QDate(2026, 10, 20);

    // The page of a site reads its (site, date) index, newest first without sorting the site.
    for (const BatchQuery &q : {month, days}) {
        const QString page = plan(S::Page, q);
        QVERIFY2(uses(page, "batch_site_date"), qPrintable(page));
        QVERIFY2(!page.contains(QLatin1String("TEMP B-TREE")), qPrintable(page));
    }
    // Whole months are counted and summed from covering indexes alone.
    QVERIFY(uses(plan(S::Count, month), "COVERING INDEX batch_site_month"));
    QVERIFY(uses(plan(S::OutputTotals, month), "COVERING INDEX batch_site_month"));
    QVERIFY(uses(plan(S::WasteTotals, month), "COVERING INDEX waste_line_counted"));
    // Other ranges read the batches of the range and their waste lines by batch.
    QVERIFY(uses(plan(S::Count, days), "batch_site_date"));
    const QString waste = plan(S::WasteTotals, days);
    QVERIFY2(uses(waste, "batch_site_date") && waste.contains(QLatin1String("waste_line_batch")),
             qPrintable(waste));
    BatchQuery machine = month;
    machine.equipmentId = f.kettle.meta.id;
    QVERIFY(plan(S::WasteTotals, machine).contains(QLatin1String("waste_line_batch")));

    // All sites: the newest of each site's own index, merged, instead of sorting every batch.
    BatchQuery national;
    const QString newest = plan(S::Page, national);
    QVERIFY2(uses(newest, "batch_site_date"), qPrintable(newest));
    BatchQuery nationalMonth;
    nationalMonth.from = month.from;
    nationalMonth.to = month.to;
    QVERIFY(uses(plan(S::Page, nationalMonth), "batch_site_date"));
    QVERIFY(uses(plan(S::Count, nationalMonth), "batch_site_month"));
    QVERIFY(uses(plan(S::WasteTotals, nationalMonth), "waste_line_counted"));

    BatchQuery member;
    member.memberId = f.nilam.meta.id;
    QVERIFY(uses(plan(S::Page, member), "batch_member_date"));
}

void TestBatchService::lastBatchOfMember()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    QVERIFY(!s.lastOfMember(f.nilam.meta.id)->has_value());
    auto older = s.save(patchouliBatch(f, QDate(2026, 11, 1), f.nilam));
    Batch newer = patchouliBatch(f, QDate(2026, 11, 10), f.nilam);
    newer.shift = 2;
    newer.inputMilli = 300'000;
    auto latest = s.save(newer);
    auto entered = s.save(patchouliBatch(f, QDate(2026, 11, 5), f.nilam)); // entered last
    QVERIFY(older && latest && entered);
    auto last = s.lastOfMember(f.nilam.meta.id);
    QVERIFY(last.has_value() && last->has_value());
    QCOMPARE((*last)->code, latest->code);
    QVERIFY(!s.lastOfMember(f.sereh.meta.id)->has_value());
    // "Copy the last batch" gives a new batch that saves with a code of its own.
    auto copy = s.save((*last)->copyForNew(QDate(2026, 11, 28)));
    QVERIFY(copy.has_value());
    QCOMPARE(copy->code, QStringLiteral("ACH-2611-0004"));
    QCOMPARE(copy->inputMilli, qint64(300'000));
    QCOMPARE(copy->shift, 2);
    QCOMPARE(copy->waste.size(), 2);
}

void TestBatchService::bookedMachinesOfTheDay()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    const SiteCalendar aceh(f.ach);
    auto book = [&](const Equipment &e, const Member &m, const QDate &day, int hour,
                    const char *status) {
        const qint64 start = aceh.fromLocal(day, QTime(hour, 0)).toSecsSinceEpoch();
        QVERIFY(t.db().exec(QStringLiteral("INSERT INTO booking (uuid, created_ms, updated_ms, "
                                           "site_id, equipment_id, member_id, start_utc, end_utc, "
                                           "status) VALUES (randomblob(16), 0, 0, ?, ?, ?, ?, ?, "
                                           "?)"),
                            {f.ach.meta.id, e.meta.id, m.meta.id, start, start + 3600,
                             QString::fromLatin1(status)}));
    };
    const QDate day(2026, 11, 20);
    book(f.kettle, f.nilam, day, 8, "done");
    book(f.boiler, f.nilam, day, 10, "cancelled");
    book(f.boiler, f.nilam, day.addDays(-1), 23, "done");
    book(f.boiler, f.sereh, day, 9, "confirmed");
    book(f.kettle, f.nilam, day, 13, "checked_in");
    auto machines = t.context().batches().bookedMachines(f.nilam.meta.id, day);
    QVERIFY(machines.has_value());
    QCOMPARE(*machines, QList<qint64> {f.kettle.meta.id});
}

void TestBatchService::checkWritesNothing()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    const Counts before = counts(t);
    Batch b = patchouliBatch(f, QDate(2026, 12, 1), f.kupang);
    b.waste[0].unit = Unit::Litre;
    b.waste[1].quantityMilli = 0;
    b.outputMilli = 300'000;
    const BatchService::Check check = s.check(b);
    QStringList fields;
    for (const Error &e : check.errors)
        fields << e.field;
    QCOMPARE(fields,
             (QStringList {QStringLiteral("member"), QStringLiteral("date"),
                           QStringLiteral("waste[0].unit"), QStringLiteral("waste[1].quantity")}));
    QCOMPARE(check.warnings.size(), 1);
    QCOMPARE(check.warnings.first().field, QStringLiteral("output.quantity"));
    QVERIFY(counts(t) == before);
}

void TestBatchService::changeSignal()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    BatchService &s = t.context().batches();
    QSignalSpy spy(&t.context().hub(), &ChangeHub::changed);
    auto r = s.save(nttBatch(f, QDate(2026, 11, 1)));
    QVERIFY(r.has_value());
    QCOMPARE(spy.count(), 1);
    const Change saved = spy.last().at(0).value<Change>();
    QCOMPARE(saved.kind, EntityKind::Batch);
    QCOMPARE(saved.siteId, f.ntt.meta.id);
    QCOMPARE(saved.ids, QList<qint64> {r->meta.id});
    QVERIFY(s.markChecked(r->meta.id, true, currentVersion(s, r->meta.id)).has_value());
    QVERIFY(s.remove(r->meta.id, currentVersion(s, r->meta.id)).has_value());
    QVERIFY(s.closeMonth(f.ntt.meta.id, 2026, 10).has_value());
    QCOMPARE(spy.count(), 4);
}

QTEST_GUILESS_MAIN(TestBatchService)
#include "tst_batchservice.moc"
