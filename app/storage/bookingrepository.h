#pragma once

#include "domain/booking.h"
#include "domain/result.h"

#include <QList>
#include <QVariantMap>

#include <optional>

namespace Rpb {

class Database;

// SQL for bookings, booking series and maintenance windows. Every time range query bounds the
// start column from both sides so that it reads a short stretch of the (equipment, start) index
// rather than a machine's whole history.
class BookingRepository final
{
public:
    struct Usage
    {
        qint64 equipmentId = 0;
        qint64 bookedSeconds = 0;
        qint64 usedSeconds = 0;
        qint64 maintenanceSeconds = 0;
    };

    struct SeriesIdentity
    {
        QUuid uuid;
        qint64 siteId = 0;
    };

    explicit BookingRepository(const Database &db);

    Result<std::optional<Booking>> byId(qint64 id) const;
    Result<std::optional<Booking>> byUuid(const QUuid &uuid) const;
    Result<std::optional<SeriesIdentity>> seriesIdentity(qint64 seriesId) const;
    // Bookings holding time on the machine that overlap [from, to); `longest` is the longest a
    // booking can last, which bounds how far back one may start and still overlap.
    Result<QList<Booking>> holdingTime(qint64 equipmentId, const QDateTime &from,
                                       const QDateTime &to, qint64 longestSeconds,
                                       std::optional<qint64> excludeId = {}) const;
    Result<QList<MaintenanceWindow>> maintenance(qint64 equipmentId, const QDateTime &from,
                                                 const QDateTime &to) const;
    Result<QList<MaintenanceWindow>> maintenanceAtSite(qint64 siteId, const QDateTime &from,
                                                       const QDateTime &to) const;
    // Minutes a member holds at the site in [from, to), for the weekly fair-use quota.
    Result<qint64> memberSeconds(qint64 memberId, const QDateTime &from, const QDateTime &to,
                                 std::optional<qint64> excludeId = {}) const;
    // All bookings of a site (optionally one machine) starting in [from, to), by start.
    Result<QList<Booking>> atSite(qint64 siteId, const QDateTime &from, const QDateTime &to,
                                  std::optional<qint64> equipmentId = {},
                                  std::optional<qint64> memberId = {}) const;

    Status insert(Booking &booking) const;
    Status update(Booking &booking) const; // checks the row version
    Result<qint64> insertSeries(qint64 siteId, qint64 equipmentId, qint64 memberId,
                                const QString &rrule, const QDateTime &firstStart,
                                int durationMinutes, QUuid &uuid) const;
    Status insertMaintenance(MaintenanceWindow &window) const;

    // Booked and used seconds per machine within [from, to), clipped to it, aggregated in SQL.
    // Booked: every booking not cancelled (no-shows included), by its scheduled times. Used:
    // checked-out bookings, between check-in and check-out. Maintenance: scheduled windows.
    Result<QList<Usage>> usage(qint64 siteId, const QDateTime &from, const QDateTime &to) const;

    static QVariantMap columns(const Booking &booking);
    static QVariantMap columns(const MaintenanceWindow &window);

private:
    const Database &m_db;
};

} // namespace Rpb
