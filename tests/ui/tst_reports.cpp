#include "charts/qtchartspainter.h"
#include "core/testdatabase.h"
#include "pages/reportspage.h"
#include "services/appinfo.h"
#include "services/language.h"

#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Rpb;

namespace {
template<typename T> T saved(Test::TestDatabase &t, const T &record)
{
    auto r = t.masterData().save(record);
    if (!r)
        qFatal("fixture: %s", qPrintable(r.error().message + r.error().detail));
    return *r;
}

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestReports final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void defaultsToPreviousMonth();
    void summaryShowsTheMonth();
    void closedMonthIsFinal();
    void savesPdf();
    void savesHtml();
    void languageChangesDocument_data();
    void languageChangesDocument();
    void allSites();
    void remembersChoices();

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ReportsPage> m_page;
    Site m_site;
    QtChartsPainter m_painter;
};

void TestReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::setUpApplication();
    Language::install(QStringLiteral("en"));
    ChartPainter::install(&m_painter);
}

void TestReports::cleanupTestCase()
{
    ChartPainter::install(nullptr);
}

void TestReports::init()
{
    QSettings().clear();
    m_db = std::make_unique<Test::TestDatabase>();
    Test::TestDatabase &t = *m_db;
    m_site = saved(t, Test::TestDatabase::sampleSite(QStringLiteral("ACH")));
    ProductLine line;
    line.meta.siteId = m_site.meta.id;
    line.code = QStringLiteral("PATCHOULI");
    line.name = QStringLiteral("Minyak nilam");
    line.unit = Unit::Kg;
    line = saved(t, line);
    Member member;
    member.meta.siteId = m_site.meta.id;
    member.code = QStringLiteral("ACH-M01");
    member.name = QStringLiteral("Nilam Jaya");
    member.owner = QStringLiteral("Ani");
    member.womenLed = true;
    member = saved(t, member);
    WasteCategory biomass;
    biomass.meta.siteId = m_site.meta.id;
    biomass.code = QStringLiteral("SPENT_BIOMASS");
    biomass.name = QStringLiteral("Ampas daun");
    biomass.unit = Unit::Kg;
    biomass = saved(t, biomass);
    WasteCategory condensate = biomass;
    condensate.meta = {};
    condensate.meta.siteId = m_site.meta.id;
    condensate.code = QStringLiteral("CONDENSATE");
    condensate.name = QStringLiteral("Air kondensat");
    condensate.unit = Unit::Litre;
    condensate = saved(t, condensate);

    // October 2026: 6,5 kg oil; 230 kg composted, 12,5 kg to landfill, 800 L treated.
    Batch b;
    b.productLineId = line.meta.id;
    b.memberId = member.meta.id;
    b.productionDate = QDate(2026, 10, 15);
    b.inputMaterial = QStringLiteral("daun nilam");
    b.outputMilli = 6500;
    b.inputMilli = 6500 + 230000 + 12500;
    auto waste = [](const WasteCategory &c, qint64 milli, Route route) {
        WasteLine w;
        w.categoryId = c.meta.id;
        w.quantityMilli = milli;
        w.unit = c.unit;
        w.route = route;
        return w;
    };
    b.waste = {waste(biomass, 230000, Route::Compost), waste(biomass, 12500, Route::Landfill),
               waste(condensate, 800000, Route::TreatedDischarge)};
    auto r = t.context().batches().save(b, QStringLiteral("test data"));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message + r.error().detail));

    m_page = std::make_unique<ReportsPage>(t.context());
    m_page->setSiteId(m_site.meta.id);
    m_page->setMonth(2026, 10);
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestReports::cleanup()
{
    m_page.reset();
    m_db.reset();
}

void TestReports::defaultsToPreviousMonth()
{
    QSettings().clear();
    ReportsPage fresh(m_db->context());
    const QDate expected
        = QDate::currentDate().addDays(1 - QDate::currentDate().day()).addMonths(-1);
    QCOMPARE(fresh.year(), expected.year());
    QCOMPARE(fresh.month(), expected.month());
    QVERIFY(fresh.isAllSites()); // without a site in the window, the central office's view
}

