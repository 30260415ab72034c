#include "dialogs/batchform.h"
#include "dialogs/memberimportdialog.h"
#include "models/batchlistmodel.h"
#include "pages/batchespage.h"
#include "services/appcontext.h"
#include "services/appinfo.h"
#include "services/batchservice.h"
#include "services/language.h"
#include "services/masterdataservice.h"
#include "widgets/quantityedit.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Rpb;

namespace {
// Saturday 28 November 2026, 12:00 in Aceh (WIB).
const QDateTime testNow(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC);
} // namespace

class TestBatches final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void quantityEditReadsAndShowsIndonesianNumbers_data();
    void quantityEditReadsAndShowsIndonesianNumbers();
    void keyboardEntryWithFourWasteLines();
    void saveAndNewKeepsLineAndMember();
    void copyLastFillsFromTheMembersLastBatch();
    void badQuantityShowsErrorAndBlocksSave_data();
    void badQuantityShowsErrorAndBlocksSave();
    void messageComesWhenTheFieldIsLeft();
    void escapeAsksBeforeThrowingTypedValuesAway();
    void ctrlNMakesANewBatch();
    void massBalanceWarningNeedsANote();
    void listShowsFiltersAndTotals();
    void closedMonthOpensReadOnly();
    void undoOfArchiveRestores();
    void undoOfEditRestoresTheEarlierContent();
    void undoAfterAnotherPersonsChangeIsRefused_data();
    void undoAfterAnotherPersonsChangeIsRefused();
    void badCsvNamesRowAndColumnAndImportsNothing();

private:
    std::unique_ptr<BatchForm> filledForm(const QString &output, const QString &input);
    Batch saveBatch(qint64 memberId, const QDate &date, qint64 outputMilli);
    void tabTo(QWidget *window, QWidget *target);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<AppContext> m_context;
    Site m_site;
    ProductLine m_chairs, m_patchouli;
    Member m_nilam, m_sereh;
    Equipment m_kettle, m_boiler;
    WasteCategory m_ash, m_condensate, m_biomass;
};

void TestBatches::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::setUpApplication();
    Language::install(QStringLiteral("id"));
}

void TestBatches::init()
{
    QSettings().clear();
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    auto context = AppContext::open(m_dir->filePath(QStringLiteral("batches.sqlite")));
    QVERIFY2(context.has_value(), context ? "" : qPrintable(context.error().message));
    m_context = std::move(*context);
    m_context->setActor(Actor::setupAdministrator());
    m_context->batches().setClock([] { return testNow; });
    m_context->scheduling().setClock([] { return testNow; });
    MasterDataService &data = m_context->masterData();

    Site site;
    site.code = QStringLiteral("ACH");
    site.name = QStringLiteral("RPB Minyak Atsiri");
    site.province = QStringLiteral("Aceh");
    site.timeZone = QStringLiteral("Asia/Jakarta");
    site.openMinute = 7 * 60;
    site.closeMinute = 17 * 60;
    site.openDays = 0x3f;
    auto savedSite = data.save(site);
    QVERIFY2(savedSite.has_value(), savedSite ? "" : qPrintable(savedSite.error().message));
    m_site = *savedSite;

    auto line = [&](const char *code, const char *name, Unit unit) {
        ProductLine p;
        p.meta.siteId = m_site.meta.id;
        p.code = QString::fromLatin1(code);
        p.name = QString::fromLatin1(name);
        p.unit = unit;
        return *data.save(p);
    };
    m_chairs = line("CHAIR", "Kursi rotan", Unit::Piece);
    m_patchouli = line("PATCHOULI", "Minyak nilam", Unit::Kg);
    auto member = [&](const char *code, const char *name) {
        Member m;
        m.meta.siteId = m_site.meta.id;
        m.code = QString::fromLatin1(code);
        m.name = QString::fromLatin1(name);
        m.owner = QStringLiteral("Owner");
        return *data.save(m);
    };
    m_nilam = member("ACH-M01", "Nilam Jaya");
    m_sereh = member("ACH-M02", "Sereh Wangi");
    auto machine = [&](const char *code) {
        Equipment e;
        e.meta.siteId = m_site.meta.id;
        e.code = QString::fromLatin1(code);
        e.name = e.code;
        e.type = QStringLiteral("machine");
        return *data.save(e);
    };
    m_kettle = machine("KET1");
    m_boiler = machine("BOIL1");
    auto category = [&](const char *code, Unit unit) {
        WasteCategory w;
        w.meta.siteId = m_site.meta.id;
        w.code = QString::fromLatin1(code);
        w.name = w.code.toLower();
        w.unit = unit;
        return *data.save(w);
    };
    m_ash = category("ASH", Unit::Kg);
    m_condensate = category("CONDENSATE", Unit::Litre);
    m_biomass = category("SPENT_BIOMASS", Unit::Kg);
}

