#include "bookingrepository.h"

#include "database.h"
#include "domain/uuid7.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BookingRepository)
};

const QString bookingColumns = QStringLiteral(
    "id, uuid, created_ms, updated_ms, row_version, site_id, equipment_id, member_id, "
    "operator_id, product_line_id, series_id, start_utc, end_utc, status, actual_start_utc, "
    "actual_end_utc, purpose, created_by");

// The statuses that hold a machine's time, as an SQL list.
const QString holding = QStringLiteral("('requested', 'confirmed', 'checked_in', 'done')");
// The statuses that count as booked in utilisation: those, and no-shows. A no-show held the
// machine until it was marked, so nobody else could book it; leaving it out would hide the very
// gap between booked and used hours that a manager needs to see.
const QString booked
    = QStringLiteral("('requested', 'confirmed', 'checked_in', 'done', 'no_show')");

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> readOptionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QDateTime readTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Result<QList<Booking>> readBookings(const Database &db, const QString &where,
                                    const QVariantList &binds)
{
    auto q = db.exec(QStringLiteral("SELECT ") + bookingColumns
                         + QStringLiteral(" FROM booking WHERE deleted = 0 AND ") + where,
                     binds);
    if (!q)
        return fail(q.error());
    QList<Booking> out;
    while (q->next()) {
        Booking b;
        b.meta.id = q->value(0).toLongLong();
        b.meta.uuid = Uuid7::fromBytes(q->value(1).toByteArray());
        b.meta.createdAt = QDateTime::fromMSecsSinceEpoch(q->value(2).toLongLong(), Qt::UTC);
        b.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(q->value(3).toLongLong(), Qt::UTC);
        b.meta.rowVersion = q->value(4).toLongLong();
        b.meta.siteId = q->value(5).toLongLong();
        b.equipmentId = q->value(6).toLongLong();
        b.memberId = q->value(7).toLongLong();
        b.operatorId = readOptionalId(q->value(8));
        b.productLineId = readOptionalId(q->value(9));
        b.seriesId = readOptionalId(q->value(10));
        b.start = readTime(q->value(11));
        b.end = readTime(q->value(12));
        b.status = bookingStatusFromCode(q->value(13).toString()).value_or(BookingStatus::Requested);
        b.actualStart = readTime(q->value(14));
        b.actualEnd = readTime(q->value(15));
        b.purpose = q->value(16).toString();
        b.createdBy = q->value(17).toString();
        out.append(b);
    }
    return out;
}

Result<QList<MaintenanceWindow>> readWindows(const Database &db, const QString &where,
                                             const QVariantList &binds)
{
    auto q = db.exec(QStringLiteral("SELECT id, uuid, created_ms, updated_ms, row_version, "
                                    "site_id, equipment_id, start_utc, end_utc, reason FROM "
                                    "maintenance_window WHERE deleted = 0 AND ")
                         + where + QStringLiteral(" ORDER BY start_utc"),
                     binds);
    if (!q)
        return fail(q.error());
    QList<MaintenanceWindow> out;
    while (q->next()) {
        MaintenanceWindow w;
        w.meta.id = q->value(0).toLongLong();
        w.meta.uuid = Uuid7::fromBytes(q->value(1).toByteArray());
        w.meta.createdAt = QDateTime::fromMSecsSinceEpoch(q->value(2).toLongLong(), Qt::UTC);
        w.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(q->value(3).toLongLong(), Qt::UTC);
        w.meta.rowVersion = q->value(4).toLongLong();
        w.meta.siteId = q->value(5).toLongLong();
        w.equipmentId = q->value(6).toLongLong();
        w.start = readTime(q->value(7));
        w.end = readTime(q->value(8));
        w.reason = q->value(9).toString();
        out.append(w);
    }
    return out;
}

std::optional<Booking> first(const QList<Booking> &list)
{
    return list.isEmpty() ? std::nullopt : std::optional<Booking>(list.first());
}
} // namespace

BookingRepository::BookingRepository(const Database &db)
    : m_db(db)
{}

