#pragma once

#include "domain/actor.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>
#include <QVariantMap>

namespace Rpb {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    std::optional<qint64> siteId;
    qint64 userId = 0;
    QString userName;
    QString action; // create, update, archive, restore, delete, ...
    QString entity; // table name
    QUuid entityUuid;
    QString summary;     // "ACH-M01 Nilam Jaya"
    QJsonObject changes; // {"field": [old, new]}
};

// Appends audit entries inside the caller's transaction, so that a change and its entry are
// committed together or not at all. The table refuses updates and deletes by trigger.
class AuditLog final
{
public:
    static Status append(const Database &db, const Actor &actor, const QString &action,
                         const QString &entity, const QUuid &entityUuid,
                         std::optional<qint64> siteId, const QString &summary,
                         const QJsonObject &changes);
    // {"field": [old, new]} for every field whose value differs; a new record has null olds.
    static QJsonObject diff(const QVariantMap &before, const QVariantMap &after);
};

} // namespace Rpb
