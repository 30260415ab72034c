#include "wasterepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Rpb {

namespace {
// "site_id IN (?, ?, ...)" lets the index seek once per site; every site is listed explicitly so
// that the query always starts from the index's site_id prefix.
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

// The first month of the period a local month falls in, in integers: the view over time is
// grouped by it in SQL, so a year of months arrives as one row per line.
QString periodStart(WasteRepository::Period period)
{
    switch (period) {
    case WasteRepository::Period::Month:
        return QStringLiteral("local_month");
    case WasteRepository::Period::Quarter:
        return QStringLiteral("local_month - (local_month % 100 - 1) % 3");
    case WasteRepository::Period::Year:
        return QStringLiteral("local_month - local_month % 100 + 1");
    }
    return QStringLiteral("local_month");
}
} // namespace

WasteRepository::WasteRepository(const Database &db)
    : m_db(db)
{ }

Result<WasteRepository::Statement> WasteRepository::statement(View view, const Selection &selection,
                                                              const Grouping &grouping) const
{
    auto sites = allSites(m_db, selection.siteIds);
    if (!sites)
        return fail(sites.error());
    Statement s;
    if (sites->isEmpty()) {
        s.empty = true;
        return s;
    }
    QString columns;
    QString groups;
    switch (view) {
    case View::Detail:
        columns = QStringLiteral("site_id, local_month, product_line_id, category_id, route");
        groups = columns;
        break;
    case View::ByProductLine:
        if (grouping.stack == Stack::Route) {
            columns = QStringLiteral("product_line_id, 0, route");
            groups = QStringLiteral("product_line_id, route");
        } else {
            columns = QStringLiteral("product_line_id, category_id, ''");
            groups = QStringLiteral("product_line_id, category_id");
        }
        break;
    case View::OverTime:
        columns = periodStart(grouping.period) + QStringLiteral(" AS first_month, product_line_id");
        groups = QStringLiteral("first_month, product_line_id");
        break;
    case View::ByRoute:
        columns = QStringLiteral("local_month < ? AS previous, route");
        groups = QStringLiteral("previous, route");
        s.binds << grouping.splitMonth;
        break;
    case View::Output:
    case View::OutputAndResources: {
        // The selection's unit is the waste's: each product line's output counts in its own.
        const QString where = siteList(*sites, s.binds);
        s.binds << selection.fromMonth << selection.toMonth;
        s.sql = QStringLiteral("SELECT site_id, local_month, product_line_id, COUNT(*), "
                               "SUM(output_milli)")
            + (view == View::OutputAndResources ? QStringLiteral(", SUM(energy_wh), SUM(water_ml)")
                                                : QStringLiteral(", 0, 0"))
            + QStringLiteral(" FROM batch WHERE ") + where
            + QStringLiteral(" AND local_month >= ? AND local_month <= ? AND deleted = 0 AND "
                             "status <> 'archived' GROUP BY site_id, local_month, "
                             "product_line_id");
        return s;
    }
    }
    const QString where = siteList(*sites, s.binds);
    s.binds << selection.fromMonth << selection.toMonth << unitCode(selection.unit);
    s.sql = QStringLiteral("SELECT ") + columns
        + QStringLiteral(", SUM(quantity_milli) FROM waste_month_total WHERE ") + where
        + QStringLiteral(" AND local_month >= ? AND local_month <= ? AND unit = ? GROUP BY ")
        + groups;
    return s;
}

template<typename T, typename Read>
Result<QList<T>> WasteRepository::rows(View view, const Selection &selection,
                                       const Grouping &grouping, Read read) const
{
    auto s = statement(view, selection, grouping);
    if (!s)
        return fail(s.error());
    QList<T> out;
    if (s->empty)
        return out;
    auto q = m_db.exec(s->sql, s->binds);
    if (!q)
        return fail(q.error());
    while (q->next())
        out.append(read(*q));
    return out;
}

Result<QList<WasteRepository::WasteSum>>
WasteRepository::waste(const QList<qint64> &siteIds, int fromMonth, int toMonth, Unit unit) const
{
    return rows<WasteSum>(View::Detail, {siteIds, fromMonth, toMonth, unit}, {},
                          [](const QSqlQuery &q) {
                              return WasteSum {q.value(0).toLongLong(), q.value(1).toInt(),
                                               q.value(2).toLongLong(), q.value(3).toLongLong(),
                                               q.value(4).toString(),   q.value(5).toLongLong()};
                          });
}

Result<QList<WasteRepository::StackSum>> WasteRepository::byProductLine(const Selection &selection,
                                                                        Stack stack) const
{
    Grouping grouping;
    grouping.stack = stack;
    return rows<StackSum>(View::ByProductLine, selection, grouping, [](const QSqlQuery &q) {
        return StackSum {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                         q.value(3).toLongLong()};
    });
}

Result<QList<WasteRepository::PeriodSum>> WasteRepository::overTime(const Selection &selection,
                                                                    Period period) const
{
    Grouping grouping;
    grouping.period = period;
    return rows<PeriodSum>(View::OverTime, selection, grouping, [](const QSqlQuery &q) {
        return PeriodSum {q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    });
}

Result<QList<WasteRepository::RouteSum>> WasteRepository::byRoute(const Selection &selection,
                                                                  int splitMonth) const
{
    Grouping grouping;
    grouping.splitMonth = splitMonth;
    return rows<RouteSum>(View::ByRoute, selection, grouping, [](const QSqlQuery &q) {
        return RouteSum {q.value(0).toInt() != 0, q.value(1).toString(), q.value(2).toLongLong()};
    });
}

Result<QStringList> WasteRepository::queryPlan(View view, const Selection &selection,
                                               const Grouping &grouping) const
{
    auto s = statement(view, selection, grouping);
    if (!s)
        return fail(s.error());
    QStringList plan;
    if (s->empty)
        return plan;
    auto q = m_db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + s->sql, s->binds);
    if (!q)
        return fail(q.error());
    while (q->next())
        plan << q->value(3).toString();
    return plan;
}

Result<QString> WasteRepository::shellText(View view, const Selection &selection,
                                           const Grouping &grouping) const
{
    auto s = statement(view, selection, grouping);
    if (!s)
        return fail(s.error());
    if (s->empty)
        return QString();
    // The values are integers and unit codes, so writing them in needs no escaping beyond quotes.
    QString text;
    qsizetype bind = 0;
    for (const QChar c : std::as_const(s->sql)) {
        if (c != QLatin1Char('?') || bind >= s->binds.size()) {
            text += c;
            continue;
        }
        const QVariant &value = s->binds.at(bind++);
        text += value.typeId() == QMetaType::QString
            ? QLatin1Char('\'') + value.toString() + QLatin1Char('\'')
            : value.toString();
    }
    return text + QLatin1Char(';');
}

Result<QList<WasteRepository::OutputSum>> WasteRepository::output(const QList<qint64> &siteIds,
                                                                  int fromMonth, int toMonth) const
{
    return outputSums(View::OutputAndResources, {siteIds, fromMonth, toMonth, Unit::Kg});
}

Result<QList<WasteRepository::OutputSum>>
WasteRepository::outputOnly(const Selection &selection) const
{
    return outputSums(View::Output, selection);
}

Result<QList<WasteRepository::OutputSum>>
WasteRepository::outputSums(View view, const Selection &selection) const
{
    return rows<OutputSum>(view, selection, {}, [](const QSqlQuery &q) {
        return OutputSum {q.value(0).toLongLong(), q.value(1).toInt(),      q.value(2).toLongLong(),
                          q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                          q.value(6).toLongLong()};
    });
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
