#include "services/wastesummaryservice.h"
#include "testdatabase.h"

using namespace Rpb;

namespace {
// A small hand-made dataset whose sums are worked out in the comments.
struct Data
{
    qint64 ach = 0, ntt = 0;
    qint64 patchouli = 0, citronella = 0, seiBeef = 0;
    qint64 biomass = 0, condensate = 0, bones = 0;
    qint64 member = 0, nttMember = 0;
    int batches = 0;
};

qint64 insert(Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.exec(sql, binds);
    return q ? q->lastInsertId().toLongLong() : -1;
}

qint64 addLine(Database &db, qint64 site, const char *code, const char *unit)
{
    return insert(db, QStringLiteral("INSERT INTO product_line (uuid, created_ms, updated_ms, "
                                     "site_id, code, name, unit) VALUES (randomblob(16), 0, 0, ?, "
                                     "?, ?, ?)"),
                  {site, QString::fromLatin1(code), QString::fromLatin1(code).toLower(),
                   QString::fromLatin1(unit)});
}

qint64 addCategory(Database &db, qint64 site, const char *code, const char *unit)
{
    return insert(db, QStringLiteral("INSERT INTO waste_category (uuid, created_ms, updated_ms, "
                                     "site_id, code, name, unit) VALUES (randomblob(16), 0, 0, ?, "
                                     "?, ?, ?)"),
                  {site, QString::fromLatin1(code), QString::fromLatin1(code).toLower(),
                   QString::fromLatin1(unit)});
}

// A batch with its waste lines: {category, route, unit, milli}.
struct Line
{
    qint64 category;
    const char *route;
    const char *unit;
    qint64 milli;
};

qint64 addBatch(Database &db, Data &d, qint64 site, qint64 member, qint64 line, int month,
                qint64 outputMilli, const QList<Line> &waste)
{
    const QString code = QStringLiteral("T-%1-%2").arg(month).arg(++d.batches, 4, 10, QLatin1Char('0'));
    const QString date = QStringLiteral("%1-%2-15").arg(month / 100).arg(month % 100, 2, 10, QLatin1Char('0'));
    const qint64 batch = insert(db, QStringLiteral("INSERT INTO batch (uuid, created_ms, updated_ms, "
                                                   "site_id, code, product_line_id, member_id, "
                                                   "production_date, local_month, output_milli) "
                                                   "VALUES (randomblob(16), 0, 0, ?, ?, ?, ?, ?, ?, ?)"),
                                {site, code, line, member, date, month, outputMilli});
    for (const Line &w : waste)
        insert(db, QStringLiteral("INSERT INTO waste_line (uuid, created_ms, updated_ms, site_id, "
                                  "batch_id, local_month, product_line_id, category_id, route, "
                                  "unit, quantity_milli) VALUES (randomblob(16), 0, 0, ?, ?, ?, ?, "
                                  "?, ?, ?, ?)"),
               {site, batch, month, line, w.category, QString::fromLatin1(w.route),
                QString::fromLatin1(w.unit), w.milli});
    return batch;
}

Data build(Test::TestDatabase &t)
{
    Data d;
    Site ach = Test::TestDatabase::sampleSite(QStringLiteral("ACH"));
    Site ntt = Test::TestDatabase::sampleSite(QStringLiteral("NTT"));
    ntt.timeZone = QStringLiteral("Asia/Makassar");
    d.ach = t.masterData().save(ach)->meta.id;
    d.ntt = t.masterData().save(ntt)->meta.id;
    Database &db = t.db();
    d.patchouli = addLine(db, d.ach, "PATCHOULI", "kg");
    d.citronella = addLine(db, d.ach, "CITRONELLA", "kg");
    d.seiBeef = addLine(db, d.ntt, "SEI", "kg");
    d.biomass = addCategory(db, d.ach, "SPENT_BIOMASS", "kg");
    d.condensate = addCategory(db, d.ach, "CONDENSATE", "L");
    d.bones = addCategory(db, d.ntt, "BONES", "kg");
    d.member = insert(db, QStringLiteral("INSERT INTO member (uuid, created_ms, updated_ms, site_id, "
                                         "code, name, owner) VALUES (randomblob(16), 0, 0, ?, 'M1', "
                                         "'Nilam Jaya', 'Ani')"),
                      {d.ach});
    d.nttMember = insert(db, QStringLiteral("INSERT INTO member (uuid, created_ms, updated_ms, "
                                            "site_id, code, name, owner) VALUES (randomblob(16), 0, "
                                            "0, ?, 'M1', 'Sei Kupang', 'Yohana')"),
                         {d.ntt});
    // December 2025 (the period before a January-March 2026 selection): 100 kg landfill.
    addBatch(db, d, d.ach, d.member, d.patchouli, 202512, 5000,
             {{d.biomass, "landfill", "kg", 100000}});
    // January 2026: patchouli 6.5 kg oil; 230 kg biomass composted, 12.5 kg to landfill,
    // 800 L condensate treated.
    addBatch(db, d, d.ach, d.member, d.patchouli, 202601, 6500,
             {{d.biomass, "compost", "kg", 230000},
              {d.biomass, "landfill", "kg", 12500},
              {d.condensate, "treated_discharge", "L", 800000}});
    // March 2026: citronella 4 kg oil, 150 kg biomass to energy recovery.
    addBatch(db, d, d.ach, d.member, d.citronella, 202603, 4000,
             {{d.biomass, "energy_recovery", "kg", 150000}});
    // March 2026, archived: 999 kg that must not count.
    const qint64 archived = addBatch(db, d, d.ach, d.member, d.citronella, 202603, 1000,
                                     {{d.biomass, "landfill", "kg", 999000}});
    db.exec(QStringLiteral("UPDATE batch SET status = 'archived' WHERE id = ?"), {archived});
    // NTT, February 2026: se'i 20 kg; 8 kg bones sold as by-product.
    addBatch(db, d, d.ntt, d.nttMember, d.seiBeef, 202602, 20000,
             {{d.bones, "byproduct", "kg", 8000}});
    return d;
}

WasteSummaryService::Query q1(std::optional<qint64> site)
{
    WasteSummaryService::Query q;
    q.siteId = site;
    q.fromMonth = 202601;
    q.toMonth = 202603;
    return q;
}
} // namespace

