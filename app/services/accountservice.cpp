#include "accountservice.h"

#include "changehub.h"
#include "domain/permissions.h"
#include "editconflict.h"
#include "passwordhasher.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)
};

const QString idleLockKey = QStringLiteral("idle_lock_minutes");
constexpr int defaultIdleLockMinutes = 15;

Actor actorFor(const User &user)
{
    Actor actor;
    actor.userId = user.meta.id;
    actor.name = user.name;
    actor.role = user.role;
    actor.siteId = user.siteId;
    return actor;
}

QJsonObject passwordChanged()
{
    // The audit log says that a password changed, never what it is or its hash.
    return QJsonObject{{QStringLiteral("password"),
                        QJsonArray{QJsonValue(), QStringLiteral("changed")}}};
}
} // namespace

AccountService::AccountService(Database &db, const Session &session, ChangeHub &hub,
                               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_session(session)
    , m_hub(hub)
{
    PasswordHasher::initialize();
}

const Actor &AccountService::actor() const
{
    return m_session.actor();
}

Status AccountService::checkReadable(const User &user) const
{
    // Everyone reads their own account; other accounts are records of their site.
    if (user.meta.id == actor().userId && actor().userId > 0)
        return {};
    return Permissions::checkRead(actor(), user.siteId);
}

void AccountService::publish(const User &user)
{
    m_hub.publish({EntityKind::User, user.siteId.value_or(0), {user.meta.id}});
}

std::optional<Error> AccountService::checkName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!pattern.match(name).hasMatch())
        return Error::invalid(Tr::tr("A sign-in name has 2 to 32 small letters, digits, '.', '_' "
                                     "or '-', for example \"siti.ach\"."),
                              Tr::tr("Name"), QStringLiteral("name"));
    return std::nullopt;
}

std::optional<Error> AccountService::checkPassword(const QString &password, const QString &name)
{
    if (password.size() < MinimumPasswordLength)
        return Error::invalid(Tr::tr("A password needs at least %n characters.", nullptr,
                                     MinimumPasswordLength),
                              Tr::tr("Password"), QStringLiteral("password"));
    if (password.compare(name, Qt::CaseInsensitive) == 0)
        return Error::invalid(Tr::tr("The password must not be the sign-in name."),
                              Tr::tr("Password"), QStringLiteral("password"));
    if (password.size() > 1024)
        return Error::invalid(Tr::tr("The password is too long."), Tr::tr("Password"),
                              QStringLiteral("password"));
    return std::nullopt;
}

Result<bool> AccountService::hasAccounts() const
{
    auto n = UserRepository(m_db).count();
    if (!n)
        return fail(n.error());
    return *n > 0;
}

Result<QList<User>> AccountService::users() const
{
    auto site = Permissions::narrowRead(actor(), std::nullopt);
    if (!site)
        return fail(site.error());
    auto all = UserRepository(m_db).list();
    if (!all || !*site)
        return all;
    QList<User> readable;
    for (const User &u : std::as_const(*all))
        if (checkReadable(u))
            readable << u;
    return readable;
}

Result<User> AccountService::user(qint64 id) const
{
    auto u = UserRepository(m_db).byId(id);
    if (!u)
        return fail(u.error());
    if (!*u)
        return fail(Error::notFound(Tr::tr("There is no such account."), QString::number(id)));
    if (auto s = checkReadable(**u); !s)
        return fail(s.error());
    return **u;
}

Result<User> AccountService::userByName(const QString &name) const
{
    auto u = UserRepository(m_db).byName(name);
    if (!u)
        return fail(u.error());
    if (!*u)
        return fail(Error::notFound(Tr::tr("There is no account named \"%1\".").arg(name), name));
    if (auto s = checkReadable(**u); !s)
        return fail(s.error());
    return **u;
}

Status AccountService::mayManageAccounts(std::optional<qint64> siteId) const
{
    if (auto s = Permissions::check(actor(), Permissions::Action::ManageAccounts, siteId); !s)
        return s;
    // A manager of one site cannot make accounts that reach every site.
    if (actor().role == Role::Manager && actor().siteId && !siteId)
        return fail(Error::forbidden(
            Tr::tr("Only a manager of all sites may manage accounts for all sites.")));
    return {};
}

