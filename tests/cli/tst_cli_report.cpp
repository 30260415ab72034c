// The monthly green-UMKM summary by command line, end to end: `report --json` against
// ReportBuilder in the test process, the PDF's text in both languages, the HTML file, all sites,
// the manager's name and the exit codes of bad input.

#include "clitestsupport.h"
#include "reporting/reportbuilder.h"
#include "reporting/reportjson.h"
#include "services/accountservice.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Rpb;
using Rpb::Test::CliRunner;
using Rpb::Test::Run;

namespace {

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

const QString achName = QStringLiteral("RPB Minyak Atsiri Aceh");
const QString nttName = QStringLiteral("RPB Daging Sapi Kupang");

Site makeSite(MasterDataService &data, const char *code, const QString &name, const char *zone)
{
    Site s;
    s.code = QString::fromLatin1(code);
    s.name = name;
    s.province = QStringLiteral("Provinsi ") + s.code;
    s.timeZone = QString::fromLatin1(zone);
    auto saved = data.save(s);
    if (!saved)
        qFatal("site: %s", qPrintable(saved.error().toLine()));
    return *saved;
}

// ACH, in kg: September 2025 one batch of 5 kg oil with 100 kg biomass composted; October two
// batches (6.5 + 8 kg oil) with 200 kg composted and 10 kg landfilled, and October closed. NTT
// (WITA): one October batch of 20 kg se'i with 12 kg bones sold as a by-product, still open.
void fill(const CliRunner &cli)
{
    auto context = cli.open();
    QVERIFY(context);
    MasterDataService &data = context->masterData();
    const Site ach = makeSite(data, "ACH", achName, "Asia/Jakarta");
    const Site ntt = makeSite(data, "NTT", nttName, "Asia/Makassar");
    const auto line = [&data](const Site &site, const char *code, const char *name) {
        ProductLine p;
        p.meta.siteId = site.meta.id;
        p.code = QString::fromLatin1(code);
        p.name = QString::fromUtf8(name);
        p.unit = Unit::Kg;
        auto saved = data.save(p);
        if (!saved)
            qFatal("line: %s", qPrintable(saved.error().toLine()));
        return *saved;
    };
    const ProductLine patchouli = line(ach, "PATCHOULI", "Minyak nilam");
    const ProductLine sei = line(ntt, "SEI", "Se'i sapi");
    const auto member = [&data](const Site &site, const char *code, bool womenLed) {
        Member m;
        m.meta.siteId = site.meta.id;
        m.code = QString::fromLatin1(code);
        m.name = QStringLiteral("Usaha ") + m.code;
        m.owner = m.code;
        m.womenLed = womenLed;
        auto saved = data.save(m);
        if (!saved)
            qFatal("member: %s", qPrintable(saved.error().toLine()));
        return *saved;
    };
    const Member nilam = member(ach, "ACH-M01", true);
    const Member kupang = member(ntt, "NTT-M01", false);
    const auto category = [&data](const Site &site, const char *code) {
        WasteCategory w;
        w.meta.siteId = site.meta.id;
        w.code = QString::fromLatin1(code);
        w.name = QStringLiteral("Limbah ") + w.code;
        w.unit = Unit::Kg;
        auto saved = data.save(w);
        if (!saved)
            qFatal("category: %s", qPrintable(saved.error().toLine()));
        return *saved;
    };
    const WasteCategory biomass = category(ach, "SPENT_BIOMASS");
    const WasteCategory bones = category(ntt, "BONES");

    const auto batch
        = [&context](const ProductLine &p, const Member &m, const QDate &date, qint64 outputMilli,
                     QList<std::tuple<WasteCategory, qint64, Route>> waste) {
              Batch b;
              b.meta.siteId = p.meta.siteId;
              b.productLineId = p.meta.id;
              b.memberId = m.meta.id;
              b.productionDate = date;
              b.inputMaterial = QStringLiteral("bahan");
              b.inputMilli = 300'000;
              b.outputMilli = outputMilli;
              b.energyWh = 100'000;
              b.waterMl = 500'000;
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
          };
    batch(patchouli, nilam, QDate(2025, 9, 15), 5'000, {{biomass, 100'000, Route::Compost}});
    batch(patchouli, nilam, QDate(2025, 10, 5), 6'500,
          {{biomass, 150'000, Route::Compost}, {biomass, 10'000, Route::Landfill}});
    batch(patchouli, nilam, QDate(2025, 10, 20), 8'000, {{biomass, 50'000, Route::Compost}});
    batch(sei, kupang, QDate(2025, 10, 31), 20'000, {{bones, 12'000, Route::Byproduct}});
    QVERIFY(context->batches().closeMonth(ach.meta.id, 2025, 10));
}