class TestWasteSummary final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneSiteByCategory();
    void kgAndLitresNeverMix();
    void routesAndDiversion();
    void overTimeIncludesEmptyPeriods();
    void allSitesQualifyProductLines();
    void agreesWithAnIndependentSum();
    void batchesBehindASegment();
    void badQueries_data();
    void badQueries();
    void ratioIsExact_data();
    void ratioIsExact();
};

void TestWasteSummary::oneSiteByCategory()
{
    Test::TestDatabase t;
    const Data d = build(t);
    auto f = t.context().waste().figures(q1(d.ach));
    QVERIFY(f.has_value());
    // 230 + 12.5 + 150 kg; the archived 999 kg and the previous month's 100 kg do not count.
    QCOMPARE(f->totalMilli, qint64(392500));
    QCOMPARE(f->lines.size(), 2);
    QCOMPARE(f->lines.at(0).key, QStringLiteral("CITRONELLA"));
    QCOMPARE(f->lines.at(1).key, QStringLiteral("PATCHOULI"));
    QCOMPARE(f->lineTotal(QStringLiteral("PATCHOULI")), qint64(242500));
    QCOMPARE(f->lines.at(1).outputMilli, qint64(6500));
    QCOMPARE(f->lines.at(0).outputMilli, qint64(4000)); // archived output excluded too
    // 242.5 kg waste per 6.5 kg oil = 37.308 kg/kg.
    QCOMPARE(f->intensityMilli(f->lines.at(1)).value_or(-1), qint64(37308));
    QCOMPARE(f->stacks.size(), 1);
    QCOMPARE(f->stacks.first().key, QStringLiteral("SPENT_BIOMASS"));
    QCOMPARE(f->cell(f->byLine, QStringLiteral("CITRONELLA"), QStringLiteral("SPENT_BIOMASS")),
             qint64(150000));
    QCOMPARE(f->previousTotalMilli, qint64(100000));
}

void TestWasteSummary::kgAndLitresNeverMix()
{
    Test::TestDatabase t;
    const Data d = build(t);
    WasteSummaryService::Query q = q1(d.ach);
    q.unit = Unit::Litre;
    auto f = t.context().waste().figures(q);
    QVERIFY(f.has_value());
    QCOMPARE(f->totalMilli, qint64(800000));
    QCOMPARE(f->stacks.size(), 1);
    QCOMPARE(f->stacks.first().key, QStringLiteral("CONDENSATE"));
    QCOMPARE(f->diversionRate(), QStringLiteral("0.0000")); // treated discharge is disposal
}

void TestWasteSummary::routesAndDiversion()
{
    Test::TestDatabase t;
    const Data d = build(t);
    WasteSummaryService::Query q = q1(d.ach);
    q.stack = WasteFigures::Stack::Route;
    auto f = t.context().waste().figures(q);
    QVERIFY(f.has_value());
    QStringList order;
    for (const auto &s : f->stacks)
        order << s.key;
    // The order of the waste hierarchy, not of the alphabet.
    QCOMPARE(order, (QStringList{QStringLiteral("compost"), QStringLiteral("energy_recovery"),
                                 QStringLiteral("landfill")}));
    QVERIFY(f->stacks.at(0).diverted);
    QVERIFY(!f->stacks.at(2).diverted);
    // Diverted: 230 + 150 = 380 of 392.5 kg = 0.96815 -> 0.9682.
    QCOMPARE(f->divertedMilli, qint64(380000));
    QCOMPARE(f->diversionRate(), QStringLiteral("0.9682"));
    QCOMPARE(f->previousDiversionRate(), QStringLiteral("0.0000"));
}

