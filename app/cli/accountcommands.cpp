#include "accountcommands.h"

#include "argumentparser.h"
#include "console.h"
#include "domain/permissions.h"
#include "domain/uuid7.h"
#include "recordlookup.h"
#include "services/appcontext.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)
};

const char *const newPasswordVariable = "RPB_NEW_PASSWORD";

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}
} // namespace

AccountCommands::AccountCommands(AppContext &context, Console &console,
                                 const QString &signInPassword)
    : m_context(context)
    , m_console(console)
    , m_signInPassword(signInPassword)
{}

int AccountCommands::run(const Invocation &invocation)
{
    const QString name = invocation.arguments.value(0).trimmed();
    switch (invocation.command->id) {
    case CommandId::UserAdd:
        return add(invocation);
    case CommandId::UserList:
        return list();
    case CommandId::UserPasswd:
        return passwd(name);
    case CommandId::UserDisable:
        return setDisabled(name, true);
    case CommandId::UserEnable:
        return setDisabled(name, false);
    default:
        break;
    }
    return m_console.fail(
        Error::usage(Tr::tr("This is not an account command."), invocation.command->name()));
}

Result<QString> AccountCommands::newPassword(const QString &forName)
{
    if (qEnvironmentVariableIsSet(newPasswordVariable)) {
        const QString password = qEnvironmentVariable(newPasswordVariable);
        if (auto e = AccountService::checkPassword(password, forName)) {
            e->where = QString::fromLatin1(newPasswordVariable);
            return fail(*e);
        }
        return password;
    }
    if (!Console::canAsk())
        return fail(Error::usage(Tr::tr("Give the new password in %1, or run the command at a "
                                        "terminal to type it.")
                                     .arg(QString::fromLatin1(newPasswordVariable)),
                                 QString::fromLatin1(newPasswordVariable)));
    const auto typed = m_console.askPassword(Tr::tr("New password for %1: ").arg(forName));
    if (!typed)
        return fail(Error::usage(Tr::tr("No password was typed.")));
    // Said before the repetition, so that nobody types a refused password twice.
    if (auto e = AccountService::checkPassword(*typed, forName))
        return fail(*e);
    const auto repeated = m_console.askPassword(Tr::tr("Repeat the new password: "));
    if (!repeated || *repeated != *typed)
        return fail(Error::invalid(Tr::tr("The two passwords are not the same."),
                                   Tr::tr("Repeat password"), QStringLiteral("repeat")));
    return *typed;
}

Result<QHash<qint64, QString>> AccountCommands::siteCodes() const
{
    auto sites = m_context.masterData().sites(true);
    if (!sites)
        return fail(sites.error());
    QHash<qint64, QString> codes;
    for (const Site &site : std::as_const(*sites))
        codes.insert(site.meta.id, site.code);
    return codes;
}

QJsonObject AccountCommands::toJson(const User &user,
                                    const QHash<qint64, QString> &siteCodes) const
{
    // Never the password hash: it does not even leave the account service.
    return QJsonObject{
        {QStringLiteral("id"), Uuid7::toText(user.meta.uuid)},
        {QStringLiteral("name"), user.name},
        {QStringLiteral("full_name"), user.fullName},
        {QStringLiteral("role"), roleCode(user.role)},
        {QStringLiteral("site"),
         user.siteId ? QJsonValue(siteCodes.value(*user.siteId)) : QJsonValue()},
        {QStringLiteral("disabled"), user.disabled},
    };
}

int AccountCommands::printUser(const User &user, const QString &what)
{
    auto codes = siteCodes();
    if (!codes)
        return m_console.fail(codes.error());
    if (m_console.json()) {
        m_console.printJson(QJsonDocument(toJson(user, *codes)));
        return 0;
    }
    m_console.printLine(what.arg(user.name, Permissions::roleDisplayName(user.role).toLower(),
                                 user.siteId ? codes->value(*user.siteId) : Tr::tr("all sites")));
    return 0;
}

