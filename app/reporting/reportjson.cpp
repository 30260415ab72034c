#include "reportjson.h"

#include "domain/quantity.h"

#include <QJsonArray>

namespace Rpb {

namespace {
QJsonValue decimal(qint64 milli)
{
    return Quantity::toDecimalString(milli);
}

QJsonValue optionalDecimal(std::optional<qint64> milli)
{
    return milli ? decimal(*milli) : QJsonValue(QJsonValue::Null);
}

QJsonValue share(qint64 part, qint64 whole)
{
    const QString r = WasteFigures::ratio(part, whole);
    return r.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r);
}

QJsonObject quantity(qint64 current, qint64 previous, const QString &unit)
{
    return {{QStringLiteral("current"), decimal(current)},
            {QStringLiteral("previous"), decimal(previous)},
            {QStringLiteral("change"), decimal(current - previous)},
            {QStringLiteral("unit"), unit}};
}

QJsonObject count(qint64 current, qint64 previous)
{
    return {{QStringLiteral("current"), current},
            {QStringLiteral("previous"), previous},
            {QStringLiteral("change"), current - previous}};
}

QJsonObject ratio(qint64 part, qint64 whole, qint64 previousPart, qint64 previousWhole)
{
    return {{QStringLiteral("current"), share(part, whole)},
            {QStringLiteral("previous"), share(previousPart, previousWhole)}};
}

QJsonObject figures(const MonthlyReport::Figures &f)
{
    return {
        {QStringLiteral("batches"), f.batches},
        {QStringLiteral("waste_kg"), decimal(f.wasteKgMilli)},
        {QStringLiteral("waste_l"), decimal(f.wasteLitreMilli)},
        {QStringLiteral("diversion_rate_kg"), share(f.divertedKgMilli, f.wasteKgMilli)},
        {QStringLiteral("diversion_rate_l"), share(f.divertedLitreMilli, f.wasteLitreMilli)},
        {QStringLiteral("energy_kwh"), decimal(f.energyWh)},
        {QStringLiteral("water_l"), decimal(f.waterMl)},
        {QStringLiteral("members_served"), f.membersServed},
        {QStringLiteral("women_or_youth_led_share"), share(f.womenOrYouthLed, f.membersServed)}};
}
} // namespace