void TestBatches::cleanup()
{
    m_context.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestBatches::tabTo(QWidget *window, QWidget *target)
{
    for (int i = 0; i < 40 && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window,
                        Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), target);
}

void TestBatches::quantityEditReadsAndShowsIndonesianNumbers_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<QString>("shown");
    QTest::newRow("thousands and decimal") << "1.234,5" << qint64(1234500) << "1.234,5";
    QTest::newRow("plain") << "1234,5" << qint64(1234500) << "1.234,5";
    QTest::newRow("three decimals") << "0,125" << qint64(125) << "0,125";
    QTest::newRow("whole") << "300" << qint64(300000) << "300";
}

void TestBatches::quantityEditReadsAndShowsIndonesianNumbers()
{
    QFETCH(QString, typed);
    QFETCH(qint64, milli);
    QFETCH(QString, shown);
    QuantityEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClicks(&edit, typed);
    QCOMPARE(*edit.value(), milli);
    Q_EMIT edit.editingFinished();
    QCOMPARE(edit.text(), shown);
}

void TestBatches::keyboardEntryWithFourWasteLines()
{
    BatchForm form(*m_context, m_site.meta.id);
    form.show();
    form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    QWidget *start = QApplication::focusWidget();
    QCOMPARE(start, form.productLineCombo());

    // Product line and member are picked by typing the first letters of their names: "Minyak
    // nilam", not its code PATCHOULI.
    QCOMPARE(
        form.productLineCombo()->itemText(form.productLineCombo()->findData(m_patchouli.meta.id)),
        QStringLiteral("Minyak nilam (PATCHOULI)"));
    QTest::keyClicks(form.productLineCombo(), QStringLiteral("Mi"));
    QCOMPARE(form.productLineCombo()->currentData().toLongLong(), m_patchouli.meta.id);
    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("outputUnit"))->text(),
             unitDisplayName(Unit::Kg));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form.memberCombo());
    QTest::keyClicks(form.memberCombo(), QStringLiteral("S"));
    QCOMPARE(form.memberCombo()->currentData().toLongLong(), m_sereh.meta.id);

    auto *material = form.findChild<QLineEdit *>(QStringLiteral("material"));
    tabTo(&form, material);
    QTest::keyClicks(material, QStringLiteral("Daun nilam"));
    QTest::keyClick(material, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form.inputEdit());
    QTest::keyClicks(form.inputEdit(), QStringLiteral("1.234,5"));
    tabTo(&form, form.outputEdit());
    QTest::keyClicks(form.outputEdit(), QStringLiteral("25,5"));
    QTest::keyClick(form.outputEdit(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12,5")); // energy
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("300")); // water
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("notes"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("uji coba"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);

    // Four waste lines: category by first letter, Tab, quantity, Tab (route), Enter: next line.
    const QList<std::pair<QString, QString>> lines {
        {QStringLiteral("S"), QStringLiteral("1.000")},
        {QStringLiteral("A"), QStringLiteral("50")},
        {QStringLiteral("C"), QStringLiteral("200,25")},
        {QStringLiteral("S"), QStringLiteral("100,25")}};
    for (const auto &[letter, quantity] : lines) {
        auto *category = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY2(category, QApplication::focusWidget()->metaObject()->className());
        QTest::keyClicks(category, letter);
        QTest::keyClick(category, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), quantity);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    QCOMPARE(form.wasteLineCount(), 5);
    // Enter in the new empty line saves.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY2(QRegularExpression(QStringLiteral("^ACH-2611-0001$"))
                 .match(form.lastSavedCode())
                 .hasMatch(),
             qPrintable(form.statusText()));
    QVERIFY(form.statusText().contains(QStringLiteral("ACH-2611-0001")));

    auto stored = m_context->batches().byCode(QStringLiteral("ACH-2611-0001"));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->productLineId, m_patchouli.meta.id);
    QCOMPARE(stored->memberId, m_sereh.meta.id);
    QCOMPARE(stored->productionDate, QDate(2026, 11, 28));
    QCOMPARE(stored->inputMaterial, QStringLiteral("Daun nilam"));
    QCOMPARE(stored->inputMilli, qint64(1234500));
    QCOMPARE(stored->outputMilli, qint64(25500));
    QCOMPARE(stored->energyWh, qint64(12500));
    QCOMPARE(stored->waterMl, qint64(300000));
    QCOMPARE(stored->notes, QStringLiteral("uji coba"));
    QCOMPARE(stored->waste.size(), 4);
    QCOMPARE(stored->waste.at(0).categoryId, m_biomass.meta.id);
    QCOMPARE(stored->waste.at(0).quantityMilli, qint64(1000000));
    QCOMPARE(stored->waste.at(1).categoryId, m_ash.meta.id);
    QCOMPARE(stored->waste.at(1).quantityMilli, qint64(50000));
    QCOMPARE(stored->waste.at(2).categoryId, m_condensate.meta.id);
    QCOMPARE(stored->waste.at(2).unit, Unit::Litre);
    QCOMPARE(stored->waste.at(2).quantityMilli, qint64(200250));
    QCOMPARE(stored->waste.at(3).quantityMilli, qint64(100250));
    // Shown back in Indonesian format.
    QCOMPARE(form.inputEdit()->text(), QStringLiteral("1.234,5"));
}

