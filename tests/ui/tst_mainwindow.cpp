#include "dialogs/memberdialog.h"
#include "mainwindow.h"
#include "models/masterdatamodel.h"
#include "models/membertablemodel.h"
#include "models/sitetablemodel.h"
#include "pages/masterdatapage.h"
#include "pages/masterdatatab.h"
#include "services/appcontext.h"
#include "services/appinfo.h"
#include "services/language.h"
#include "storage/database.h"
#include "widgets/savedfile.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Rpb;

namespace {
// Stands in for the Indonesian catalogue while it is still being written: it marks every text
// of the application while Indonesian is the current language, so that a language switch shows
// whether the window really retranslates. A real translation, when present, takes precedence.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (Language::current() != QLatin1String("id") || !QByteArray(context).startsWith("Rpb::"))
            return {};
        return QStringLiteral("[id] ") + QString::fromUtf8(sourceText);
    }
};

Member makeMember(qint64 siteId, const QString &code, const QString &name)
{
    Member m;
    m.meta.siteId = siteId;
    m.code = code;
    m.name = name;
    m.owner = QStringLiteral("Cut Nyak Aisyah");
    m.nib = QStringLiteral("9120001234567");
    m.phone = QStringLiteral("0812-3456-7890");
    m.womenLed = true;
    m.joined = QDate(2023, 5, 2);
    return m;
}

Site makeSite(const QString &code, const QString &name, const QString &province,
              const QString &zone)
{
    Site s;
    s.code = code;
    s.name = name;
    s.province = province;
    s.timeZone = zone;
    return s;
}
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void everyPageIsReachableByKeyboard_data();
    void everyPageIsReachableByKeyboard();
    void siteSelectorSwitchesTheRecordsAndIsRemembered();
    void editMemberNameByKeyboard();
    void invalidNibShowsMessageBesideTheFieldAndSavesNothing();
    void codesBecomeCapitalsAsTyped();
    void filterAndArchiveByKeyboard();
    void sortingByHeaderUsesValuesNotText();
    void languageSwitchRetranslatesAndIsRemembered();
    void passingCheckLeavesDatabaseWritable();
    void failedCheckTurnsReadOnlyWithBanner();
    void everyPageFitsASmallScreen();
    void statusBarShowsDatabasePath();
    void backupWritesACopyAndReplacesAnOlderOne();

