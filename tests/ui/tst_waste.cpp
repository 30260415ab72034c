#include "charts/qtchartspainter.h"
#include "charts/wastechartview.h"
#include "core/testdatabase.h"
#include "dialogs/wastebatchesdialog.h"
#include "domain/quantity.h"
#include "models/wastetablemodel.h"
#include "pages/wastepage.h"
#include "services/appinfo.h"
#include "services/language.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Rpb;

namespace {
// A small hand-made dataset, the one of the waste summary's own test: its sums are in the
// comments of build().
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

qint64 addLine(Database &db, qint64 site, const char *code, const char *name)
{
    return insert(db,
                  QStringLiteral("INSERT INTO product_line (uuid, created_ms, updated_ms, "
                                 "site_id, code, name, unit) VALUES (randomblob(16), 0, 0, ?, "
                                 "?, ?, 'kg')"),
                  {site, QString::fromLatin1(code), QString::fromLatin1(name)});
}

qint64 addCategory(Database &db, qint64 site, const char *code, const char *name, const char *unit)
{
    return insert(
        db,
        QStringLiteral("INSERT INTO waste_category (uuid, created_ms, updated_ms, "
                       "site_id, code, name, unit) VALUES (randomblob(16), 0, 0, ?, "
                       "?, ?, ?)"),
        {site, QString::fromLatin1(code), QString::fromLatin1(name), QString::fromLatin1(unit)});
}

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
    ntt.name = QStringLiteral("RPB Daging Sapi");
    ntt.timeZone = QStringLiteral("Asia/Makassar");
    d.ach = t.masterData().save(ach)->meta.id;
    d.ntt = t.masterData().save(ntt)->meta.id;
    Database &db = t.db();
    d.patchouli = addLine(db, d.ach, "PATCHOULI", "Patchouli oil");
    d.citronella = addLine(db, d.ach, "CITRONELLA", "Citronella oil");
    d.seiBeef = addLine(db, d.ntt, "SEI", "Se'i smoked beef");
    d.biomass = addCategory(db, d.ach, "SPENT_BIOMASS", "Spent leaves", "kg");
    d.condensate = addCategory(db, d.ach, "CONDENSATE", "Condensate water", "L");
    d.bones = addCategory(db, d.ntt, "BONES", "Bones", "kg");
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
    // December 2025, the period before January-March 2026: 100 kg to landfill.
    addBatch(db, d, d.ach, d.member, d.patchouli, 202512, 5000,
             {{d.biomass, "landfill", "kg", 100000}});
    // January 2026: patchouli 6.5 kg oil; 230 kg composted, 12.5 kg landfill, 800 L treated.
    addBatch(db, d, d.ach, d.member, d.patchouli, 202601, 6500,
             {{d.biomass, "compost", "kg", 230000},
              {d.biomass, "landfill", "kg", 12500},
              {d.condensate, "treated_discharge", "L", 800000}});
    // March 2026: citronella 4 kg oil, 150 kg to energy recovery.
    addBatch(db, d, d.ach, d.member, d.citronella, 202603, 4000,
             {{d.biomass, "energy_recovery", "kg", 150000}});
    // NTT, February 2026: se'i 20 kg; 8 kg bones sold as by-product.
    addBatch(db, d, d.ntt, d.nttMember, d.seiBeef, 202602, 20000,
             {{d.bones, "byproduct", "kg", 8000}});
    return d;
}

WasteSummaryService::Query firstQuarter(std::optional<qint64> site)
{
    WasteSummaryService::Query q;
    q.siteId = site;
    q.fromMonth = 202601;
    q.toMonth = 202603;
    return q;
}

QStringList headers(const QAbstractItemModel &model, Qt::Orientation orientation, int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << model.headerData(i, orientation).toString();
    return names;
}

// RFC 4180 fields of one line; enough for the quoting the export writes.
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
                field += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}
} // namespace

