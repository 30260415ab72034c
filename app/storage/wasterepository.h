#pragma once

#include "domain/batch.h"
#include "domain/result.h"
#include "domain/units.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Rpb {

class Database;

// The SQL behind waste charts and summaries. Waste is summed from waste_month_total, the monthly
// totals that triggers keep in the same transaction as the waste lines (schema 3): one GROUP BY
// per view over a few thousand rows a year instead of every line. Output is summed from the
// covering index batch_site_month. Only the batches behind one bar segment read the lines.
class WasteRepository final
{
public:
    // A selection of waste: siteIds empty means every site; months are YYYYMM, inclusive.
    struct Selection
    {
        QList<qint64> siteIds;
        int fromMonth = 0;
        int toMonth = 0;
        Unit unit = Unit::Kg;
    };
    // What the bars of one product line are stacked by, and the length of a bar over time.
    enum class Stack { Category, Route };
    enum class Period { Month, Quarter, Year };
    // The grouped queries, named for queryPlan() and shellText().
    enum class View { Detail, ByProductLine, OverTime, ByRoute, Output, OutputAndResources };
    struct Grouping
    {
        Stack stack = Stack::Category;
        Period period = Period::Month;
        int splitMonth = 0; // ByRoute: rows before this month count as the previous period
    };

    // Site, month, product line, category and route: the monthly summary's grain.
    struct WasteSum
    {
        qint64 siteId = 0;
        int month = 0; // YYYYMM
        qint64 productLineId = 0;
        qint64 categoryId = 0;
        QString route;
        qint64 milli = 0;
    };
    // One segment of a product line's bar: a category (categoryId) or a route (route).
    struct StackSum
    {
        qint64 productLineId = 0;
        qint64 categoryId = 0;
        QString route;
        qint64 milli = 0;
    };
    // One product line's share of a period, named by the period's first month.
    struct PeriodSum
    {
        int firstMonth = 0; // YYYYMM
        qint64 productLineId = 0;
        qint64 milli = 0;
    };
    // A route's total in the selection, or in the period before it (previous).
    struct RouteSum
    {
        bool previous = false;
        QString route;
        qint64 milli = 0;
    };
    struct OutputSum
    {
        qint64 siteId = 0;
        int month = 0;
        qint64 productLineId = 0;
        qint64 batches = 0;
        qint64 outputMilli = 0;
        qint64 energyWh = 0;
        qint64 waterMl = 0;
    };
    using BatchShare = WasteBatchShare;

    explicit WasteRepository(const Database &db);

    // siteIds empty: every site.
    Result<QList<WasteSum>> waste(const QList<qint64> &siteIds, int fromMonth, int toMonth,
                                  Unit unit) const;
    Result<QList<StackSum>> byProductLine(const Selection &selection, Stack stack) const;
    Result<QList<PeriodSum>> overTime(const Selection &selection, Period period) const;
    // Totals by route, those of months before splitMonth marked previous: the key figures and
    // the period before them (the change) in one query.
    Result<QList<RouteSum>> byRoute(const Selection &selection, int splitMonth) const;

    // Batches, output, energy and water by site, month and product line.
    Result<QList<OutputSum>> output(const QList<qint64> &siteIds, int fromMonth, int toMonth) const;
    // Batches and output only, what waste intensity needs: a quarter less to read for a year of
    // every site than output() with energy and water (energyWh and waterMl stay 0).
    Result<QList<OutputSum>> outputOnly(const Selection &selection) const;
    // The batches behind one bar segment, largest first, read from the waste lines themselves.
    Result<QList<BatchShare>> batches(const QList<qint64> &siteIds, int fromMonth, int toMonth,
                                      Unit unit, std::optional<qint64> productLineId,
                                      std::optional<qint64> categoryId, const QString &route,
                                      int limit) const;

    // SQLite's plan for a view's statement (EXPLAIN QUERY PLAN details), for tests.
    Result<QStringList> queryPlan(View view, const Selection &selection,
                                  const Grouping &grouping) const;
    // The statement with its values written in, as the sqlite3 shell would run it, so that a
    // benchmark can time the same SQL outside the application.
    Result<QString> shellText(View view, const Selection &selection,
                              const Grouping &grouping) const;

private:
    struct Statement
    {
        QString sql;
        QVariantList binds;
        bool empty = false; // no site to read: nothing to run
    };
    Result<Statement> statement(View view, const Selection &selection,
                                const Grouping &grouping) const;
    Result<QList<OutputSum>> outputSums(View view, const Selection &selection) const;
    // Runs a view's statement and turns each row into a T with read(query).
    template<typename T, typename Read>
    Result<QList<T>> rows(View view, const Selection &selection, const Grouping &grouping,
                          Read read) const;

    const Database &m_db;
};

} // namespace Rpb