QJsonObject ReportJson::toJson(const MonthlyReport &r)
{
    const MonthlyReport::Figures &c = r.current;
    const MonthlyReport::Figures &p = r.previous;
    QJsonObject key {
        {QStringLiteral("batches"), count(c.batches, p.batches)},
        {QStringLiteral("waste_kg"),
         quantity(c.wasteKgMilli, p.wasteKgMilli, QStringLiteral("kg"))},
        {QStringLiteral("waste_l"),
         quantity(c.wasteLitreMilli, p.wasteLitreMilli, QStringLiteral("L"))},
        {QStringLiteral("diverted_kg"),
         quantity(c.divertedKgMilli, p.divertedKgMilli, QStringLiteral("kg"))},
        {QStringLiteral("diverted_l"),
         quantity(c.divertedLitreMilli, p.divertedLitreMilli, QStringLiteral("L"))},
        {QStringLiteral("diversion_rate_kg"),
         ratio(c.divertedKgMilli, c.wasteKgMilli, p.divertedKgMilli, p.wasteKgMilli)},
        {QStringLiteral("diversion_rate_l"),
         ratio(c.divertedLitreMilli, c.wasteLitreMilli, p.divertedLitreMilli, p.wasteLitreMilli)},
        {QStringLiteral("energy"), quantity(c.energyWh, p.energyWh, QStringLiteral("kWh"))},
        {QStringLiteral("water"), quantity(c.waterMl, p.waterMl, QStringLiteral("L"))},
        {QStringLiteral("machine_available_seconds"),
         count(c.availableSeconds, p.availableSeconds)},
        {QStringLiteral("machine_maintenance_seconds"),
         count(c.maintenanceSeconds, p.maintenanceSeconds)},
        {QStringLiteral("machine_booked_seconds"), count(c.bookedSeconds, p.bookedSeconds)},
        {QStringLiteral("machine_used_seconds"), count(c.usedSeconds, p.usedSeconds)},
        {QStringLiteral("booked_share"),
         ratio(c.bookedSeconds, c.availableSeconds, p.bookedSeconds, p.availableSeconds)},
        {QStringLiteral("used_share"),
         ratio(c.usedSeconds, c.availableSeconds, p.usedSeconds, p.availableSeconds)},
        {QStringLiteral("members_served"), count(c.membersServed, p.membersServed)},
        {QStringLiteral("women_led"), count(c.womenLed, p.womenLed)},
        {QStringLiteral("youth_led"), count(c.youthLed, p.youthLed)},
        {QStringLiteral("women_or_youth_led"), count(c.womenOrYouthLed, p.womenOrYouthLed)},
        {QStringLiteral("women_led_share"),
         ratio(c.womenLed, c.membersServed, p.womenLed, p.membersServed)},
        {QStringLiteral("youth_led_share"),
         ratio(c.youthLed, c.membersServed, p.youthLed, p.membersServed)},
        {QStringLiteral("women_or_youth_led_share"),
         ratio(c.womenOrYouthLed, c.membersServed, p.womenOrYouthLed, p.membersServed)},
        {QStringLiteral("women_or_youth_led_aim"), QStringLiteral("0.7000")},
    };

    QJsonArray lines;
    for (const MonthlyReport::Line &l : r.lines) {
        const QString unit = unitCode(l.unit);
        lines.append(QJsonObject {
            {QStringLiteral("site"), l.siteCode},
            {QStringLiteral("code"), l.code},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("batches"), count(l.batches, l.previousBatches)},
            {QStringLiteral("output"), quantity(l.outputMilli, l.previousOutputMilli, unit)},
            {QStringLiteral("energy_kwh"), decimal(l.energyWh)},
            {QStringLiteral("water_l"), decimal(l.waterMl)},
            {QStringLiteral("waste_kg"), decimal(l.wasteKgMilli)},
            {QStringLiteral("waste_l"), decimal(l.wasteLitreMilli)},
            // Per unit of output, rounded to thousandths.
            {QStringLiteral("waste_kg_per_unit"),
             optionalDecimal(MonthlyReport::perUnitMilli(l.wasteKgMilli, l.outputMilli))},
            {QStringLiteral("waste_l_per_unit"),
             optionalDecimal(MonthlyReport::perUnitMilli(l.wasteLitreMilli, l.outputMilli))},
            {QStringLiteral("energy_kwh_per_unit"),
             optionalDecimal(MonthlyReport::perUnitMilli(l.energyWh, l.outputMilli))},
            {QStringLiteral("water_l_per_unit"),
             optionalDecimal(MonthlyReport::perUnitMilli(l.waterMl, l.outputMilli))},
        });
    }

    QJsonArray waste;
    for (const MonthlyReport::WasteRow &w : r.waste)
        waste.append(QJsonObject {{QStringLiteral("site"), w.siteCode},
                                  {QStringLiteral("category"), w.categoryCode},
                                  {QStringLiteral("name"), w.categoryName},
                                  {QStringLiteral("route"), routeCode(w.route)},
                                  {QStringLiteral("diverted"), isDiverted(w.route)},
                                  {QStringLiteral("quantity"), decimal(w.milli)},
                                  {QStringLiteral("unit"), unitCode(w.unit)}});

    QJsonArray machines;
    for (const MonthlyReport::Machine &m : r.machines)
        machines.append(QJsonObject {
            {QStringLiteral("site"), m.siteCode},
            {QStringLiteral("code"), m.code},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("under_maintenance"), m.underMaintenance},
            {QStringLiteral("available_seconds"), m.availableSeconds},
            {QStringLiteral("maintenance_seconds"), m.maintenanceSeconds},
            {QStringLiteral("booked_seconds"), m.bookedSeconds},
            {QStringLiteral("used_seconds"), m.usedSeconds},
            {QStringLiteral("booked_share"), share(m.bookedSeconds, m.availableSeconds)},
            {QStringLiteral("used_share"), share(m.usedSeconds, m.availableSeconds)}});

    QJsonObject out {
        {QStringLiteral("site"), r.siteId ? r.siteCode : QStringLiteral("all")},
        {QStringLiteral("month"), r.monthKey()},
        {QStringLiteral("status"), r.final ? QStringLiteral("final") : QStringLiteral("draft")},
        {QStringLiteral("data_version"), r.dataVersion},
        {QStringLiteral("key_figures"), key},
        {QStringLiteral("product_lines"), lines},
        {QStringLiteral("waste"), waste},
        {QStringLiteral("machines"), machines},
    };
    if (r.siteId) {
        out.insert(QStringLiteral("site_name"), r.siteName);
        out.insert(QStringLiteral("province"), r.province);
    } else {
        QJsonArray sites;
        for (const MonthlyReport::SiteRow &s : r.sites) {
            QJsonObject o = figures(s.figures);
            o.insert(QStringLiteral("site"), s.code);
            o.insert(QStringLiteral("name"), s.name);
            o.insert(QStringLiteral("province"), s.province);
            o.insert(QStringLiteral("status"),
                     s.closed ? QStringLiteral("final") : QStringLiteral("draft"));
            sites.append(o);
        }
        out.insert(QStringLiteral("sites"), sites);
    }
    return out;
}

} // namespace Rpb