class TestWaste final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void modelEqualsFigures();
    void chartFollowsTheModel_data();
    void chartFollowsTheModel();
    void emptySelectionSaysSo_data();
    void emptySelectionSaysSo();
    void keyFiguresInTheLanguageOfTheScreen();
    void allSitesQualifyTheLines();
    void painterSavesPngAndSvg();
    void csvParsesBackToTheTable();
    void enterOnACellListsTheBatches();
    void choicesAreRemembered();
    void pageRendersOffscreen();

private:
    void showPage(const WasteSummaryService::Query &query,
                  WasteTableModel::View view = WasteTableModel::View::PerProductLine);

    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<WastePage> m_page;
    Data m_data;
    QtChartsPainter m_painter;
};

void TestWaste::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::setUpApplication();
    Language::install(QStringLiteral("en"));
    ChartPainter::install(&m_painter);
}

void TestWaste::cleanupTestCase()
{
    ChartPainter::install(nullptr);
}

void TestWaste::init()
{
    QSettings().clear();
    m_db = std::make_unique<Test::TestDatabase>();
    m_data = build(*m_db);
}

void TestWaste::cleanup()
{
    m_page.reset();
    m_db.reset();
    Language::install(QStringLiteral("en"));
}

void TestWaste::showPage(const WasteSummaryService::Query &query, WasteTableModel::View view)
{
    m_page = std::make_unique<WastePage>(m_db->context());
    m_page->resize(1200, 700);
    m_page->setSiteId(m_data.ach);
    m_page->setView(view);
    m_page->setQuery(query);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestWaste::modelEqualsFigures()
{
    showPage(firstQuarter(m_data.ach));
    auto figures = m_db->context().waste().figures(firstQuarter(m_data.ach));
    QVERIFY(figures.has_value());
    const WasteTableModel &model = *m_page->model();
    QCOMPARE(model.rowCount(), figures->lines.size());
    QCOMPARE(model.stackCount(), figures->stacks.size());
    QCOMPARE(model.columnCount(), figures->stacks.size() + 1); // and the total
    qint64 sum = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.rowKey(row), figures->lines.at(row).key);
        for (int column = 0; column < model.stackCount(); ++column) {
            const qint64 expected
                = figures->cell(figures->byLine, model.rowKey(row), model.columnKey(column));
            QCOMPARE(model.milli(row, column), expected);
            QCOMPARE(model.index(row, column).data(WasteTableModel::MilliRole).toLongLong(),
                     expected);
            // What the chart's mapper reads: the same amount in kg.
            QCOMPARE(model.index(row, column).data().toDouble(), double(expected) / 1000);
        }
        QCOMPARE(model.milli(row, model.stackCount()), figures->lineTotal(model.rowKey(row)));
        sum += model.milli(row, model.stackCount());
    }
    QCOMPARE(sum, qint64(392500));
    // 230 + 12.5 kg of spent leaves behind the patchouli.
    QCOMPARE(model.rowKey(1), QStringLiteral("PATCHOULI"));
    QCOMPARE(model.milli(1, 0), qint64(242500));
}

void TestWaste::chartFollowsTheModel_data()
{
    QTest::addColumn<int>("stack");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("view");
    QTest::addColumn<QStringList>("columnKeys");
    QTest::addColumn<QStringList>("rowKeys");
    using S = WasteFigures::Stack;
    using V = WasteTableModel::View;
    const QStringList lines {QStringLiteral("CITRONELLA"), QStringLiteral("PATCHOULI")};
    QTest::newRow("category, kg") << int(S::Category) << int(Unit::Kg) << int(V::PerProductLine)
                                  << QStringList {QStringLiteral("SPENT_BIOMASS")} << lines;
    QTest::newRow("route, kg") << int(S::Route) << int(Unit::Kg) << int(V::PerProductLine)
                               << QStringList {QStringLiteral("compost"),
                                               QStringLiteral("energy_recovery"),
                                               QStringLiteral("landfill")}
                               << lines;
    // Litres stand alone: only the condensate (the citronella made output but no liquid waste).
    QTest::newRow("category, L") << int(S::Category) << int(Unit::Litre) << int(V::PerProductLine)
                                 << QStringList {QStringLiteral("CONDENSATE")} << lines;
    QTest::newRow("route, L") << int(S::Route) << int(Unit::Litre) << int(V::PerProductLine)
                              << QStringList {QStringLiteral("treated_discharge")} << lines;
    QTest::newRow("over time") << int(S::Category) << int(Unit::Kg) << int(V::OverTime) << lines
                               << QStringList {QStringLiteral("2026-01"), QStringLiteral("2026-02"),
                                               QStringLiteral("2026-03")};
}

