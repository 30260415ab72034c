// The spreadsheet export window, offscreen: its choices become the export's options, the export
// runs beside the window and writes the file, a refusal shows in the dialog, and the keyboard
// reaches every control.

#include "core/testdatabase.h"
#include "dialogs/csvexportdialog.h"
#include "mainwindow.h"
#include "services/appinfo.h"
#include "services/language.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
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

class TestCsvExportDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void choicesBecomeOptions();
    void exportsMembers();
    void refusalShows();
    void boundAccountSeesOwnSite();
    void keyboard();
    void fileMenuOpensIt();

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    Site m_ach;
    Site m_ntt;
};

void TestCsvExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::setUpApplication();
    Language::install(QStringLiteral("en"));
}

void TestCsvExportDialog::init()
{
    m_db = std::make_unique<Test::TestDatabase>();
    m_ach = saved(*m_db, Test::TestDatabase::sampleSite(QStringLiteral("ACH")));
    Site ntt = Test::TestDatabase::sampleSite(QStringLiteral("NTT"));
    ntt.timeZone = QStringLiteral("Asia/Makassar");
    m_ntt = saved(*m_db, ntt);
    for (const auto &[site, code, name] : {std::tuple {m_ach.meta.id, "ACH-M01", "Nilam, \"Jaya\""},
                                           std::tuple {m_ach.meta.id, "ACH-M02", "=1+2"},
                                           std::tuple {m_ntt.meta.id, "NTT-M01", "Se'i Kupang"}}) {
        Member m;
        m.meta.siteId = site;
        m.code = QString::fromLatin1(code);
        m.name = QString::fromUtf8(name);
        m.owner = QStringLiteral("Pemilik");
        saved(*m_db, m);
    }
}

void TestCsvExportDialog::cleanup()
{
    m_db.reset();
}

void TestCsvExportDialog::choicesBecomeOptions()
{
    CsvExportDialog dialog(m_db->context(), m_ntt.meta.id);
    // The window's site is preselected; all sites are one choice away.
    QCOMPARE(dialog.siteBox()->currentData().toLongLong(), m_ntt.meta.id);
    QCOMPARE(dialog.siteBox()->count(), 3);
    CsvExport::Options o = dialog.options();
    QCOMPARE(o.siteId, std::optional<qint64>(m_ntt.meta.id));
    QVERIFY(!o.from.isValid() && !o.to.isValid());

    dialog.whatBox()->setCurrentIndex(dialog.whatBox()->findData(int(CsvExport::What::Waste)));
    dialog.periodCheck()->setChecked(true);
    dialog.fromEdit()->setDate(QDate(2026, 10, 1));
    dialog.toEdit()->setDate(QDate(2026, 10, 31));
    dialog.siteBox()->setCurrentIndex(0);
    o = dialog.options();
    QCOMPARE(o.what, CsvExport::What::Waste);
    QVERIFY(!o.siteId);
    QCOMPARE(o.from, QDate(2026, 10, 1));
    QCOMPARE(o.to, QDate(2026, 10, 31));
    QVERIFY(dialog.fromEdit()->isEnabled());

    // Members have no dates: the period is off for them.
    dialog.whatBox()->setCurrentIndex(dialog.whatBox()->findData(int(CsvExport::What::Members)));
    o = dialog.options();
    QVERIFY(!o.from.isValid());
    QVERIFY(!dialog.periodCheck()->isEnabled());
    QVERIFY(!dialog.fromEdit()->isEnabled());
}

void TestCsvExportDialog::exportsMembers()
{
    CsvExportDialog dialog(m_db->context(), m_ach.meta.id);
    dialog.whatBox()->setCurrentIndex(dialog.whatBox()->findData(int(CsvExport::What::Members)));
    // The count runs beside the window once the choices rest.
    QTRY_COMPARE(dialog.countLabel()->text(), QStringLiteral("Rows to export: 2."));
    const QString file = m_db->folder() + QStringLiteral("/anggota.csv");
    dialog.setFile(file);
    QSignalSpy ended(&dialog, &CsvExportDialog::exportFinished);
    QVERIFY(dialog.start());
    QVERIFY(ended.wait(10000) || ended.count() == 1);
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.lastResult());
    const Result<CsvExport::Summary> &result = *dialog.lastResult();
    QVERIFY2(result, result ? "" : qPrintable(result.error().toLine()));
    QCOMPARE(result->rows, 2);
    QVERIFY(!result->cancelled);
    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "id,code,site,name,"));
    QVERIFY(bytes.contains(",\"Nilam, \"\"Jaya\"\"\","));
    QVERIFY(bytes.contains(",'=1+2,"));
    QVERIFY(!bytes.contains("NTT-M01"));
    QVERIFY(dialog.statusLabel()->text().contains(file));
    QVERIFY(dialog.progressBar()->isHidden());
    // Ready for the next kind.
    QVERIFY(dialog.exportButton()->isEnabled());
    QCOMPARE(dialog.closeButton()->text(), QStringLiteral("Close"));
}

