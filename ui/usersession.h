#pragma once

#include "dialogs/signindialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QToolButton;
class QWidget;

namespace Rpb {

class AppContext;
class IdleLock;
class LockScreen;

// Who is signed in to the window, and the lock: after the idle time a manager set, or at once
// with Switch user, the window is covered and asks for a sign-in again. The same person carries
// on where they were; another person takes over with their own rights, and the dialogs the first
// one left open are closed rather than handed over.
class UserSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSession)
public:
    UserSession(AppContext &context, QMainWindow *window);

    // The "User" menu, the toolbar corner (who, Switch user) and the status-bar label.
    QMenu *menu() const { return m_menu; }
    QWidget *toolBarWidget() const { return m_toolBarWidget; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QAction *switchUserAction() const { return m_switchAction; }
    QAction *changePasswordAction() const { return m_changePasswordAction; }
    IdleLock *idleLock() const { return m_idle; }
    LockScreen *lockScreen() const { return m_lockScreen; }

    bool isLocked() const { return m_dialog != nullptr; }
    // The sign-in dialog while the window is locked.
    SignInDialog *signInDialog() const { return m_dialog; }
    // "Signed in as ani (Manager)"
    QString signedInText() const;

    // Covers the window and asks for a sign-in. switching: for another person, so the name starts
    // empty; otherwise it is the name of the person signed in.
    void lock(bool switching);
    void setIdleMinutes(int minutes);
    // Follows the actor of the context: labels, actions and the idle time.
    void update();
    void retranslate();

Q_SIGNALS:
    // Someone signed in after a lock: the same person or another one.
    void actorChanged();

private:
    void unlockFinished(int result);
    void changeOwnPassword();
    void hideOpenWindows();
    QString lockIntro(bool switching) const;

    AppContext &m_context;
    QMainWindow *m_window = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_whoAction = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QAction *m_switchAction = nullptr;
    QWidget *m_toolBarWidget = nullptr;
    QToolButton *m_userButton = nullptr;
    QToolButton *m_switchButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    IdleLock *m_idle = nullptr;
    LockScreen *m_lockScreen = nullptr;
    QPointer<SignInDialog> m_dialog;
    bool m_switching = false;
    // Windows the person who left had open, hidden while locked.
    QList<QPointer<QWidget>> m_hidden;
};

} // namespace Rpb
