#include "auditlog.h"

#include "database.h"
#include "domain/uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace Rpb {

Status AuditLog::append(const Database &db, const Actor &actor, const QString &action,
                        const QString &entity, const QUuid &entityUuid,
                        std::optional<qint64> siteId, const QString &summary,
                        const QJsonObject &changes)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto r = db.exec(QStringLiteral("INSERT INTO audit_log (uuid, at_ms, site_id, user_id, "
                                    "user_name, action, entity, entity_uuid, summary, changes) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {Uuid7::toBytes(Uuid7::generate(now)), now,
                      siteId ? QVariant(*siteId) : QVariant(QMetaType(QMetaType::LongLong)),
                      actor.userId > 0 ? QVariant(actor.userId)
                                       : QVariant(QMetaType(QMetaType::LongLong)),
                      actor.name, action, entity,
                      entityUuid.isNull() ? QVariant(QMetaType(QMetaType::QByteArray))
                                          : QVariant(Uuid7::toBytes(entityUuid)),
                      summary,
                      QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))});
    if (!r)
        return fail(r.error());
    return {};
}

QJsonObject AuditLog::diff(const QVariantMap &before, const QVariantMap &after)
{
    QJsonObject changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant old = before.value(it.key());
        if (before.contains(it.key()) && old == it.value())
            continue;
        changes.insert(it.key(), QJsonArray{QJsonValue::fromVariant(old),
                                            QJsonValue::fromVariant(it.value())});
    }
    return changes;
}

Result<std::optional<AuditLog::LastChange>> AuditLog::lastChange(const Database &db,
                                                                 const QUuid &entityUuid)
{
    auto q = db.exec(QStringLiteral("SELECT a.user_name, a.at_ms, s.time_zone FROM audit_log a "
                                    "LEFT JOIN site s ON s.id = a.site_id "
                                    "WHERE a.entity_uuid = ? ORDER BY a.id DESC LIMIT 1"),
                     {Uuid7::toBytes(entityUuid)});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<LastChange>();
    return std::optional<LastChange>(
        LastChange {q->value(0).toString(),
                    QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), QTimeZone::utc()),
                    q->value(2).toString()});
}

} // namespace Rpb
