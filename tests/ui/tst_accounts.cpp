#include "dialogs/accountdialog.h"
#include "dialogs/firstmanagerdialog.h"
#include "dialogs/memberdialog.h"
#include "dialogs/passworddialog.h"
#include "dialogs/signindialog.h"
#include "displayformat.h"
#include "mainwindow.h"
#include "models/accountmodel.h"
#include "models/auditmodel.h"
#include "models/masterdatamodel.h"
#include "pages/accountstab.h"
#include "pages/auditpage.h"
#include "pages/batchespage.h"
#include "pages/masterdatapage.h"
#include "pages/masterdatatab.h"
#include "services/appcontext.h"
#include "services/appinfo.h"
#include "services/language.h"
#include "startup.h"
#include "usersession.h"
#include "widgets/idlelock.h"
#include "widgets/lockscreen.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Rpb;

namespace {
const QString goodPassword = QStringLiteral("rahasia-123");
const QString otherPassword = QStringLiteral("kopi-pagi-77");

Site makeSite(const QString &code, const QString &name)
{
    Site s;
    s.code = code;
    s.name = name;
    s.province = QStringLiteral("Aceh");
    s.timeZone = QStringLiteral("Asia/Jakarta");
    return s;
}

User makeUser(const QString &name, Role role, std::optional<qint64> siteId)
{
    User u;
    u.name = name;
    u.fullName = name;
    u.role = role;
    u.siteId = siteId;
    return u;
}

bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}
} // namespace

class TestAccounts final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startupAsksForTheFirstManagerOrASignIn();
    void firstManagerDialogByKeyboard();
    void signInByKeyboard();
    void signInShowsTheLockoutMessage();
    void roleShapesTheWindow_data();
    void roleShapesTheWindow();
    void viewerCannotOpenRecordsForChange();
    void managerAddsAnAccountByKeyboard();
    void auditPageShowsAuthorAndOldAndNewValues();
    void auditPageLoadsPageByPage();
    void auditDetailsReadAsTheApplicationWrites();
    void switchUserLocksAndAnotherPersonSignsIn();
    void anotherPersonFindsNoStepOrMessageOfTheOneBefore();
    void idleLockKeepsWorkForTheSamePersonOnly();
    void changeOwnPasswordFromTheUserMenu();

private:
    AppContext &context() { return *m_context; }
    // The manager "ani" of all sites and the other accounts; signs in as nobody.
    void addAccounts();
    Actor signIn(const QString &name, const QString &password = goodPassword);
    void openWindow(const Actor &actor);
    MasterDataTab *tab(MasterDataPage::Tab which) const
    {
        return m_window->masterDataPage()->tab(which);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    Site m_ach;
    Site m_jtg;
    Member m_nilam;
};

void TestAccounts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::setUpApplication();
    Language::install(QStringLiteral("en"));
}

void TestAccounts::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = AppContext::open(m_dir->filePath(QStringLiteral("accounts.sqlite")));
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message));
    m_context = std::move(*opened);
    m_context->setActor(Actor::setupAdministrator());
    auto ach = context().masterData().save(
        makeSite(QStringLiteral("ACH"), QStringLiteral("RPB Minyak Atsiri")));
    QVERIFY(ach.has_value());
    m_ach = *ach;
    auto jtg
        = context().masterData().save(makeSite(QStringLiteral("JTG"), QStringLiteral("RPB Mebel")));
    QVERIFY(jtg.has_value());
    m_jtg = *jtg;
    Member nilam;
    nilam.meta.siteId = m_ach.meta.id;
    nilam.code = QStringLiteral("ACH-M01");
    nilam.name = QStringLiteral("Nilam Jaya");
    nilam.owner = QStringLiteral("Cut Nyak Aisyah");
    auto member = context().masterData().save(nilam);
    QVERIFY2(member.has_value(), member ? "" : qPrintable(member.error().message));
    m_nilam = *member;
}

void TestAccounts::cleanup()
{
    m_window.reset();
    m_context.reset();
    m_dir.reset();
}

void TestAccounts::addAccounts()
{
    AccountService &accounts = context().accounts();
    QVERIFY(accounts.createFirstManager(QStringLiteral("ani"), QStringLiteral("Ani Lestari"),
                                        goodPassword, goodPassword));
    context().setActor(signIn(QStringLiteral("ani")));
    QVERIFY(accounts.addUser(makeUser(QStringLiteral("op.ach"), Role::Operator, m_ach.meta.id),
                             goodPassword));
    QVERIFY(accounts.addUser(makeUser(QStringLiteral("mgr.ach"), Role::Manager, m_ach.meta.id),
                             goodPassword));
    QVERIFY(accounts.addUser(makeUser(QStringLiteral("pusat"), Role::Viewer, std::nullopt),
                             goodPassword));
    context().setActor(Actor::setupAdministrator());
}

