#include "wastesummaryservice.h"

#include "domain/permissions.h"
#include "domain/productline.h"
#include "domain/site.h"
#include "domain/wastecategory.h"
#include "session.h"
#include "storage/database.h"
#include "storage/masterdatarepository.h"
#include "storage/transaction.h"
#include "storage/wasterepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(WasteSummaryService)
};

constexpr Route routeOrder[]
    = {Route::Reuse,          Route::Byproduct,        Route::Recycle,  Route::Compost,
       Route::EnergyRecovery, Route::TreatedDischarge, Route::Landfill, Route::OpenBurning};

bool validMonth(int yyyymm)
{
    const int m = yyyymm % 100;
    const int y = yyyymm / 100;
    return m >= 1 && m <= 12 && y >= 2000 && y <= 2200;
}
} // namespace

WasteSummaryService::WasteSummaryService(Database &db, const Session &session)
    : m_db(db)
    , m_session(session)
{ }

int WasteSummaryService::monthsBetween(int fromMonth, int toMonth)
{
    return (toMonth / 100 - fromMonth / 100) * 12 + (toMonth % 100 - fromMonth % 100) + 1;
}

int WasteSummaryService::addMonths(int yyyymm, int months)
{
    int index = (yyyymm / 100) * 12 + (yyyymm % 100 - 1) + months;
    return (index / 12) * 100 + index % 12 + 1;
}

QString WasteSummaryService::periodKey(int yyyymm, WasteFigures::Period period)
{
    const int y = yyyymm / 100;
    const int m = yyyymm % 100;
    switch (period) {
    case WasteFigures::Period::Month:
        return QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
    case WasteFigures::Period::Quarter:
        return QStringLiteral("%1-Q%2").arg(y).arg((m - 1) / 3 + 1);
    case WasteFigures::Period::Year:
        return QString::number(y);
    }
    return {};
}

Status WasteSummaryService::validate(const Query &query)
{
    if (!validMonth(query.fromMonth))
        return fail(Error::invalid(Tr::tr("Give the first month as YYYY-MM."),
                                   QString::number(query.fromMonth), QStringLiteral("from")));
    if (!validMonth(query.toMonth))
        return fail(Error::invalid(Tr::tr("Give the last month as YYYY-MM."),
                                   QString::number(query.toMonth), QStringLiteral("to")));
    if (query.toMonth < query.fromMonth)
        return fail(Error::invalid(Tr::tr("The last month comes before the first."),
                                   QString::number(query.toMonth), QStringLiteral("to")));
    if (monthsBetween(query.fromMonth, query.toMonth) > 120)
        return fail(Error::invalid(Tr::tr("Choose at most ten years at a time."),
                                   QString::number(query.toMonth), QStringLiteral("to")));
    if (query.unit == Unit::Piece)
        return fail(Error::invalid(Tr::tr("Waste is measured in kg or L."), QStringLiteral("pcs"),
                                   QStringLiteral("unit")));
    return {};
}

