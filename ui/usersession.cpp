#include "usersession.h"

#include "dialogs/passworddialog.h"
#include "dialogs/signindialog.h"
#include "displayformat.h"
#include "domain/permissions.h"
#include "services/appcontext.h"
#include "widgets/idlelock.h"
#include "widgets/lockscreen.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>

namespace Rpb {

UserSession::UserSession(AppContext &context, QMainWindow *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    m_whoAction = new QAction(this);
    m_whoAction->setObjectName(QStringLiteral("signedInAction"));
    m_whoAction->setEnabled(false);

    m_changePasswordAction = new QAction(this);
    m_changePasswordAction->setObjectName(QStringLiteral("changePasswordAction"));
    connect(m_changePasswordAction, &QAction::triggered, this, &UserSession::changeOwnPassword);

    m_switchAction = new QAction(this);
    m_switchAction->setObjectName(QStringLiteral("switchUserAction"));
    m_switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_switchAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_switchAction, &QAction::triggered, this, [this] { lock(true); });
    // The action lives in the menu and on the toolbar; the window itself makes its shortcut work
    // even while the menu bar is hidden.
    m_window->addAction(m_switchAction);

    m_menu = new QMenu(m_window);
    m_menu->setObjectName(QStringLiteral("userMenu"));
    m_menu->addAction(m_whoAction);
    m_menu->addSeparator();
    m_menu->addAction(m_changePasswordAction);
    m_menu->addAction(m_switchAction);

    m_toolBarWidget = new QWidget(m_window);
    m_toolBarWidget->setObjectName(QStringLiteral("userCorner"));
    m_toolBarWidget->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(m_toolBarWidget);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->addStretch(1);
    m_userButton = new QToolButton(m_toolBarWidget);
    m_userButton->setObjectName(QStringLiteral("userButton"));
    m_userButton->setMenu(m_menu);
    m_userButton->setPopupMode(QToolButton::InstantPopup);
    m_userButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_userButton);
    m_switchButton = new QToolButton(m_toolBarWidget);
    m_switchButton->setObjectName(QStringLiteral("switchUserButton"));
    m_switchButton->setDefaultAction(m_switchAction);
    m_switchButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_switchButton);

    m_statusLabel = new QLabel(m_window);
    m_statusLabel->setObjectName(QStringLiteral("signedInLabel"));

    m_idle = new IdleLock(this);
    connect(m_idle, &IdleLock::idle, this, [this] { lock(false); });
    m_lockScreen = new LockScreen(m_window);

    update();
    retranslate();
}

QString UserSession::signedInText() const
{
    const Actor &actor = m_context.actor();
    if (actor.userId <= 0)
        return tr("Not signed in (%1)").arg(Permissions::roleDisplayName(actor.role));
    return tr("Signed in as %1 (%2)").arg(actor.name, Permissions::roleDisplayName(actor.role));
}

void UserSession::update()
{
    const Actor &actor = m_context.actor();
    const bool account = actor.userId > 0;
    const auto accounts = m_context.accounts().hasAccounts();
    m_switchAction->setEnabled(accounts.value_or(false));
    m_changePasswordAction->setEnabled(account);
    setIdleMinutes(account ? m_context.accounts().idleLockMinutes() : 0);
    const QString who = signedInText();
    m_whoAction->setText(who);
    m_statusLabel->setText(who);
    QString site;
    if (actor.siteId) {
        if (auto s = m_context.masterData().get<Site>(*actor.siteId))
            site = DisplayFormat::site(s->code, s->name);
    }
    m_userButton->setText(account ? QStringLiteral("%1 (%2)").arg(
                              actor.name, Permissions::roleDisplayName(actor.role))
                                  : Permissions::roleDisplayName(actor.role));
    m_userButton->setToolTip(site.isEmpty() ? who : who + QLatin1Char('\n') + site);
    m_statusLabel->setToolTip(m_userButton->toolTip());
}

