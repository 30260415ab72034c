#include "auditservice.h"

#include "domain/permissions.h"
#include "domain/uuid7.h"
#include "session.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Rpb {

namespace {
struct Where
{
    QString sql;
    QVariantList binds;
};

Where whereFor(const AuditService::Filter &filter, std::optional<qint64> site)
{
    QStringList parts;
    QVariantList binds;
    if (!filter.userName.isEmpty()) {
        parts << QStringLiteral("user_name = ?");
        binds << filter.userName;
    }
    if (!filter.recordText.isEmpty()) {
        parts << QStringLiteral("(summary LIKE ? OR entity LIKE ?)");
        const QString like = QLatin1Char('%') + filter.recordText + QLatin1Char('%');
        binds << like << like;
    }
    if (filter.from.isValid()) {
        parts << QStringLiteral("at_ms >= ?");
        binds << filter.from.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        parts << QStringLiteral("at_ms < ?");
        binds << filter.to.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    }
    // A site's log holds its entries and those of no site (accounts of all sites, settings).
    if (site) {
        parts << QStringLiteral("(site_id = ? OR site_id IS NULL)");
        binds << *site;
    }
    return {parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND ")),
            binds};
}
} // namespace

AuditService::AuditService(const Database &db, const Session &session)
    : m_db(db)
    , m_session(session)
{}

Result<std::optional<qint64>> AuditService::scope(std::optional<qint64> siteId) const
{
    return Permissions::narrowRead(m_session.actor(), siteId, Permissions::Action::ViewAudit);
}

Result<QList<AuditEntry>> AuditService::entries(const Filter &filter, int offset, int limit) const
{
    auto site = scope(filter.siteId);
    if (!site)
        return fail(site.error());
    const Where where = whereFor(filter, *site);
    QVariantList binds = where.binds;
    binds << limit << offset;
    auto q = m_db.exec(QStringLiteral("SELECT id, at_ms, site_id, user_id, user_name, action, "
                                      "entity, entity_uuid, summary, changes FROM audit_log")
                           + where.sql + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"),
                       binds);
    if (!q)
        return fail(q.error());
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
        if (!q->value(2).isNull())
            e.siteId = q->value(2).toLongLong();
        e.userId = q->value(3).toLongLong();
        e.userName = q->value(4).toString();
        e.action = q->value(5).toString();
        e.entity = q->value(6).toString();
        if (!q->value(7).isNull())
            e.entityUuid = Uuid7::fromBytes(q->value(7).toByteArray());
        e.summary = q->value(8).toString();
        e.changes = QJsonDocument::fromJson(q->value(9).toString().toUtf8()).object();
        out.append(e);
    }
    return out;
}

Result<qint64> AuditService::count(const Filter &filter) const
{
    auto site = scope(filter.siteId);
    if (!site)
        return fail(site.error());
    const Where where = whereFor(filter, *site);
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log") + where.sql, where.binds);
    if (!v)
        return fail(v.error());
    return v->toLongLong();
}

Result<QStringList> AuditService::userNames(std::optional<qint64> siteId) const
{
    auto site = scope(siteId);
    if (!site)
        return fail(site.error());
    const Where where = whereFor({}, *site);
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT user_name FROM audit_log") + where.sql
                           + QStringLiteral(" ORDER BY user_name"),
                       where.binds);
    if (!q)
        return fail(q.error());
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

} // namespace Rpb
