#include "exportrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportRepository)
};

// next() also ends on an error (a damaged page, a lock): that must not pass for the last row.
Status finished(const QSqlQuery &q)
{
    if (!q.lastError().isValid())
        return {};
    return fail(Error::storage(Tr::tr("The database stopped answering in the middle of the "
                                      "export."),
                               q.lastError().text()));
}

// Open ends become bounds that every ISO date lies within, so that one statement serves all.
QString fromDate(const ExportRepository::DateRange &range)
{
    return range.from.isEmpty() ? QStringLiteral("0000-01-01") : range.from;
}

QString toDate(const ExportRepository::DateRange &range)
{
    return range.to.isEmpty() ? QStringLiteral("9999-12-31") : range.to;
}

std::optional<qint64> optionalInteger(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

Result<qint64> countOf(const Database &db, const QString &sql, const QVariantList &binds)
{
    auto n = db.scalar(sql, binds);
    if (!n)
        return fail(n.error());
    return n->toLongLong();
}

// Bookings read the (site_id, start_utc) index in its own order; the series is one key lookup.
const QString bookingWhere = QStringLiteral(
    " WHERE b.site_id = ? AND b.start_utc >= ? AND b.start_utc < ? AND b.deleted = 0");

// The date index (site_id, production_date) gives the order; the waste sums and the machines are
// key lookups into waste_line_batch and the primary key of batch_equipment.
const QString batchWhere = QStringLiteral(
    " WHERE b.site_id = ? AND b.production_date >= ? AND b.production_date <= ? AND b.deleted = 0");
} // namespace

ExportRepository::ExportRepository(const Database &db)
    : m_db(db)
{}

Result<qint64> ExportRepository::countBookings(qint64 siteId, const TimeRange &range) const
{
    return countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM booking b") + bookingWhere,
                   {siteId, range.fromUtc, range.toUtc});
}

Status ExportRepository::bookings(qint64 siteId, const TimeRange &range,
                                  const RowCallback<BookingRow> &row) const
{
    auto q = m_db.exec(QStringLiteral("SELECT b.uuid, b.equipment_id, b.member_id, "
                                      "b.product_line_id, s.uuid, b.start_utc, b.end_utc, "
                                      "b.status, b.actual_start_utc, b.actual_end_utc, b.purpose, "
                                      "b.created_by FROM booking b LEFT JOIN booking_series s ON "
                                      "s.id = b.series_id")
                           + bookingWhere + QStringLiteral(" ORDER BY b.start_utc, b.id"),
                       {siteId, range.fromUtc, range.toUtc});
    if (!q)
        return fail(q.error());
    BookingRow r;
    while (q->next()) {
        r.uuid = q->value(0).toByteArray();
        r.equipmentId = q->value(1).toLongLong();
        r.memberId = q->value(2).toLongLong();
        r.productLineId = optionalInteger(q->value(3));
        r.seriesUuid = q->value(4).toByteArray();
        r.startUtc = q->value(5).toLongLong();
        r.endUtc = q->value(6).toLongLong();
        r.status = q->value(7).toString();
        r.actualStartUtc = optionalInteger(q->value(8));
        r.actualEndUtc = optionalInteger(q->value(9));
        r.purpose = q->value(10).toString();
        r.createdBy = q->value(11).toString();
        if (!row(r))
            return {};
    }
    return finished(*q);
}

Result<qint64> ExportRepository::countBatches(qint64 siteId, const DateRange &range) const
{
    return countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM batch b") + batchWhere,
                   {siteId, fromDate(range), toDate(range)});
}