Actor TestAccounts::signIn(const QString &name, const QString &password)
{
    auto actor = context().accounts().signIn(name, password);
    if (!actor) {
        qWarning("%s", qPrintable(actor.error().message));
        return {};
    }
    return *actor;
}

void TestAccounts::openWindow(const Actor &actor)
{
    context().setActor(actor);
    m_window = std::make_unique<MainWindow>(context());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(activate(m_window.get()));
}

void TestAccounts::startupAsksForTheFirstManagerOrASignIn()
{
    // The dialogs run their own event loop before the window exists; answer them from inside.
    QString seen;
    auto answer = [&seen](std::function<void(QDialog *)> act) {
        QTimer::singleShot(0, [&seen, act] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = dialog->objectName();
            act(dialog);
        });
    };

    // No account yet: the first manager is asked for; quitting there quits.
    answer([](QDialog *dialog) { dialog->reject(); });
    auto quit = Startup::signIn(context());
    QVERIFY(quit.has_value());
    QCOMPARE(*quit, false);
    QCOMPARE(seen, QStringLiteral("firstManagerDialog"));
    QCOMPARE(context().actor().role, Role::Administrator);

    // With accounts (as the demo makes them), the sign-in comes straight away.
    addAccounts();
    answer([](QDialog *dialog) {
        auto *signIn = qobject_cast<SignInDialog *>(dialog);
        QVERIFY(signIn);
        QTest::keyClicks(signIn->nameEdit(), QStringLiteral("pusat"));
        QTest::keyClicks(signIn->passwordEdit(), goodPassword);
        QTest::keyClick(signIn->passwordEdit(), Qt::Key_Return);
    });
    auto signedIn = Startup::signIn(context());
    QVERIFY(signedIn.has_value());
    QCOMPARE(*signedIn, true);
    QCOMPARE(seen, QStringLiteral("signInDialog"));
    QCOMPARE(context().actor().name, QStringLiteral("pusat"));
    QCOMPARE(context().masterData().actor().role, Role::Viewer);
}

void TestAccounts::firstManagerDialogByKeyboard()
{
    QCOMPARE(context().accounts().hasAccounts().value_or(true), false);
    FirstManagerDialog dialog(context().accounts());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(activate(&dialog));
    auto *intro = dialog.findChild<QLabel *>(QStringLiteral("intro"));
    QVERIFY(intro);
    QVERIFY(intro->text().contains(QStringLiteral("manager")));

    // The focus starts in the name; Tab walks the rows in order. Capitals become small letters.
    auto *name = qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("name")));
    QVERIFY(name);
    QCOMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(name, QStringLiteral("Ani"));
    QCOMPARE(name->text(), QStringLiteral("ani"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.field(QStringLiteral("full_name")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ani Lestari"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.field(QStringLiteral("password")));
    QTest::keyClicks(QApplication::focusWidget(), goodPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.field(QStringLiteral("repeat")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("rahasia-321"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    // Two different passwords: the message stands beside the second one, nothing is stored.
    QVERIFY(dialog.isVisible());
    QLabel *repeatError = dialog.errorLabel(QStringLiteral("repeat"));
    QVERIFY(repeatError->isVisible());
    QVERIFY2(repeatError->text().contains(QStringLiteral("not the same")),
             qPrintable(repeatError->text()));
    QCOMPARE(QApplication::focusWidget(), dialog.field(QStringLiteral("repeat")));
    QCOMPARE(context().accounts().hasAccounts().value_or(true), false);

    // Alt+R is the mnemonic of "Repeat password"; the wrong text is selected and replaced.
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.field(QStringLiteral("repeat")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), goodPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().name, QStringLiteral("ani"));
    QCOMPARE(dialog.actor().role, Role::Manager);
    QVERIFY(!dialog.actor().siteId.has_value());
    auto stored = context().accounts().userByName(QStringLiteral("ani"));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->fullName, QStringLiteral("Ani Lestari"));
    QCOMPARE(dialog.actor().userId, stored->meta.id);
    // The next start offers the name at once.
    QCOMPARE(SignInDialog::lastUserName(), QStringLiteral("ani"));
}

void TestAccounts::signInByKeyboard()
{
    addAccounts();
    {
        SignInDialog dialog(context().accounts(), SignInDialog::Mode::Start);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(activate(&dialog));
        QVERIFY(dialog.messageLabel()->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), dialog.nameEdit());
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("op.ach"));
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.passwordEdit());
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("salah-sekali"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);

        // Wrong: the dialog stays, says so, empties the password and waits in it.
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.messageLabel()->isVisible());
        QVERIFY(dialog.messageLabel()->geometry().bottom()
                < dialog.signInButton()->mapTo(&dialog, QPoint(0, 0)).y());
        QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("Wrong name or password."));
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), dialog.passwordEdit());
        QCOMPARE(context().actor().role, Role::Administrator);

        QTest::keyClicks(dialog.passwordEdit(), goodPassword);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor().name, QStringLiteral("op.ach"));
        QCOMPARE(dialog.actor().role, Role::Operator);
        QCOMPARE(dialog.actor().siteId, std::optional<qint64>(m_ach.meta.id));
    }

    // The name is remembered for the next start, the password nowhere.
    QCOMPARE(SignInDialog::lastUserName(), QStringLiteral("op.ach"));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(goodPassword), qPrintable(key));

    SignInDialog again(context().accounts(), SignInDialog::Mode::Start);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(activate(&again));
    QCOMPARE(again.nameEdit()->text(), QStringLiteral("op.ach"));
    QCOMPARE(QApplication::focusWidget(), again.passwordEdit());
    // At the start, Escape leaves (the application then quits).
    QTest::keyClick(again.passwordEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!again.isVisible());
    QCOMPARE(again.result(), int(QDialog::Rejected));
}

