#pragma once

#include "domain/actor.h"
#include "domain/auditentry.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>
#include <QVariantMap>

namespace Rpb {

class Database;

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

    // Who last changed a record and when, with the time zone of its site (empty when the
    // record has no site): the newest entry naming its UUID, if any.
    struct LastChange
    {
        QString userName;
        QDateTime at; // UTC
        QString timeZone;
    };
    static Result<std::optional<LastChange>> lastChange(const Database &db,
                                                        const QUuid &entityUuid);
};

} // namespace Rpb