Result<std::optional<Booking>> BookingRepository::byId(qint64 id) const
{
    auto list = readBookings(m_db, QStringLiteral("id = ?"), {id});
    if (!list)
        return fail(list.error());
    return first(*list);
}

Result<std::optional<Booking>> BookingRepository::byUuid(const QUuid &uuid) const
{
    auto list = readBookings(m_db, QStringLiteral("uuid = ?"), {Uuid7::toBytes(uuid)});
    if (!list)
        return fail(list.error());
    return first(*list);
}

Result<QList<Booking>> BookingRepository::holdingTime(qint64 equipmentId, const QDateTime &from,
                                                      const QDateTime &to, qint64 longestSeconds,
                                                      std::optional<qint64> excludeId) const
{
    const qint64 f = from.toSecsSinceEpoch();
    const qint64 t = to.toSecsSinceEpoch();
    QString where = QStringLiteral("equipment_id = ? AND start_utc >= ? AND start_utc < ? AND "
                                   "end_utc > ? AND status IN ")
                    + holding;
    QVariantList binds{equipmentId, f - longestSeconds, t, f};
    if (excludeId) {
        where += QStringLiteral(" AND id <> ?");
        binds << *excludeId;
    }
    return readBookings(m_db, where + QStringLiteral(" ORDER BY start_utc"), binds);
}

Result<QList<MaintenanceWindow>> BookingRepository::maintenance(qint64 equipmentId,
                                                                const QDateTime &from,
                                                                const QDateTime &to) const
{
    return readWindows(m_db,
                       QStringLiteral("equipment_id = ? AND start_utc < ? AND end_utc > ?"),
                       {equipmentId, to.toSecsSinceEpoch(), from.toSecsSinceEpoch()});
}

Result<QList<MaintenanceWindow>> BookingRepository::maintenanceAtSite(qint64 siteId,
                                                                      const QDateTime &from,
                                                                      const QDateTime &to) const
{
    return readWindows(m_db, QStringLiteral("site_id = ? AND start_utc < ? AND end_utc > ?"),
                       {siteId, to.toSecsSinceEpoch(), from.toSecsSinceEpoch()});
}

Result<qint64> BookingRepository::memberSeconds(qint64 memberId, const QDateTime &from,
                                                const QDateTime &to,
                                                std::optional<qint64> excludeId) const
{
    QString sql = QStringLiteral("SELECT COALESCE(SUM(end_utc - start_utc), 0) FROM booking WHERE "
                                 "deleted = 0 AND member_id = ? AND start_utc >= ? AND start_utc "
                                 "< ? AND status IN ")
                  + holding;
    QVariantList binds{memberId, from.toSecsSinceEpoch(), to.toSecsSinceEpoch()};
    if (excludeId) {
        sql += QStringLiteral(" AND id <> ?");
        binds << *excludeId;
    }
    auto v = m_db.scalar(sql, binds);
    if (!v)
        return fail(v.error());
    return v->toLongLong();
}

Result<QList<Booking>> BookingRepository::atSite(qint64 siteId, const QDateTime &from,
                                                 const QDateTime &to,
                                                 std::optional<qint64> equipmentId,
                                                 std::optional<qint64> memberId) const
{
    QString where = QStringLiteral("site_id = ? AND start_utc >= ? AND start_utc < ?");
    QVariantList binds{siteId, from.toSecsSinceEpoch(), to.toSecsSinceEpoch()};
    if (equipmentId) {
        where = QStringLiteral("equipment_id = ? AND ") + where;
        binds.prepend(*equipmentId);
    }
    if (memberId) {
        where += QStringLiteral(" AND member_id = ?");
        binds << *memberId;
    }
    return readBookings(m_db, where + QStringLiteral(" ORDER BY start_utc, id"), binds);
}

Result<std::optional<BookingRepository::SeriesIdentity>>
BookingRepository::seriesIdentity(qint64 seriesId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT uuid, site_id FROM booking_series WHERE id = ?"),
                       {seriesId});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<SeriesIdentity>();
    return std::optional<SeriesIdentity>(
        SeriesIdentity {Uuid7::fromBytes(q->value(0).toByteArray()), q->value(1).toLongLong()});
}