void TestAccounts::signInShowsTheLockoutMessage()
{
    addAccounts();
    SignInDialog dialog(context().accounts(), SignInDialog::Mode::Start);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(activate(&dialog));
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("pusat"));
    for (int i = 0; i < AccountService::FreeAttempts; ++i) {
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("tebak-%1").arg(i));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
    }
    // Even the right password must wait now, and the dialog says for how long.
    QTest::keyClicks(dialog.passwordEdit(), goodPassword);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("Try again in")),
             qPrintable(dialog.messageLabel()->text()));
    QVERIFY(dialog.actor().userId == 0);
}

void TestAccounts::roleShapesTheWindow_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("editsMembers");
    QTest::addColumn<bool>("addsSites");
    QTest::addColumn<bool>("accountsTab");
    QTest::addColumn<bool>("auditPage");
    QTest::addColumn<int>("sitesOffered");
    QTest::newRow("manager of all sites")
        << QStringLiteral("ani") << true << true << true << true << 2;
    QTest::newRow("manager of one site")
        << QStringLiteral("mgr.ach") << true << false << true << true << 1;
    QTest::newRow("operator") << QStringLiteral("op.ach") << false << false << false << false << 1;
    QTest::newRow("viewer") << QStringLiteral("pusat") << false << false << false << true << 2;
}

void TestAccounts::roleShapesTheWindow()
{
    QFETCH(QString, account);
    QFETCH(bool, editsMembers);
    QFETCH(bool, addsSites);
    QFETCH(bool, accountsTab);
    QFETCH(bool, auditPage);
    QFETCH(int, sitesOffered);
    addAccounts();
    openWindow(signIn(account));
    m_window->setCurrentPage(MainWindow::MasterData);
    MasterDataPage *page = m_window->masterDataPage();

    // A site account sees its own site only; the others see every site.
    QCOMPARE(m_window->siteSelector()->count(), sitesOffered);
    QCOMPARE(m_window->currentSiteId(), std::optional<qint64>(m_ach.meta.id));

    for (auto which : {MasterDataPage::ProductLines, MasterDataPage::Equipment,
                       MasterDataPage::Members, MasterDataPage::WasteCategories}) {
        MasterDataTab *t = tab(which);
        page->tabWidget()->setCurrentWidget(t);
        QCOMPARE(t->addButton()->isVisibleTo(page), editsMembers);
        QCOMPARE(t->editButton()->isVisibleTo(page), editsMembers);
        QCOMPARE(t->archiveButton()->isVisibleTo(page), editsMembers);
    }
    page->tabWidget()->setCurrentWidget(tab(MasterDataPage::Sites));
    QCOMPARE(tab(MasterDataPage::Sites)->addButton()->isVisibleTo(page), addsSites);
    // The records are there to read for everyone.
    QCOMPARE(tab(MasterDataPage::Members)->model()->rowCount(), 1);
    page->tabWidget()->setCurrentWidget(tab(MasterDataPage::Members));
    auto *note = page->findChild<QLabel *>(QStringLiteral("rightsNote"));
    QVERIFY(note);
    QCOMPARE(note->isVisibleTo(page), !editsMembers);

    QTabWidget *tabs = page->tabWidget();
    QCOMPARE(tabs->isTabVisible(tabs->indexOf(page->accountsTab())), accountsTab);
    // Alt+O is the Accounts tab's mnemonic: it does nothing where the tab is hidden.
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::AltModifier);
    QCOMPARE(tabs->currentWidget() == page->accountsTab(), accountsTab);

    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    QVERIFY(list);
    QCOMPARE(!list->item(MainWindow::Audit)->isHidden(), auditPage);
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage() == MainWindow::Audit, auditPage);

    // Who is signed in is in sight: in the status bar and in the user menu.
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("signedInLabel"));
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith(QStringLiteral("Signed in as %1 (").arg(account)),
             qPrintable(status->text()));
    auto *who = m_window->findChild<QAction *>(QStringLiteral("signedInAction"));
    QVERIFY(who);
    QCOMPARE(who->text(), status->text());
}