void TestWaste::chartFollowsTheModel()
{
    QFETCH(int, stack);
    QFETCH(int, unit);
    QFETCH(int, view);
    QFETCH(QStringList, columnKeys);
    QFETCH(QStringList, rowKeys);

    // Start from the default and switch, so that the chart has to rebuild its bar sets.
    showPage(firstQuarter(m_data.ach));
    QCOMPARE(m_page->chartView()->seriesCount(), 1);
    WasteSummaryService::Query q = firstQuarter(m_data.ach);
    q.stack = WasteFigures::Stack(stack);
    q.unit = Unit(unit);
    m_page->setView(WasteTableModel::View(view));
    m_page->setQuery(q);

    const WasteTableModel &model = *m_page->model();
    QStringList columns;
    for (int c = 0; c < model.stackCount(); ++c)
        columns << model.columnKey(c);
    QCOMPARE(columns, columnKeys);
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << model.rowKey(r);
    QCOMPARE(rows, rowKeys);

    if (Unit(unit) == Unit::Litre) {
        QCOMPARE(model.milli(0, model.stackCount()), qint64(0));
        QCOMPARE(model.milli(1, model.stackCount()), qint64(800000));
    }

    WasteChartView *chart = m_page->chartView();
    QVERIFY(!m_page->isShowingEmptyMessage());
    QCOMPARE(chart->seriesCount(), model.stackCount());
    QCOMPARE(chart->barSetLabels(), headers(model, Qt::Horizontal, model.stackCount()));
    QCOMPARE(chart->categories(), headers(model, Qt::Vertical, model.rowCount()));
    if (WasteFigures::Stack(stack) == WasteFigures::Stack::Route
        && WasteTableModel::View(view) == WasteTableModel::View::PerProductLine) {
        // Disposal routes are hatched, diverted ones are not.
        for (int c = 0; c < model.stackCount(); ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal, WasteTableModel::HatchedRole).toBool(),
                     columnKeys.at(c) == QLatin1String("landfill")
                         || columnKeys.at(c) == QLatin1String("treated_discharge"));
    }
}

void TestWaste::emptySelectionSaysSo_data()
{
    QTest::addColumn<int>("fromMonth");
    QTest::addColumn<int>("toMonth");
    QTest::addColumn<int>("unit");
    QTest::newRow("months without batches") << 202404 << 202406 << int(Unit::Kg);
    QTest::newRow("a month with only kg, asked in L") << 202603 << 202603 << int(Unit::Litre);
}

void TestWaste::emptySelectionSaysSo()
{
    QFETCH(int, fromMonth);
    QFETCH(int, toMonth);
    QFETCH(int, unit);
    showPage(firstQuarter(m_data.ach));
    QVERIFY(!m_page->isShowingEmptyMessage());
    WasteSummaryService::Query q = firstQuarter(m_data.ach);
    q.fromMonth = fromMonth;
    q.toMonth = toMonth;
    q.unit = Unit(unit);
    m_page->setQuery(q);
    QVERIFY(m_page->isShowingEmptyMessage());
    QVERIFY2(
        m_page->emptyMessage().contains(QStringLiteral("No waste recorded for this selection")),
        qPrintable(m_page->emptyMessage()));
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(m_page->chartView()->seriesCount(), 0);
}

