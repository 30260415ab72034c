#pragma once

#include "domain/actor.h"
#include "domain/result.h"
#include "domain/user.h"

#include <QObject>

namespace Rpb {

class ChangeHub;
class Database;
class Session;

// Accounts, sign-in and the idle lock. Managers add, disable and reset accounts (of their own
// site, unless they manage all sites); everyone changes their own password. Five wrong passwords
// in a row make the next try wait, longer with each further miss.
class AccountService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountService)
public:
    static constexpr int FreeAttempts = 5;
    static constexpr int MinimumPasswordLength = 8;

    AccountService(Database &db, const Session &session, ChangeHub &hub, QObject *parent = nullptr);

    const Actor &actor() const;

    Result<bool> hasAccounts() const;
    // The accounts the actor may read: a one-site account those of its site (and its own).
    Result<QList<User>> users() const;
    Result<User> user(qint64 id) const;
    Result<User> userByName(const QString &name) const;

    // Only while no account exists: the first manager, for all sites.
    Result<User> createFirstManager(const QString &name, const QString &fullName,
                                    const QString &password, const QString &repeated);
    Result<User> addUser(User user, const QString &password);
    // Full name, role, site, disabled; user.meta.rowVersion is the version that was read.
    Result<User> updateUser(User user);
    Result<User> setDisabled(qint64 userId, bool disabled, qint64 expectedVersion);
    Status resetPassword(qint64 userId, const QString &newPassword);
    Status changeOwnPassword(const QString &oldPassword, const QString &newPassword);

    // The actor the services act as after a successful sign-in.
    Result<Actor> signIn(const QString &name, const QString &password);
    // Seconds the next try must wait after this many wrong passwords in a row (0: none).
    static int lockoutSeconds(int failedAttempts);

    // Minutes without input before the window locks (0: never). Managers set it.
    int idleLockMinutes() const;
    Status setIdleLockMinutes(int minutes);

    static std::optional<Error> checkName(const QString &name);
    static std::optional<Error> checkPassword(const QString &password, const QString &name);

    // Whether the actor may make or change accounts of the site (empty: accounts of every site,
    // which only a manager of all sites makes). The account dialog offers only these.
    Status mayManageAccounts(std::optional<qint64> siteId) const;

private:
    Status checkReadable(const User &user) const;
    void publish(const User &user);
    Result<User> writeUpdate(User updated, const QString &action);

    Database &m_db;
    const Session &m_session;
    ChangeHub &m_hub;
};

} // namespace Rpb