void TestCsvExportDialog::refusalShows()
{
    CsvExportDialog dialog(m_db->context(), m_ach.meta.id);
    dialog.show();
    // No file yet.
    QVERIFY(!dialog.start());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    // A period that ends before it starts.
    dialog.setFile(m_db->folder() + QStringLiteral("/x.csv"));
    dialog.periodCheck()->setChecked(true);
    dialog.fromEdit()->setDate(QDate(2026, 10, 2));
    dialog.toEdit()->setDate(QDate(2026, 10, 1));
    QVERIFY(!dialog.start());
    QVERIFY(error->text().contains(QStringLiteral("before")));
    QVERIFY(!QFile::exists(m_db->folder() + QStringLiteral("/x.csv")));
}

void TestCsvExportDialog::boundAccountSeesOwnSite()
{
    Actor viewer;
    viewer.userId = 7;
    viewer.name = QStringLiteral("pengamat");
    viewer.role = Role::Viewer;
    viewer.siteId = m_ntt.meta.id;
    m_db->context().setActor(viewer);
    CsvExportDialog dialog(m_db->context(), m_ach.meta.id);
    QCOMPARE(dialog.siteBox()->count(), 1);
    QCOMPARE(dialog.siteBox()->currentData().toLongLong(), m_ntt.meta.id);
    QVERIFY(!dialog.siteBox()->isEnabled());
    dialog.whatBox()->setCurrentIndex(dialog.whatBox()->findData(int(CsvExport::What::Members)));
    const QString file = m_db->folder() + QStringLiteral("/ntt.csv");
    dialog.setFile(file);
    QSignalSpy ended(&dialog, &CsvExportDialog::exportFinished);
    QVERIFY(dialog.start());
    QVERIFY(ended.wait(10000) || ended.count() == 1);
    QVERIFY(dialog.lastResult() && *dialog.lastResult());
    QCOMPARE((*dialog.lastResult())->rows, 1);
    QVERIFY(readAll(file).contains("NTT-M01"));
}

void TestCsvExportDialog::keyboard()
{
    CsvExportDialog dialog(m_db->context(), m_ach.meta.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Every control has a label with a mnemonic or is reached by Tab from one.
    QList<QWidget *> reached;
    QWidget *start = QApplication::focusWidget();
    QVERIFY(start);
    QWidget *w = start;
    for (int i = 0; i < 30; ++i) {
        reached << w;
        QTest::keyClick(w, Qt::Key_Tab);
        w = QApplication::focusWidget();
        if (w == start)
            break;
    }
    for (QWidget *wanted :
         QList<QWidget *> {dialog.whatBox(), dialog.siteBox(), dialog.periodCheck(),
                           dialog.fileEdit(), dialog.exportButton(), dialog.closeButton()})
        QVERIFY2(reached.contains(wanted), qPrintable(wanted->objectName()));
    // Alt+F goes to the file.
    QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.fileEdit());
    // Escape closes.
    QTest::keyClick(dialog.fileEdit(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void TestCsvExportDialog::fileMenuOpensIt()
{
    MainWindow window(m_db->context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("csvExportAction"));
    QVERIFY(action);
    QVERIFY(action->text().contains(QStringLiteral("CSV")));
    // It sits in the File menu, the first of the menu bar.
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty() && menus.first()->menu());
    QVERIFY(menus.first()->menu()->actions().contains(action));
    action->trigger();
    CsvExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<CsvExportDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    // The window's site comes along.
    QCOMPARE(dialog->options().siteId, window.currentSiteId());
    dialog->reject();
}

QTEST_MAIN(TestCsvExportDialog)
#include "tst_csvexportdialog.moc"