Status BookingRepository::insert(Booking &b) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (b.meta.uuid.isNull())
        b.meta.uuid = Uuid7::generate(now);
    auto q = m_db.exec(QStringLiteral("INSERT INTO booking (uuid, created_ms, updated_ms, site_id, "
                                      "equipment_id, member_id, operator_id, product_line_id, "
                                      "series_id, start_utc, end_utc, status, actual_start_utc, "
                                      "actual_end_utc, purpose, created_by) VALUES (?, ?, ?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {Uuid7::toBytes(b.meta.uuid), now, now, b.meta.siteId, b.equipmentId,
                        b.memberId, optionalId(b.operatorId), optionalId(b.productLineId),
                        optionalId(b.seriesId), b.start.toSecsSinceEpoch(),
                        b.end.toSecsSinceEpoch(), bookingStatusCode(b.status),
                        optionalTime(b.actualStart), optionalTime(b.actualEnd), b.purpose,
                        b.createdBy});
    if (!q)
        return fail(q.error());
    b.meta.id = q->lastInsertId().toLongLong();
    b.meta.rowVersion = 1;
    b.meta.createdAt = b.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return {};
}

Status BookingRepository::update(Booking &b) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto q = m_db.exec(QStringLiteral("UPDATE booking SET updated_ms = ?, row_version = "
                                      "row_version + 1, equipment_id = ?, member_id = ?, "
                                      "product_line_id = ?, series_id = ?, start_utc = ?, end_utc "
                                      "= ?, status = ?, actual_start_utc = ?, actual_end_utc = ?, "
                                      "purpose = ? WHERE id = ? AND row_version = ? AND deleted = "
                                      "0"),
                       {now, b.equipmentId, b.memberId, optionalId(b.productLineId),
                        optionalId(b.seriesId), b.start.toSecsSinceEpoch(),
                        b.end.toSecsSinceEpoch(), bookingStatusCode(b.status),
                        optionalTime(b.actualStart), optionalTime(b.actualEnd), b.purpose,
                        b.meta.id, b.meta.rowVersion});
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::conflict(Tr::tr("Someone else changed this booking in the meantime. "
                                           "Reload and try again."),
                                    Uuid7::toText(b.meta.uuid)));
    ++b.meta.rowVersion;
    b.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return {};
}

Result<qint64> BookingRepository::insertSeries(qint64 siteId, qint64 equipmentId, qint64 memberId,
                                               const QString &rrule, const QDateTime &firstStart,
                                               int durationMinutes, QUuid &uuid) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    uuid = Uuid7::generate(now);
    auto q = m_db.exec(QStringLiteral("INSERT INTO booking_series (uuid, created_ms, updated_ms, "
                                      "site_id, equipment_id, member_id, rrule, first_start_utc, "
                                      "duration_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {Uuid7::toBytes(uuid), now, now, siteId, equipmentId, memberId, rrule,
                        firstStart.toSecsSinceEpoch(), durationMinutes});
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

Status BookingRepository::insertMaintenance(MaintenanceWindow &w) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (w.meta.uuid.isNull())
        w.meta.uuid = Uuid7::generate(now);
    auto q = m_db.exec(QStringLiteral("INSERT INTO maintenance_window (uuid, created_ms, "
                                      "updated_ms, site_id, equipment_id, start_utc, end_utc, "
                                      "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {Uuid7::toBytes(w.meta.uuid), now, now, w.meta.siteId, w.equipmentId,
                        w.start.toSecsSinceEpoch(), w.end.toSecsSinceEpoch(), w.reason});
    if (!q)
        return fail(q.error());
    w.meta.id = q->lastInsertId().toLongLong();
    w.meta.rowVersion = 1;
    return {};
}