private:
    MasterDataTab *membersTab() const
    {
        return m_window->masterDataPage()->tab(MasterDataPage::Members);
    }
    void activate(QWidget *window)
    {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
    QPointer<MemberDialog> openMemberByKeyboard(const QString &code);

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    MarkingTranslator m_translator;
    Site m_ach;
    Site m_jtg;
    Member m_nilam;
    Member m_serai;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::setUpApplication();
    QSettings().clear();
    Language::install(QStringLiteral("en"));
    QCoreApplication::installTranslator(&m_translator);

    QVERIFY(m_dir.isValid());
    auto context = AppContext::open(m_dir.filePath(QStringLiteral("ui.sqlite")));
    QVERIFY2(context.has_value(), context ? "" : qPrintable(context.error().message));
    m_context = std::move(*context);
    m_context->setActor(Actor::setupAdministrator());
    MasterDataService &data = m_context->masterData();

    auto ach = data.save(makeSite(QStringLiteral("ACH"), QStringLiteral("RPB Minyak Atsiri"),
                                  QStringLiteral("Aceh"), QStringLiteral("Asia/Jakarta")));
    QVERIFY(ach.has_value());
    m_ach = *ach;
    Site mebelSite = makeSite(QStringLiteral("JTG"), QStringLiteral("RPB Mebel"),
                              QStringLiteral("Jawa Tengah"), QStringLiteral("Asia/Jakarta"));
    mebelSite.maxBookingMinutes = 10 * 60; // ACH keeps 8 h: "10 h" sorts before "8 h" as text
    auto jtg = data.save(mebelSite);
    QVERIFY(jtg.has_value());
    m_jtg = *jtg;

    ProductLine patchouli;
    patchouli.meta.siteId = m_ach.meta.id;
    patchouli.code = QStringLiteral("PATCHOULI");
    patchouli.name = QStringLiteral("Patchouli oil");
    auto line = data.save(patchouli);
    QVERIFY(line.has_value());

    Equipment kettle;
    kettle.meta.siteId = m_ach.meta.id;
    kettle.code = QStringLiteral("ACH-KET1");
    kettle.name = QStringLiteral("Distillation kettle 1");
    kettle.type = QStringLiteral("distillation kettle");
    kettle.capacity = 2;
    kettle.productLineIds = {line->meta.id};
    QVERIFY(data.save(kettle).has_value());

    WasteCategory leaves;
    leaves.meta.siteId = m_ach.meta.id;
    leaves.code = QStringLiteral("SPENT_LEAVES");
    leaves.name = QStringLiteral("Spent leaves");
    QVERIFY(data.save(leaves).has_value());

    auto nilam = data.save(
        makeMember(m_ach.meta.id, QStringLiteral("ACH-M01"), QStringLiteral("Nilam Jaya")));
    QVERIFY(nilam.has_value());
    m_nilam = *nilam;
    auto serai = data.save(
        makeMember(m_ach.meta.id, QStringLiteral("ACH-M02"), QStringLiteral("Serai Wangi")));
    QVERIFY(serai.has_value());
    m_serai = *serai;
    Member mebel
        = makeMember(m_jtg.meta.id, QStringLiteral("JTG-M01"), QStringLiteral("Mebel Ukir Jepara"));
    mebel.joined = QDate(2024, 1, 15);
    QVERIFY(data.save(mebel).has_value());
}

void TestMainWindow::init()
{
    QSettings().setValue(QStringLiteral("ui/site"), m_ach.meta.uuid.toString(QUuid::WithoutBraces));
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    activate(m_window.get());
    QCOMPARE(m_window->currentSiteId(), std::optional<qint64>(m_ach.meta.id));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_context->database().setReadOnly(false);
}

void TestMainWindow::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
    m_context.reset();
}

void TestMainWindow::everyPageIsReachableByKeyboard_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("objectName");
    QTest::newRow("schedule") << int(Qt::Key_1) << int(MainWindow::Schedule)
                              << QStringLiteral("schedulePage");
    QTest::newRow("batches") << int(Qt::Key_2) << int(MainWindow::Batches)
                             << QStringLiteral("batchesPage");
    QTest::newRow("waste") << int(Qt::Key_3) << int(MainWindow::Waste)
                           << QStringLiteral("wastePage");
    QTest::newRow("reports") << int(Qt::Key_4) << int(MainWindow::Reports)
                             << QStringLiteral("reportsPage");
    QTest::newRow("master data") << int(Qt::Key_5) << int(MainWindow::MasterData)
                                 << QStringLiteral("masterDataPage");
}

void TestMainWindow::everyPageIsReachableByKeyboard()
{
    QFETCH(int, key);
    QFETCH(int, page);
    QFETCH(QString, objectName);

    // Start elsewhere so that the shortcut has something to change.
    const int other = (page + 1) % MainWindow::PageCount;
    m_window->setCurrentPage(other);
    QCOMPARE(m_window->currentPage(), other);

    QTest::keyClick(m_window.get(), Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), page);
    QWidget *shown = m_window->page(MainWindow::Page(page));
    QCOMPARE(shown->objectName(), objectName);
    QVERIFY(shown->isVisible());
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    QVERIFY(list);
    QCOMPARE(list->currentRow(), page);

    if (page == MainWindow::Schedule || page == MainWindow::Waste || page == MainWindow::Batches
        || page == MainWindow::Reports) {
        // On the schedule the keyboard lands in the timeline (or the table of the chosen tab),
        // on the waste page in its filter bar.
        QVERIFY(shown->isAncestorOf(QApplication::focusWidget()));
    } else {
        // On the master data the keyboard lands in the table, ready for arrows and Enter.
        QCOMPARE(QApplication::focusWidget(), m_window->masterDataPage()->currentTab()->table());
    }

    // The arrow keys in the list of pages move between pages too.
    list->setFocus();
    QTest::keyClick(list, page == 0 ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(m_window->currentPage(), page == 0 ? 1 : page - 1);
}

