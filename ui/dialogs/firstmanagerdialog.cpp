#include "firstmanagerdialog.h"

#include "services/accountservice.h"
#include "services/appinfo.h"
#include "signindialog.h"
#include "widgets/signinnameedit.h"

#include <QApplication>
#include <QLineEdit>

namespace Rpb {

FirstManagerDialog::FirstManagerDialog(AccountService &accounts, QWidget *parent)
    : FormDialog(parent)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("firstManagerDialog"));
    setWindowTitle(tr("First manager account"));
    addIntro(tr("<b>Welcome to %1.</b><br>This database has no accounts yet. Create the first "
                "manager account: a manager may change everything at every site, including the "
                "master data and the accounts of the operators and viewers, who sign in with "
                "accounts the manager makes for them.")
                 .arg(AppInfo::applicationName().toHtmlEscaped()));

    m_name = new SignInNameEdit(this);
    m_name->setPlaceholderText(tr("e.g. siti.ach"));
    addRow(tr("&Sign-in name:"), m_name, QStringLiteral("name"));

    m_fullName = new QLineEdit(this);
    m_fullName->setMaxLength(120);
    m_fullName->setPlaceholderText(tr("as printed under a signature"));
    addRow(tr("&Full name:"), m_fullName, QStringLiteral("full_name"));

    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        tr("at least %n characters", nullptr, AccountService::MinimumPasswordLength));
    addRow(tr("&Password:"), m_password, QStringLiteral("password"));

    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    addRow(tr("&Repeat password:"), m_repeat, QStringLiteral("repeat"));

    finishForm(tr("&Create account"), tr("&Quit"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

QList<Error> FirstManagerDialog::submit()
{
    const QString name = m_name->text().trimmed();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = m_accounts.createFirstManager(name, m_fullName->text(), m_password->text(),
                                                 m_repeat->text());
    Result<Actor> signedIn = created ? m_accounts.signIn(name, m_password->text())
                                     : Result<Actor>(fail(created.error()));
    QApplication::restoreOverrideCursor();
    if (!signedIn)
        return {signedIn.error()};
    m_actor = *signedIn;
    SignInDialog::rememberUserName(m_actor.name);
    return {};
}

} // namespace Rpb
