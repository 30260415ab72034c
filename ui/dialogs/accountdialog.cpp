#include "accountdialog.h"

#include "displayformat.h"
#include "domain/permissions.h"
#include "services/accountservice.h"
#include "services/masterdataservice.h"
#include "widgets/signinnameedit.h"

#include <QComboBox>
#include <QLineEdit>

namespace Rpb {

namespace {
constexpr qint64 allSites = 0;
} // namespace

AccountDialog::AccountDialog(AccountService &accounts, MasterDataService &masterData,
                             const User &user, QWidget *parent)
    : FormDialog(parent)
    , m_accounts(accounts)
    , m_user(user)
{
    const bool isNew = user.meta.isNew();
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(isNew ? tr("New account") : tr("Account %1").arg(user.name));

    m_name = new SignInNameEdit(this);
    m_name->setText(user.name);
    m_name->setPlaceholderText(tr("e.g. siti.ach"));
    m_name->setReadOnly(!isNew);
    if (!isNew)
        m_name->setToolTip(tr("A sign-in name stays as it is: the audit log names people by it."));
    addRow(tr("&Sign-in name:"), m_name, QStringLiteral("name"));

    m_fullName = new QLineEdit(user.fullName, this);
    m_fullName->setMaxLength(120);
    addRow(tr("&Full name:"), m_fullName, QStringLiteral("full_name"));

    m_role = new QComboBox(this);
    for (Role role : {Role::Manager, Role::Operator, Role::Viewer})
        m_role->addItem(Permissions::roleDisplayName(role), int(role));
    m_role->setCurrentIndex(qMax(0, m_role->findData(int(user.role))));
    m_role->setToolTip(tr("Manager: everything at the site, accounts included. Operator: "
                          "bookings, check-in and out, batches. Viewer: reads and prints only."));
    addRow(tr("&Role:"), m_role, QStringLiteral("role"));

    m_site = new QComboBox(this);
    // Only the sites whose accounts the person may manage: every site only for a manager of all.
    if (accounts.mayManageAccounts(std::nullopt))
        m_site->addItem(tr("All sites"), allSites);
    if (auto sites = masterData.sites(false)) {
        for (const Site &site : *sites)
            if (accounts.mayManageAccounts(site.meta.id))
                m_site->addItem(DisplayFormat::site(site.code, site.name), site.meta.id);
    }
    if (user.siteId && m_site->findData(*user.siteId) < 0)
        m_site->addItem(tr("Site no. %1").arg(*user.siteId), *user.siteId);
    m_site->setCurrentIndex(qMax(0, m_site->findData(user.siteId.value_or(allSites))));
    addRow(tr("S&ite:"), m_site, QStringLiteral("site"));

    if (isNew) {
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(
            tr("at least %n characters", nullptr, AccountService::MinimumPasswordLength));
        addRow(tr("&Password:"), m_password, QStringLiteral("password"));
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        addRow(tr("R&epeat password:"), m_repeat, QStringLiteral("repeat"));
    }

    finishForm(tr("&Save"), tr("Cancel"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    (isNew ? m_name : m_fullName)->setFocus(Qt::OtherFocusReason);
}

QList<Error> AccountDialog::submit()
{
    User user = m_user;
    user.name = m_name->text().trimmed();
    user.fullName = m_fullName->text();
    user.role = Role(m_role->currentData().toInt());
    const qint64 site = m_site->currentData().toLongLong();
    user.siteId = site == allSites ? std::nullopt : std::optional<qint64>(site);

    Result<User> saved;
    if (user.meta.isNew()) {
        if (auto e = AccountService::checkName(user.name))
            return {*e};
        if (auto e = AccountService::checkPassword(m_password->text(), user.name))
            return {*e};
        if (m_password->text() != m_repeat->text())
            return {Error::invalid(tr("The two passwords are not the same."), tr("Repeat password"),
                                   QStringLiteral("repeat"))};
        saved = m_accounts.addUser(user, m_password->text());
    } else {
        saved = m_accounts.updateUser(user);
    }
    if (!saved)
        return {saved.error()};
    m_user = *saved;
    return {};
}

} // namespace Rpb
