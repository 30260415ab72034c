#include "userrepository.h"

#include "database.h"
#include "domain/uuid7.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
};

const QString selectUser = QStringLiteral(
    "SELECT id, uuid, created_ms, updated_ms, row_version, name, full_name, role, site_id, "
    "disabled FROM app_user WHERE deleted = 0");

Result<QList<User>> readUsers(const Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.exec(sql, binds);
    if (!q)
        return fail(q.error());
    QList<User> users;
    while (q->next()) {
        User u;
        u.meta.id = q->value(0).toLongLong();
        u.meta.uuid = Uuid7::fromBytes(q->value(1).toByteArray());
        u.meta.createdAt = QDateTime::fromMSecsSinceEpoch(q->value(2).toLongLong(), Qt::UTC);
        u.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(q->value(3).toLongLong(), Qt::UTC);
        u.meta.rowVersion = q->value(4).toLongLong();
        u.name = q->value(5).toString();
        u.fullName = q->value(6).toString();
        u.role = roleFromCode(q->value(7).toString()).value_or(Role::Viewer);
        if (!q->value(8).isNull())
            u.siteId = q->value(8).toLongLong();
        u.meta.siteId = u.siteId.value_or(0);
        u.disabled = q->value(9).toBool();
        users.append(u);
    }
    return users;
}

QVariant siteValue(const User &u)
{
    return u.siteId ? QVariant(*u.siteId) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

UserRepository::UserRepository(const Database &db)
    : m_db(db)
{}

Result<qint64> UserRepository::count() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM app_user WHERE deleted = 0"));
    if (!v)
        return fail(v.error());
    return v->toLongLong();
}

Result<QList<User>> UserRepository::list() const
{
    return readUsers(m_db, selectUser + QStringLiteral(" ORDER BY name"), {});
}

Result<std::optional<User>> UserRepository::byId(qint64 id) const
{
    auto users = readUsers(m_db, selectUser + QStringLiteral(" AND id = ?"), {id});
    if (!users)
        return fail(users.error());
    return users->isEmpty() ? std::optional<User>() : std::optional<User>(users->first());
}

Result<std::optional<User>> UserRepository::byName(const QString &name) const
{
    auto users = readUsers(m_db, selectUser + QStringLiteral(" AND name = ?"), {name});
    if (!users)
        return fail(users.error());
    return users->isEmpty() ? std::optional<User>() : std::optional<User>(users->first());
}

Result<UserRepository::Credentials> UserRepository::credentials(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT password_hash, failed_attempts, last_failed_ms FROM "
                                      "app_user WHERE id = ?"),
                       {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::notFound(Tr::tr("There is no such account."), QString::number(id)));
    return Credentials{q->value(0).toString(), q->value(1).toInt(), q->value(2).toLongLong()};
}

Status UserRepository::insert(User &user, const QString &passwordHash) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (user.meta.uuid.isNull())
        user.meta.uuid = Uuid7::generate(now);
    auto q = m_db.exec(QStringLiteral("INSERT INTO app_user (uuid, created_ms, updated_ms, name, "
                                      "full_name, role, site_id, password_hash, disabled) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {Uuid7::toBytes(user.meta.uuid), now, now, user.name, user.fullName,
                        roleCode(user.role), siteValue(user), passwordHash,
                        user.disabled ? 1 : 0});
    if (!q)
        return fail(q.error());
    user.meta.id = q->lastInsertId().toLongLong();
    user.meta.rowVersion = 1;
    user.meta.createdAt = user.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return {};
}

Status UserRepository::update(User &user) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto q = m_db.exec(QStringLiteral("UPDATE app_user SET updated_ms = ?, row_version = "
                                      "row_version + 1, name = ?, full_name = ?, role = ?, "
                                      "site_id = ?, disabled = ? WHERE id = ? AND row_version = ?"),
                       {now, user.name, user.fullName, roleCode(user.role), siteValue(user),
                        user.disabled ? 1 : 0, user.meta.id, user.meta.rowVersion});
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::conflict(Tr::tr("Someone else changed this account after you opened "
                                           "it. Reload it and try again."),
                                    user.name));
    ++user.meta.rowVersion;
    user.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return {};
}

Status UserRepository::setPasswordHash(qint64 id, const QString &passwordHash) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE app_user SET password_hash = ?, updated_ms = ?, "
                                      "row_version = row_version + 1 WHERE id = ?"),
                       {passwordHash, QDateTime::currentMSecsSinceEpoch(), id});
    if (!q)
        return fail(q.error());
    return {};
}

Status UserRepository::recordFailure(qint64 id, qint64 atMs) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE app_user SET failed_attempts = failed_attempts + 1, "
                                      "last_failed_ms = ? WHERE id = ?"),
                       {atMs, id});
    if (!q)
        return fail(q.error());
    return {};
}

Status UserRepository::clearFailures(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE app_user SET failed_attempts = 0, last_failed_ms = "
                                      "NULL WHERE id = ? AND failed_attempts <> 0"),
                       {id});
    if (!q)
        return fail(q.error());
    return {};
}

QVariantMap UserRepository::columns(const User &user)
{
    return {{QStringLiteral("name"), user.name},
            {QStringLiteral("full_name"), user.fullName},
            {QStringLiteral("role"), roleCode(user.role)},
            {QStringLiteral("site_id"), siteValue(user)},
            {QStringLiteral("disabled"), user.disabled ? 1 : 0}};
}

} // namespace Rpb
