#pragma once

#include "domain/actor.h"
#include "domain/result.h"
#include "storage/auditlog.h"

#include <QDate>
#include <QList>

namespace Rpb {

class Database;

// Reads the audit log a page at a time, newest first. Nothing in the application writes to it
// except the services, inside the transaction of the change they record.
class AuditService final
{
    Q_DISABLE_COPY_MOVE(AuditService)
public:
    struct Filter
    {
        QString userName;   // exact sign-in name; empty: everyone
        QString recordText; // part of the record's summary or entity ("ACH-M01", "member")
        QDate from;         // UTC dates, inclusive; invalid: open
        QDate to;
        std::optional<qint64> siteId;
    };

    explicit AuditService(const Database &db);
    void setActor(const Actor &actor) { m_actor = actor; }

    Result<QList<AuditEntry>> entries(const Filter &filter, int offset, int limit) const;
    Result<qint64> count(const Filter &filter) const;
    Result<QStringList> userNames() const;

private:
    const Database &m_db;
    Actor m_actor;
};

} // namespace Rpb
