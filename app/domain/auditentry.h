#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace Rpb {

// One line of the audit log: who changed which record, when, and from what to what.
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
    QString summary; // "ACH-M01 Nilam Jaya"
    QJsonObject changes; // {"field": [old, new]}
};

} // namespace Rpb