void TestMainWindow::siteSelectorSwitchesTheRecordsAndIsRemembered()
{
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    MasterDataModel *members = membersTab()->model();
    QCOMPARE(members->rowCount(), 2);

    QComboBox *selector = m_window->siteSelector();
    QCOMPARE(selector->count(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), selector);
    QTest::keyClick(selector, Qt::Key_Down);

    QCOMPARE(m_window->currentSiteId(), std::optional<qint64>(m_jtg.meta.id));
    QCOMPARE(m_window->masterDataPage()->siteId(), std::optional<qint64>(m_jtg.meta.id));
    QCOMPARE(members->rowCount(), 1);
    QCOMPARE(members->index(0, 0).data().toString(), QStringLiteral("JTG-M01"));
    // Dates read with four-digit years.
    const QString joined = members->index(0, MemberTableModel::Joined).data().toString();
    QVERIFY2(joined.contains(QStringLiteral("2024")), qPrintable(joined));
    // Machines of the other site are gone too.
    QCOMPARE(m_window->masterDataPage()->tab(MasterDataPage::Equipment)->model()->rowCount(), 0);

    // A new window opens on the same site.
    m_window.reset();
    MainWindow again(*m_context);
    QCOMPARE(again.currentSiteId(), std::optional<qint64>(m_jtg.meta.id));
}

QPointer<MemberDialog> TestMainWindow::openMemberByKeyboard(const QString &code)
{
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier); // the Members tab
    if (m_window->masterDataPage()->currentTab() != membersTab())
        return {};
    QTableView *table = membersTab()->table();
    table->setFocus();
    // Sorted by code: the top row is ACH-M01, the next ACH-M02.
    QTest::keyClick(table, Qt::Key_PageUp);
    while (table->currentIndex().siblingAtColumn(0).data().toString() != code) {
        const int row = table->currentIndex().row();
        QTest::keyClick(table, Qt::Key_Down);
        if (table->currentIndex().row() == row)
            return {};
    }
    QTest::keyClick(table, Qt::Key_Return);
    QPointer<MemberDialog> dialog = m_window->findChild<MemberDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return {};
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return {};
    return dialog;
}

void TestMainWindow::editMemberNameByKeyboard()
{
    QPointer<MemberDialog> dialog = openMemberByKeyboard(QStringLiteral("ACH-M01"));
    QVERIFY(dialog);
    QVERIFY(dialog->isModal());
    QCOMPARE(membersTab()->currentId(), m_nilam.meta.id);

    // Alt+B is the mnemonic of "Business name".
    QTest::keyClick(dialog, Qt::Key_B, Qt::AltModifier);
    auto *name = qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("name")));
    QVERIFY(name);
    QCOMPARE(QApplication::focusWidget(), name);
    QCOMPARE(name->text(), QStringLiteral("Nilam Jaya"));
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, QStringLiteral("Nilam Jaya Abadi"));
    QTest::keyClick(name, Qt::Key_Return);

    QTRY_VERIFY(!dialog || !dialog->isVisible());
    auto stored = m_context->masterData().get<Member>(m_nilam.meta.id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->name, QStringLiteral("Nilam Jaya Abadi"));
    QCOMPARE(stored->meta.rowVersion, m_nilam.meta.rowVersion + 1);
    // The table shows it and keeps the record selected.
    QCOMPARE(membersTab()->currentId(), m_nilam.meta.id);
    QCOMPARE(membersTab()
                 ->table()
                 ->currentIndex()
                 .siblingAtColumn(MemberTableModel::Name)
                 .data()
                 .toString(),
             QStringLiteral("Nilam Jaya Abadi"));
    m_nilam = *stored;
}

