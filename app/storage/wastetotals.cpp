#include "wastetotals.h"

#include "database.h"

namespace Rpb {

QString WasteTotals::countedSql(const QString &deleted, const QString &batchId)
{
    return QStringLiteral("CASE WHEN %1 = 0 AND EXISTS (SELECT 1 FROM batch b WHERE b.id = %2 "
                          "AND b.deleted = 0 AND b.status <> 'archived') THEN 1 ELSE 0 END")
        .arg(deleted, batchId);
}

namespace {
// Adds the lines `where` picks, grouped by the totals' key, to the totals.
Status add(const Database &db, const QString &where, const QVariantList &binds)
{
    auto r = db.exec(
        QStringLiteral(
            "INSERT INTO waste_month_total (site_id, local_month, unit, product_line_id, "
            "category_id, route, quantity_milli, line_count) SELECT site_id, local_month, unit, "
            "product_line_id, category_id, route, SUM(quantity_milli), COUNT(*) FROM waste_line "
            "WHERE ")
            + where
            + QStringLiteral(
                " GROUP BY site_id, local_month, unit, product_line_id, category_id, route ON "
                "CONFLICT (site_id, local_month, unit, product_line_id, category_id, route) DO "
                "UPDATE SET quantity_milli = quantity_milli + excluded.quantity_milli, "
                "line_count = line_count + excluded.line_count"),
        binds);
    if (!r)
        return fail(r.error());
    return {};
}
} // namespace

Status WasteTotals::addLines(const Database &db, qint64 fromId, qint64 toId)
{
    if (toId < fromId)
        return {};
    // The lines' primary key bounds the read (`+counted` keeps the planner from reading every
    // counted line through the covering index); the totals' primary key takes the upsert.
    return add(db, QStringLiteral("id >= ? AND id <= ? AND +counted = 1"), {fromId, toId});
}

Status WasteTotals::addSiteLines(const Database &db, qint64 siteId, qint64 fromId)
{
    return add(db, QStringLiteral("counted = 1 AND site_id = ? AND id >= ?"), {siteId, fromId});
}

Status WasteTotals::settleCounted(const Database &db, qint64 fromId, qint64 toId)
{
    if (toId < fromId)
        return {};
    auto r = db.exec(QStringLiteral("UPDATE waste_line SET counted = 0 WHERE id >= ? AND id <= ? "
                                    "AND +counted = 1 AND (deleted = 1 OR EXISTS (SELECT 1 FROM "
                                    "batch b WHERE b.id = batch_id AND (b.deleted = 1 OR "
                                    "b.status = 'archived')))"),
                     {fromId, toId});
    if (!r)
        return fail(r.error());
    return {};
}

} // namespace Rpb