Result<WasteFigures> WasteSummaryService::figures(const Query &query) const
{
    if (auto s = Permissions::checkRead(m_session.actor(), query.siteId); !s)
        return fail(s.error());
    if (auto s = validate(query); !s)
        return fail(s.error());
    // One snapshot for every view, so that a batch saved meanwhile cannot make the bars and the
    // key figures disagree.
    Transaction snapshot(m_db, Transaction::Mode::Deferred);
    if (auto s = snapshot.begin(); !s)
        return fail(s.error());
    const MasterDataRepository masterData(m_db);
    auto sites = masterData.list<Site>(query.siteId, true);
    auto lines = masterData.list<ProductLine>(query.siteId, true);
    auto categories = masterData.list<WasteCategory>(query.siteId, true);
    if (!sites)
        return fail(sites.error());
    if (!lines)
        return fail(lines.error());
    if (!categories)
        return fail(categories.error());
    if (query.siteId && sites->isEmpty())
        return fail(
            Error::invalid(Tr::tr("There is no such site."), QString::number(*query.siteId)));
    QHash<qint64, QString> siteCode;
    QList<qint64> siteIds;
    for (const Site &s : *sites) {
        siteCode.insert(s.meta.id, s.code);
        siteIds << s.meta.id;
    }
    QHash<qint64, ProductLine> lineById;
    for (const ProductLine &p : *lines)
        lineById.insert(p.meta.id, p);
    QHash<qint64, WasteCategory> categoryById;
    for (const WasteCategory &c : *categories)
        categoryById.insert(c.meta.id, c);

    const WasteRepository repository(m_db);
    const WasteRepository::Selection selection {siteIds, query.fromMonth, query.toMonth,
                                                query.unit};
    const bool byRoute = query.stack == WasteFigures::Stack::Route;
    auto perLine = repository.byProductLine(
        selection, byRoute ? WasteRepository::Stack::Route : WasteRepository::Stack::Category);
    if (!perLine)
        return fail(perLine.error());
    WasteRepository::Period length = WasteRepository::Period::Month;
    if (query.period == WasteFigures::Period::Quarter)
        length = WasteRepository::Period::Quarter;
    else if (query.period == WasteFigures::Period::Year)
        length = WasteRepository::Period::Year;
    auto perPeriod = repository.overTime(selection, length);
    if (!perPeriod)
        return fail(perPeriod.error());
    WasteRepository::Selection withPrevious = selection;
    withPrevious.fromMonth
        = addMonths(query.fromMonth, -monthsBetween(query.fromMonth, query.toMonth));
    auto routes = repository.byRoute(withPrevious, query.fromMonth);
    if (!routes)
        return fail(routes.error());
    auto output = repository.outputOnly(withPrevious);
    if (!output)
        return fail(output.error());
    if (auto s = snapshot.commit(); !s)
        return fail(s.error());

    WasteFigures f;
    f.unit = query.unit;
    f.fromMonth = query.fromMonth;
    f.toMonth = query.toMonth;
    f.stack = query.stack;
    f.period = query.period;

    for (const WasteRepository::RouteSum &r : *routes) {
        const std::optional<Route> route = routeFromCode(r.route);
        const bool diverted = route && isDiverted(*route);
        (r.previous ? f.previousTotalMilli : f.totalMilli) += r.milli;
        if (diverted)
            (r.previous ? f.previousDivertedMilli : f.divertedMilli) += r.milli;
    }

    // With one site the product line code is unique; across sites it is qualified by the site.
    auto lineKey = [&](qint64 lineId) {
        const ProductLine &p = lineById[lineId];
        return query.siteId ? p.code : siteCode.value(p.meta.siteId) + QLatin1Char('/') + p.code;
    };
    QMap<QString, WasteFigures::Key> lineKeys;
    auto touchLine = [&](qint64 lineId) -> WasteFigures::Key & {
        const QString key = lineKey(lineId);
        auto it = lineKeys.find(key);
        if (it == lineKeys.end()) {
            const ProductLine &p = lineById[lineId];
            WasteFigures::Key k;
            k.key = key;
            k.code = p.code;
            k.name = query.siteId ? p.name
                                  : siteCode.value(p.meta.siteId) + QStringLiteral(" · ") + p.name;
            k.siteCode = siteCode.value(p.meta.siteId);
            k.outputUnit = p.unit;
            it = lineKeys.insert(key, k);
        }
        return *it;
    };

    // Ordered maps: the cells come out sorted by row and stack, as WasteFigures::cell expects.
    QMap<std::pair<QString, QString>, qint64> byLine;
    QMap<std::pair<QString, QString>, qint64> byPeriod;
    QMap<QString, WasteFigures::Key> stackKeys;
    for (const WasteRepository::StackSum &w : *perLine) {
        const QString line = touchLine(w.productLineId).key;
        QString stack;
        if (byRoute) {
            stack = w.route;
            if (!stackKeys.contains(stack)) {
                const std::optional<Route> route = routeFromCode(w.route);
                WasteFigures::Key k;
                k.key = k.code = stack;
                k.name = route ? routeDisplayName(*route) : stack;
                k.diverted = route && isDiverted(*route);
                stackKeys.insert(stack, k);
            }
        } else {
            const WasteCategory &c = categoryById[w.categoryId];
            stack = c.code;
            if (!stackKeys.contains(stack)) {
                WasteFigures::Key k;
                k.key = k.code = c.code;
                k.name = c.name;
                stackKeys.insert(stack, k);
            }
        }
        byLine[{line, stack}] += w.milli;
    }
    for (const WasteRepository::PeriodSum &p : *perPeriod)
        byPeriod[{periodKey(p.firstMonth, query.period), touchLine(p.productLineId).key}]
            += p.milli;
    for (const WasteRepository::OutputSum &o : *output) {
        if (o.month < query.fromMonth) {
            f.previousBatches += o.batches;
            continue;
        }
        f.batches += o.batches;
        WasteFigures::Key &k = touchLine(o.productLineId);
        k.outputMilli += o.outputMilli;
        k.batches += o.batches;
    }

    for (auto it = lineKeys.cbegin(); it != lineKeys.cend(); ++it)
        f.lines.append(*it);
    // Routes in the order of the waste hierarchy, categories by code.
    if (byRoute) {
        for (Route r : routeOrder)
            if (stackKeys.contains(routeCode(r)))
                f.stacks.append(stackKeys.value(routeCode(r)));
    } else {
        for (auto it = stackKeys.cbegin(); it != stackKeys.cend(); ++it)
            f.stacks.append(*it);
    }
    for (auto it = byLine.cbegin(); it != byLine.cend(); ++it)
        f.byLine.append({it.key().first, it.key().second, it.value()});
    QStringList seenPeriods;
    for (int m = query.fromMonth; m <= query.toMonth; m = addMonths(m, 1)) {
        const QString key = periodKey(m, query.period);
        if (seenPeriods.contains(key))
            continue;
        seenPeriods << key;
        WasteFigures::Key k;
        k.key = k.code = k.name = key;
        f.periods.append(k);
    }
    for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it)
        f.byPeriod.append({it.key().first, it.key().second, it.value()});
    return f;
}