void TestMainWindow::invalidNibShowsMessageBesideTheFieldAndSavesNothing()
{
    const auto before = m_context->masterData().get<Member>(m_serai.meta.id);
    QVERIFY(before.has_value());

    QPointer<MemberDialog> dialog = openMemberByKeyboard(QStringLiteral("ACH-M02"));
    QVERIFY(dialog);
    QLabel *error = dialog->errorLabel(QStringLiteral("nib"));
    QVERIFY(error);
    QVERIFY(!error->isVisible());

    QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier); // "NIB"
    auto *nib = qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("nib")));
    QVERIFY(nib);
    QCOMPARE(QApplication::focusWidget(), nib);
    QTest::keyClick(nib, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(nib, QStringLiteral("91200012345678")); // 14 digits
    QTest::keyClick(nib, Qt::Key_Return);

    // Still open, the message beside the NIB, the focus back on it.
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("13")), qPrintable(error->text()));
    QCOMPARE(QApplication::focusWidget(), nib);
    const QRect field(nib->mapTo(dialog, QPoint(0, 0)), nib->size());
    const QRect message(error->mapTo(dialog, QPoint(0, 0)), error->size());
    QVERIFY(message.left() >= field.right());
    QVERIFY(message.top() < field.bottom() && message.bottom() > field.top());
    // Only the NIB is wrong: no other message shows.
    for (const QString &other : {QStringLiteral("name"), QStringLiteral("owner"),
                                 QStringLiteral("phone"), QStringLiteral("code")})
        QVERIFY2(!dialog->errorLabel(other)->isVisible(), qPrintable(other));

    // Escape leaves without saving.
    QTest::keyClick(nib, Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const auto after = m_context->masterData().get<Member>(m_serai.meta.id);
    QVERIFY(after.has_value());
    QCOMPARE(after->nib, before->nib);
    QCOMPARE(after->meta.rowVersion, before->meta.rowVersion);
}

void TestMainWindow::codesBecomeCapitalsAsTyped()
{
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier);
    QCOMPARE(m_window->masterDataPage()->currentTab(), membersTab());
    const int membersBefore = membersTab()->model()->rowCount();
    // A mnemonic clicks its button the way a mouse would, after a short press animation.
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::AltModifier); // Add...
    QTRY_VERIFY(m_window->findChild<MemberDialog *>());
    QPointer<MemberDialog> dialog = m_window->findChild<MemberDialog *>();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    activate(dialog);
    auto *code = qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("code")));
    QVERIFY(code);
    QCOMPARE(QApplication::focusWidget(), code);
    QTest::keyClicks(code, QStringLiteral("ach-m09"));
    QCOMPARE(code->text(), QStringLiteral("ACH-M09"));

    // An empty business name and owner are named beside their fields.
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel(QStringLiteral("name"))->isVisible());
    QCOMPARE(QApplication::focusWidget(), dialog->field(QStringLiteral("name")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(membersTab()->model()->rowCount(), membersBefore);
}

void TestMainWindow::filterAndArchiveByKeyboard()
{
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier);
    MasterDataTab *tab = membersTab();
    QTableView *table = tab->table();
    table->setFocus();

    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), tab->filterEdit());
    QTest::keyClicks(tab->filterEdit(), QStringLiteral("serai"));
    QCOMPARE(table->model()->rowCount(), 1);

    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(tab->currentId(), m_serai.meta.id);
    QCOMPARE(tab->archiveButton()->text(), QStringLiteral("A&rchive"));
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    auto archived = m_context->masterData().get<Member>(m_serai.meta.id);
    QVERIFY(archived.has_value());
    QVERIFY(archived->meta.archived);

    // Shown again with "Show archived", and restored from there.
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(tab->showArchivedBox()->isChecked());
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(table->model()->index(0, 0).data(MasterDataModel::ArchivedRole).toBool());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(tab->archiveButton()->text(), QStringLiteral("&Restore"));
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(!table->model()->index(0, 0).data(MasterDataModel::ArchivedRole).toBool());
    auto restored = m_context->masterData().get<Member>(m_serai.meta.id);
    QVERIFY(restored.has_value());
    QVERIFY(!restored->meta.archived);
    m_serai = *restored;

    tab->filterEdit()->clear();
    tab->showArchivedBox()->setChecked(false);
    QCOMPARE(table->model()->rowCount(), 2);
}