int AccountCommands::add(const Invocation &invocation)
{
    const QString name = invocation.value(QStringLiteral("name")).trimmed();
    const QString roleText = invocation.value(QStringLiteral("role")).trimmed();
    const std::optional<Role> role = roleFromCode(roleText.toLower());
    if (!role || *role == Role::Administrator)
        return m_console.fail(
            Error::usage(Tr::tr("The option --role takes manager, operator or viewer, not \"%1\".")
                             .arg(roleText),
                         QStringLiteral("--role")),
            Console::helpHint());
    if (auto e = AccountService::checkName(name)) {
        e->where = QStringLiteral("--name ") + name;
        return m_console.fail(*e);
    }
    std::optional<qint64> siteId;
    if (invocation.has(QStringLiteral("site"))) {
        auto site = RecordLookup(m_context.masterData())
                        .site(invocation.value(QStringLiteral("site")));
        if (!site)
            return m_console.fail(site.error());
        siteId = site->meta.id;
    }
    const QString fullName = invocation.value(QStringLiteral("full-name"));

    AccountService &accounts = m_context.accounts();
    auto hasAccounts = accounts.hasAccounts();
    if (!hasAccounts)
        return m_console.fail(hasAccounts.error());
    if (!*hasAccounts) {
        // As the window's first start: the first account can manage every other one.
        if (*role != Role::Manager || siteId)
            return m_console.fail(Error::invalid(Tr::tr("The first account must be a manager of "
                                                        "all sites, so that someone can manage "
                                                        "the others: give --role manager and no "
                                                        "--site."),
                                                 QStringLiteral("--role ") + roleText));
        auto password = newPassword(name);
        if (!password)
            return m_console.fail(password.error());
        auto made = accounts.createFirstManager(name, fullName, *password, *password);
        if (!made)
            return m_console.fail(made.error());
        return printUser(*made, Tr::tr("Account %1 added: the first %2, for %3. From now on, "
                                       "commands sign in with --user or RPB_USER."));
    }

    // Asked before the password is typed, and asked again by the service when it writes.
    if (auto allowed = Permissions::check(m_context.actor(), Permissions::Action::ManageAccounts,
                                          siteId);
        !allowed)
        return m_console.fail(allowed.error());
    auto password = newPassword(name);
    if (!password)
        return m_console.fail(password.error());
    User user;
    user.name = name;
    user.fullName = fullName;
    user.role = *role;
    user.siteId = siteId;
    auto made = accounts.addUser(user, *password);
    if (!made)
        return m_console.fail(made.error());
    return printUser(*made, Tr::tr("Account %1 added: %2, for %3."));
}

int AccountCommands::list()
{
    auto users = m_context.accounts().users();
    if (!users)
        return m_console.fail(users.error());
    auto codes = siteCodes();
    if (!codes)
        return m_console.fail(codes.error());
    if (m_console.json()) {
        QJsonArray array;
        for (const User &user : std::as_const(*users))
            array.append(toJson(user, *codes));
        m_console.printJson(QJsonDocument(array));
        return 0;
    }
    TextTable table;
    table.addColumn(Tr::tr("Name"));
    table.addColumn(Tr::tr("Full name"));
    table.addColumn(Tr::tr("Role"));
    table.addColumn(Tr::tr("Site"));
    table.addColumn(Tr::tr("Disabled"));
    for (const User &user : std::as_const(*users))
        table.addRow({user.name, user.fullName, Permissions::roleDisplayName(user.role),
                      user.siteId ? codes->value(*user.siteId) : Tr::tr("all"),
                      yesNo(user.disabled)});
    m_console.printTable(table, Tr::tr("No accounts yet: commands act as the setup "
                                       "administrator."));
    return 0;
}

int AccountCommands::passwd(const QString &name)
{
    AccountService &accounts = m_context.accounts();
    auto target = accounts.userByName(name);
    if (!target)
        return m_console.fail(target.error());
    const Actor &actor = m_context.actor();
    if (actor.userId > 0 && actor.userId == target->meta.id) {
        auto password = newPassword(target->name);
        if (!password)
            return m_console.fail(password.error());
        if (auto s = accounts.changeOwnPassword(m_signInPassword, *password); !s)
            return m_console.fail(s.error());
    } else {
        if (auto allowed = Permissions::check(actor, Permissions::Action::ManageAccounts,
                                              target->siteId);
            !allowed)
            return m_console.fail(allowed.error());
        auto password = newPassword(target->name);
        if (!password)
            return m_console.fail(password.error());
        if (auto s = accounts.resetPassword(target->meta.id, *password); !s)
            return m_console.fail(s.error());
    }
    if (m_console.json()) {
        auto codes = siteCodes();
        if (!codes)
            return m_console.fail(codes.error());
        QJsonObject object = toJson(*target, *codes);
        object.insert(QStringLiteral("password_changed"), true);
        m_console.printJson(QJsonDocument(object));
    } else {
        m_console.printLine(Tr::tr("The password of %1 is changed.").arg(target->name));
    }
    return 0;
}

int AccountCommands::setDisabled(const QString &name, bool disabled)
{
    AccountService &accounts = m_context.accounts();
    auto target = accounts.userByName(name);
    if (!target)
        return m_console.fail(target.error());
    auto changed = accounts.setDisabled(target->meta.id, disabled, target->meta.rowVersion);
    if (!changed)
        return m_console.fail(changed.error());
    return printUser(*changed, disabled ? Tr::tr("Account %1 (%2, %3) is disabled.")
                                        : Tr::tr("Account %1 (%2, %3) is enabled."));
}

} // namespace Rpb