void TestAccounts::viewerCannotOpenRecordsForChange()
{
    addAccounts();
    openWindow(signIn(QStringLiteral("pusat")));
    m_window->setCurrentPage(MainWindow::MasterData);
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier); // Members
    MasterDataTab *members = tab(MasterDataPage::Members);
    QCOMPARE(m_window->masterDataPage()->currentTab(), members);
    QTableView *table = members->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(members->currentId(), m_nilam.meta.id);
    QTest::keyClick(table, Qt::Key_Return);
    QTest::qWait(50);
    QVERIFY(!m_window->findChild<MemberDialog *>());
    // And the service would refuse whatever a window let through.
    Member changed = m_nilam;
    changed.name = QStringLiteral("Changed by a viewer");
    auto refused = context().masterData().save(changed);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().exitCode(), 4);
}

void TestAccounts::managerAddsAnAccountByKeyboard()
{
    addAccounts();
    openWindow(signIn(QStringLiteral("ani")));
    m_window->setCurrentPage(MainWindow::MasterData);
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::AltModifier);
    AccountsTab *accounts = m_window->masterDataPage()->accountsTab();
    QCOMPARE(m_window->masterDataPage()->tabWidget()->currentWidget(), accounts);
    QCOMPARE(accounts->model()->rowCount(), 4);
    QCOMPARE(QApplication::focusWidget(), accounts->table());

    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::AltModifier); // Add...
    QTRY_VERIFY(m_window->findChild<AccountDialog *>());
    QPointer<AccountDialog> dialog = m_window->findChild<AccountDialog *>();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(activate(dialog));
    QCOMPARE(QApplication::focusWidget(), dialog->field(QStringLiteral("name")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("budi.ach"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Budi Santoso"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *role = qobject_cast<QComboBox *>(dialog->field(QStringLiteral("role")));
    QCOMPARE(QApplication::focusWidget(), role);
    QCOMPARE(role->currentData().toInt(), int(Role::Operator));
    QTest::keyClick(role, Qt::Key_Down); // viewer
    QCOMPARE(role->currentData().toInt(), int(Role::Viewer));
    QTest::keyClick(role, Qt::Key_Tab);
    auto *site = qobject_cast<QComboBox *>(dialog->field(QStringLiteral("site")));
    QCOMPARE(QApplication::focusWidget(), site);
    QCOMPARE(site->currentText(), QStringLiteral("All sites"));
    QTest::keyClick(site, Qt::Key_Down); // ACH
    QCOMPARE(site->currentData().toLongLong(), m_ach.meta.id);
    QTest::keyClick(site, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), otherPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), otherPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    auto budi = context().accounts().userByName(QStringLiteral("budi.ach"));
    QVERIFY(budi.has_value());
    QCOMPARE(budi->role, Role::Viewer);
    QCOMPARE(budi->siteId, std::optional<qint64>(m_ach.meta.id));
    QCOMPARE(budi->fullName, QStringLiteral("Budi Santoso"));
    QCOMPARE(accounts->model()->rowCount(), 5);
    QCOMPARE(accounts->currentId(), budi->meta.id);
    QVERIFY(activate(m_window.get()));

    // Disable and enable again with the button's mnemonic.
    QCOMPARE(accounts->disableButton()->text(), QStringLiteral("Disab&le"));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(context().accounts().user(budi->meta.id)->disabled);
    QCOMPARE(accounts->disableButton()->text(), QStringLiteral("Enab&le"));
    QVERIFY(!context().accounts().signIn(QStringLiteral("budi.ach"), otherPassword).has_value());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(!context().accounts().user(budi->meta.id)->disabled);

    // The idle time is set here.
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::AltModifier);
    QSpinBox *minutes = accounts->idleLockBox();
    QCOMPARE(QApplication::focusWidget(), minutes);
    minutes->selectAll();
    QTest::keyClicks(minutes, QStringLiteral("5"));
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::AltModifier); // Set
    QTRY_COMPARE(context().accounts().idleLockMinutes(), 5);
    QCOMPARE(m_window->session()->idleLock()->timeout(), 5 * 60 * 1000);
}