void TestReports::summaryShowsTheMonth()
{
    QCOMPARE(m_page->reportSiteId(), std::optional<qint64>(m_site.meta.id));
    const QString s = m_page->summaryText();
    QVERIFY2(s.contains(QStringLiteral("October 2026")), qPrintable(s));
    QVERIFY2(s.contains(QStringLiteral("RPB Minyak Atsiri")), qPrintable(s));
    QVERIFY2(s.contains(QStringLiteral("draft")), qPrintable(s));
    QVERIFY2(s.contains(QStringLiteral("Batches: 1")), qPrintable(s));
    QVERIFY2(s.contains(QStringLiteral("242.5 kg")), qPrintable(s));
    QVERIFY2(s.contains(QStringLiteral("800.0 L")), qPrintable(s));
    // 230 of 242,5 kg diverted: 94,85 % -> 94,8 % or 94,9 % by the core's rounding.
    const auto share = MonthlyReport::permille(230000, 242500);
    QVERIFY(share.has_value());
    QCOMPARE(*share, qint64(948));
    QVERIFY2(s.contains(QStringLiteral("94.8")), qPrintable(s));

    // An empty month says so in its figures.
    m_page->setMonth(2026, 9);
    QVERIFY2(m_page->summaryText().contains(QStringLiteral("Batches: 0")),
             qPrintable(m_page->summaryText()));
}

void TestReports::closedMonthIsFinal()
{
    QVERIFY(m_db->context().batches().closeMonth(m_site.meta.id, 2026, 10).has_value());
    m_page->refresh();
    QVERIFY2(m_page->summaryText().contains(QStringLiteral("final")),
             qPrintable(m_page->summaryText()));
    auto report = m_page->report();
    QVERIFY(report.has_value());
    QVERIFY(report->final);
}

void TestReports::savesPdf()
{
    QCOMPARE(m_page->suggestedBaseName(), QStringLiteral("rpb-ACH-2026-10"));
    const QString file = m_db->path() + QStringLiteral(".pdf");
    const Status s = m_page->savePdf(file);
    QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
    const QByteArray pdf = readAll(file);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 2000);
}

void TestReports::savesHtml()
{
    m_page->setManagerName(QStringLiteral("Ibu Ratna Sari"));
    m_page->setNotes(QStringLiteral("Kompos dijual ke kebun warga."));
    const QString file = m_db->path() + QStringLiteral(".html");
    const Status s = m_page->saveHtml(file);
    QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
    const QString html = QString::fromUtf8(readAll(file));
    QVERIFY(html.contains(QStringLiteral("RPB Minyak Atsiri")));
    QVERIFY(html.contains(QStringLiteral("Ibu Ratna Sari")));
    QVERIFY(html.contains(QStringLiteral("Kompos dijual ke kebun warga.")));
}

void TestReports::languageChangesDocument_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("other");
    QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("Oktober 2026")
                        << QStringLiteral("October 2026");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("October 2026")
                        << QStringLiteral("Oktober 2026");
}

void TestReports::languageChangesDocument()
{
    QFETCH(QString, language);
    QFETCH(QString, month);
    QFETCH(QString, other);
    m_page->setLanguage(language);
    QCOMPARE(m_page->language(), language);
    QCOMPARE(m_page->options().language, language);
    const QString file = m_db->path() + QStringLiteral("-%1.html").arg(language);
    QVERIFY(m_page->saveHtml(file).has_value());
    const QString html = QString::fromUtf8(readAll(file));
    QVERIFY(html.contains(month));
    QVERIFY(!html.contains(other));
}

void TestReports::allSites()
{
    m_page->setAllSites(true);
    QVERIFY(m_page->isAllSites());
    QCOMPARE(m_page->reportSiteId(), std::nullopt);
    QCOMPARE(m_page->suggestedBaseName(), QStringLiteral("rpb-ALL-2026-10"));
    QVERIFY2(m_page->summaryText().contains(QStringLiteral("All sites")),
             qPrintable(m_page->summaryText()));
    QVERIFY2(m_page->summaryText().contains(QStringLiteral("Batches: 1")),
             qPrintable(m_page->summaryText()));
}

void TestReports::remembersChoices()
{
    m_page->setLanguage(QStringLiteral("id"));
    m_page->setAllSites(true);
    m_page->setNotes(QStringLiteral("Catatan Oktober"));
    m_page->setManagerName(QStringLiteral("Pak Budi"));
    m_page.reset();
    ReportsPage again(m_db->context());
    again.setSiteId(m_site.meta.id);
    QCOMPARE(again.language(), QStringLiteral("id"));
    QVERIFY(again.isAllSites());
    QCOMPARE(again.managerName(), QStringLiteral("Pak Budi"));
    again.setMonth(2026, 10);
    QCOMPARE(again.options().notes, QStringLiteral("Catatan Oktober"));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
