// The waste figures by command line, end to end: `waste summary` against hand-computed values
// and against WasteSummaryService in the test process, its CSV read back, and `chart`.

#include "clitestsupport.h"
#include "domain/quantity.h"

#include <QFile>
#include <QImageReader>

using namespace Rpb;

namespace {
// The row version a person would have read just now: an edit names the version it is based on.
[[maybe_unused]] qint64 currentVersion(Rpb::BatchService &batches, qint64 id)
{
    auto batch = batches.get(id);
    return batch ? batch->meta.rowVersion : 0;
}
} // namespace
using Rpb::Test::CliRunner;
using Rpb::Test::Run;

namespace {

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

struct Records
{
    qint64 ach = 0, ntt = 0;
    ProductLine patchouli, sereh, sei;
    Member nilam, kupang;
    WasteCategory biomass, ash, condensate, bones;
};

// ACH, October and November 2025, in kg:
//   PATCHOULI  5 Oct: biomass 200 compost, ash 10 landfill (and 500 L condensate, treated)
//   PATCHOULI 10 Nov: biomass 250.5 compost, ash 4.5 open burning
//   SEREH     20 Nov: biomass 80 reuse
// before it PATCHOULI 15 Sep: biomass 100 compost; an archived batch of 999 kg on 25 Oct that
// counts nowhere; and NTT 10 Oct: bones 12 as a by-product.
void fill(const CliRunner &cli)
{
    auto context = cli.open();
    QVERIFY(context);
    MasterDataService &data = context->masterData();
    Records r;
    const auto site = [&data](const char *code, const char *zone) {
        Site s;
        s.code = QString::fromLatin1(code);
        s.name = QStringLiteral("RPB ") + s.code;
        s.province = QStringLiteral("Provinsi ") + s.code;
        s.timeZone = QString::fromLatin1(zone);
        auto saved = data.save(s);
        return saved ? saved->meta.id : 0;
    };
    r.ach = site("ACH", "Asia/Jakarta");
    r.ntt = site("NTT", "Asia/Makassar");
    QVERIFY(r.ach && r.ntt);
    const auto line = [&data](qint64 siteId, const char *code, const char *name) {
        ProductLine p;
        p.meta.siteId = siteId;
        p.code = QString::fromLatin1(code);
        p.name = QString::fromUtf8(name);
        p.unit = Unit::Kg;
        auto saved = data.save(p);
        if (!saved)
            qFatal("line: %s", qPrintable(saved.error().toLine()));
        return *saved;
    };
    r.patchouli = line(r.ach, "PATCHOULI", "Minyak nilam");
    r.sereh = line(r.ach, "SEREH", "Minyak sereh, \"wangi\"");
    r.sei = line(r.ntt, "SEI", "Se'i sapi");
    const auto member = [&data](qint64 siteId, const char *code) {
        Member m;
        m.meta.siteId = siteId;
        m.code = QString::fromLatin1(code);
        m.name = QStringLiteral("Usaha ") + m.code;
        m.owner = m.code;
        auto saved = data.save(m);
        if (!saved)
            qFatal("member: %s", qPrintable(saved.error().toLine()));
        return *saved;
    };
    r.nilam = member(r.ach, "ACH-M01");
    r.kupang = member(r.ntt, "NTT-M01");
    const auto category = [&data](qint64 siteId, const char *code, Unit unit) {
        WasteCategory w;
        w.meta.siteId = siteId;
        w.code = QString::fromLatin1(code);
        w.name = QStringLiteral("Limbah ") + w.code;
        w.unit = unit;
        auto saved = data.save(w);
        if (!saved)
            qFatal("category: %s", qPrintable(saved.error().toLine()));
        return *saved;
    };
    r.biomass = category(r.ach, "SPENT_BIOMASS", Unit::Kg);
    r.ash = category(r.ach, "ASH", Unit::Kg);
    r.condensate = category(r.ach, "CONDENSATE", Unit::Litre);
    r.bones = category(r.ntt, "BONES", Unit::Kg);

    const auto batch
        = [&context](const ProductLine &p, const Member &m, const QDate &date, qint64 inputMilli,
                     qint64 outputMilli, QList<std::tuple<WasteCategory, qint64, Route>> waste) {
              Batch b;
              b.meta.siteId = p.meta.siteId;
              b.productLineId = p.meta.id;
              b.memberId = m.meta.id;
              b.productionDate = date;
              b.inputMaterial = QStringLiteral("bahan");
              b.inputMilli = inputMilli;
              b.outputMilli = outputMilli;
              for (const auto &[kind, milli, route] : waste) {
                  WasteLine w;
                  w.categoryId = kind.meta.id;
                  w.unit = kind.unit;
                  w.quantityMilli = milli;
                  w.route = route;
                  b.waste << w;
              }
              auto saved = context->batches().save(b);
              if (!saved)
                  qFatal("batch: %s", qPrintable(saved.error().toLine()));
              return *saved;
          };
    batch(r.patchouli, r.nilam, QDate(2025, 10, 5), 250'000, 6'500,
          {{r.biomass, 200'000, Route::Compost},
           {r.ash, 10'000, Route::Landfill},
           {r.condensate, 500'000, Route::TreatedDischarge}});
    batch(r.patchouli, r.nilam, QDate(2025, 11, 10), 300'000, 8'000,
          {{r.biomass, 250'500, Route::Compost}, {r.ash, 4'500, Route::OpenBurning}});
    batch(r.sereh, r.nilam, QDate(2025, 11, 20), 100'000, 1'200,
          {{r.biomass, 80'000, Route::Reuse}});
    batch(r.patchouli, r.nilam, QDate(2025, 9, 15), 200'000, 5'000,
          {{r.biomass, 100'000, Route::Compost}});
    const Batch archived = batch(r.patchouli, r.nilam, QDate(2025, 10, 25), 1'100'000, 10'000,
                                 {{r.biomass, 999'000, Route::Compost}});
    QVERIFY(context->batches().setArchived(archived.meta.id, true,
                                           currentVersion(context->batches(), archived.meta.id)));
    batch(r.sei, r.kupang, QDate(2025, 10, 10), 50'000, 20'000,
          {{r.bones, 12'000, Route::Byproduct}});
}

// RFC 4180, as a spreadsheet reads it.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

QString decimal(qint64 milli)
{
    return Quantity::toDecimalString(milli);
}

} // namespace

class TestCliWaste final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void handComputedSummary_data();
    void handComputedSummary();
    void equalsTheService_data();
    void equalsTheService();
    void productLineExtras();
    void litresStayApart();
    void csvReadsBack();
    void textFollowsTheLanguage();
    void emptySelection();
    void badInput_data();
    void badInput();
    void chart_data();
    void chart();
    void chartRefusesBadInput();

private:
    Run summary(QStringList extra) const;
    // rpb-hijau in a chosen language (the runner always asks for English).
    Run runIn(const QString &language, const QStringList &arguments) const;

    std::unique_ptr<CliRunner> m_cli;
};

void TestCliWaste::initTestCase()
{
    // The cases only read, so one database serves them all.
    m_cli = std::make_unique<CliRunner>();
    fill(*m_cli);
}

Run TestCliWaste::summary(QStringList extra) const
{
    QStringList arguments {L("waste"),  L("summary"), L("--site"), L("ACH"),
                           L("--from"), L("2025-10"), L("--to"),   L("2025-11")};
    // A later --site, --from or --to replaces the default one.
    for (const QString &option : {L("--site"), L("--from"), L("--to")}) {
        const qsizetype at = extra.indexOf(option);
        if (at >= 0) {
            arguments[arguments.indexOf(option) + 1] = extra.at(at + 1);
            extra.remove(at, 2);
        }
    }
    return m_cli->run(arguments + extra);
}

Run TestCliWaste::runIn(const QString &language, const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_cli->environment());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(RPB_EXECUTABLE),
                  arguments + QStringList {L("--db"), m_cli->dbPath(), L("--lang"), language});
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliWaste::handComputedSummary_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QStringList>("totals");
    QTest::newRow("product line") << L("product-line") << QStringList {L("PATCHOULI"), L("SEREH")}
                                  << QStringList {L("465"), L("80")};
    QTest::newRow("category") << L("category") << QStringList {L("ASH"), L("SPENT_BIOMASS")}
                              << QStringList {L("14.5"), L("530.5")};
    // Routes in the order of the waste hierarchy.
    QTest::newRow("route") << L(
        "route") << QStringList {L("reuse"), L("compost"), L("landfill"), L("open_burning")}
                           << QStringList {L("80"), L("450.5"), L("10"), L("4.5")};
    QTest::newRow("month") << L("month") << QStringList {L("2025-10"), L("2025-11")}
                           << QStringList {L("210"), L("335")};
}

void TestCliWaste::handComputedSummary()
{
    QFETCH(QString, by);
    QFETCH(QStringList, groups);
    QFETCH(QStringList, totals);
    const Run run = summary({L("--by"), by, L("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = run.object();
    QCOMPARE(o.value(L("unit")).toString(), L("kg"));
    QCOMPARE(o.value(L("from")).toString(), L("2025-10"));
    QCOMPARE(o.value(L("to")).toString(), L("2025-11"));
    QCOMPARE(o.value(L("total")).toString(), L("545"));
    // (200 + 250.5 + 80) / 545 diverted: compost and reuse; landfill and open burning are not.
    QCOMPARE(o.value(L("diversion_rate")).toString(), L("0.9734"));
    QCOMPARE(o.value(L("previous_total")).toString(), L("100"));
    QStringList gotGroups, gotTotals;
    for (const QJsonValue &row : o.value(L("rows")).toArray()) {
        gotGroups << row.toObject().value(L("group")).toString();
        gotTotals << row.toObject().value(L("total")).toString();
        QVERIFY(!row.toObject().value(L("name")).toString().isEmpty());
    }
    QCOMPARE(gotGroups, groups);
    QCOMPARE(gotTotals, totals);
}

void TestCliWaste::equalsTheService_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("unit");
    for (const char *site : {"ACH", "all"}) {
        for (const char *by : {"product-line", "category", "route", "month"}) {
            for (const char *unit : {"kg", "L"})
                QTest::addRow("%s %s %s", site, by, unit) << L(site) << L(by) << L(unit);
        }
    }
}

void TestCliWaste::equalsTheService()
{
    QFETCH(QString, site);
    QFETCH(QString, by);
    QFETCH(QString, unit);
    auto context = m_cli->open();
    QVERIFY(context);
    WasteSummaryService::Query query;
    if (site != L("all"))
        query.siteId = context->masterData().find<Site>(std::nullopt, site)->meta.id;
    query.fromMonth = 202510;
    query.toMonth = 202511;
    query.unit = unit == L("L") ? Unit::Litre : Unit::Kg;
    query.stack = by == L("route") ? WasteFigures::Stack::Route : WasteFigures::Stack::Category;
    auto figures = context->waste().figures(query);
    QVERIFY(figures);
    const WasteFigures &f = *figures;

    const Run run = summary({L("--site"), site, L("--by"), by, L("--unit"), unit, L("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = run.object();
    QCOMPARE(o.value(L("unit")).toString(), unit);
    QCOMPARE(o.value(L("total")).toString(), decimal(f.totalMilli));
    QCOMPARE(o.value(L("diversion_rate")).toString(), f.diversionRate());
    QCOMPARE(o.value(L("previous_total")).toString(), decimal(f.previousTotalMilli));

    QHash<QString, QString> expected;
    if (by == L("product-line")) {
        for (const WasteFigures::Key &line : f.lines)
            expected.insert(line.code + line.siteCode, decimal(f.lineTotal(line.key)));
    } else if (by == L("month")) {
        for (const WasteFigures::Key &period : f.periods) {
            qint64 sum = 0;
            for (const WasteFigures::Cell &c : f.byPeriod)
                if (c.row == period.key)
                    sum += c.milli;
            expected.insert(period.code, decimal(sum));
        }
    } else {
        for (const WasteFigures::Key &stack : f.stacks) {
            qint64 sum = 0;
            for (const WasteFigures::Cell &c : f.byLine)
                if (c.stack == stack.key)
                    sum += c.milli;
            expected.insert(stack.code, decimal(sum));
        }
    }
    QHash<QString, QString> got;
    qint64 rowSum = 0;
    for (const QJsonValue &value : o.value(L("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        const QString key = row.value(L("group")).toString() + row.value(L("site")).toString();
        got.insert(key, row.value(L("total")).toString());
        rowSum += *Quantity::parse(row.value(L("total")).toString());
    }
    QCOMPARE(got, expected);
    QCOMPARE(rowSum, f.totalMilli); // the rows add up to the total
}

void TestCliWaste::productLineExtras()
{
    const Run run = summary({L("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray rows = run.object().value(L("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject patchouli = rows.at(0).toObject();
    QCOMPARE(patchouli.value(L("site")).toString(), L("ACH"));
    QCOMPARE(patchouli.value(L("output")).toObject().value(L("quantity")).toString(), L("14.5"));
    QCOMPARE(patchouli.value(L("output")).toObject().value(L("unit")).toString(), L("kg"));
    QCOMPARE(patchouli.value(L("batches")).toInt(), 2);
    // 465 kg of waste for 14.5 kg of oil: 32.069 kg a kg, rounded to thousandths.
    QCOMPARE(patchouli.value(L("intensity")).toString(), L("32.069"));
    QCOMPARE(patchouli.value(L("share")).toString(), L("0.8532"));
    const QJsonObject stacks = patchouli.value(L("by_category")).toObject();
    QCOMPARE(stacks.value(L("SPENT_BIOMASS")).toString(), L("450.5"));
    QCOMPARE(stacks.value(L("ASH")).toString(), L("14.5"));

    const Run byRoute = summary({L("--stack"), L("route"), L("--json")});
    const QJsonObject routes = byRoute.object()
                                   .value(L("rows"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(L("by_route"))
                                   .toObject();
    QCOMPARE(routes.value(L("compost")).toString(), L("450.5"));
    QCOMPARE(routes.value(L("landfill")).toString(), L("10"));
}

void TestCliWaste::litresStayApart()
{
    const Run litres = summary({L("--unit"), L("L"), L("--by"), L("category"), L("--json")});
    QVERIFY2(litres.exitCode == 0, qPrintable(litres.describe()));
    QCOMPARE(litres.object().value(L("unit")).toString(), L("L"));
    QCOMPARE(litres.object().value(L("total")).toString(), L("500"));
    const QJsonArray rows = litres.object().value(L("rows")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(L("group")).toString(), L("CONDENSATE"));

    const Run all = summary({L("--site"), L("all"), L("--json")});
    QCOMPARE(all.object().value(L("total")).toString(), L("557")); // 545 kg + NTT's 12 kg bones
    QCOMPARE(all.object().value(L("site")).toString(), L("all"));
}

void TestCliWaste::csvReadsBack()
{
    for (const char *by : {"product-line", "category", "route", "month"}) {
        const Run csv = summary({L("--by"), L(by), L("--csv")});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.describe()));
        const Run json = summary({L("--by"), L(by), L("--json")});
        const QList<QStringList> rows = parseCsv(csv.out);
        const QJsonArray expected = json.object().value(L("rows")).toArray();
        QCOMPARE(rows.size(), expected.size() + 1);
        const QStringList header = rows.first();
        QCOMPARE(header.mid(0, 5),
                 (QStringList {L("group"), L("name"), L("unit"), L("total"), L("share")}));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject row = expected.at(i).toObject();
            QCOMPARE(rows.at(i + 1).size(), header.size());
            QCOMPARE(rows.at(i + 1).at(0), row.value(L("group")).toString());
            QCOMPARE(rows.at(i + 1).at(1), row.value(L("name")).toString());
            QCOMPARE(rows.at(i + 1).at(2), L("kg"));
            QCOMPARE(rows.at(i + 1).at(3), row.value(L("total")).toString());
        }
    }
    // A name with a comma and quotes survives the round trip.
    const Run lines = summary({L("--csv")});
    QVERIFY(lines.out.contains(L("\"Minyak sereh, \"\"wangi\"\"\"")));
    QCOMPARE(parseCsv(lines.out).at(2).at(1), L("Minyak sereh, \"wangi\""));
    QVERIFY(lines.out.contains(L("\r\n")));
}

void TestCliWaste::textFollowsTheLanguage()
{
    const QStringList arguments {L("waste"),   L("summary"), L("--site"),  L("ACH"),  L("--from"),
                                 L("2025-10"), L("--to"),    L("2025-11"), L("--by"), L("route")};
    const Run english = runIn(L("en"), arguments);
    QVERIFY2(english.exitCode == 0, qPrintable(english.describe()));
    QVERIFY2(english.out.contains(L("450.5")), qPrintable(english.out));
    QVERIFY(english.out.contains(L("97.34 %")));
    QVERIFY(english.out.contains(L("Total: 545 kg")));
    const Run indonesian = runIn(L("id"), arguments);
    QVERIFY2(indonesian.exitCode == 0, qPrintable(indonesian.describe()));
    QVERIFY2(indonesian.out.contains(L("450,5")), qPrintable(indonesian.out));
    QVERIFY(indonesian.out.contains(L("97,34 %")));
}

void TestCliWaste::emptySelection()
{
    const Run json = summary({L("--from"), L("2024-01"), L("--to"), L("2024-03"), L("--json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    QCOMPARE(json.object().value(L("total")).toString(), L("0"));
    QVERIFY(json.object().value(L("diversion_rate")).isNull());
    QCOMPARE(json.object().value(L("rows")).toArray().size(), 0);
    const Run text = summary({L("--from"), L("2024-01"), L("--to"), L("2024-03")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(L("No waste")));
}

void TestCliWaste::badInput_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("where");
    QTest::newRow("unknown site") << QStringList {L("--site"), L("XXX")} << 2 << L("--site XXX");
    QTest::newRow("bad month") << QStringList {L("--from"), L("2025-13")} << 1 << L("--from");
    QTest::newRow("date for month") << QStringList {L("--to"), L("2025-11-30")} << 1 << L("--to");
    QTest::newRow("from after to") << QStringList {L("--from"), L("2025-12")} << 2 << L("--to");
    QTest::newRow("bad unit") << QStringList {L("--unit"), L("pcs")} << 1 << L("--unit");
    QTest::newRow("bad by") << QStringList {L("--by"), L("colour")} << 1 << L("--by");
    QTest::newRow("bad stack") << QStringList {L("--stack"), L("month")} << 1 << L("--stack");
    QTest::newRow("over ten years") << QStringList {L("--from"), L("2010-01")} << 2 << L("--to");
}

void TestCliWaste::badInput()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, where);
    const Run run = summary(extra);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(L("error: ")), qPrintable(run.err));
    QVERIFY2(run.err.section(QLatin1Char('\n'), 0, 0).contains(L("(") + where),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliWaste::chart_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("png per product line") << L("waste.png") << QStringList {};
    QTest::newRow("svg over time by route")
        << L("waste.svg") << QStringList {L("--view"), L("time"), L("--by"), L("route")};
    QTest::newRow("png in litres") << L("litres.png") << QStringList {L("--unit"), L("L")};
}

void TestCliWaste::chart()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    const QString path = m_cli->file(file);
    const Run run = m_cli->run(QStringList {L("chart"), L("--site"), L("ACH"), L("--from"),
                                            L("2025-10"), L("--to"), L("2025-11"), L("--out"), path,
                                            L("--width"), L("640"), L("--height"), L("480")}
                               + extra);
    if (run.exitCode == 5) {
        // A build without the window's chart painter says so and writes nothing.
        QVERIFY2(run.err.contains(L("no chart painter")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
        return;
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(QFile::exists(path));
    if (file.endsWith(L(".png"))) {
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(640, 480));
    } else {
        QFile svg(path);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY2(text.contains("viewBox=\"0 0 640 480\""), text.left(400).constData());
    }
}

void TestCliWaste::chartRefusesBadInput()
{
    const QStringList base {L("chart"),   L("--site"), L("ACH"),     L("--from"),
                            L("2025-10"), L("--to"),   L("2025-11"), L("--out")};
    const Run suffix = m_cli->run(base + QStringList {m_cli->file(L("chart.gif"))});
    QVERIFY2(suffix.exitCode == 1, qPrintable(suffix.describe()));
    QVERIFY(suffix.err.contains(L("--out")));
    const Run view
        = m_cli->run(base + QStringList {m_cli->file(L("c.png")), L("--view"), L("pie")});
    QCOMPARE(view.exitCode, 1);
    const Run width
        = m_cli->run(base + QStringList {m_cli->file(L("c.png")), L("--width"), L("huge")});
    QCOMPARE(width.exitCode, 1);
    const Run site = m_cli->run({L("chart"), L("--site"), L("XXX"), L("--from"), L("2025-10"),
                                 L("--to"), L("2025-11"), L("--out"), m_cli->file(L("c.png"))});
    QCOMPARE(site.exitCode, 2);
    QVERIFY(!QFile::exists(m_cli->file(L("c.png"))));
    const Run help = m_cli->run({L("--help")});
    QVERIFY(help.out.contains(L("waste summary --site S|all")));
    QVERIFY(!help.out.section(L("Planned"), 1).contains(L("chart --site")));
}

QTEST_GUILESS_MAIN(TestCliWaste)
#include "tst_cli_waste.moc"