void TestAccounts::auditPageShowsAuthorAndOldAndNewValues()
{
    addAccounts();
    openWindow(signIn(QStringLiteral("ani")));

    // A member renamed through its dialog, by keyboard.
    m_window->setCurrentPage(MainWindow::MasterData);
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier);
    QTableView *table = tab(MasterDataPage::Members)->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Return);
    QPointer<MemberDialog> dialog = m_window->findChild<MemberDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(activate(dialog));
    QTest::keyClick(dialog, Qt::Key_B, Qt::AltModifier); // Business name
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Nilam Jaya Abadi"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QVERIFY(activate(m_window.get()));

    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), int(MainWindow::Audit));
    AuditPage *audit = m_window->auditPage();
    QCOMPARE(QApplication::focusWidget(), audit->table());
    AuditModel *model = audit->model();
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(model->index(0, AuditModel::Person).data().toString(), QStringLiteral("ani"));
    QCOMPARE(model->index(0, AuditModel::Action).data().toString(), QStringLiteral("Changed"));
    QCOMPARE(model->index(0, AuditModel::Kind).data().toString(), QStringLiteral("Member"));
    QCOMPARE(model->index(0, AuditModel::Record).data().toString(),
             QStringLiteral("ACH-M01 Nilam Jaya Abadi"));
    QCOMPARE(model->index(0, AuditModel::Site).data().toString(), QStringLiteral("ACH"));
    QVERIFY(model->index(0, AuditModel::Time).data().toString().endsWith(QStringLiteral("WIB")));

    // The newest entry is selected; its changed fields are listed below with both values.
    QCOMPARE(audit->table()->currentIndex().row(), 0);
    QTableWidget *changes = audit->changesTable();
    int nameRow = -1;
    for (int row = 0; row < changes->rowCount(); ++row)
        if (changes->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("name"))
            nameRow = row;
    QVERIFY(nameRow >= 0);
    QCOMPARE(changes->item(nameRow, 1)->text(), QStringLiteral("Nilam Jaya"));
    QCOMPARE(changes->item(nameRow, 2)->text(), QStringLiteral("Nilam Jaya Abadi"));
    // Read-only: nothing in the log can be edited.
    QCOMPARE(audit->table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(changes->editTriggers(), QAbstractItemView::NoEditTriggers);

    // Filters: by person, then by record text.
    const qint64 all = model->totalCount();
    QComboBox *person = audit->personFilter();
    QVERIFY(person->findData(QStringLiteral("ani")) > 0);
    QVERIFY(person->findData(QStringLiteral("setup")) > 0);
    person->setCurrentIndex(person->findData(QStringLiteral("setup")));
    QVERIFY(model->totalCount() < all);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, AuditModel::Person).data().toString(), QStringLiteral("setup"));
    person->setCurrentIndex(0);
    QCOMPARE(model->totalCount(), all);

    QTest::keyClick(audit->table(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), audit->recordFilter());
    QTest::keyClicks(audit->recordFilter(), QStringLiteral("ACH-M01"));
    QTRY_COMPARE(model->totalCount(), qint64(2)); // made by setup, renamed by ani
    QVERIFY(audit->countLabel()->text().contains(QStringLiteral("2")));
}

void TestAccounts::auditPageLoadsPageByPage()
{
    addAccounts();
    context().setActor(signIn(QStringLiteral("ani")));
    for (int i = 0; i < 450; ++i)
        QVERIFY(context().accounts().setIdleLockMinutes(10 + i % 7));
    openWindow(context().actor());
    m_window->setCurrentPage(MainWindow::Audit);
    AuditModel *model = m_window->auditPage()->model();
    QVERIFY(model->totalCount() > 450);
    QCOMPARE(model->rowCount(), AuditModel::PageSize);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 2 * AuditModel::PageSize);
    QVERIFY2(m_window->auditPage()->countLabel()->text().startsWith(QStringLiteral("400 of")),
             qPrintable(m_window->auditPage()->countLabel()->text()));
    // Scrolling to the end asks for the rest.
    m_window->auditPage()->table()->scrollToBottom();
    QTRY_COMPARE(qint64(model->rowCount()), model->totalCount());
    QVERIFY(!model->canFetchMore({}));
    // Newest first, with no entry twice.
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->entryAt(row).id < model->entryAt(row - 1).id);
}