// The text of a PDF, or nothing when pdftotext is missing.
QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Every word of the PDF with its box, in points, from poppler's `pdftotext -bbox`. Empty when
// poppler-utils is not installed.
struct PdfWord
{
    QString text;
    int page = 0;
    qreal height = 0; // the box's height: the font's size times its ascent less its descent
};

QList<PdfWord> pdfWords(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    const QString xhtml = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression page(QStringLiteral("<page |<word yMin=\"|<word xMin=\"[^\"]*\" "
                                                        "yMin=\"([0-9.]+)\" xMax=\"[^\"]*\" "
                                                        "yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QList<PdfWord> words;
    int pages = 0;
    for (auto it = page.globalMatch(xhtml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(0).startsWith(QStringLiteral("<page"))) {
            ++pages;
            continue;
        }
        if (m.captured(3).isEmpty())
            continue;
        words.append({m.captured(3), pages, m.captured(2).toDouble() - m.captured(1).toDouble()});
    }
    return words;
}

QByteArray head(const QString &path, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestCliReport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void jsonEqualsTheBuilder_data();
    void jsonEqualsTheBuilder();
    void handComputedFigures();
    void jsonAloneIsOneDocument();
    void pdfInTheLanguage_data();
    void pdfInTheLanguage();
    void pdfTextSizes_data();
    void pdfTextSizes();
    void html();
    void allSites();
    void managerName();
    void badInput_data();
    void badInput();

private:
    // rpb-hijau in a chosen language (the runner always asks for English).
    Run runIn(const QString &language, const QStringList &arguments) const;

    std::unique_ptr<CliRunner> m_cli;
};

void TestCliReport::initTestCase()
{
    // The cases only read, so one database serves them all.
    m_cli = std::make_unique<CliRunner>();
    fill(*m_cli);
}

Run TestCliReport::runIn(const QString &language, const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_cli->environment());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(RPB_EXECUTABLE),
                  arguments + QStringList {L("--db"), m_cli->dbPath(), L("--lang"), language});
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliReport::jsonEqualsTheBuilder_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("status");
    QTest::newRow("closed month") << L("ACH") << L("2025-10") << L("final");
    QTest::newRow("open month") << L("ACH") << L("2025-09") << L("draft");
    QTest::newRow("no batches") << L("ACH") << L("2025-11") << L("draft");
    QTest::newRow("WITA site") << L("NTT") << L("2025-10") << L("draft");
    QTest::newRow("all sites") << L("all") << L("2025-10") << L("draft");
}