std::unique_ptr<BatchForm> TestBatches::filledForm(const QString &output, const QString &input)
{
    auto form = std::make_unique<BatchForm>(*m_context, m_site.meta.id);
    form->productLineCombo()->setCurrentIndex(
        form->productLineCombo()->findData(m_patchouli.meta.id));
    form->memberCombo()->setCurrentIndex(form->memberCombo()->findData(m_nilam.meta.id));
    form->findChild<QLineEdit *>(QStringLiteral("material"))->setText(QStringLiteral("Daun"));
    form->inputEdit()->setText(input);
    form->outputEdit()->setText(output);
    return form;
}

Batch TestBatches::saveBatch(qint64 memberId, const QDate &date, qint64 outputMilli)
{
    Batch b;
    b.meta.siteId = m_site.meta.id;
    b.productLineId = m_patchouli.meta.id;
    b.memberId = memberId;
    b.productionDate = date;
    b.inputMaterial = QStringLiteral("Daun");
    b.inputMilli = 1000 * 1000;
    b.outputMilli = outputMilli;
    WasteLine w;
    w.categoryId = m_biomass.meta.id;
    w.unit = Unit::Kg;
    w.quantityMilli = 500 * 1000;
    b.waste << w;
    auto stored = m_context->batches().save(b);
    if (!stored)
        qWarning("%s", qPrintable(stored.error().message));
    return stored ? *stored : Batch {};
}

void TestBatches::saveAndNewKeepsLineAndMember()
{
    auto form = filledForm(QStringLiteral("20"), QStringLiteral("900"));
    QVERIFY(form->saveAndNew());
    QCOMPARE(form->lastSavedCode(), QStringLiteral("ACH-2611-0001"));
    QCOMPARE(form->productLineCombo()->currentData().toLongLong(), m_patchouli.meta.id);
    QCOMPARE(form->memberCombo()->currentData().toLongLong(), m_nilam.meta.id);
    QVERIFY(form->outputEdit()->text().isEmpty());
    QVERIFY(form->inputEdit()->text().isEmpty());
    QCOMPARE(form->wasteLineCount(), 1);
    QVERIFY(form->storedBatch().meta.isNew());
    // The next one gets the next code.
    form->inputEdit()->setText(QStringLiteral("800"));
    form->outputEdit()->setText(QStringLiteral("10"));
    QVERIFY(form->save());
    QCOMPARE(form->lastSavedCode(), QStringLiteral("ACH-2611-0002"));
}

void TestBatches::copyLastFillsFromTheMembersLastBatch()
{
    const Batch last = saveBatch(m_sereh.meta.id, QDate(2026, 11, 20), 33 * 1000);
    QVERIFY(last.meta.id);
    BatchForm form(*m_context, m_site.meta.id);
    form.memberCombo()->setCurrentIndex(form.memberCombo()->findData(m_sereh.meta.id));
    QTest::mouseClick(form.copyLastButton(), Qt::LeftButton);
    QCOMPARE(form.outputEdit()->text(), QStringLiteral("33"));
    QCOMPARE(form.inputEdit()->text(), QStringLiteral("1.000"));
    QCOMPARE(form.wasteLineCount(), 1);
    QCOMPARE(form.dateEdit()->date(), QDate(2026, 11, 28)); // today, not the copied date
    QVERIFY(form.storedBatch().meta.isNew());
    QVERIFY(form.save());
    QCOMPARE(m_context->batches().count({}).value(), qint64(2));
}