void TestAccounts::anotherPersonFindsNoStepOrMessageOfTheOneBefore()
{
    addAccounts();
    ProductLine oil;
    oil.meta.siteId = m_ach.meta.id;
    oil.code = QStringLiteral("PATCHOULI");
    oil.name = QStringLiteral("Minyak nilam");
    auto line = context().masterData().save(oil);
    QVERIFY(line);
    Batch batch;
    batch.productLineId = line->meta.id;
    batch.memberId = m_nilam.meta.id;
    batch.productionDate = QDate::currentDate().addDays(-1);
    batch.inputMaterial = QStringLiteral("daun nilam kering");
    batch.inputMilli = 250'000;
    batch.outputMilli = 6'500;
    auto saved = context().batches().save(batch, QStringLiteral("uji"));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toLine()));

    openWindow(signIn(QStringLiteral("ani")));
    auto *batches = qobject_cast<BatchesPage *>(m_window->page(MainWindow::Batches));
    QVERIFY(batches);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), int(MainWindow::Batches));
    batches->selectBatch(saved->meta.id);
    QVERIFY(batches->archiveSelected());
    // Ani's step is in the Edit menu, and a message of hers stands on the page.
    QVERIFY(m_window->undoAction()->isEnabled());
    QVERIFY2(m_window->undoAction()->text().contains(saved->code),
             qPrintable(m_window->undoAction()->text()));
    // Ctrl+Z and Ctrl+Shift+Z are the Edit menu's, wherever the focus is in the window.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(context().batches().get(saved->meta.id)->status, BatchStatus::Recorded);
    QVERIFY(m_window->redoAction()->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(context().batches().get(saved->meta.id)->status, BatchStatus::Archived);
    QVERIFY(m_window->backupTo(m_dir->filePath(QStringLiteral("copy.sqlite"))));
    QVERIFY(m_window->findChild<Banner *>(QStringLiteral("notice")));

    // The same person back after the lock finds her step where she left it.
    UserSession *session = m_window->session();
    session->lock(false);
    QPointer<SignInDialog> dialog = session->signInDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->passwordEdit(), goodPassword);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY(!session->isLocked());
    QVERIFY(m_window->undoAction()->isEnabled());

    // Another person takes over: nothing of hers to take back, and her messages are gone.
    session->switchUserAction()->trigger();
    dialog = session->signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("mgr.ach"));
    QTest::keyClicks(dialog->passwordEdit(), goodPassword);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY(!session->isLocked());
    QCOMPARE(context().actor().name, QStringLiteral("mgr.ach"));
    QVERIFY(!m_window->undoAction()->isEnabled());
    QVERIFY(!m_window->redoAction()->isEnabled());
    QCOMPARE(batches->undoStack()->count(), 0);
    QVERIFY(batches->lastMessage().isEmpty());
    QVERIFY(!m_window->findChild<Banner *>(QStringLiteral("notice")));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(context().batches().get(saved->meta.id)->status, BatchStatus::Archived);
}