void TestWasteSummary::overTimeIncludesEmptyPeriods()
{
    Test::TestDatabase t;
    const Data d = build(t);
    auto f = t.context().waste().figures(q1(d.ach));
    QVERIFY(f.has_value());
    QStringList periods;
    for (const auto &p : f->periods)
        periods << p.key;
    QCOMPARE(periods, (QStringList{QStringLiteral("2026-01"), QStringLiteral("2026-02"),
                                   QStringLiteral("2026-03")}));
    QCOMPARE(f->cell(f->byPeriod, QStringLiteral("2026-02"), QStringLiteral("PATCHOULI")), qint64(0));
    QCOMPARE(f->cell(f->byPeriod, QStringLiteral("2026-01"), QStringLiteral("PATCHOULI")),
             qint64(242500));
    WasteSummaryService::Query quarterly = q1(d.ach);
    quarterly.period = WasteFigures::Period::Quarter;
    auto fq = t.context().waste().figures(quarterly);
    QCOMPARE(fq->periods.size(), 1);
    QCOMPARE(fq->periods.first().key, QStringLiteral("2026-Q1"));
    QCOMPARE(fq->cell(fq->byPeriod, QStringLiteral("2026-Q1"), QStringLiteral("CITRONELLA")),
             qint64(150000));
}

void TestWasteSummary::allSitesQualifyProductLines()
{
    Test::TestDatabase t;
    build(t);
    auto f = t.context().waste().figures(q1(std::nullopt));
    QVERIFY(f.has_value());
    QCOMPARE(f->totalMilli, qint64(392500 + 8000));
    QStringList keys;
    for (const auto &l : f->lines)
        keys << l.key;
    QCOMPARE(keys, (QStringList{QStringLiteral("ACH/CITRONELLA"), QStringLiteral("ACH/PATCHOULI"),
                                QStringLiteral("NTT/SEI")}));
    QCOMPARE(f->lines.last().siteCode, QStringLiteral("NTT"));
}

void TestWasteSummary::agreesWithAnIndependentSum()
{
    Test::TestDatabase t;
    build(t);
    auto f = t.context().waste().figures(q1(std::nullopt));
    QVERIFY(f.has_value());
    // A plain join over batches, written independently of the service's query.
    auto sum = t.db().scalar(QStringLiteral(
        "SELECT SUM(w.quantity_milli) FROM waste_line w JOIN batch b ON b.id = w.batch_id WHERE "
        "b.deleted = 0 AND b.status <> 'archived' AND w.deleted = 0 AND w.unit = 'kg' AND "
        "substr(b.production_date, 1, 7) BETWEEN '2026-01' AND '2026-03'"));
    QVERIFY(sum.has_value());
    QCOMPARE(f->totalMilli, sum->toLongLong());
}

void TestWasteSummary::batchesBehindASegment()
{
    Test::TestDatabase t;
    const Data d = build(t);
    auto batches = t.context().waste().batchesBehind(q1(d.ach), QStringLiteral("PATCHOULI"),
                                                     QStringLiteral("SPENT_BIOMASS"));
    QVERIFY(batches.has_value());
    QCOMPARE(batches->size(), 1);
    QCOMPARE(batches->first().milli, qint64(242500));
    QCOMPARE(batches->first().memberName, QStringLiteral("Nilam Jaya"));
    auto unknown = t.context().waste().batchesBehind(q1(d.ach), QStringLiteral("NOPE"), {});
    QVERIFY(!unknown.has_value());
}

void TestWasteSummary::badQueries_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("field");
    QTest::newRow("month 13") << 202613 << 202612 << QStringLiteral("from");
    QTest::newRow("month 0") << 202601 << 202600 << QStringLiteral("to");
    QTest::newRow("backwards") << 202603 << 202601 << QStringLiteral("to");
    QTest::newRow("too long") << 200001 << 202612 << QStringLiteral("to");
}

void TestWasteSummary::badQueries()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, field);
    Test::TestDatabase t;
    WasteSummaryService::Query q;
    q.fromMonth = from;
    q.toMonth = to;
    auto f = t.context().waste().figures(q);
    QVERIFY(!f.has_value());
    QCOMPARE(f.error().field, field);
}

void TestWasteSummary::ratioIsExact_data()
{
    QTest::addColumn<qint64>("part");
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<QString>("ratio");
    QTest::newRow("all") << qint64(5) << qint64(5) << QStringLiteral("1.0000");
    QTest::newRow("none") << qint64(0) << qint64(5) << QStringLiteral("0.0000");
    QTest::newRow("third") << qint64(1) << qint64(3) << QStringLiteral("0.3333");
    QTest::newRow("two thirds rounds up") << qint64(2) << qint64(3) << QStringLiteral("0.6667");
    QTest::newRow("undefined") << qint64(0) << qint64(0) << QString();
}

void TestWasteSummary::ratioIsExact()
{
    QFETCH(qint64, part);
    QFETCH(qint64, whole);
    QFETCH(QString, ratio);
    QCOMPARE(WasteFigures::ratio(part, whole), ratio);
}

QTEST_GUILESS_MAIN(TestWasteSummary)
#include "tst_wastesummary.moc"