void TestBatches::badQuantityShowsErrorAndBlocksSave_data()
{
    QTest::addColumn<QString>("output");
    QTest::newRow("negative") << "-5";
    QTest::newRow("absurd") << "99.999.999.999";
    QTest::newRow("not a number") << "dua";
    QTest::newRow("empty") << "";
}

void TestBatches::badQuantityShowsErrorAndBlocksSave()
{
    QFETCH(QString, output);
    auto form = filledForm(output, QStringLiteral("100"));
    form->show();
    QVERIFY(!form->checkNow());
    QVERIFY(!form->messageFor(QStringLiteral("output.quantity")).isEmpty());
    auto *label = form->findChild<QLabel *>(QStringLiteral("message_output.quantity"));
    QVERIFY(label);
    // Not while nobody has left the field or tried to save ...
    QVERIFY(!label->isVisible());
    // ... but once saving is tried, beside the field, and nothing is saved.
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QVERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());
    QVERIFY(form->lastSavedCode().isEmpty());
    QCOMPARE(m_context->batches().count({}).value(), qint64(0));
}

void TestBatches::messageComesWhenTheFieldIsLeft()
{
    BatchForm form(*m_context, m_site.meta.id);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *label = form.findChild<QLabel *>(QStringLiteral("message_output.quantity"));
    QVERIFY(label);
    const int width = form.width();
    // The fields below keep their place too: the row had room for the message.
    auto *energy = form.findChild<QWidget *>(QStringLiteral("energy"));
    QVERIFY(energy);
    const int energyY = energy->mapTo(&form, QPoint()).y();
    form.outputEdit()->setFocus();
    QTest::keyClicks(form.outputEdit(), QStringLiteral("dua"));
    QTest::qWait(500); // past the pause in typing
    QVERIFY(!label->isVisible()); // still typing
    QTest::keyClick(form.outputEdit(), Qt::Key_Tab);
    QTRY_VERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());
    QVERIFY2(label->text().at(0).isUpper(), qPrintable(label->text()));
    // The message has its room already: the form keeps its width.
    QCOMPARE(form.width(), width);
    QCOMPARE(energy->mapTo(&form, QPoint()).y(), energyY);
}

void TestBatches::escapeAsksBeforeThrowingTypedValuesAway()
{
    BatchForm form(*m_context, m_site.meta.id);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    int asked = 0;
    bool answer = false;
    form.setDiscardConfirmer([&] {
        ++asked;
        return answer;
    });
    // Nothing typed: Escape closes at once.
    QTest::keyClick(&form, Qt::Key_Escape);
    QCOMPARE(asked, 0);
    QVERIFY(!form.isVisible());
    form.show();
    form.outputEdit()->setFocus();
    QTest::keyClicks(form.outputEdit(), QStringLiteral("12"));
    QVERIFY(form.hasUnsavedChanges());
    QTest::keyClick(form.outputEdit(), Qt::Key_Escape);
    QCOMPARE(asked, 1);
    QVERIFY(form.isVisible()); // kept
    QCOMPARE(form.outputEdit()->text(), QStringLiteral("12"));
    answer = true;
    QTest::keyClick(form.outputEdit(), Qt::Key_Escape);
    QCOMPARE(asked, 2);
    QVERIFY(!form.isVisible());
}

void TestBatches::ctrlNMakesANewBatch()
{
    BatchesPage page(*m_context);
    page.setSiteId(m_site.meta.id);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_N, Qt::ControlModifier);
    auto *form = page.findChild<BatchForm *>();
    QVERIFY(form);
    QTRY_VERIFY(form->isVisible());
    QVERIFY(form->storedBatch().meta.isNew());
    form->close();
}

