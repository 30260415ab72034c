#pragma once

#include "domain/actor.h"
#include "domain/auditentry.h"
#include "domain/result.h"

#include <QDate>
#include <QList>

namespace Rpb {

class Database;
class Session;

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
        // Empty: every site the actor may read (a one-site account's own); another site than
        // its own is refused for a one-site account.
        std::optional<qint64> siteId;
    };

    AuditService(const Database &db, const Session &session);

    Result<QList<AuditEntry>> entries(const Filter &filter, int offset, int limit) const;
    Result<qint64> count(const Filter &filter) const;
    // The people named in the log of the site (empty: every site the actor may read).
    Result<QStringList> userNames(std::optional<qint64> siteId = {}) const;

private:
    Result<std::optional<qint64>> scope(std::optional<qint64> siteId) const;

    const Database &m_db;
    const Session &m_session;
};

} // namespace Rpb