Result<QList<BookingRepository::Usage>> BookingRepository::usage(qint64 siteId,
                                                                 const QDateTime &from,
                                                                 const QDateTime &to) const
{
    const qint64 f = from.toSecsSinceEpoch();
    const qint64 t = to.toSecsSinceEpoch();
    // Clip each interval to [f, t) with CASE, which every SQL dialect has.
    const QString clippedBooked = QStringLiteral(
        "(CASE WHEN end_utc < :t THEN end_utc ELSE :t END) - "
        "(CASE WHEN start_utc > :f THEN start_utc ELSE :f END)");
    const QString clippedUsed = QStringLiteral(
        "(CASE WHEN actual_end_utc < :t THEN actual_end_utc ELSE :t END) - "
        "(CASE WHEN actual_start_utc > :f THEN actual_start_utc ELSE :f END)");
    QString sql = QStringLiteral(
                      "SELECT equipment_id, SUM(CASE WHEN status IN %3 THEN %1 ELSE 0 END), "
                      "SUM(CASE WHEN status = 'done' "
                      "AND actual_start_utc IS NOT NULL AND actual_end_utc IS NOT NULL AND "
                      "actual_end_utc > :f AND actual_start_utc < :t THEN %2 ELSE 0 END) FROM "
                      "booking WHERE deleted = 0 AND site_id = :site AND start_utc < :t AND "
                      "end_utc > :f GROUP BY equipment_id")
                      .arg(clippedBooked, clippedUsed, booked);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(Error::storage(Tr::tr("The database could not run a query."),
                                   q.lastError().text()));
    q.bindValue(QStringLiteral(":f"), f);
    q.bindValue(QStringLiteral(":t"), t);
    q.bindValue(QStringLiteral(":site"), siteId);
    if (!q.exec())
        return fail(Error::storage(Tr::tr("The database could not run a query."),
                                   q.lastError().text()));
    QMap<qint64, Usage> byMachine;
    while (q.next()) {
        Usage &u = byMachine[q.value(0).toLongLong()];
        u.equipmentId = q.value(0).toLongLong();
        u.bookedSeconds = q.value(1).toLongLong();
        u.usedSeconds = q.value(2).toLongLong();
    }
    QSqlQuery m(m_db.connection());
    m.setForwardOnly(true);
    m.prepare(QStringLiteral("SELECT equipment_id, SUM(%1) FROM maintenance_window WHERE deleted = "
                             "0 AND site_id = :site AND start_utc < :t AND end_utc > :f GROUP BY "
                             "equipment_id")
                  .arg(clippedBooked));
    m.bindValue(QStringLiteral(":f"), f);
    m.bindValue(QStringLiteral(":t"), t);
    m.bindValue(QStringLiteral(":site"), siteId);
    if (!m.exec())
        return fail(Error::storage(Tr::tr("The database could not run a query."),
                                   m.lastError().text()));
    while (m.next()) {
        Usage &u = byMachine[m.value(0).toLongLong()];
        u.equipmentId = m.value(0).toLongLong();
        u.maintenanceSeconds = m.value(1).toLongLong();
    }
    return byMachine.values();
}

QVariantMap BookingRepository::columns(const Booking &b)
{
    return {{QStringLiteral("equipment_id"), b.equipmentId},
            {QStringLiteral("member_id"), b.memberId},
            {QStringLiteral("product_line_id"), optionalId(b.productLineId)},
            {QStringLiteral("start_utc"), b.start.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("end_utc"), b.end.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("status"), bookingStatusCode(b.status)},
            {QStringLiteral("actual_start_utc"),
             b.actualStart.isValid() ? b.actualStart.toUTC().toString(Qt::ISODate) : QString()},
            {QStringLiteral("actual_end_utc"),
             b.actualEnd.isValid() ? b.actualEnd.toUTC().toString(Qt::ISODate) : QString()},
            {QStringLiteral("purpose"), b.purpose}};
}

QVariantMap BookingRepository::columns(const MaintenanceWindow &w)
{
    return {{QStringLiteral("equipment_id"), w.equipmentId},
            {QStringLiteral("start_utc"), w.start.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("end_utc"), w.end.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("reason"), w.reason}};
}

} // namespace Rpb
