#include "passworddialog.h"

#include "services/accountservice.h"

#include <QApplication>
#include <QLineEdit>

namespace Rpb {

namespace {
QLineEdit *passwordEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

PasswordDialog::PasswordDialog(AccountService &accounts, Mode mode, const User &user,
                               QWidget *parent)
    : FormDialog(parent)
    , m_accounts(accounts)
    , m_mode(mode)
    , m_user(user)
{
    setObjectName(mode == Mode::ChangeOwn ? QStringLiteral("changePasswordDialog")
                                          : QStringLiteral("resetPasswordDialog"));
    if (mode == Mode::ChangeOwn) {
        setWindowTitle(tr("Change my password"));
        addIntro(tr("Choose a password of at least %n characters that others cannot guess.",
                    nullptr, AccountService::MinimumPasswordLength));
        m_current = passwordEdit(this);
        addRow(tr("C&urrent password:"), m_current, QStringLiteral("old_password"));
    } else {
        setWindowTitle(tr("Reset password of %1").arg(user.name));
        addIntro(tr("Give %1 a new password and tell it to them in person; they can change it "
                    "afterwards under User > Change my password.")
                     .arg(user.fullName.isEmpty() ? user.name : user.fullName));
    }
    m_password = passwordEdit(this);
    m_password->setPlaceholderText(
        tr("at least %n characters", nullptr, AccountService::MinimumPasswordLength));
    addRow(tr("&New password:"), m_password, QStringLiteral("password"));
    m_repeat = passwordEdit(this);
    addRow(tr("&Repeat new password:"), m_repeat, QStringLiteral("repeat"));

    finishForm(mode == Mode::ChangeOwn ? tr("&Change password") : tr("Re&set password"),
               tr("Cancel"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    (m_current ? m_current : m_password)->setFocus(Qt::OtherFocusReason);
}

QList<Error> PasswordDialog::submit()
{
    const QString password = m_password->text();
    if (auto e = AccountService::checkPassword(password, m_user.name))
        return {*e};
    if (password != m_repeat->text())
        return {Error::invalid(tr("The two passwords are not the same."), tr("Repeat new password"),
                               QStringLiteral("repeat"))};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status done = m_mode == Mode::ChangeOwn
        ? m_accounts.changeOwnPassword(m_current->text(), password)
        : m_accounts.resetPassword(m_user.meta.id, password);
    QApplication::restoreOverrideCursor();
    if (!done)
        return {done.error()};
    return {};
}

} // namespace Rpb
