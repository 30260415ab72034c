#include "services/batchservice.h"
#include "services/wastesummaryservice.h"
#include "storage/integritycheck.h"
#include "storage/wasterepository.h"
#include "testdatabase.h"

#include <algorithm>

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
    return insert(db,
                  QStringLiteral("INSERT INTO product_line (uuid, created_ms, updated_ms, "
                                 "site_id, code, name, unit) VALUES (randomblob(16), 0, 0, ?, "
                                 "?, ?, ?)"),
                  {site, QString::fromLatin1(code), QString::fromLatin1(code).toLower(),
                   QString::fromLatin1(unit)});
}

qint64 addCategory(Database &db, qint64 site, const char *code, const char *unit)
{
    return insert(db,
                  QStringLiteral("INSERT INTO waste_category (uuid, created_ms, updated_ms, "
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
    const QString code
        = QStringLiteral("T-%1-%2").arg(month).arg(++d.batches, 4, 10, QLatin1Char('0'));
    const QString date
        = QStringLiteral("%1-%2-15").arg(month / 100).arg(month % 100, 2, 10, QLatin1Char('0'));
    const qint64 batch
        = insert(db,
                 QStringLiteral("INSERT INTO batch (uuid, created_ms, updated_ms, "
                                "site_id, code, product_line_id, member_id, "
                                "production_date, local_month, output_milli) "
                                "VALUES (randomblob(16), 0, 0, ?, ?, ?, ?, ?, ?, ?)"),
                 {site, code, line, member, date, month, outputMilli});
    for (const Line &w : waste)
        insert(db,
               QStringLiteral("INSERT INTO waste_line (uuid, created_ms, updated_ms, site_id, "
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
    d.member = insert(db,
                      QStringLiteral("INSERT INTO member (uuid, created_ms, updated_ms, site_id, "
                                     "code, name, owner) VALUES (randomblob(16), 0, 0, ?, 'M1', "
                                     "'Nilam Jaya', 'Ani')"),
                      {d.ach});
    d.nttMember = insert(db,
                         QStringLiteral("INSERT INTO member (uuid, created_ms, updated_ms, "
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

// Where the monthly totals and an independent recount differ, as text; empty when they agree.
// The recount joins every line to its batch and takes site, month and product line from the
// batch, so it trusts neither the `counted` flags nor the columns the lines carry.
QString totalsAgainstRecount(Database &db)
{
    const QString recount = QStringLiteral(
        "SELECT b.site_id, b.local_month, w.unit, b.product_line_id, w.category_id, w.route, "
        "SUM(w.quantity_milli), COUNT(*) FROM waste_line w JOIN batch b ON b.id = w.batch_id "
        "WHERE w.deleted = 0 AND b.deleted = 0 AND b.status <> 'archived' GROUP BY 1, 2, 3, 4, "
        "5, 6");
    const QString kept = QStringLiteral("SELECT * FROM waste_month_total");
    QStringList differences;
    for (const auto &[label, sql] :
         {std::pair {QStringLiteral("kept only"),
                     QString(kept + QStringLiteral(" EXCEPT ") + recount)},
          std::pair {QStringLiteral("recount only"),
                     QString(recount + QStringLiteral(" EXCEPT ") + kept)}}) {
        auto q = db.exec(sql);
        if (!q)
            return q.error().detail;
        while (q->next()) {
            QStringList row;
            for (int i = 0; i < 8; ++i)
                row << q->value(i).toString();
            differences << label + QStringLiteral(": ") + row.join(QLatin1Char('|'));
        }
    }
    auto findings = IntegrityCheck::wasteTotals(db);
    if (!findings)
        return findings.error().detail;
    differences += *findings;
    return differences.join(QLatin1Char('\n'));
}

// Sites, product lines, categories and members for batches saved through BatchService.
struct ServiceData
{
    Site ach, ntt; // WIB and WITA
    ProductLine patchouli, citronella, sei;
    WasteCategory biomass, condensate, bones;
    Member nilam, kupang;
};

template<typename T> T saved(Test::TestDatabase &t, const T &record)
{
    auto r = t.masterData().save(record);
    if (!r)
        qFatal("fixture: %s", qPrintable(r.error().toLine()));
    return *r;
}

ServiceData serviceData(Test::TestDatabase &t)
{
    ServiceData d;
    d.ach = saved(t, Test::TestDatabase::sampleSite(QStringLiteral("ACH")));
    Site ntt = Test::TestDatabase::sampleSite(QStringLiteral("NTT"));
    ntt.timeZone = QStringLiteral("Asia/Makassar");
    d.ntt = saved(t, ntt);
    auto line = [&](const Site &s, const char *code) {
        ProductLine p;
        p.meta.siteId = s.meta.id;
        p.code = QString::fromLatin1(code);
        p.name = p.code.toLower();
        p.unit = Unit::Kg;
        return saved(t, p);
    };
    d.patchouli = line(d.ach, "PATCHOULI");
    d.citronella = line(d.ach, "CITRONELLA");
    d.sei = line(d.ntt, "SEI");
    auto category = [&](const Site &s, const char *code, Unit unit) {
        WasteCategory c;
        c.meta.siteId = s.meta.id;
        c.code = QString::fromLatin1(code);
        c.name = c.code.toLower();
        c.unit = unit;
        return saved(t, c);
    };
    d.biomass = category(d.ach, "SPENT_BIOMASS", Unit::Kg);
    d.condensate = category(d.ach, "CONDENSATE", Unit::Litre);
    d.bones = category(d.ntt, "BONES", Unit::Kg);
    auto member = [&](const Site &s, const char *code) {
        Member m;
        m.meta.siteId = s.meta.id;
        m.code = QString::fromLatin1(code);
        m.name = m.code;
        m.owner = QStringLiteral("Owner");
        return saved(t, m);
    };
    d.nilam = member(d.ach, "ACH-M01");
    d.kupang = member(d.ntt, "NTT-M01");
    // Saturday 28 November 2026 at noon in Aceh: every date below is in the past.
    t.context().batches().setClock(
        [] { return QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC); });
    return d;
}

WasteLine wasteLine(const WasteCategory &c, qint64 milli, Route route)
{
    WasteLine w;
    w.categoryId = c.meta.id;
    w.quantityMilli = milli;
    w.unit = c.unit;
    w.route = route;
    return w;
}

Batch batchOf(const ProductLine &line, const Member &member, const QDate &date,
              const QList<WasteLine> &waste)
{
    Batch b;
    b.productLineId = line.meta.id;
    b.memberId = member.meta.id;
    b.productionDate = date;
    b.inputMaterial = QStringLiteral("bahan");
    b.inputMilli = 1'000'000;
    b.outputMilli = 10'000;
    b.waste = waste;
    return b;
}

qint64 kgIn(Test::TestDatabase &t, std::optional<qint64> site, int month, Unit unit = Unit::Kg)
{
    WasteSummaryService::Query q;
    q.siteId = site;
    q.fromMonth = q.toMonth = month;
    q.unit = unit;
    auto f = t.context().waste().figures(q);
    return f ? f->totalMilli : -1;
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
    void cellsAreSortedForLookup();
    void viewsReadTheMonthlyTotals_data();
    void viewsReadTheMonthlyTotals();
    void totalsFollowEveryBatchChange();
    void witaMonthBoundary();
    void checkFindsBrokenTotals_data();
    void checkFindsBrokenTotals();
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
    QCOMPARE(order,
             (QStringList {QStringLiteral("compost"), QStringLiteral("energy_recovery"),
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
    QCOMPARE(periods,
             (QStringList {QStringLiteral("2026-01"), QStringLiteral("2026-02"),
                           QStringLiteral("2026-03")}));
    QCOMPARE(f->cell(f->byPeriod, QStringLiteral("2026-02"), QStringLiteral("PATCHOULI")),
             qint64(0));
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
    QCOMPARE(keys,
             (QStringList {QStringLiteral("ACH/CITRONELLA"), QStringLiteral("ACH/PATCHOULI"),
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

void TestWasteSummary::cellsAreSortedForLookup()
{
    Test::TestDatabase t;
    build(t);
    for (WasteFigures::Stack stack : {WasteFigures::Stack::Category, WasteFigures::Stack::Route}) {
        WasteSummaryService::Query q = q1(std::nullopt);
        q.stack = stack;
        auto f = t.context().waste().figures(q);
        QVERIFY(f.has_value());
        QVERIFY(!f->byLine.isEmpty() && !f->byPeriod.isEmpty());
        for (const QList<WasteFigures::Cell> *cells : {&f->byLine, &f->byPeriod}) {
            // Strictly increasing by (row, stack): sorted and one cell per pair.
            const bool sorted = std::adjacent_find(cells->cbegin(), cells->cend(),
                                                   [](const auto &a, const auto &b) {
                                                       return std::tie(a.row, a.stack)
                                                           >= std::tie(b.row, b.stack);
                                                   })
                == cells->cend();
            QVERIFY(sorted);
            // Every cell is found again, and a pair without a cell reads as zero.
            for (const WasteFigures::Cell &c : *cells)
                QCOMPARE(f->cell(*cells, c.row, c.stack), c.milli);
            QCOMPARE(f->cell(*cells, QStringLiteral("ZZZ"), QStringLiteral("nothing")), qint64(0));
            QCOMPARE(f->cell(*cells, QString(), QString()), qint64(0));
        }
    }
}

void TestWasteSummary::viewsReadTheMonthlyTotals_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("stack");
    QTest::addColumn<int>("period");
    QTest::addColumn<QString>("plan");
    using R = WasteRepository;
    // Waste: a seek by site and a range of months in the totals' primary key.
    const QString totals = QStringLiteral("SEARCH waste_month_total USING PRIMARY KEY (site_id=? "
                                          "AND local_month>? AND local_month<?)");
    QTest::newRow("detail") << int(R::View::Detail) << 0 << 0 << totals;
    QTest::newRow("per line by category")
        << int(R::View::ByProductLine) << int(R::Stack::Category) << 0 << totals;
    QTest::newRow("per line by route")
        << int(R::View::ByProductLine) << int(R::Stack::Route) << 0 << totals;
    QTest::newRow("months") << int(R::View::OverTime) << 0 << int(R::Period::Month) << totals;
    QTest::newRow("quarters") << int(R::View::OverTime) << 0 << int(R::Period::Quarter) << totals;
    QTest::newRow("years") << int(R::View::OverTime) << 0 << int(R::Period::Year) << totals;
    QTest::newRow("routes, with the period before") << int(R::View::ByRoute) << 0 << 0 << totals;
    // Output: the batches' covering index, never the table.
    const QString batches = QStringLiteral("SEARCH batch USING COVERING INDEX batch_site_month "
                                           "(site_id=? AND local_month>? AND local_month<?)");
    QTest::newRow("output") << int(R::View::Output) << 0 << 0 << batches;
    QTest::newRow("output with energy and water")
        << int(R::View::OutputAndResources) << 0 << 0 << batches;
}

void TestWasteSummary::viewsReadTheMonthlyTotals()
{
    QFETCH(int, view);
    QFETCH(int, stack);
    QFETCH(int, period);
    QFETCH(QString, plan);
    Test::TestDatabase t;
    const Data d = build(t);
    const WasteRepository repository(t.db());
    WasteRepository::Grouping grouping;
    grouping.stack = WasteRepository::Stack(stack);
    grouping.period = WasteRepository::Period(period);
    grouping.splitMonth = 202601;
    // One site and every site, each listed so that the seek starts from the site.
    for (const QList<qint64> &sites : {QList<qint64> {d.ach}, QList<qint64> {}}) {
        auto steps = repository.queryPlan(WasteRepository::View(view),
                                          {sites, 202512, 202603, Unit::Kg}, grouping);
        QVERIFY(steps.has_value());
        const QString text = steps->join(QLatin1Char('\n'));
        QVERIFY2(text.contains(plan), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("waste_line")), qPrintable(text));
    }
}

void TestWasteSummary::totalsFollowEveryBatchChange()
{
    Test::TestDatabase t;
    const ServiceData d = serviceData(t);
    BatchService &batches = t.context().batches();
    const QString note = QStringLiteral("test data");
    QCOMPARE(totalsAgainstRecount(t.db()), QString());

    // March: 230 kg composted and 500 L treated from one batch, 100 kg landfilled from another.
    auto a = batches.save(batchOf(d.patchouli, d.nilam, QDate(2026, 3, 10),
                                  {wasteLine(d.biomass, 230'000, Route::Compost),
                                   wasteLine(d.condensate, 500'000, Route::TreatedDischarge)}),
                          note);
    QVERIFY2(a.has_value(), a ? "" : qPrintable(a.error().toLine()));
    auto b = batches.save(batchOf(d.patchouli, d.nilam, QDate(2026, 3, 20),
                                  {wasteLine(d.biomass, 100'000, Route::Landfill)}),
                          note);
    QVERIFY2(b.has_value(), b ? "" : qPrintable(b.error().toLine()));
    QCOMPARE(totalsAgainstRecount(t.db()), QString());
    QCOMPARE(kgIn(t, d.ach.meta.id, 202603), qint64(330'000));
    QCOMPARE(kgIn(t, d.ach.meta.id, 202603, Unit::Litre), qint64(500'000));

    // A changed quantity and route.
    Batch edit = *a;
    edit.waste[0].quantityMilli = 250'000;
    edit.waste[0].route = Route::EnergyRecovery;
    a = batches.save(edit, note);
    QVERIFY2(a.has_value(), a ? "" : qPrintable(a.error().toLine()));
    QCOMPARE(totalsAgainstRecount(t.db()), QString());
    QCOMPARE(kgIn(t, d.ach.meta.id, 202603), qint64(350'000));

    // Moved to April: March keeps only the other batch.
    edit = *a;
    edit.productionDate = QDate(2026, 4, 5);
    a = batches.save(edit, note);
    QVERIFY2(a.has_value(), a ? "" : qPrintable(a.error().toLine()));
    QCOMPARE(totalsAgainstRecount(t.db()), QString());
    QCOMPARE(kgIn(t, d.ach.meta.id, 202603), qint64(100'000));
    QCOMPARE(kgIn(t, d.ach.meta.id, 202604), qint64(250'000));
    QCOMPARE(kgIn(t, d.ach.meta.id, 202604, Unit::Litre), qint64(500'000));

    // Moved to another product line.
    edit = *a;
    edit.productLineId = d.citronella.meta.id;
    a = batches.save(edit, note);
    QVERIFY2(a.has_value(), a ? "" : qPrintable(a.error().toLine()));
    QCOMPARE(totalsAgainstRecount(t.db()), QString());
    WasteSummaryService::Query april;
    april.siteId = d.ach.meta.id;
    april.fromMonth = april.toMonth = 202604;
    auto f = t.context().waste().figures(april);
    QVERIFY(f.has_value());
    QCOMPARE(f->lineTotal(QStringLiteral("CITRONELLA")), qint64(250'000));
    QCOMPARE(f->lineTotal(QStringLiteral("PATCHOULI")), qint64(0));

    // The kg line removed and the litres grown: April has no kg left, only L.
    edit = *a;
    edit.waste.removeFirst();
    edit.waste[0].quantityMilli = 700'000;
    edit.waste.append(wasteLine(d.condensate, 50'000, Route::Reuse));
    a = batches.save(edit, note);
    QVERIFY2(a.has_value(), a ? "" : qPrintable(a.error().toLine()));
    QCOMPARE(totalsAgainstRecount(t.db()), QString());
    QCOMPARE(kgIn(t, d.ach.meta.id, 202604), qint64(0));
    QCOMPARE(kgIn(t, d.ach.meta.id, 202604, Unit::Litre), qint64(750'000));

    // Archived leaves the totals, restored comes back.
    QVERIFY(batches.setArchived(b->meta.id, true, batches.get(b->meta.id)->meta.rowVersion)
                .has_value());
    QCOMPARE(totalsAgainstRecount(t.db()), QString());
    QCOMPARE(kgIn(t, d.ach.meta.id, 202603), qint64(0));
    QVERIFY(batches.setArchived(b->meta.id, false, batches.get(b->meta.id)->meta.rowVersion)
                .has_value());
    QCOMPARE(totalsAgainstRecount(t.db()), QString());
    QCOMPARE(kgIn(t, d.ach.meta.id, 202603), qint64(100'000));

    // Checked by a manager: no change to the figures.
    QVERIFY(batches.markChecked(b->meta.id, true, batches.get(b->meta.id)->meta.rowVersion)
                .has_value());
    QCOMPARE(totalsAgainstRecount(t.db()), QString());
    QCOMPARE(kgIn(t, d.ach.meta.id, 202603), qint64(100'000));

    // Deleted: gone from the totals, and the table holds no empty rows.
    QVERIFY(batches.remove(a->meta.id, batches.get(a->meta.id)->meta.rowVersion).has_value());
    QCOMPARE(totalsAgainstRecount(t.db()), QString());
    QCOMPARE(kgIn(t, d.ach.meta.id, 202604, Unit::Litre), qint64(0));
    QCOMPARE(t.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM waste_month_total WHERE line_count "
                                        "<= 0"))
                 ->toInt(),
             0);
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM waste_month_total"))->toInt(), 1);
}

void TestWasteSummary::witaMonthBoundary()
{
    Test::TestDatabase t;
    const ServiceData d = serviceData(t);
    BatchService &batches = t.context().batches();
    // The last day of March and the first of April in Kupang's own calendar (WITA, UTC+8): the
    // production date is the site's local date, so 1 April counts in April even though it
    // began at 16:00 UTC on 31 March.
    for (const auto &[date, milli] : {std::pair {QDate(2026, 3, 31), qint64(10'000)},
                                      std::pair {QDate(2026, 4, 1), qint64(20'000)}}) {
        auto saved = batches.save(
            batchOf(d.sei, d.kupang, date, {wasteLine(d.bones, milli, Route::Byproduct)}),
            QStringLiteral("test data"));
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().toLine()));
    }
    QCOMPARE(totalsAgainstRecount(t.db()), QString());
    QCOMPARE(kgIn(t, d.ntt.meta.id, 202603), qint64(10'000));
    QCOMPARE(kgIn(t, d.ntt.meta.id, 202604), qint64(20'000));
    QCOMPARE(kgIn(t, std::nullopt, 202604), qint64(20'000));
    QCOMPARE(kgIn(t, d.ach.meta.id, 202604), qint64(0));
    WasteSummaryService::Query both;
    both.siteId = d.ntt.meta.id;
    both.fromMonth = 202603;
    both.toMonth = 202604;
    auto f = t.context().waste().figures(both);
    QVERIFY(f.has_value());
    QCOMPARE(f->cell(f->byPeriod, QStringLiteral("2026-03"), QStringLiteral("SEI")),
             qint64(10'000));
    QCOMPARE(f->cell(f->byPeriod, QStringLiteral("2026-04"), QStringLiteral("SEI")),
             qint64(20'000));
    // April against March: the month before had half as much.
    both.fromMonth = both.toMonth = 202604;
    f = t.context().waste().figures(both);
    QCOMPARE(f->previousTotalMilli, qint64(10'000));
    QCOMPARE(f->diversionRate(), QStringLiteral("1.0000"));
}

void TestWasteSummary::checkFindsBrokenTotals_data()
{
    // What to break, and pieces of the finding (the counts end before their plural ending).
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    const QString achMarch = QStringLiteral("site_id = 1 AND local_month = 202603");
    QTest::newRow("quantity changed")
        << QStringLiteral("UPDATE waste_month_total SET quantity_milli = quantity_milli + 1 WHERE ")
            + achMarch + QStringLiteral(" AND unit = 'kg'")
        << QStringList {QStringLiteral("site ACH, month 2026-03, kg, product line PATCHOULI, "
                                       "category SPENT_BIOMASS, route compost: the monthly totals "
                                       "hold 230.001 kg from 1 line"),
                        QStringLiteral("a recount of the waste lines gives 230 kg from 1 line")};
    QTest::newRow("line count changed")
        << QStringLiteral("UPDATE waste_month_total SET line_count = 2 WHERE ") + achMarch
            + QStringLiteral(" AND unit = 'L'")
        << QStringList {QStringLiteral("site ACH, month 2026-03, L, product line PATCHOULI, "
                                       "category CONDENSATE, route treated_discharge: the monthly "
                                       "totals hold 500 L from 2 line"),
                        QStringLiteral("a recount of the waste lines gives 500 L from 1 line")};
    QTest::newRow("row missing")
        << QStringLiteral("DELETE FROM waste_month_total WHERE ") + achMarch
            + QStringLiteral(" AND unit = 'L'")
        << QStringList {QStringLiteral("site ACH, month 2026-03, L"),
                        QStringLiteral("the monthly totals hold nothing, but a recount of the "
                                       "waste lines gives 500 L from 1 line")};
    QTest::newRow("row too many")
        << QStringLiteral("INSERT INTO waste_month_total VALUES (2, 202605, 'kg', 3, 3, "
                          "'landfill', 5000, 1)")
        << QStringList {QStringLiteral("site NTT, month 2026-05, kg, product line SEI, category "
                                       "BONES, route landfill: the monthly totals hold 5 kg from 1 "
                                       "line"),
                        QStringLiteral("a recount of the waste lines finds nothing")};
    // The triggers follow the flag, so the totals agree with it; the flag disagrees with the
    // batch, which is live.
    QTest::newRow("flag against its batch")
        << QStringLiteral("UPDATE waste_line SET counted = 0 WHERE unit = 'L'")
        << QStringList {QStringLiteral("At site ACH, month 2026-03, 1 waste line"),
                        QStringLiteral("against the state of their batch")};
    QTest::newRow("month against its batch")
        << QStringLiteral("UPDATE waste_line SET local_month = 202602 WHERE unit = 'L'")
        << QStringList {QStringLiteral("At site ACH, month 2026-02, 1 waste line"),
                        QStringLiteral("carry another site, month or product line than their "
                                       "batch")};
}

void TestWasteSummary::checkFindsBrokenTotals()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    Test::TestDatabase t;
    const ServiceData d = serviceData(t);
    auto a = t.context().batches().save(
        batchOf(d.patchouli, d.nilam, QDate(2026, 3, 10),
                {wasteLine(d.biomass, 230'000, Route::Compost),
                 wasteLine(d.condensate, 500'000, Route::TreatedDischarge)}),
        QStringLiteral("test data"));
    QVERIFY2(a.has_value(), a ? "" : qPrintable(a.error().toLine()));
    QCOMPARE(d.ach.meta.id, qint64(1));
    QCOMPARE(d.sei.meta.id, qint64(3));
    QCOMPARE(d.bones.meta.id, qint64(3));
    auto before = IntegrityCheck::run(t.path(), true);
    QVERIFY(before.has_value());
    QVERIFY2(before->ok, qPrintable(before->wasteProblems.join(QLatin1Char('\n'))));
    QVERIFY(before->wasteChecked);

    auto broken = t.db().exec(sql);
    QVERIFY2(broken.has_value(), broken ? "" : qPrintable(broken.error().detail));
    auto after = IntegrityCheck::run(t.path(), true);
    QVERIFY(after.has_value());
    QVERIFY(!after->ok);
    QVERIFY(after->problems.isEmpty()); // SQLite finds the file sound; only the sums disagree
    const QString found = after->wasteProblems.join(QLatin1Char('\n'));
    for (const QString &piece : std::as_const(expected))
        QVERIFY2(found.contains(piece), qPrintable(found));
    // The quick check does not sum.
    auto quick = IntegrityCheck::run(t.path(), false);
    QVERIFY(quick.has_value());
    QVERIFY(quick->ok && !quick->wasteChecked);
}

QTEST_GUILESS_MAIN(TestWasteSummary)
#include "tst_wastesummary.moc"
