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
    const ReportRepository repository(m_context.database());
    if (siteId) {
        const Site &site = sites.first();
        r.siteCode = site.code;
        r.siteName = site.name;
        r.province = site.province;
        r.timeZone = site.timeZone;
        r.managerName = site.managerName.trimmed();
        if (r.managerName.isEmpty()) {
            auto account = repository.siteManagerName(site.meta.id);
            if (!account)
                return fail(account.error());
            r.managerName = *account;
        }
    } else {
        r.siteCode = QStringLiteral("ALL");
    }

    // Per site: closing, members served, and machine time, each for both months.
    QHash<qint64, MonthlyReport::SiteRow> rows;
    QHash<qint64, MonthlyReport::Figures> before;
    QHash<qint64, QString> siteCodes;
    QHash<qint64, qsizetype> machineIndex; // by equipment id, into r.machines
    r.final = !sites.isEmpty();
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
                if (!siteId)
                    continue;
                if (m.machines) {
                    MonthlyReport::Machine machine;
                    machine.siteCode = s.code;
                    machine.code = u.equipment.code;
                    machine.name = u.equipment.name;
                    machine.underMaintenance
                        = u.equipment.status == EquipmentStatus::Maintenance;
                    machine.availableSeconds = u.openSeconds;
                    machine.maintenanceSeconds = u.maintenanceSeconds;
                    machine.bookedSeconds = u.bookedSeconds;
                    machine.usedSeconds = u.usedSeconds;
                    machineIndex.insert(u.equipment.meta.id, r.machines.size());
                    r.machines << machine;
                } else if (machineIndex.contains(u.equipment.meta.id)) {
                    // The month before of a machine listed this month; one of that month
                    // only (archived since) is not listed.
                    MonthlyReport::Machine &machine = r.machines[machineIndex.value(u.equipment.meta.id)];
                    machine.previousAvailableSeconds = u.openSeconds;
                    machine.previousMaintenanceSeconds = u.maintenanceSeconds;
                    machine.previousBookedSeconds = u.bookedSeconds;
                    machine.previousUsedSeconds = u.usedSeconds;
                }
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
            const MonthlyReport::Figures &then = before.value(s.meta.id);
            all.previousAvailableSeconds = then.availableSeconds;
            all.previousMaintenanceSeconds = then.maintenanceSeconds;
            all.previousBookedSeconds = then.bookedSeconds;
            all.previousUsedSeconds = then.usedSeconds;
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
    // Product lines and waste categories stay each site's own, also for all sites: a code is
    // only unique within its site, and two sites' lines of one code may count in other units.
    QMap<std::pair<QString, QString>, MonthlyReport::Line> lineFigures; // by site and line code
    auto lineFor = [&](qint64 siteOf, qint64 lineId) -> MonthlyReport::Line & {
        const ProductLine p = lineById.value(lineId);
        const QString site = siteCodes.value(siteOf);
        const auto key = std::make_pair(site, p.code);
        auto it = lineFigures.find(key);
        if (it == lineFigures.end()) {
            MonthlyReport::Line l;
            l.siteCode = site;
            l.code = p.code;
            l.name = p.name;
            l.unit = p.unit;
            l.key = site + QLatin1Char('/') + p.code;
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
        const bool now = o.month == current;
        MonthlyReport::Figures &f = now ? rows[o.siteId].figures : before[o.siteId];
        f.batches += o.batches;
        f.energyWh += o.energyWh;
        f.waterMl += o.waterMl;
        MonthlyReport::Line &line = lineFor(o.siteId, o.productLineId);
        MonthlyReport::LineFigures &l = now ? line.current : line.previous;
        l.batches += o.batches;
        l.outputMilli += o.outputMilli;
        l.energyWh += o.energyWh;
        l.waterMl += o.waterMl;
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
            const bool now = w.month == current;
            MonthlyReport::Figures &f = now ? rows[w.siteId].figures : before[w.siteId];
            (unit == Unit::Kg ? f.wasteKgMilli : f.wasteLitreMilli) += w.milli;
            if (diverted)
                (unit == Unit::Kg ? f.divertedKgMilli : f.divertedLitreMilli) += w.milli;
            MonthlyReport::Line &line = lineFor(w.siteId, w.productLineId);
            MonthlyReport::LineFigures &l = now ? line.current : line.previous;
            (unit == Unit::Kg ? l.wasteKgMilli : l.wasteLitreMilli) += w.milli;
            const WasteCategory c = categoryById.value(w.categoryId);
            const QString code = siteCodes.value(w.siteId);
            // Site, then GRI 306 route order (the enum's order), then category.
            auto key = std::make_tuple(code, int(route), c.code, int(unit));
            MonthlyReport::WasteRow &row = wasteRows[key];
            row.siteCode = code;
            row.categoryCode = c.code;
            row.categoryName = c.name;
            row.unit = unit;
            row.route = route;
            (now ? row.milli : row.previousMilli) += w.milli;
        }
    }
    // The rows of this month; a category and route of only the month before is in the totals.
    for (const MonthlyReport::WasteRow &w : std::as_const(wasteRows))
        if (w.milli != 0)
            r.waste << w;
    // A line seen only in the month before still shows, with nothing this month: the change.
    r.lines = lineFigures.values();
    std::stable_sort(r.machines.begin(), r.machines.end(), [](const auto &a, const auto &b) {
        return std::tie(a.siteCode, a.code) < std::tie(b.siteCode, b.code);
    });

    for (const Site &s : sites) {
        add(r.current, rows.value(s.meta.id).figures);
        add(r.previous, before.value(s.meta.id));
        if (!siteId) {
            MonthlyReport::SiteRow row = rows.value(s.meta.id);
            row.previous = before.value(s.meta.id);
            r.sites << row;
        }
    }

    r.comparison = ComparisonBasis::of(r.current.batches, r.previous.batches);

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