Result<QList<WasteBatchShare>> WasteSummaryService::batchesBehind(const Query &query,
                                                                  const QString &lineKey,
                                                                  const QString &stackKey,
                                                                  int limit) const
{
    if (auto s = Permissions::checkRead(m_session.actor(), query.siteId); !s)
        return fail(s.error());
    if (auto s = validate(query); !s)
        return fail(s.error());
    const MasterDataRepository masterData(m_db);
    auto lines = masterData.list<ProductLine>(query.siteId, true);
    auto sites = masterData.list<Site>(query.siteId, true);
    if (!lines || !sites)
        return fail(!lines ? lines.error() : sites.error());
    std::optional<qint64> lineId;
    QList<qint64> siteIds;
    for (const Site &s : *sites)
        siteIds << s.meta.id;
    for (const ProductLine &p : *lines) {
        QString key = p.code;
        if (!query.siteId) {
            for (const Site &s : *sites)
                if (s.meta.id == p.meta.siteId)
                    key = s.code + QLatin1Char('/') + p.code;
        }
        if (key == lineKey) {
            lineId = p.meta.id;
            siteIds = {p.meta.siteId};
        }
    }
    if (!lineKey.isEmpty() && !lineId)
        return fail(Error::invalid(
            Tr::tr("There is no product line %1 in this selection.").arg(lineKey), lineKey));
    std::optional<qint64> categoryId;
    QString route;
    if (query.stack == WasteFigures::Stack::Route) {
        route = stackKey;
    } else if (!stackKey.isEmpty()) {
        auto categories = masterData.list<WasteCategory>(query.siteId, true);
        if (!categories)
            return fail(categories.error());
        for (const WasteCategory &c : *categories)
            if (c.code == stackKey && siteIds.contains(c.meta.siteId))
                categoryId = c.meta.id;
        if (!categoryId)
            return fail(Error::invalid(
                Tr::tr("There is no waste category %1 in this selection.").arg(stackKey),
                stackKey));
    }
    return WasteRepository(m_db).batches(siteIds, query.fromMonth, query.toMonth, query.unit,
                                         lineId, categoryId, route, limit);
}

} // namespace Rpb
