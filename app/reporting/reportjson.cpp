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

// A share in ten-thousandths, rounded half up: what WasteFigures::ratio writes ("0.8864").
std::optional<qint64> tenThousandths(qint64 part, qint64 whole)
{
    const QString r = WasteFigures::ratio(part, whole);
    if (r.isEmpty())
        return std::nullopt;
    QString digits = r;
    digits.remove(QLatin1Char('.'));
    return digits.toLongLong();
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

// A rate or share: fractions from 0 to 1 with four places, and the change between the two as
// printed in percentage points ("1.75": from 0.8689 to 0.8864). Null where undefined.
QJsonObject ratio(qint64 part, qint64 whole, qint64 previousPart, qint64 previousWhole)
{
    const auto now = tenThousandths(part, whole);
    const auto then = tenThousandths(previousPart, previousWhole);
    // Ten-thousandths of one are hundredths of a percentage point.
    const QJsonValue change = now && then ? decimal((*now - *then) * 10) : QJsonValue();
    return {{QStringLiteral("current"), share(part, whole)},
            {QStringLiteral("previous"), share(previousPart, previousWhole)},
            {QStringLiteral("change"), change},
            {QStringLiteral("change_unit"), QStringLiteral("pp")}};
}

// Thousandths of a unit per unit of output, both months; the change null where either is.
QJsonObject perUnit(qint64 part, qint64 output, qint64 previousPart, qint64 previousOutput,
                    const QString &unit)
{
    const auto now = MonthlyReport::perUnitMilli(part, output);
    const auto then = MonthlyReport::perUnitMilli(previousPart, previousOutput);
    return {{QStringLiteral("current"), optionalDecimal(now)},
            {QStringLiteral("previous"), optionalDecimal(then)},
            {QStringLiteral("change"), now && then ? decimal(*now - *then) : QJsonValue()},
            {QStringLiteral("unit"), unit}};
}

QJsonObject keyFigures(const MonthlyReport::Figures &c, const MonthlyReport::Figures &p)
{
    return {
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
}

// The current month's figures as plain values: the sites' rows before key_figures existed.
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

QJsonObject comparison(ComparisonBasis::Kind kind, int year, int month)
{
    return {{QStringLiteral("previous_month"),
             QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("basis"), QLatin1String(ComparisonBasis::code(kind))},
            {QStringLiteral("minimum_batches"), ComparisonBasis::MinimumBatches}};
}
} // namespace

QJsonObject ReportJson::toJson(const MonthlyReport &r)
{
    QJsonArray lines;
    for (const MonthlyReport::Line &l : r.lines) {
        const QString unit = unitCode(l.unit);
        const MonthlyReport::LineFigures &c = l.current;
        const MonthlyReport::LineFigures &p = l.previous;
        const auto per = [&unit](const char *what) -> QString {
            return QLatin1String(what) + QLatin1Char('/') + unit;
        };
        const QJsonObject all {
            {QStringLiteral("batches"), count(c.batches, p.batches)},
            {QStringLiteral("output"), quantity(c.outputMilli, p.outputMilli, unit)},
            {QStringLiteral("waste_kg"),
             quantity(c.wasteKgMilli, p.wasteKgMilli, QStringLiteral("kg"))},
            {QStringLiteral("waste_l"),
             quantity(c.wasteLitreMilli, p.wasteLitreMilli, QStringLiteral("L"))},
            {QStringLiteral("energy"), quantity(c.energyWh, p.energyWh, QStringLiteral("kWh"))},
            {QStringLiteral("water"), quantity(c.waterMl, p.waterMl, QStringLiteral("L"))},
            {QStringLiteral("waste_kg_per_unit"),
             perUnit(c.wasteKgMilli, c.outputMilli, p.wasteKgMilli, p.outputMilli, per("kg"))},
            {QStringLiteral("waste_l_per_unit"),
             perUnit(c.wasteLitreMilli, c.outputMilli, p.wasteLitreMilli, p.outputMilli,
                     per("L"))},
            {QStringLiteral("energy_kwh_per_unit"),
             perUnit(c.energyWh, c.outputMilli, p.energyWh, p.outputMilli, per("kWh"))},
            {QStringLiteral("water_l_per_unit"),
             perUnit(c.waterMl, c.outputMilli, p.waterMl, p.outputMilli, per("L"))},
        };
        lines.append(QJsonObject {
            {QStringLiteral("key"), l.key},
            {QStringLiteral("site"), l.siteCode},
            {QStringLiteral("code"), l.code},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("batches"), all.value(QStringLiteral("batches"))},
            {QStringLiteral("output"), all.value(QStringLiteral("output"))},
            {QStringLiteral("figures"), all},
            // This month's values as plain fields, as scripts written before `figures` read them.
            {QStringLiteral("energy_kwh"), decimal(c.energyWh)},
            {QStringLiteral("water_l"), decimal(c.waterMl)},
            {QStringLiteral("waste_kg"), decimal(c.wasteKgMilli)},
            {QStringLiteral("waste_l"), decimal(c.wasteLitreMilli)},
            {QStringLiteral("waste_kg_per_unit"),
             optionalDecimal(MonthlyReport::perUnitMilli(c.wasteKgMilli, c.outputMilli))},
            {QStringLiteral("waste_l_per_unit"),
             optionalDecimal(MonthlyReport::perUnitMilli(c.wasteLitreMilli, c.outputMilli))},
            {QStringLiteral("energy_kwh_per_unit"),
             optionalDecimal(MonthlyReport::perUnitMilli(c.energyWh, c.outputMilli))},
            {QStringLiteral("water_l_per_unit"),
             optionalDecimal(MonthlyReport::perUnitMilli(c.waterMl, c.outputMilli))},
        });
    }

    QJsonArray waste;
    for (const MonthlyReport::WasteRow &w : r.waste) {
        const QString unit = unitCode(w.unit);
        waste.append(QJsonObject {{QStringLiteral("site"), w.siteCode},
                                  {QStringLiteral("category"), w.categoryCode},
                                  {QStringLiteral("name"), w.categoryName},
                                  {QStringLiteral("route"), routeCode(w.route)},
                                  {QStringLiteral("diverted"), isDiverted(w.route)},
                                  {QStringLiteral("quantity"), decimal(w.milli)},
                                  {QStringLiteral("unit"), unit},
                                  {QStringLiteral("figures"),
                                   quantity(w.milli, w.previousMilli, unit)}});
    }

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
            {QStringLiteral("used_share"), share(m.usedSeconds, m.availableSeconds)},
            {QStringLiteral("figures"),
             QJsonObject {
                 {QStringLiteral("available_seconds"),
                  count(m.availableSeconds, m.previousAvailableSeconds)},
                 {QStringLiteral("maintenance_seconds"),
                  count(m.maintenanceSeconds, m.previousMaintenanceSeconds)},
                 {QStringLiteral("booked_seconds"),
                  count(m.bookedSeconds, m.previousBookedSeconds)},
                 {QStringLiteral("used_seconds"), count(m.usedSeconds, m.previousUsedSeconds)},
                 {QStringLiteral("booked_share"),
                  ratio(m.bookedSeconds, m.availableSeconds, m.previousBookedSeconds,
                        m.previousAvailableSeconds)},
                 {QStringLiteral("used_share"),
                  ratio(m.usedSeconds, m.availableSeconds, m.previousUsedSeconds,
                        m.previousAvailableSeconds)},
             }}});

    QJsonObject out {
        {QStringLiteral("site"), r.siteId ? r.siteCode : QStringLiteral("all")},
        {QStringLiteral("month"), r.monthKey()},
        {QStringLiteral("status"), r.final ? QStringLiteral("final") : QStringLiteral("draft")},
        {QStringLiteral("data_version"), r.dataVersion},
        {QStringLiteral("comparison"),
         comparison(r.comparison, r.previousYear(), r.previousMonth())},
        {QStringLiteral("key_figures"), keyFigures(r.current, r.previous)},
        {QStringLiteral("product_lines"), lines},
        {QStringLiteral("waste"), waste},
        {QStringLiteral("machines"), machines},
    };
    if (r.siteId) {
        out.insert(QStringLiteral("site_name"), r.siteName);
        out.insert(QStringLiteral("province"), r.province);
        out.insert(QStringLiteral("time_zone"), r.timeZone);
        out.insert(QStringLiteral("manager"), r.managerName);
    } else {
        QJsonArray sites;
        for (const MonthlyReport::SiteRow &s : r.sites) {
            QJsonObject o = figures(s.figures);
            o.insert(QStringLiteral("site"), s.code);
            o.insert(QStringLiteral("name"), s.name);
            o.insert(QStringLiteral("province"), s.province);
            o.insert(QStringLiteral("status"),
                     s.closed ? QStringLiteral("final") : QStringLiteral("draft"));
            o.insert(QStringLiteral("comparison"),
                     comparison(ComparisonBasis::of(s.figures.batches, s.previous.batches),
                                r.previousYear(), r.previousMonth()));
            o.insert(QStringLiteral("key_figures"), keyFigures(s.figures, s.previous));
            sites.append(o);
        }
        out.insert(QStringLiteral("sites"), sites);
    }
    return out;
}

} // namespace Rpb
