#pragma once

#include "domain/actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Rpb {

class AccountService;

// Asks for a sign-in name and password and signs the person in through the account service. At
// the start, Escape leaves like Quit; when it unlocks a locked window there is nothing to go back
// to, so only signing in or quitting closes it.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)
public:
    enum class Mode { Start, Unlock };
    // The result when the person chose Quit.
    static constexpr int QuitResult = 2;

    SignInDialog(AccountService &accounts, Mode mode, QWidget *parent = nullptr);

    // Fills in the name and puts the focus in the password; empty: the name last used here.
    void setUserName(const QString &name);
    void setIntro(const QString &text);

    // The signed-in person after the dialog was accepted.
    const Actor &actor() const { return m_actor; }
    bool quitChosen() const { return result() == QuitResult; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *quitButton() const { return m_quit; }

    // The name remembered on this computer for the next sign-in; never a password.
    static QString lastUserName();
    static void rememberUserName(const QString &name);

    void accept() override;
    void reject() override;

private:
    void showMessage(const QString &text);

    AccountService &m_accounts;
    Mode m_mode;
    Actor m_actor;
    QLabel *m_intro = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace Rpb
