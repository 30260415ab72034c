#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QList>

#include <optional>

namespace Rpb {

class Database;

// SQL for accounts. Accounts are local to a database: they never travel in sync packages.
class UserRepository final
{
public:
    struct Credentials
    {
        QString passwordHash;
        int failedAttempts = 0;
        qint64 lastFailedMs = 0;
    };

    explicit UserRepository(const Database &db);

    Result<qint64> count() const;
    Result<QList<User>> list() const;
    Result<std::optional<User>> byId(qint64 id) const;
    Result<std::optional<User>> byName(const QString &name) const;
    Result<Credentials> credentials(qint64 id) const;

    Status insert(User &user, const QString &passwordHash) const;
    Status update(User &user) const; // name, full name, role, site, disabled; checks row version
    Status setPasswordHash(qint64 id, const QString &passwordHash) const;
    Status recordFailure(qint64 id, qint64 atMs) const;
    Status clearFailures(qint64 id) const;

    static QVariantMap columns(const User &user);

private:
    const Database &m_db;
};

} // namespace Rpb