void UserSession::setIdleMinutes(int minutes)
{
    // Only a real account can sign in again after a lock.
    const bool account = m_context.actor().userId > 0;
    m_idle->setTimeout(account && minutes > 0 ? minutes * 60 * 1000 : 0);
}

void UserSession::retranslate()
{
    m_menu->setTitle(tr("&User"));
    m_changePasswordAction->setText(tr("&Change my password..."));
    m_switchAction->setText(tr("&Switch user"));
    m_switchAction->setToolTip(
        tr("Lock the window now so that someone else can sign in (%1)")
            .arg(m_switchAction->shortcut().toString(QKeySequence::NativeText)));
    m_switchAction->setStatusTip(m_switchAction->toolTip());
    m_switchButton->setText(tr("Switch user"));
    m_userButton->setAccessibleName(tr("User menu"));
    update();
    if (m_dialog)
        m_dialog->setIntro(lockIntro(m_switching));
}

QString UserSession::lockIntro(bool switching) const
{
    if (switching)
        return tr("Locked for a change of person. The next person signs in with their own name "
                  "and password.");
    const int minutes = m_context.accounts().idleLockMinutes();
    return tr("The window locked itself after %n minute(s) without use. Type your password to "
              "carry on, or sign in with your own name to take over.",
              nullptr, minutes);
}

void UserSession::hideOpenWindows()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w == m_window || !w->isVisible() || !qobject_cast<QDialog *>(w))
            continue;
        m_hidden << w;
        w->hide();
    }
}

void UserSession::lock(bool switching)
{
    if (m_dialog) {
        if (switching)
            m_dialog->setUserName(QString());
        return;
    }
    // With no account yet nobody could sign in to unlock.
    if (!m_context.accounts().hasAccounts().value_or(false))
        return;
    m_switching = switching;
    m_idle->setPaused(true);
    m_lockScreen->setMessage(tr("Locked. %1 was signed in.").arg(m_context.actor().name));
    m_lockScreen->show();
    hideOpenWindows();

    m_dialog = new SignInDialog(m_context.accounts(), SignInDialog::Mode::Unlock, m_window);
    // Application-modal: no window of the application takes input until someone signs in.
    m_dialog->setWindowModality(Qt::ApplicationModal);
    m_dialog->setIntro(lockIntro(switching));
    m_dialog->setUserName(switching ? QString() : m_context.actor().name);
    connect(m_dialog, &QDialog::finished, this, &UserSession::unlockFinished);
    m_dialog->show();
}

void UserSession::unlockFinished(int result)
{
    SignInDialog *dialog = m_dialog;
    m_dialog = nullptr;
    dialog->deleteLater();
    if (result == SignInDialog::QuitResult) {
        for (const QPointer<QWidget> &w : std::as_const(m_hidden))
            if (w)
                w->close();
        m_hidden.clear();
        m_window->close();
        return;
    }
    const Actor actor = dialog->actor();
    const bool samePerson = actor.userId == m_context.actor().userId;
    for (const QPointer<QWidget> &w : std::as_const(m_hidden)) {
        if (!w)
            continue;
        if (samePerson) {
            w->show();
        } else if (auto *open = qobject_cast<QDialog *>(w.data())) {
            // What the first person typed is not the next person's to save.
            open->reject();
        } else {
            w->close();
        }
    }
    m_hidden.clear();
    m_lockScreen->hide();
    m_context.setActor(actor);
    m_idle->setPaused(false);
    update();
    Q_EMIT actorChanged();
}

void UserSession::changeOwnPassword()
{
    auto user = m_context.accounts().user(m_context.actor().userId);
    if (!user) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Change my password"),
                                    user.error().message, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    auto *dialog = new PasswordDialog(m_context.accounts(), PasswordDialog::Mode::ChangeOwn, *user,
                                      m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_window, [window = m_window] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Change my password"),
                                    tr("Your password is changed. Use the new one from the next "
                                       "sign-in on."),
                                    QMessageBox::Ok, window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

} // namespace Rpb