void TestMainWindow::sortingByHeaderUsesValuesNotText()
{
    m_window->setCurrentPage(MainWindow::MasterData);
    MasterDataTab *tab = m_window->masterDataPage()->tab(MasterDataPage::Sites);
    QTableView *table = tab->table();
    QCOMPARE(table->model()->rowCount(), 2);
    table->sortByColumn(SiteTableModel::Code, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, SiteTableModel::Code).data().toString(),
             QStringLiteral("JTG"));
    table->sortByColumn(SiteTableModel::Code, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, SiteTableModel::Code).data().toString(),
             QStringLiteral("ACH"));
    // Durations sort by minutes: 8 h before 10 h, although "10 h" comes first as text.
    table->sortByColumn(SiteTableModel::LongestBooking, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, SiteTableModel::LongestBooking).data().toString(),
             QStringLiteral("8 h"));
    QCOMPARE(table->model()->index(1, SiteTableModel::LongestBooking).data().toString(),
             QStringLiteral("10 h"));
    QCOMPARE(table->model()->index(1, SiteTableModel::Code).data().toString(),
             QStringLiteral("JTG"));
    table->sortByColumn(SiteTableModel::Code, Qt::AscendingOrder);
}

void TestMainWindow::languageSwitchRetranslatesAndIsRemembered()
{
    m_window->setCurrentPage(MainWindow::MasterData);
    auto *title = m_window->masterDataPage()->findChild<QLabel *>(QStringLiteral("pageTitle"));
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    QVERIFY(title);
    QVERIFY(list);
    const QString english = QStringLiteral("Master data");
    QCOMPARE(title->text(), english);
    QCOMPARE(list->item(MainWindow::MasterData)->text(), english);
    const QString header = membersTab()
                               ->table()
                               ->model()
                               ->headerData(MemberTableModel::Name, Qt::Horizontal)
                               .toString();

    auto *indonesian = m_window->findChild<QAction *>(QStringLiteral("language_id"));
    auto *inEnglish = m_window->findChild<QAction *>(QStringLiteral("language_en"));
    QVERIFY(indonesian);
    QVERIFY(inEnglish);
    QVERIFY(inEnglish->isChecked());

    indonesian->trigger();
    QCOMPARE(Language::current(), QStringLiteral("id"));
    QCOMPARE(Language::saved(), QStringLiteral("id"));
    QTRY_VERIFY(title->text() != english);
    QVERIFY(list->item(MainWindow::MasterData)->text() != english);
    QVERIFY(membersTab()
                ->table()
                ->model()
                ->headerData(MemberTableModel::Name, Qt::Horizontal)
                .toString()
            != header);
    QVERIFY(indonesian->isChecked());

    inEnglish->trigger();
    QCOMPARE(Language::saved(), QStringLiteral("en"));
    QTRY_COMPARE(title->text(), english);
    QCOMPARE(list->item(MainWindow::MasterData)->text(), english);
    QCOMPARE(membersTab()
                 ->table()
                 ->model()
                 ->headerData(MemberTableModel::Name, Qt::Horizontal)
                 .toString(),
             header);
}

void TestMainWindow::passingCheckLeavesDatabaseWritable()
{
    QSignalSpy finished(m_window.get(), &MainWindow::integrityCheckFinished);
    m_window->startBackgroundChecks();
    QVERIFY(finished.wait(20000) || finished.size() == 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!m_context->database().isReadOnly());
    QVERIFY(!m_window->findChild<Banner *>(QStringLiteral("readOnlyBanner")));
    QVERIFY(membersTab()->addButton()->isEnabled());
}