void TestCliReport::jsonEqualsTheBuilder()
{
    QFETCH(QString, site);
    QFETCH(QString, month);
    QFETCH(QString, status);
    const Run run = m_cli->run({L("report"), L("--site"), site, L("--month"), month, L("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject got = run.object();

    auto context = m_cli->open();
    QVERIFY(context);
    std::optional<qint64> siteId;
    if (site != L("all"))
        siteId = context->masterData().find<Site>(std::nullopt, site)->meta.id;
    auto built = ReportBuilder(*context).build(siteId, month.left(4).toInt(), month.mid(5).toInt());
    QVERIFY(built);
    const QJsonObject expected = ReportJson::toJson(*built);

    QCOMPARE(got.value(L("site")).toString(), site);
    QCOMPARE(got.value(L("month")).toString(), month);
    QCOMPARE(got.value(L("status")).toString(), status);
    QCOMPARE(got.value(L("language")).toString(), L("en"));
    for (const char *key : {"site", "month", "status", "data_version", "key_figures",
                            "product_lines", "waste", "machines", "sites", "site_name"})
        QVERIFY2(got.value(L(key)) == expected.value(L(key)), key);
}

void TestCliReport::handComputedFigures()
{
    const Run run
        = m_cli->run({L("report"), L("--site"), L("ACH"), L("--month"), L("2025-10"), L("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = run.object();
    QCOMPARE(o.value(L("site_name")).toString(), achName);
    const QJsonObject key = o.value(L("key_figures")).toObject();
    QCOMPARE(key.value(L("batches")).toObject().value(L("current")).toInt(), 2);
    QCOMPARE(key.value(L("batches")).toObject().value(L("previous")).toInt(), 1);
    // 150 + 10 + 50 kg, of which 200 composted: 95.24 % diverted; September 100 kg, all composted.
    const QJsonObject waste = key.value(L("waste_kg")).toObject();
    QCOMPARE(waste.value(L("current")).toString(), L("210"));
    QCOMPARE(waste.value(L("previous")).toString(), L("100"));
    QCOMPARE(waste.value(L("change")).toString(), L("110"));
    QCOMPARE(waste.value(L("unit")).toString(), L("kg"));
    QCOMPARE(key.value(L("diverted_kg")).toObject().value(L("current")).toString(), L("200"));
    QCOMPARE(key.value(L("diversion_rate_kg")).toObject().value(L("current")).toString(),
             L("0.9524"));
    QCOMPARE(key.value(L("energy")).toObject().value(L("current")).toString(), L("200"));
    QCOMPARE(key.value(L("members_served")).toObject().value(L("current")).toInt(), 1);
    const QJsonArray lines = o.value(L("product_lines")).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).toObject().value(L("output")).toObject().value(L("current")).toString(),
             L("14.5"));
}

void TestCliReport::jsonAloneIsOneDocument()
{
    const Run run
        = m_cli->run({L("report"), L("--site"), L("NTT"), L("--month"), L("2025-10"), L("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    QVERIFY(!document.object().contains(L("pdf")));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestCliReport::pdfInTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("monthName");
    QTest::addColumn<QString>("other");
    QTest::newRow("id") << L("id") << L("Oktober 2025") << L("October 2025");
    QTest::newRow("en") << L("en") << L("October 2025") << L("Oktober 2025");
}

void TestCliReport::pdfInTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, monthName);
    QFETCH(QString, other);
    const QString pdf = m_cli->file(QStringLiteral("ach-%1.pdf").arg(language));
    const Run run
        = runIn(language,
                {L("report"), L("--site"), L("ACH"), L("--month"), L("2025-10"), L("--pdf"), pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    // One summary line: the file, its pages and the stamp.
    QCOMPARE(run.out.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.out.contains(pdf), qPrintable(run.out));
    if (language == L("en"))
        QVERIFY2(run.out.contains(L("page")) && run.out.contains(L("final")), qPrintable(run.out));
    QCOMPARE(head(pdf, 4), QByteArray("%PDF"));

    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext is not installed, so the PDF's text cannot be read");
    QVERIFY2(text.contains(monthName), qPrintable(text.left(2000)));
    QVERIFY2(!text.contains(other), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(achName), qPrintable(text.left(2000)));
}

void TestCliReport::pdfTextSizes_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("language");
    QTest::newRow("ACH id") << L("ACH") << L("id");
    QTest::newRow("ACH en") << L("ACH") << L("en");
    QTest::newRow("all sites id") << L("all") << L("id");
}

void TestCliReport::pdfTextSizes()
{
    // No text on paper under 7 pt, the chart's included: its axes, categories and legend, drawn
    // by Qt Charts into the PDF (the executable has the chart painter). The legend names every
    // route of the chart.
    QFETCH(QString, site);
    QFETCH(QString, language);
    const QString pdf = m_cli->file(QStringLiteral("sizes-%1-%2.pdf").arg(site, language));
    const Run run = runIn(language, {L("report"), L("--site"), site, L("--month"), L("2025-10"),
                                     L("--pdf"), pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QList<PdfWord> words = pdfWords(pdf);
    if (words.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed, so the PDF's text cannot be measured");
    // DejaVu Sans spans 1.164 of its size from ascent to descent: a 7 pt word is 8.1 pt high,
    // a 6.5 pt one 7.6. Rotated labels only grow their boxes.
    const qreal minimum = 7 * 1.1;
    QStringList small;
    qreal lowest = 1000;
    for (const PdfWord &w : words) {
        lowest = std::min(lowest, w.height);
        if (w.height < minimum)
            small << QStringLiteral("%1 (page %2, %3 pt high)").arg(w.text).arg(w.page).arg(w.height);
    }
    qInfo("%lld words, the lowest %.2f pt high", qint64(words.size()), lowest);
    QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral(", "))));
    // The chart's page: its axis names and the legend's routes, in the document's language.
    QStringList chartPage;
    for (const PdfWord &w : words)
        if (w.page == 2)
            chartPage << w.text;
    const QString text = chartPage.join(QLatin1Char(' '));
    const bool id = language == L("id");
    for (const QString &expected : id ? QStringList {L("Lini produk"), L("Kompos"), L("Ditimbun")}
                                      : QStringList {L("Product line"), L("Compost"), L("Land")})
        QVERIFY2(text.contains(expected), qPrintable(expected + L(" missing in: ") + text));
}

void TestCliReport::html()
{
    const QString html = m_cli->file(QStringLiteral("ntt.html"));
    const Run run = m_cli->run({L("report"), L("--site"), L("NTT"), L("--month"), L("2025-10"),
                                L("--html"), html, L("--notes"), L("Freezer serviced.")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(html), qPrintable(run.out));
    QVERIFY2(run.out.contains(L("draft")), qPrintable(run.out));
    const QString text = readText(html);
    QVERIFY(text.contains(L("<html"), Qt::CaseInsensitive));
    QVERIFY(text.contains(nttName));
    QVERIFY(text.contains(L("October 2025")));
    QVERIFY(text.contains(L("Freezer serviced.")));
}

void TestCliReport::allSites()
{
    const QString pdf = m_cli->file(QStringLiteral("all.pdf"));
    const QString html = m_cli->file(QStringLiteral("all.html"));
    const Run run = m_cli->run({L("report"), L("--site"), L("all"), L("--month"), L("2025-10"),
                                L("--pdf"), pdf, L("--html"), html, L("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = run.object();
    QCOMPARE(o.value(L("site")).toString(), L("all"));
    QCOMPARE(o.value(L("status")).toString(), L("draft")); // NTT has not closed October
    const QJsonArray sites = o.value(L("sites")).toArray();
    QCOMPARE(sites.size(), 2);
    QCOMPARE(sites.at(0).toObject().value(L("status")).toString(), L("final"));
    QCOMPARE(sites.at(1).toObject().value(L("waste_kg")).toString(), L("12"));
    QCOMPARE(o.value(L("key_figures"))
                 .toObject()
                 .value(L("waste_kg"))
                 .toObject()
                 .value(L("current"))
                 .toString(),
             L("222"));
    const QJsonObject written = o.value(L("pdf")).toObject();
    QCOMPARE(written.value(L("file")).toString(), pdf);
    QVERIFY(written.value(L("pages")).toInt() >= 2);
    QCOMPARE(o.value(L("html")).toObject().value(L("file")).toString(), html);
    QCOMPARE(head(pdf, 4), QByteArray("%PDF"));
    const QString text = readText(html);
    QVERIFY(text.contains(achName));
    QVERIFY(text.contains(nttName));
}

void TestCliReport::managerName()
{
    // The site's responsible manager signs, else its manager account; --manager names someone
    // in their stead. Who prepared the document (the signed-in person) is said apart.
    CliRunner cli;
    const QString password = QStringLiteral("rahasia-123");
    {
        auto context = cli.open();
        QVERIFY(context);
        makeSite(context->masterData(), "ACH", achName, "Asia/Jakarta");
        QVERIFY(context->accounts().createFirstManager(L("siti"), L("Siti Rahmawati"), password,
                                                       password));
    }
    const QString html = cli.file(QStringLiteral("signed.html"));
    const QStringList arguments {L("report"),  L("--site"), L("ACH"), L("--month"),
                                 L("2025-10"), L("--html"), html};
    // Siti manages all sites, not ACH: nobody is named to sign, she prepared it.
    const Run own = cli.run(arguments, cli.as(L("siti"), password));
    QVERIFY2(own.exitCode == 0, qPrintable(own.describe()));
    QVERIFY(readText(html).contains(L("Prepared by <b>Siti Rahmawati</b>")));
    QVERIFY(readText(html).contains(L("Site manager: <b>______")));

    const Run named = cli.run(arguments + QStringList {L("--manager"), L("Budi Santoso")},
                              cli.as(L("siti"), password));
    QVERIFY2(named.exitCode == 0, qPrintable(named.describe()));
    QVERIFY(readText(html).contains(L("Site manager: <b>Budi Santoso</b>")));
    QVERIFY(readText(html).contains(L("Prepared by <b>Siti Rahmawati</b>")));

    // The site names its responsible manager: that name signs, whoever prints.
    {
        auto context = cli.open();
        QVERIFY(context);
        auto sites = context->masterData().sites();
        QVERIFY(sites && !sites->isEmpty());
        Site site = sites->first();
        site.managerName = L("Dewi Lestari");
        QVERIFY(context->masterData().save(site));
    }
    const Run site = cli.run(arguments, cli.as(L("siti"), password));
    QVERIFY2(site.exitCode == 0, qPrintable(site.describe()));
    QVERIFY(readText(html).contains(L("Site manager: <b>Dewi Lestari</b>")));
    const Run json = cli.run({L("report"), L("--site"), L("ACH"), L("--month"), L("2025-10"),
                              L("--json")},
                             cli.as(L("siti"), password));
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    QCOMPARE(json.object().value(L("manager")).toString(), L("Dewi Lestari"));

    // Without signing in there is no report either.
    const Run nobody = cli.run(arguments);
    QCOMPARE(nobody.exitCode, 4);
}

void TestCliReport::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named"); // what the error line names
    const QString pdf = m_cli->file(L("out.pdf"));
    QTest::newRow("unknown site") << QStringList {L("--site"),  L("XYZ"),   L("--month"),
                                                  L("2025-10"), L("--pdf"), pdf}
                                  << 2 << L("XYZ");
    QTest::newRow("month 13") << QStringList {L("--site"),  L("ACH"),   L("--month"),
                                              L("2025-13"), L("--pdf"), pdf}
                              << 1 << L("--month");
    QTest::newRow("month in words")
        << QStringList {L("--site"), L("ACH"), L("--month"), L("Oktober"), L("--json")} << 1
        << L("--month");
    QTest::newRow("no month") << QStringList {L("--site"), L("ACH"), L("--pdf"), pdf} << 1
                              << L("--month");
    QTest::newRow("nothing to make")
        << QStringList {L("--site"), L("ACH"), L("--month"), L("2025-10")} << 1 << L("report");
    QTest::newRow("pdf in a missing folder")
        << QStringList {L("--site"),  L("ACH"),   L("--month"),
                        L("2025-10"), L("--pdf"), L("/nonexistent-folder/report.pdf")}
        << 5 << L("/nonexistent-folder/report.pdf");
    QTest::newRow("html in a missing folder")
        << QStringList {L("--site"),  L("all"),    L("--month"),
                        L("2025-10"), L("--html"), L("/nonexistent-folder/report.html")}
        << 5 << L("/nonexistent-folder/report.html");
}

void TestCliReport::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    const Run run = m_cli->run(QStringList {L("report")} + arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(L("error: ")), qPrintable(run.err));
    QVERIFY2(run.err.section(QLatin1Char('\n'), 0, 0).contains(named), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_cli->file(L("out.pdf"))));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