void TestBatches::massBalanceWarningNeedsANote()
{
    // 2,000 kg of oil out of 100 kg of leaves.
    auto form = filledForm(QStringLiteral("2.000"), QStringLiteral("100"));
    form->show();
    QVERIFY(form->checkNow());
    QVERIFY(!form->warnings().isEmpty());
    QVERIFY(form->acknowledgementEdit()->isVisible());
    QVERIFY(!form->save());
    QCOMPARE(m_context->batches().count({}).value(), qint64(0));
    form->acknowledgementEdit()->setText(QStringLiteral("timbangan rusak"));
    QVERIFY(form->save());
    auto stored = m_context->batches().byCode(form->lastSavedCode());
    QVERIFY(stored.has_value());
    QCOMPARE(stored->warningNote, QStringLiteral("timbangan rusak"));
}

void TestBatches::listShowsFiltersAndTotals()
{
    saveBatch(m_nilam.meta.id, QDate(2026, 11, 20), 10 * 1000);
    saveBatch(m_nilam.meta.id, QDate(2026, 11, 21), 15 * 1000);
    const Batch sereh = saveBatch(m_sereh.meta.id, QDate(2026, 11, 22), 7 * 1000);
    BatchesPage page(*m_context);
    page.setSiteId(m_site.meta.id);
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(page.model()->row(0).code, sereh.code); // newest first
    QCOMPARE(page.totals().outputKgMilli, qint64(32000));
    QCOMPARE(page.totals().wasteKgMilli, qint64(1500000));
    QVERIFY(page.totalsLabel()->text().contains(QStringLiteral("32")));

    page.memberFilter()->setCurrentIndex(page.memberFilter()->findData(m_nilam.meta.id));
    page.applyFilters();
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.totals().outputKgMilli, qint64(25000));
    QCOMPARE(page.totals().batches, qint64(2));

    page.showMember(m_sereh.meta.id);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->row(0).id, sereh.meta.id);

    // Sorting by a header asks the service again.
    page.showMember(0);
    page.table()->sortByColumn(BatchListModel::Output, Qt::AscendingOrder);
    QCOMPARE(page.model()->row(0).outputMilli, qint64(7000));
}

void TestBatches::closedMonthOpensReadOnly()
{
    const Batch october = saveBatch(m_nilam.meta.id, QDate(2026, 10, 15), 10 * 1000);
    QVERIFY(october.meta.id);
    BatchesPage page(*m_context);
    page.setSiteId(m_site.meta.id);
    BatchForm *open = page.openBatch(october.meta.id);
    QVERIFY(open);
    QVERIFY(!open->isReadOnly());
    open->close();
    QVERIFY(page.closeMonth(2026, 10).has_value());
    BatchForm *form = page.openBatch(october.meta.id);
    QVERIFY(form);
    QVERIFY(form->isReadOnly());
    QVERIFY(!form->readOnlyReason().isEmpty());
    QVERIFY(!form->saveButton()->isEnabled());
    QVERIFY(!form->outputEdit()->isEnabled());
    QVERIFY(!form->save());
    form->close();
    QVERIFY(page.reopenMonth(2026, 10).has_value());
    form = page.openBatch(october.meta.id);
    QVERIFY(!form->isReadOnly());
    form->close();
}

void TestBatches::undoOfArchiveRestores()
{
    const Batch b = saveBatch(m_nilam.meta.id, QDate(2026, 11, 20), 10 * 1000);
    BatchesPage page(*m_context);
    page.setSiteId(m_site.meta.id);
    page.selectBatch(b.meta.id);
    QCOMPARE(page.selectedBatchId(), b.meta.id);
    QVERIFY(page.archiveSelected());
    QCOMPARE(m_context->batches().get(b.meta.id)->status, BatchStatus::Archived);
    QCoreApplication::processEvents();
    page.reload();
    QCOMPARE(page.model()->rowCount(), 0); // archived batches leave the list
    page.undoStack()->undo();
    QCOMPARE(m_context->batches().get(b.meta.id)->status, BatchStatus::Recorded);
    page.reload();
    QCOMPARE(page.model()->rowCount(), 1);
    page.undoStack()->redo();
    QCOMPARE(m_context->batches().get(b.meta.id)->status, BatchStatus::Archived);
}