void TestMainWindow::failedCheckTurnsReadOnlyWithBanner()
{
    m_window->setCurrentPage(MainWindow::MasterData);
    QVERIFY(membersTab()->addButton()->isEnabled());
    m_window->applyIntegrityResult(
        fail(Error::storage(QStringLiteral("database disk image is malformed"))));

    QVERIFY(m_context->database().isReadOnly());
    auto *banner = m_window->findChild<Banner *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("read-only")));
    QVERIFY(banner->text().contains(QStringLiteral("malformed")));
    QVERIFY(banner->text().contains(QStringLiteral("Backup database")));
    QVERIFY(!membersTab()->addButton()->isEnabled());
    QVERIFY(!m_window->masterDataPage()->tab(MasterDataPage::Sites)->addButton()->isEnabled());
    // The services refuse as well, whatever the buttons say.
    Member blocked = makeMember(m_ach.meta.id, QStringLiteral("ACH-M99"), QStringLiteral("X"));
    QVERIFY(!m_context->masterData().save(blocked).has_value());
}

void TestMainWindow::everyPageFitsASmallScreen()
{
    // 1366x768 less a taskbar: no page asks the window to grow past it, with a banner shown too.
    const QSize screen(1366, 768 - 40);
    const auto fits = [&](const char *when) {
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            m_window->setCurrentPage(page);
            QCoreApplication::processEvents();
            const QSize needed = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
            QVERIFY2(needed.width() <= screen.width() && needed.height() <= screen.height(),
                     qPrintable(QStringLiteral("page %1 %2 needs %3x%4")
                                    .arg(page)
                                    .arg(QLatin1String(when))
                                    .arg(needed.width())
                                    .arg(needed.height())));
        }
    };
    fits("alone");
    m_window->applyIntegrityResult(
        fail(Error::storage(QStringLiteral("database disk image is malformed"))));
    fits("under a banner");
}

void TestMainWindow::statusBarShowsDatabasePath()
{
    auto *path = m_window->findChild<QLabel *>(QStringLiteral("databasePath"));
    QVERIFY(path);
    QVERIFY(path->isVisible());
    QVERIFY(path->text().contains(QStringLiteral("ui.sqlite")));
}

void TestMainWindow::backupWritesACopyAndReplacesAnOlderOne()
{
    const QString file = m_dir.filePath(QStringLiteral("backup.sqlite"));
    QVERIFY(m_window->backupTo(file).has_value());
    QVERIFY(QFileInfo(file).size() > 0);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".partial")));
    auto *notice = m_window->findChild<Banner *>(QStringLiteral("notice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("backup.sqlite")));
    // Where it went, with a way to its folder.
    QVERIFY(SavedFile::lastPath().endsWith(QStringLiteral("backup.sqlite")));
    auto *open = notice->findChild<QPushButton *>();
    QVERIFY(open);
    QVERIFY(open->isVisible());
    QVERIFY(open->text().contains(QStringLiteral("folder")));

    // The copy opens and holds the members.
    {
        auto copy = AppContext::open(file);
        QVERIFY(copy.has_value());
        (*copy)->setActor(Actor::setupAdministrator());
        auto members = (*copy)->masterData().members(m_ach.meta.id);
        QVERIFY(members.has_value());
        QCOMPARE(members->size(), qsizetype(2));
    }

    // Choosing the same name again replaces the older copy; one notice stays on screen.
    QVERIFY(m_window->backupTo(file).has_value());
    QCOMPARE(m_window->findChildren<Banner *>(QStringLiteral("notice")).size(), qsizetype(1));

    // The open database itself is never the target.
    const Status refused = m_window->backupTo(m_context->database().path());
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    notice = m_window->findChild<Banner *>(QStringLiteral("notice"));
    QVERIFY(notice);
    QCOMPARE(notice->level(), Banner::Level::Error);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