Result<User> AccountService::createFirstManager(const QString &name, const QString &fullName,
                                                const QString &password, const QString &repeated)
{
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    if (auto e = checkName(name))
        return fail(*e);
    if (auto e = checkPassword(password, name))
        return fail(*e);
    if (password != repeated)
        return fail(Error::invalid(Tr::tr("The two passwords are not the same."),
                                   Tr::tr("Repeat password"), QStringLiteral("repeat")));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return fail(Error::storage(Tr::tr("Not enough memory to protect the password.")));

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    auto n = UserRepository(m_db).count();
    if (!n)
        return fail(n.error());
    if (*n > 0)
        return fail(Error::forbidden(Tr::tr("The first manager account exists already; sign in "
                                            "with it.")));
    User user;
    user.name = name;
    user.fullName = fullName.trimmed();
    user.role = Role::Manager;
    if (auto s = UserRepository(m_db).insert(user, hash); !s)
        return fail(s.error());
    QJsonObject changes = AuditLog::diff({}, UserRepository::columns(user));
    if (auto s = AuditLog::append(m_db, Actor::setupAdministrator(), QStringLiteral("create"),
                                  QStringLiteral("app_user"), user.meta.uuid, std::nullopt,
                                  user.name, changes);
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s)
        return fail(s.error());
    publish(user);
    return user;
}

Result<User> AccountService::addUser(User user, const QString &password)
{
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    user.name = user.name.trimmed();
    user.fullName = user.fullName.trimmed();
    if (auto e = checkName(user.name))
        return fail(*e);
    if (auto e = checkPassword(password, user.name))
        return fail(*e);
    if (user.role == Role::Administrator)
        return fail(Error::invalid(Tr::tr("Choose manager, operator or viewer."), Tr::tr("Role"),
                                   QStringLiteral("role")));
    if (auto s = mayManageAccounts(user.siteId); !s)
        return fail(s.error());
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return fail(Error::storage(Tr::tr("Not enough memory to protect the password.")));

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    const UserRepository repository(m_db);
    auto existing = repository.byName(user.name);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(Error::invalid(Tr::tr("The sign-in name \"%1\" is taken.").arg(user.name),
                                   Tr::tr("Name"), QStringLiteral("name")));
    if (auto s = repository.insert(user, hash); !s)
        return fail(s.error());
    if (auto s = AuditLog::append(m_db, actor(), QStringLiteral("create"),
                                  QStringLiteral("app_user"), user.meta.uuid, user.siteId,
                                  user.name, AuditLog::diff({}, UserRepository::columns(user)));
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s)
        return fail(s.error());
    publish(user);
    return user;
}

Result<User> AccountService::writeUpdate(User updated, const QString &action)
{
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    const UserRepository repository(m_db);
    auto old = repository.byId(updated.meta.id);
    if (!old)
        return fail(old.error());
    if (!*old)
        return fail(Error::notFound(Tr::tr("There is no such account."), updated.name));
    // Both the account as it was and as it becomes must be within the actor's reach.
    if (auto s = mayManageAccounts((*old)->siteId); !s)
        return fail(s.error());
    if (auto s = mayManageAccounts(updated.siteId); !s)
        return fail(s.error());
    if (auto s = EditConflict::check(m_db, (*old)->meta, updated.meta.rowVersion, updated.name); !s)
        return fail(s.error());
    if ((*old)->meta.id == actor().userId && (updated.disabled || updated.role != Role::Manager))
        return fail(Error::invalid(Tr::tr("You cannot disable your own account or take away your "
                                          "own manager role."),
                                   updated.name));
    updated.name = (*old)->name; // sign-in names do not change: the audit log refers to them
    const QVariantMap before = UserRepository::columns(**old);
    if (auto s = repository.update(updated); !s)
        return fail(s.error());
    if (auto s = AuditLog::append(m_db, actor(), action, QStringLiteral("app_user"),
                                  updated.meta.uuid, updated.siteId, updated.name,
                                  AuditLog::diff(before, UserRepository::columns(updated)));
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s)
        return fail(s.error());
    publish(updated);
    return updated;
}

Result<User> AccountService::updateUser(User user)
{
    user.fullName = user.fullName.trimmed();
    if (user.role == Role::Administrator)
        return fail(Error::invalid(Tr::tr("Choose manager, operator or viewer."), Tr::tr("Role"),
                                   QStringLiteral("role")));
    return writeUpdate(user, QStringLiteral("update"));
}

Result<User> AccountService::setDisabled(qint64 userId, bool disabled, qint64 expectedVersion)
{
    auto u = user(userId);
    if (!u)
        return fail(u.error());
    User updated = *u;
    updated.disabled = disabled;
    updated.meta.rowVersion = expectedVersion;
    return writeUpdate(updated, disabled ? QStringLiteral("disable") : QStringLiteral("enable"));
}