void TestAccounts::auditDetailsReadAsTheApplicationWrites()
{
    addAccounts();
    context().setActor(signIn(QStringLiteral("ani")));
    Equipment kettle;
    kettle.meta.siteId = m_ach.meta.id;
    kettle.code = QStringLiteral("KET1");
    kettle.name = QStringLiteral("Ketel suling");
    kettle.type = QStringLiteral("kettle");
    auto machine = context().masterData().save(kettle);
    QVERIFY(machine);
    ProductLine oil;
    oil.meta.siteId = m_ach.meta.id;
    oil.code = QStringLiteral("PATCHOULI");
    oil.name = QStringLiteral("Minyak nilam");
    auto line = context().masterData().save(oil);
    QVERIFY(line);
    SchedulingService::Request r;
    r.equipmentId = machine->meta.id;
    r.memberId = m_nilam.meta.id;
    const QDate day = QDate::currentDate().addDays(QDate::currentDate().dayOfWeek() >= 5 ? 4 : 1);
    r.start = QDateTime(day, QTime(8, 0), QTimeZone("Asia/Jakarta"));
    r.end = r.start.addSecs(2 * 3600);
    auto booked = context().scheduling().book(r);
    QVERIFY2(booked, booked ? "" : qPrintable(booked.error().toLine()));
    Batch batch;
    batch.productLineId = line->meta.id;
    batch.memberId = m_nilam.meta.id;
    batch.productionDate = QDate::currentDate().addDays(-1);
    batch.inputMaterial = QStringLiteral("daun nilam kering");
    batch.inputMilli = 1'250'500;
    batch.outputMilli = 6'500;
    auto saved = context().batches().save(batch, QStringLiteral("uji"));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toLine()));

    AuditModel model(context().audit(), context().masterData(), context().accounts(),
                     context().hub());
    model.reload();
    const auto detailsOf = [&model](const QString &entity) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.entryAt(row).entity == entity)
                return model.details(model.entryAt(row));
        return QList<AuditModel::Detail>();
    };
    const auto valueOf = [](const QList<AuditModel::Detail> &details, const char *field) {
        for (const AuditModel::Detail &d : details)
            if (d.field == QLatin1String(field))
                return std::make_pair(d.label, d.after);
        return std::make_pair(QString(), QString());
    };
    const QList<AuditModel::Detail> booking = detailsOf(QStringLiteral("booking"));
    QVERIFY(!booking.isEmpty());
    // Names, not ids; the site's time, not UTC; labels in words of the screen.
    QCOMPARE(valueOf(booking, "equipment_id"),
             std::make_pair(QStringLiteral("Machine"), QStringLiteral("Ketel suling (KET1)")));
    QCOMPARE(valueOf(booking, "member_id").second, QStringLiteral("Nilam Jaya (ACH-M01)"));
    const auto start = valueOf(booking, "start_utc");
    QCOMPARE(start.first, QStringLiteral("Start"));
    QVERIFY2(start.second.contains(QStringLiteral("08:00"))
                 && start.second.endsWith(QStringLiteral("WIB")),
             qPrintable(start.second));
    QCOMPARE(valueOf(booking, "status").second,
             bookingStatusDisplayName(booked->created.first().status));
    const QList<AuditModel::Detail> made = detailsOf(QStringLiteral("batch"));
    QCOMPARE(valueOf(made, "input_quantity"),
             std::make_pair(QStringLiteral("Input quantity"), QStringLiteral("1,250.5")));
    QCOMPARE(valueOf(made, "date").second, DisplayFormat::date(batch.productionDate));
    for (const QList<AuditModel::Detail> &entry : {booking, made})
        for (const AuditModel::Detail &d : entry) {
            QVERIFY2(!d.label.contains(QLatin1Char('_')) && !d.label.contains(QStringLiteral("utc"))
                         && !d.label.endsWith(QStringLiteral(" id")),
                     qPrintable(d.label));
            QVERIFY2(!d.after.contains(QStringLiteral("T08:")), qPrintable(d.after));
        }
}

void TestAccounts::switchUserLocksAndAnotherPersonSignsIn()
{
    addAccounts();
    openWindow(signIn(QStringLiteral("ani")));
    UserSession *session = m_window->session();
    m_window->setCurrentPage(MainWindow::MasterData);
    QTabWidget *tabs = m_window->masterDataPage()->tabWidget();
    const int accountsIndex = tabs->indexOf(m_window->masterDataPage()->accountsTab());
    QVERIFY(tabs->isTabVisible(accountsIndex));

    // Ctrl+Shift+L locks at once.
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(session->isLocked());
    QVERIFY(session->lockScreen()->isVisible());
    QCOMPARE(session->lockScreen()->geometry(), m_window->rect());
    QPointer<SignInDialog> dialog = session->signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(activate(dialog));
    QCOMPARE(dialog->windowModality(), Qt::ApplicationModal);
    // Another person comes: the name starts empty.
    QVERIFY(dialog->nameEdit()->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), dialog->nameEdit());
    // Escape does not unlock.
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QVERIFY(session->isLocked());

    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("op.ach"));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Tab);
    QTest::keyClicks(dialog->passwordEdit(), goodPassword);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);

    QTRY_VERIFY(!session->isLocked());
    QVERIFY(!session->lockScreen()->isVisible());
    QCOMPARE(context().actor().name, QStringLiteral("op.ach"));
    QCOMPARE(context().masterData().actor().name, QStringLiteral("op.ach"));
    // The window follows the operator's rights.
    QVERIFY(!tabs->isTabVisible(accountsIndex));
    tabs->setCurrentWidget(tab(MasterDataPage::Members));
    QVERIFY(!tab(MasterDataPage::Members)->addButton()->isVisibleTo(m_window.get()));
    QCOMPARE(m_window->siteSelector()->count(), 1);
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
    QVERIFY(list->item(MainWindow::Audit)->isHidden());
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("signedInLabel"));
    QCOMPARE(status->text(), QStringLiteral("Signed in as op.ach (Operator)"));

    // The button on the toolbar does the same, one click away.
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("switchUserButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(session->isLocked());
    dialog = session->signInDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("ani"));
    QTest::keyClicks(dialog->passwordEdit(), goodPassword);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY(!session->isLocked());
    QCOMPARE(context().actor().name, QStringLiteral("ani"));
    QVERIFY(tabs->isTabVisible(accountsIndex));
    QVERIFY(!list->item(MainWindow::Audit)->isHidden());
}

