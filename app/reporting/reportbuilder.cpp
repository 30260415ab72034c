#include "reportbuilder.h"

#include "domain/permissions.h"
#include "domain/sitecalendar.h"
#include "services/appcontext.h"
#include "storage/reportrepository.h"
#include "storage/wasterepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
};

void add(MonthlyReport::Figures &to, const MonthlyReport::Figures &f)
{
    to.batches += f.batches;
    to.wasteKgMilli += f.wasteKgMilli;
    to.wasteLitreMilli += f.wasteLitreMilli;
    to.divertedKgMilli += f.divertedKgMilli;
    to.divertedLitreMilli += f.divertedLitreMilli;
    to.energyWh += f.energyWh;
    to.waterMl += f.waterMl;
    to.availableSeconds += f.availableSeconds;
    to.maintenanceSeconds += f.maintenanceSeconds;
    to.bookedSeconds += f.bookedSeconds;
    to.usedSeconds += f.usedSeconds;
    to.membersServed += f.membersServed;
    to.womenLed += f.womenLed;
    to.youthLed += f.youthLed;
    to.womenOrYouthLed += f.womenOrYouthLed;
}
} // namespace

ReportBuilder::ReportBuilder(AppContext &context)
    : m_context(context)
{ }

Result<MonthlyReport> ReportBuilder::build(std::optional<qint64> siteId, int year, int month) const
{
    // The all-sites summary is for accounts of all sites; a one-site account gets its own.
    if (auto s = Permissions::checkRead(m_context.actor(), siteId); !s)
        return fail(s.error());
    if (month < 1 || month > 12 || year < 2000 || year > 2200)
        return fail(Error::invalid(Tr::tr("Give the month as YYYY-MM."), QString::number(month),
                                   QStringLiteral("month")));
    MonthlyReport r;
    r.siteId = siteId;
    r.year = year;
    r.month = month;
    const int current = r.yyyymm();
    const int previous = r.previousYear() * 100 + r.previousMonth();

    auto allSites = m_context.masterData().sites(true);
    if (!allSites)
        return fail(allSites.error());
    QList<Site> sites;
    for (const Site &s : *allSites) {
        if (!siteId || s.meta.id == *siteId)
            sites << s;
    }
    if (siteId && sites.isEmpty())
        return fail(Error::notFound(Tr::tr("There is no such site."), QStringLiteral("site")));
    if (siteId) {
        r.siteCode = sites.first().code;
        r.siteName = sites.first().name;
        r.province = sites.first().province;
    } else {
        r.siteCode = QStringLiteral("ALL");
    }

    // Per site: closing, members served, and machine time, each for both months.
    QHash<qint64, MonthlyReport::SiteRow> rows;
    QHash<qint64, MonthlyReport::Figures> before;
    QHash<qint64, QString> siteCodes;
    r.final = !sites.isEmpty();
    const ReportRepository repository(m_context.database());
    for (const Site &s : sites) {
        siteCodes.insert(s.meta.id, s.code);
        MonthlyReport::SiteRow row;
        row.siteId = s.meta.id;
        row.code = s.code;
        row.name = s.name;
        row.province = s.province;
        auto closed = m_context.batches().isMonthClosed(s.meta.id, year, month);
        if (!closed)
            return fail(closed.error());
        row.closed = *closed;
        r.final = r.final && row.closed;

        const SiteCalendar calendar(s);
        const struct
        {
            int year, month;
            MonthlyReport::Figures *figures;
            bool machines;
        } months[] = {{year, month, &row.figures, true},
                      {r.previousYear(), r.previousMonth(), &before[s.meta.id], false}};
        for (const auto &m : months) {
            const SiteCalendar::Interval bounds = calendar.month(m.year, m.month);
            auto members = repository.membersServed(s.meta.id, m.year * 100 + m.month, bounds.start,
                                                    bounds.end);
            if (!members)
                return fail(members.error());
            m.figures->membersServed = members->served;
            m.figures->womenLed = members->womenLed;
            m.figures->youthLed = members->youthLed;
            m.figures->womenOrYouthLed = members->womenOrYouthLed;
            auto use = m_context.scheduling().utilisation(s.meta.id, m.year, m.month);
            if (!use)
                return fail(use.error());
            for (const SchedulingService::Utilisation &u : *use) {
                m.figures->availableSeconds += u.openSeconds;
                m.figures->maintenanceSeconds += u.maintenanceSeconds;
                m.figures->bookedSeconds += u.bookedSeconds;
                m.figures->usedSeconds += u.usedSeconds;
                if (!m.machines || !siteId)
                    continue;
                MonthlyReport::Machine machine;
                machine.siteCode = s.code;
                machine.code = u.equipment.code;
                machine.name = u.equipment.name;
                machine.underMaintenance = u.equipment.status == EquipmentStatus::Maintenance;
                machine.availableSeconds = u.openSeconds;
                machine.maintenanceSeconds = u.maintenanceSeconds;
                machine.bookedSeconds = u.bookedSeconds;
                machine.usedSeconds = u.usedSeconds;
                r.machines << machine;
            }
        }
        if (!siteId) {
            MonthlyReport::Machine all;
            all.siteCode = s.code;
            all.code = s.code;
            all.name = s.name;
            all.availableSeconds = row.figures.availableSeconds;
            all.maintenanceSeconds = row.figures.maintenanceSeconds;
            all.bookedSeconds = row.figures.bookedSeconds;
            all.usedSeconds = row.figures.usedSeconds;
            r.machines << all;
        }
        rows.insert(s.meta.id, row);
    }

    // Names of product lines and categories, archived ones included: they still count.
    auto lines = m_context.masterData().productLines(siteId, true);
    if (!lines)
        return fail(lines.error());
    QHash<qint64, ProductLine> lineById;
    for (const ProductLine &p : *lines)
        lineById.insert(p.meta.id, p);
    auto categories = m_context.masterData().wasteCategories(siteId, true);
    if (!categories)
        return fail(categories.error());
    QHash<qint64, WasteCategory> categoryById;
    for (const WasteCategory &c : *categories)
        categoryById.insert(c.meta.id, c);

    // Two grouped queries cover both months: output by site, month and product line, and waste
    // by site, month, product line, category and route (one per unit).
    const WasteRepository waste(m_context.database());
    const QList<qint64> ids = siteId ? QList<qint64> {*siteId} : QList<qint64> {};
    // All sites: product lines, waste categories and machines are summed by code across sites,
    // so that eighteen sites still fit on a few pages; the sites table compares the sites.
    QMap<std::pair<QString, int>, MonthlyReport::Line> lineFigures; // by code and unit
    auto lineFor = [&](qint64 siteOf, qint64 lineId) -> MonthlyReport::Line & {
        const ProductLine p = lineById.value(lineId);
        const auto key = std::make_pair(p.code, int(p.unit));
        auto it = lineFigures.find(key);
        if (it == lineFigures.end()) {
            MonthlyReport::Line l;
            l.siteCode = siteId ? siteCodes.value(siteOf) : QString();
            l.code = p.code;
            l.name = p.name;
            l.unit = p.unit;
            l.key = p.code;
            it = lineFigures.insert(key, l);
        }
        return *it;
    };
    auto output = waste.output(ids, previous, current);
    if (!output)
        return fail(output.error());
    for (const WasteRepository::OutputSum &o : *output) {
        if (!rows.contains(o.siteId))
            continue;
        MonthlyReport::Line &l = lineFor(o.siteId, o.productLineId);
        MonthlyReport::Figures &f = o.month == current ? rows[o.siteId].figures : before[o.siteId];
        f.batches += o.batches;
        f.energyWh += o.energyWh;
        f.waterMl += o.waterMl;
        if (o.month == current) {
            l.batches += o.batches;
            l.outputMilli += o.outputMilli;
            l.energyWh += o.energyWh;
            l.waterMl += o.waterMl;
        } else {
            l.previousBatches += o.batches;
            l.previousOutputMilli += o.outputMilli;
        }
    }
    QMap<std::tuple<QString, int, QString, int>, MonthlyReport::WasteRow> wasteRows;
    for (Unit unit : {Unit::Kg, Unit::Litre}) {
        auto sums = waste.waste(ids, previous, current, unit);
        if (!sums)
            return fail(sums.error());
        for (const WasteRepository::WasteSum &w : *sums) {
            if (!rows.contains(w.siteId))
                continue;
            const Route route = routeFromCode(w.route).value_or(Route::Landfill);
            const bool diverted = isDiverted(route);
            MonthlyReport::Figures &f
                = w.month == current ? rows[w.siteId].figures : before[w.siteId];
            (unit == Unit::Kg ? f.wasteKgMilli : f.wasteLitreMilli) += w.milli;
            if (diverted)
                (unit == Unit::Kg ? f.divertedKgMilli : f.divertedLitreMilli) += w.milli;
            if (w.month != current)
                continue;
            MonthlyReport::Line &l = lineFor(w.siteId, w.productLineId);
            (unit == Unit::Kg ? l.wasteKgMilli : l.wasteLitreMilli) += w.milli;
            // All sites: by route only, as categories are each site's own.
            const WasteCategory c = siteId ? categoryById.value(w.categoryId) : WasteCategory {};
            const QString code = siteId ? siteCodes.value(w.siteId) : QString();
            // Site, then GRI 306 route order (the enum's order), then category.
            auto key = std::make_tuple(code, int(route), c.code, int(unit));
            MonthlyReport::WasteRow &row = wasteRows[key];
            row.siteCode = code;
            row.categoryCode = c.code;
            row.categoryName = c.name;
            row.unit = unit;
            row.route = route;
            row.milli += w.milli;
        }
    }
    r.waste = wasteRows.values();
    r.lines = lineFigures.values();
    std::sort(r.lines.begin(), r.lines.end(), [](const auto &a, const auto &b) {
        return std::tie(a.siteCode, a.code) < std::tie(b.siteCode, b.code);
    });
    std::stable_sort(r.machines.begin(), r.machines.end(), [](const auto &a, const auto &b) {
        return std::tie(a.siteCode, a.code) < std::tie(b.siteCode, b.code);
    });

    for (const Site &s : sites) {
        add(r.current, rows.value(s.meta.id).figures);
        add(r.previous, before.value(s.meta.id));
        if (!siteId)
            r.sites << rows.value(s.meta.id);
    }

    WasteSummaryService::Query chart;
    chart.siteId = siteId;
    chart.fromMonth = current;
    chart.toMonth = current;
    chart.unit = Unit::Kg;
    chart.stack = WasteFigures::Stack::Route;
    auto figures = m_context.waste().figures(chart);
    if (!figures)
        return fail(figures.error());
    r.chart = *figures;

    auto version = repository.dataVersion();
    if (!version)
        return fail(version.error());
    r.dataVersion = *version;
    return r;
}

} // namespace Rpb