void TestBatches::undoOfEditRestoresTheEarlierContent()
{
    const Batch b = saveBatch(m_nilam.meta.id, QDate(2026, 11, 20), 10 * 1000);
    BatchesPage page(*m_context);
    page.setSiteId(m_site.meta.id);
    BatchForm *form = page.openBatch(b.meta.id);
    QVERIFY(form && !form->isReadOnly());
    QCOMPARE(form->outputEdit()->text(), QStringLiteral("10"));
    form->outputEdit()->setText(QStringLiteral("12,5"));
    QVERIFY(form->save());
    QCOMPARE(m_context->batches().get(b.meta.id)->outputMilli, qint64(12500));
    QCOMPARE(page.undoStack()->count(), 1);
    page.undoStack()->undo();
    auto restored = m_context->batches().get(b.meta.id);
    QCOMPARE(restored->outputMilli, qint64(10000));
    QCOMPARE(restored->code, b.code);
    QCOMPARE(restored->waste.size(), 1);
    page.undoStack()->redo();
    QCOMPARE(m_context->batches().get(b.meta.id)->outputMilli, qint64(12500));
    form->close();
}

void TestBatches::undoAfterAnotherPersonsChangeIsRefused_data()
{
    QTest::addColumn<bool>("edit"); // an edit in the form, else an archive
    QTest::newRow("edit") << true;
    QTest::newRow("archive") << false;
}

void TestBatches::undoAfterAnotherPersonsChangeIsRefused()
{
    QFETCH(bool, edit);
    const Batch b = saveBatch(m_nilam.meta.id, QDate(2026, 11, 20), 10 * 1000);
    BatchesPage page(*m_context);
    page.setSiteId(m_site.meta.id);
    if (edit) {
        BatchForm *form = page.openBatch(b.meta.id);
        QVERIFY(form && !form->isReadOnly());
        form->outputEdit()->setText(QStringLiteral("12,5"));
        QVERIFY(form->save());
        form->close();
    } else {
        page.selectBatch(b.meta.id);
        QVERIFY(page.archiveSelected());
    }
    QCOMPARE(page.undoStack()->count(), 1);

    // Budi, a manager on the office PC, corrects the same batch in the meantime.
    {
        auto office = AppContext::open(m_dir->filePath(QStringLiteral("batches.sqlite")));
        QVERIFY(office);
        (*office)->setActor(Actor {0, QStringLiteral("budi"), Role::Manager, m_site.meta.id, {}});
        (*office)->batches().setClock([] { return testNow; });
        auto seen = (*office)->batches().get(b.meta.id);
        QVERIFY(seen);
        if (edit) {
            Batch corrected = *seen;
            corrected.notes = QStringLiteral("koreksi timbangan");
            QVERIFY((*office)->batches().save(corrected));
        } else {
            QVERIFY((*office)->batches().setArchived(b.meta.id, false, seen->meta.rowVersion));
        }
    }
    const Batch budis = *m_context->batches().get(b.meta.id);

    // Taking back the step would overwrite Budi's work: refused, named, and gone from the stack.
    page.undoStack()->undo();
    const Batch after = *m_context->batches().get(b.meta.id);
    QCOMPARE(after.meta.rowVersion, budis.meta.rowVersion);
    QCOMPARE(after.notes, budis.notes);
    QCOMPARE(after.status, budis.status);
    QCOMPARE(after.outputMilli, budis.outputMilli);
    QCOMPARE(page.undoStack()->count(), 0);
    QVERIFY2(page.lastMessage().contains(QStringLiteral("budi"))
                 && page.lastMessage().contains(b.code),
             qPrintable(page.lastMessage()));
}

void TestBatches::badCsvNamesRowAndColumnAndImportsNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("members.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,owner,site,nib\n"
               "Kopi Gayo,Ibu Rina,ACH,1234567890123\n"
               "Madu Hutan,Pak Ali,ACH,12AB\n");
    file.close();
    const qint64 before = m_context->masterData().members(m_site.meta.id)->size();
    MemberImportDialog dialog(*m_context);
    dialog.loadFile(path);
    QTableWidget *problems = dialog.problemTable();
    QVERIFY(problems->rowCount() >= 1);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("nib"));
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(dialog.import(), -1);
    QCOMPARE(m_context->masterData().members(m_site.meta.id)->size(), before);

    // The same file fixed imports both rows.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("name,owner,site,nib\n"
               "Kopi Gayo,Ibu Rina,ACH,1234567890123\n"
               "Madu Hutan,Pak Ali,ACH,\n");
    file.close();
    dialog.loadFile(path);
    QCOMPARE(dialog.problemTable()->rowCount(), 0);
    QCOMPARE(dialog.previewTable()->rowCount(), 2);
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.import(), 2);
    QCOMPARE(m_context->masterData().members(m_site.meta.id)->size(), before + 2);
}

QTEST_MAIN(TestBatches)
#include "tst_batches.moc"