void TestAccounts::idleLockKeepsWorkForTheSamePersonOnly()
{
    addAccounts();
    openWindow(signIn(QStringLiteral("mgr.ach")));
    UserSession *session = m_window->session();
    QCOMPARE(session->idleLock()->timeout(), context().accounts().idleLockMinutes() * 60 * 1000);

    // A member left open for change.
    m_window->setCurrentPage(MainWindow::MasterData);
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier);
    QTableView *table = tab(MasterDataPage::Members)->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Return);
    QPointer<MemberDialog> open = m_window->findChild<MemberDialog *>();
    QVERIFY(open);
    QVERIFY(QTest::qWaitForWindowExposed(open));

    // While long work runs (an import on a worker), the lock waits for its end.
    {
        const IdleLock::Deferral working;
        session->idleLock()->setTimeout(300);
        QTest::qWait(900);
        QVERIFY(!session->isLocked());
    }
    QTRY_VERIFY_WITH_TIMEOUT(session->isLocked(), 5000);
    QVERIFY(session->lockScreen()->isVisible());
    // Out of sight while locked.
    QVERIFY(!open->isVisible());
    SignInDialog *dialog = session->signInDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(activate(dialog));
    // The same person only types the password and finds the dialog again.
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("mgr.ach"));
    QCOMPARE(QApplication::focusWidget(), dialog->passwordEdit());
    QTest::keyClicks(dialog->passwordEdit(), goodPassword);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY(!session->isLocked());
    QCOMPARE(context().actor().name, QStringLiteral("mgr.ach"));
    QVERIFY(open);
    QTRY_VERIFY(open->isVisible());

    // Quiet again: the lock comes back, and this time someone else takes over.
    session->idleLock()->setTimeout(300);
    QTRY_VERIFY_WITH_TIMEOUT(session->isLocked(), 5000);
    dialog = session->signInDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(activate(dialog));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("op.ach"));
    QTest::keyClicks(dialog->passwordEdit(), goodPassword);
    QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY(!session->isLocked());
    QCOMPARE(context().actor().name, QStringLiteral("op.ach"));
    // What the manager typed is not the operator's to save.
    QTRY_VERIFY(!open || !open->isVisible());

    // Quit from a locked window closes it.
    session->idleLock()->setTimeout(300);
    QTRY_VERIFY_WITH_TIMEOUT(session->isLocked(), 5000);
    session->idleLock()->setTimeout(0);
    dialog = session->signInDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->quitButton()->click();
    QTRY_VERIFY(!m_window->isVisible());
}

void TestAccounts::changeOwnPasswordFromTheUserMenu()
{
    addAccounts();
    openWindow(signIn(QStringLiteral("op.ach")));
    QAction *change = m_window->session()->changePasswordAction();
    QVERIFY(change->isEnabled());
    change->trigger();
    QPointer<PasswordDialog> dialog = m_window->findChild<PasswordDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(activate(dialog));
    QCOMPARE(QApplication::focusWidget(), dialog->field(QStringLiteral("old_password")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("bukan-ini-1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), otherPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), otherPassword);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel(QStringLiteral("old_password"))->isVisible());
    QCOMPARE(QApplication::focusWidget(), dialog->field(QStringLiteral("old_password")));

    QTest::keyClicks(QApplication::focusWidget(), goodPassword); // replaces the selected text
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QVERIFY(context().accounts().signIn(QStringLiteral("op.ach"), otherPassword).has_value());
    QVERIFY(!context().accounts().signIn(QStringLiteral("op.ach"), goodPassword).has_value());
}

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
