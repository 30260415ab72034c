#include "wasterepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Rpb {

namespace {
// "site_id IN (?, ?, ...)" lets the index seek once per site; every site is listed explicitly so
// that the query always starts from the index's (counted, site_id, local_month) prefix.
QString siteList(const QList<qint64> &siteIds, QVariantList &binds)
{
    QStringList marks;
    for (qint64 id : siteIds) {
        marks << QStringLiteral("?");
        binds << id;
    }
    return QStringLiteral("site_id IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

Result<QList<qint64>> allSites(const Database &db, const QList<qint64> &siteIds)
{
    if (!siteIds.isEmpty())
        return siteIds;
    auto q = db.exec(QStringLiteral("SELECT id FROM site WHERE deleted = 0 ORDER BY id"));
    if (!q)
        return fail(q.error());
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}
} // namespace

WasteRepository::WasteRepository(const Database &db)
    : m_db(db)
{}

Result<QList<WasteRepository::WasteSum>> WasteRepository::waste(const QList<qint64> &siteIds,
                                                                int fromMonth, int toMonth,
                                                                Unit unit) const
{
    auto sites = allSites(m_db, siteIds);
    if (!sites)
        return fail(sites.error());
    QList<WasteSum> out;
    if (sites->isEmpty())
        return out;
    QVariantList binds;
    const QString where = siteList(*sites, binds);
    binds << fromMonth << toMonth << unitCode(unit);
    auto q = m_db.exec(QStringLiteral("SELECT site_id, local_month, product_line_id, category_id, "
                                      "route, SUM(quantity_milli) FROM waste_line WHERE counted = "
                                      "1 AND ")
                           + where
                           + QStringLiteral(" AND local_month >= ? AND local_month <= ? AND unit "
                                            "= ? GROUP BY site_id, local_month, product_line_id, "
                                            "category_id, route"),
                       binds);
    if (!q)
        return fail(q.error());
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toLongLong(),
                    q->value(3).toLongLong(), q->value(4).toString(), q->value(5).toLongLong()});
    return out;
}

Result<QList<WasteRepository::OutputSum>> WasteRepository::output(const QList<qint64> &siteIds,
                                                                  int fromMonth,
                                                                  int toMonth) const
{
    auto sites = allSites(m_db, siteIds);
    if (!sites)
        return fail(sites.error());
    QList<OutputSum> out;
    if (sites->isEmpty())
        return out;
    QVariantList binds;
    const QString where = siteList(*sites, binds);
    binds << fromMonth << toMonth;
    auto q = m_db.exec(QStringLiteral("SELECT site_id, local_month, product_line_id, COUNT(*), "
                                      "SUM(output_milli), SUM(energy_wh), SUM(water_ml) FROM batch "
                                      "WHERE ")
                           + where
                           + QStringLiteral(" AND local_month >= ? AND local_month <= ? AND "
                                            "deleted = 0 AND status <> 'archived' GROUP BY "
                                            "site_id, local_month, product_line_id"),
                       binds);
    if (!q)
        return fail(q.error());
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toLongLong(),
                    q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toLongLong(),
                    q->value(6).toLongLong()});
    return out;
}

Result<QList<WasteRepository::BatchShare>>
WasteRepository::batches(const QList<qint64> &siteIds, int fromMonth, int toMonth, Unit unit,
                         std::optional<qint64> productLineId, std::optional<qint64> categoryId,
                         const QString &route, int limit) const
{
    auto sites = allSites(m_db, siteIds);
    if (!sites)
        return fail(sites.error());
    QList<BatchShare> out;
    if (sites->isEmpty())
        return out;
    QVariantList binds;
    QString where = QStringLiteral("w.counted = 1 AND w.") + siteList(*sites, binds)
                    + QStringLiteral(" AND w.local_month >= ? AND w.local_month <= ? AND w.unit = ?");
    binds << fromMonth << toMonth << unitCode(unit);
    if (productLineId) {
        where += QStringLiteral(" AND w.product_line_id = ?");
        binds << *productLineId;
    }
    if (categoryId) {
        where += QStringLiteral(" AND w.category_id = ?");
        binds << *categoryId;
    }
    if (!route.isEmpty()) {
        where += QStringLiteral(" AND w.route = ?");
        binds << route;
    }
    binds << limit;
    auto q = m_db.exec(QStringLiteral("SELECT b.id, b.code, b.production_date, m.name, "
                                      "SUM(w.quantity_milli) AS total FROM waste_line w JOIN batch "
                                      "b ON b.id = w.batch_id JOIN member m ON m.id = b.member_id "
                                      "WHERE ")
                           + where
                           + QStringLiteral(" GROUP BY b.id, b.code, b.production_date, m.name "
                                            "ORDER BY total DESC, b.code LIMIT ?"),
                       binds);
    if (!q)
        return fail(q.error());
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toString(), q->value(4).toLongLong()});
    return out;
}

} // namespace Rpb