Status AccountService::resetPassword(qint64 userId, const QString &newPassword)
{
    if (auto s = m_db.ensureWritable(); !s)
        return s;
    auto u = user(userId);
    if (!u)
        return fail(u.error());
    if (auto s = mayManageAccounts(u->siteId); !s)
        return s;
    if (auto e = checkPassword(newPassword, u->name))
        return fail(*e);
    const QString hash = PasswordHasher::hash(newPassword);
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const UserRepository repository(m_db);
    if (auto s = repository.setPasswordHash(userId, hash); !s)
        return s;
    if (auto s = repository.clearFailures(userId); !s)
        return s;
    if (auto s = AuditLog::append(m_db, actor(), QStringLiteral("reset_password"),
                                  QStringLiteral("app_user"), u->meta.uuid, u->siteId, u->name,
                                  passwordChanged());
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    publish(*u);
    return {};
}

Status AccountService::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    if (auto s = m_db.ensureWritable(); !s)
        return s;
    if (actor().userId <= 0)
        return fail(Error::forbidden(Tr::tr("Sign in first to change your password.")));
    auto u = user(actor().userId);
    if (!u)
        return fail(u.error());
    const UserRepository repository(m_db);
    auto credentials = repository.credentials(u->meta.id);
    if (!credentials)
        return fail(credentials.error());
    if (!PasswordHasher::verify(credentials->passwordHash, oldPassword))
        return fail(Error::invalid(Tr::tr("The current password is wrong."),
                                   Tr::tr("Current password"), QStringLiteral("old_password")));
    if (auto e = checkPassword(newPassword, u->name))
        return fail(*e);
    const QString hash = PasswordHasher::hash(newPassword);
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = repository.setPasswordHash(u->meta.id, hash); !s)
        return s;
    if (auto s = AuditLog::append(m_db, actor(), QStringLiteral("change_password"),
                                  QStringLiteral("app_user"), u->meta.uuid, u->siteId, u->name,
                                  passwordChanged());
        !s)
        return s;
    return tx.commit();
}

int AccountService::lockoutSeconds(int failedAttempts)
{
    if (failedAttempts < FreeAttempts)
        return 0;
    // 30 s after the fifth miss, doubling with each further one, at most 15 minutes.
    const int doublings = qMin(failedAttempts - FreeAttempts, 5);
    return qMin(30 << doublings, 15 * 60);
}

Result<Actor> AccountService::signIn(const QString &name, const QString &password)
{
    const Error wrong = Error::forbidden(Tr::tr("Wrong name or password."), name);
    const UserRepository repository(m_db);
    auto found = repository.byName(name.trimmed());
    if (!found)
        return fail(found.error());
    if (!*found) {
        // Spend the same time as a real check so that names cannot be guessed by timing.
        PasswordHasher::verify(QString(), password);
        return fail(wrong);
    }
    const User user = **found;
    auto credentials = repository.credentials(user.meta.id);
    if (!credentials)
        return fail(credentials.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int wait = lockoutSeconds(credentials->failedAttempts);
    if (wait > 0) {
        const qint64 remainingMs = credentials->lastFailedMs + qint64(wait) * 1000 - now;
        if (remainingMs > 0)
            return fail(Error::forbidden(
                Tr::tr("Too many wrong passwords in a row. Try again in %n second(s).", nullptr,
                       int((remainingMs + 999) / 1000)),
                name));
    }
    if (!PasswordHasher::verify(credentials->passwordHash, password)) {
        if (!m_db.isReadOnly())
            (void)repository.recordFailure(user.meta.id, now);
        return fail(wrong);
    }
    if (user.disabled)
        return fail(Error::forbidden(
            Tr::tr("The account \"%1\" is disabled; ask a manager.").arg(user.name), name));
    if (!m_db.isReadOnly()) {
        (void)repository.clearFailures(user.meta.id);
        if (PasswordHasher::needsRehash(credentials->passwordHash))
            (void)repository.setPasswordHash(user.meta.id, PasswordHasher::hash(password));
    }
    return actorFor(user);
}

int AccountService::idleLockMinutes() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {idleLockKey});
    if (!v || v->isNull())
        return defaultIdleLockMinutes;
    bool ok = false;
    const int minutes = v->toString().toInt(&ok);
    return ok ? minutes : defaultIdleLockMinutes;
}

Status AccountService::setIdleLockMinutes(int minutes)
{
    if (auto s = m_db.ensureWritable(); !s)
        return s;
    if (minutes < 0 || minutes > 24 * 60)
        return fail(Error::invalid(Tr::tr("The idle lock must be between 0 (never) and 1440 "
                                          "minutes."),
                                   Tr::tr("Lock after"), QStringLiteral("idle_lock_minutes")));
    if (auto s = Permissions::check(actor(), Permissions::Action::ManageAccounts); !s)
        return s;
    const int before = idleLockMinutes();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM setting WHERE key = ?"), {idleLockKey}); !r)
        return fail(r.error());
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"),
                           {idleLockKey, QString::number(minutes)});
        !r)
        return fail(r.error());
    if (auto s = AuditLog::append(m_db, actor(), QStringLiteral("update"),
                                  QStringLiteral("setting"), QUuid(), std::nullopt, idleLockKey,
                                  QJsonObject {{idleLockKey, QJsonArray {before, minutes}}});
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    m_hub.publish({EntityKind::Setting, 0, {}});
    return {};
}

} // namespace Rpb