void TestWaste::keyFiguresInTheLanguageOfTheScreen()
{
    WasteSummaryService::Query q = firstQuarter(m_data.ach);
    q.stack = WasteFigures::Stack::Route;
    showPage(q);
    QString text = m_page->keyFiguresText();
    // 392.5 kg, 380 kg diverted = 96.8 %, 242.5 kg per 6.5 kg of oil.
    for (const char *expected : {"392.5 kg", "380.0 kg", "96.8 %", "37.308 kg/kg",
                                 "37.500 kg/kg", "Patchouli oil"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));
    // The quarter before holds one batch of 100 kg: too little to compare with, so no
    // "+292.5 %" but a sentence saying why.
    QVERIFY2(text.contains(QStringLiteral("too little data to compare")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("292")));

    Language::install(QStringLiteral("id"));
    m_page->refresh();
    text = m_page->keyFiguresText();
    for (const char *expected : {"392,5 kg", "96,8 %", "37,308 kg/kg"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));
    // The hover text of a segment (and the table's accessible text) in Indonesian numbers.
    const QString tip = m_page->model()->index(1, 2).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("12,5")), qPrintable(tip));
}

void TestWaste::allSitesQualifyTheLines()
{
    showPage(firstQuarter(std::nullopt));
    const WasteTableModel &model = *m_page->model();
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << model.rowKey(r);
    QCOMPARE(rows,
             (QStringList {QStringLiteral("ACH/CITRONELLA"), QStringLiteral("ACH/PATCHOULI"),
                           QStringLiteral("NTT/SEI")}));
    QCOMPARE(m_page->query().siteId, std::optional<qint64>());
    QCOMPARE(m_page->findChild<QComboBox *>(QStringLiteral("wasteScope"))->currentIndex(), 1);
    QCOMPARE(m_page->chartView()->categories().size(), 3);
}

void TestWaste::painterSavesPngAndSvg()
{
    QTemporaryDir dir;
    auto figures = m_db->context().waste().figures(firstQuarter(m_data.ach));
    QVERIFY(figures.has_value());
    const ChartPainter *painter = ChartPainter::instance();
    QVERIFY(painter);
    for (ChartPainter::View view :
         {ChartPainter::View::PerProductLine, ChartPainter::View::OverTime}) {
        const QString png = dir.filePath(QStringLiteral("chart%1.png").arg(int(view)));
        const Status saved = painter->save(png, QSize(900, 500), *figures, view,
                                           Language::localeFor(QStringLiteral("id")));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(900, 500));
        // Something is drawn: more than the white background.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 5, qPrintable(QString::number(colours.size())));

        const QString svg = dir.filePath(QStringLiteral("chart%1.svg").arg(int(view)));
        QVERIFY(painter->save(svg, QSize(900, 500), *figures, view, QLocale::c()));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("<svg"));
        QVERIFY(content.contains("<path") || content.contains("<rect"));
    }
    QVERIFY(!painter->save(dir.filePath(QStringLiteral("chart.gif")), QSize(900, 500), *figures,
                           ChartPainter::View::PerProductLine, QLocale::c()));

    // An empty selection still gives a picture, one that says so.
    WasteFigures nothing;
    nothing.fromMonth = nothing.toMonth = 202404;
    const QString empty = dir.filePath(QStringLiteral("empty.png"));
    QVERIFY(painter->save(empty, QSize(400, 300), nothing, ChartPainter::View::PerProductLine,
                          QLocale::c()));
    QCOMPARE(QImage(empty).size(), QSize(400, 300));

    // The page exports through the same painter.
    showPage(firstQuarter(m_data.ach));
    const QString pageSvg = dir.filePath(QStringLiteral("page.svg"));
    QVERIFY(m_page->exportChart(pageSvg, QSize(1000, 600)));
    QVERIFY(QFileInfo(pageSvg).size() > 0);
}

