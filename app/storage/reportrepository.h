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

    // Distinct members of the site with a counted batch in the local month, or a booking (not
    // cancelled, not a no-show) overlapping [from, to) UTC, the bounds of that month.
    Result<Members> membersServed(qint64 siteId, int yyyymm, const QDateTime &from,
                                  const QDateTime &to) const;
    // The id of the latest audit entry. Every change a service makes writes one in the same
    // transaction, so two printouts with the same number were made from the same data.
    Result<qint64> dataVersion() const;

private:
    const Database &m_db;
};

} // namespace Rpb
