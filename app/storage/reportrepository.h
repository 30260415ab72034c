#pragma once

#include "domain/result.h"

#include <QDateTime>

namespace Rpb {

class Database;

// The SQL the monthly summary needs beyond the waste and booking sums: members served and the
// data version a printout is traced by.
class ReportRepository final
{
public:
    struct Members
    {
        qint64 served = 0;
        qint64 womenLed = 0;
        qint64 youthLed = 0;
        qint64 womenOrYouthLed = 0;
    };

    explicit ReportRepository(const Database &db);

    // Distinct members of the site with a counted batch (not deleted, not archived) in the local
    // month, or a used booking (checked in or out) whose time of use overlaps [from, to) UTC,
    // the bounds of that month. A booking not used yet serves nobody.
    Result<Members> membersServed(qint64 siteId, int yyyymm, const QDateTime &from,
                                  const QDateTime &to) const;
    // The full name of the site's manager account, who signs when the site names nobody: the
    // first made of its enabled manager accounts. Empty when it has none (a site whose records
    // came in packages has its accounts at the site).
    Result<QString> siteManagerName(qint64 siteId) const;
    // The id of the latest audit entry. Every change a service makes writes one in the same
    // transaction, so two printouts with the same number were made from the same data.
    Result<qint64> dataVersion() const;

private:
    const Database &m_db;
};

} // namespace Rpb