void TestWaste::csvParsesBackToTheTable()
{
    WasteSummaryService::Query q = firstQuarter(m_data.ach);
    q.stack = WasteFigures::Stack::Route;
    showPage(q);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("waste.csv"));
    QVERIFY(m_page->exportCsv(file));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    const QStringList lines
        = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const WasteTableModel &model = *m_page->model();
    QCOMPARE(lines.size(), model.rowCount() + 1);
    const QStringList header = csvFields(lines.first());
    QCOMPARE(header.mid(0, 3),
             (QStringList {QStringLiteral("product_line"), QStringLiteral("name"),
                           QStringLiteral("unit")}));
    QCOMPARE(header.size(), 3 + model.columnCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QStringList fields = csvFields(lines.at(row + 1));
        QCOMPARE(fields.size(), header.size());
        QCOMPARE(fields.at(0), model.rowKey(row));
        QCOMPARE(fields.at(2), QStringLiteral("kg"));
        for (int column = 0; column < model.columnCount(); ++column) {
            if (column < model.stackCount())
                QCOMPARE(header.at(3 + column), model.columnKey(column));
            const auto value = Quantity::parse(fields.at(3 + column));
            QVERIFY2(value.has_value(), qPrintable(fields.at(3 + column)));
            QCOMPARE(*value, model.milli(row, column));
        }
    }
}

void TestWaste::enterOnACellListsTheBatches()
{
    showPage(firstQuarter(m_data.ach));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTableView *table = m_page->table();
    table->setFocus();
    table->setCurrentIndex(m_page->model()->index(1, 0)); // patchouli, spent leaves
    QTest::keyClick(table, Qt::Key_Return);
    auto *dialog = m_page->findChild<WasteBatchesDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTreeWidget *list = dialog->list();
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("T-202601")));
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("242.500"));
    QTest::keyClick(list, Qt::Key_Escape);
    QTRY_VERIFY(!m_page->findChild<WasteBatchesDialog *>());

    // Over time: a month's bar of one line.
    m_page->setView(WasteTableModel::View::OverTime);
    auto behind = m_page->batchesBehind(2, 0); // March, citronella
    QVERIFY(behind.has_value());
    QCOMPARE(behind->size(), 1);
    QCOMPARE(behind->first().milli, qint64(150000));
    behind = m_page->batchesBehind(1, 0); // February: nothing at ACH
    QVERIFY(behind.has_value());
    QCOMPARE(behind->size(), 0);
}

void TestWaste::choicesAreRemembered()
{
    WasteSummaryService::Query q = firstQuarter(m_data.ach);
    q.unit = Unit::Litre;
    q.stack = WasteFigures::Stack::Route;
    q.period = WasteFigures::Period::Quarter;
    showPage(q, WasteTableModel::View::OverTime);
    m_page.reset();

    m_page = std::make_unique<WastePage>(m_db->context());
    m_page->setSiteId(m_data.ach);
    const WasteSummaryService::Query again = m_page->query();
    QCOMPARE(again.fromMonth, 202601);
    QCOMPARE(again.toMonth, 202603);
    QCOMPARE(again.unit, Unit::Litre);
    QCOMPARE(again.stack, WasteFigures::Stack::Route);
    QCOMPARE(again.period, WasteFigures::Period::Quarter);
    QCOMPARE(again.siteId, std::optional<qint64>(m_data.ach));
    QCOMPARE(m_page->view(), WasteTableModel::View::OverTime);
    QCOMPARE(m_page->model()->rowCount(), 1); // one quarter
    QCOMPARE(m_page->model()->rowKey(0), QStringLiteral("2026-Q1"));
}

void TestWaste::pageRendersOffscreen()
{
    showPage(firstQuarter(m_data.ach));
    // It fits beside the list of pages of a 1366x768 laptop's window.
    const QSize least = m_page->minimumSizeHint();
    QVERIFY2(least.width() <= 1100 && least.height() <= 560,
             qPrintable(QStringLiteral("%1x%2").arg(least.width()).arg(least.height())));
    const QImage image = m_page->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_page->size() * image.devicePixelRatio());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 10);
}

QTEST_MAIN(TestWaste)
#include "tst_waste.moc"