Status ExportRepository::batches(qint64 siteId, const DateRange &range,
                                 const RowCallback<BatchRow> &row) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT b.uuid, b.code, b.product_line_id, b.member_id, b.production_date, b.shift, "
            "b.input_material, b.input_milli, b.input_unit, b.output_milli, b.energy_wh, "
            "b.water_ml, b.status, b.notes, b.warning_note, b.created_by, "
            "(SELECT COALESCE(SUM(w.quantity_milli), 0) FROM waste_line w WHERE w.batch_id = "
            "b.id AND w.deleted = 0 AND w.unit = 'kg'), "
            "(SELECT COALESCE(SUM(w.quantity_milli), 0) FROM waste_line w WHERE w.batch_id = "
            "b.id AND w.deleted = 0 AND w.unit = 'L'), "
            "(SELECT group_concat(e.equipment_id) FROM batch_equipment e WHERE e.batch_id = b.id) "
            "FROM batch b")
            + batchWhere + QStringLiteral(" ORDER BY b.production_date, b.id"),
        {siteId, fromDate(range), toDate(range)});
    if (!q)
        return fail(q.error());
    BatchRow r;
    while (q->next()) {
        r.uuid = q->value(0).toByteArray();
        r.code = q->value(1).toString();
        r.productLineId = q->value(2).toLongLong();
        r.memberId = q->value(3).toLongLong();
        r.productionDate = q->value(4).toString();
        r.shift = q->value(5).toInt();
        r.inputMaterial = q->value(6).toString();
        r.inputMilli = q->value(7).toLongLong();
        r.inputUnit = q->value(8).toString();
        r.outputMilli = q->value(9).toLongLong();
        r.energyWh = q->value(10).toLongLong();
        r.waterMl = q->value(11).toLongLong();
        r.status = q->value(12).toString();
        r.notes = q->value(13).toString();
        r.warningNote = q->value(14).toString();
        r.createdBy = q->value(15).toString();
        r.wasteKgMilli = q->value(16).toLongLong();
        r.wasteLitreMilli = q->value(17).toLongLong();
        r.equipmentIds.clear();
        const QString machines = q->value(18).toString();
        for (QStringView id : QStringView(machines).split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.equipmentIds << id.toLongLong();
        if (!row(r))
            return {};
    }
    return finished(*q);
}

Result<qint64> ExportRepository::countWasteLines(qint64 siteId, const DateRange &range) const
{
    return countOf(m_db,
                   QStringLiteral("SELECT COUNT(*) FROM batch b JOIN waste_line w ON w.batch_id "
                                  "= b.id")
                       + batchWhere + QStringLiteral(" AND w.deleted = 0"),
                   {siteId, fromDate(range), toDate(range)});
}

Status ExportRepository::wasteLines(qint64 siteId, const DateRange &range,
                                    const RowCallback<WasteRow> &row) const
{
    auto q = m_db.exec(QStringLiteral("SELECT w.uuid, b.uuid, b.code, b.production_date, "
                                      "b.status, b.member_id, w.product_line_id, w.category_id, "
                                      "w.route, w.unit, w.quantity_milli FROM batch b JOIN "
                                      "waste_line w ON w.batch_id = b.id")
                           + batchWhere
                           + QStringLiteral(" AND w.deleted = 0 ORDER BY b.production_date, "
                                            "b.id, w.id"),
                       {siteId, fromDate(range), toDate(range)});
    if (!q)
        return fail(q.error());
    WasteRow r;
    while (q->next()) {
        r.uuid = q->value(0).toByteArray();
        r.batchUuid = q->value(1).toByteArray();
        r.batchCode = q->value(2).toString();
        r.productionDate = q->value(3).toString();
        r.batchStatus = q->value(4).toString();
        r.memberId = q->value(5).toLongLong();
        r.productLineId = q->value(6).toLongLong();
        r.categoryId = q->value(7).toLongLong();
        r.route = q->value(8).toString();
        r.unit = q->value(9).toString();
        r.quantityMilli = q->value(10).toLongLong();
        if (!row(r))
            return {};
    }
    return finished(*q);
}

Result<qint64> ExportRepository::countMembers(qint64 siteId) const
{
    return countOf(m_db,
                   QStringLiteral("SELECT COUNT(*) FROM member WHERE site_id = ? AND deleted = 0"),
                   {siteId});
}

Status ExportRepository::members(qint64 siteId, const RowCallback<MemberRow> &row) const
{
    auto q = m_db.exec(QStringLiteral("SELECT uuid, code, name, owner, nib, women_led, youth_led, "
                                      "phone, joined, archived FROM member WHERE site_id = ? AND "
                                      "deleted = 0 ORDER BY code"),
                       {siteId});
    if (!q)
        return fail(q.error());
    MemberRow r;
    while (q->next()) {
        r.uuid = q->value(0).toByteArray();
        r.code = q->value(1).toString();
        r.name = q->value(2).toString();
        r.owner = q->value(3).toString();
        r.nib = q->value(4).toString();
        r.womenLed = q->value(5).toInt() != 0;
        r.youthLed = q->value(6).toInt() != 0;
        r.phone = q->value(7).toString();
        r.joined = q->value(8).toString();
        r.archived = q->value(9).toInt() != 0;
        if (!row(r))
            return {};
    }
    return finished(*q);
}

} // namespace Rpb
