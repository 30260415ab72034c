#include "reportrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Rpb {

ReportRepository::ReportRepository(const Database &db)
    : m_db(db)
{ }

Result<ReportRepository::Members> ReportRepository::membersServed(qint64 siteId, int yyyymm,
                                                                  const QDateTime &from,
                                                                  const QDateTime &to) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(women_led), 0), COALESCE(SUM(youth_led), 0), "
            "COALESCE(SUM(CASE WHEN women_led = 1 OR youth_led = 1 THEN 1 ELSE 0 END), 0) "
            "FROM member WHERE id IN ("
            "SELECT member_id FROM batch WHERE deleted = 0 AND status <> 'archived' AND "
            "site_id = ? AND local_month = ? "
            // A booking serves when the member came: the same bookings as the used hours
            // (BookingRepository::usage), whose time of use lies in the month. One still checked
            // in counts from its check-in, as if it had lasted a second.
            "UNION SELECT member_id FROM booking WHERE deleted = 0 AND site_id = ? AND status IN "
            "('checked_in', 'done') AND start_utc < ? AND end_utc > ? AND actual_start_utc IS NOT "
            "NULL AND actual_start_utc < ? AND COALESCE(actual_end_utc, actual_start_utc + 1) > ?)"),
        {siteId, yyyymm, siteId, to.toSecsSinceEpoch(), from.toSecsSinceEpoch(),
         to.toSecsSinceEpoch(), from.toSecsSinceEpoch()});
    if (!q)
        return fail(q.error());
    Members m;
    if (q->next()) {
        m.served = q->value(0).toLongLong();
        m.womenLed = q->value(1).toLongLong();
        m.youthLed = q->value(2).toLongLong();
        m.womenOrYouthLed = q->value(3).toLongLong();
    }
    return m;
}

Result<QString> ReportRepository::siteManagerName(qint64 siteId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT full_name FROM app_user WHERE deleted = 0 AND "
                                      "disabled = 0 AND role = 'manager' AND site_id = ? AND "
                                      "full_name <> '' ORDER BY id LIMIT 1"),
                       {siteId});
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toString().trimmed() : QString();
}

Result<qint64> ReportRepository::dataVersion() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    if (!v)
        return fail(v.error());
    return v->toLongLong();
}

} // namespace Rpb
