#pragma once

#include "domain/comparisonbasis.h"
#include "domain/units.h"
#include "services/wastefigures.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Rpb {

// The figures of the monthly green-UMKM summary for one site or all sites and one local month,
// computed once by ReportBuilder. The HTML, JSON and PDF renderers only format what is here, so
// the printout, the file and the command line cannot disagree. Quantities are integer
// thousandths (grams, millilitres, watt-hours); shares and per-unit figures are derived with
// integer maths by the helpers below.
struct MonthlyReport
{
    // What the key figures compare between the month and the month before it.
    struct Figures
    {
        qint64 batches = 0;
        qint64 wasteKgMilli = 0;
        qint64 wasteLitreMilli = 0;
        qint64 divertedKgMilli = 0;
        qint64 divertedLitreMilli = 0;
        qint64 energyWh = 0;
        qint64 waterMl = 0;
        qint64 availableSeconds = 0; // open hours less maintenance, over every machine
        qint64 maintenanceSeconds = 0;
        qint64 bookedSeconds = 0;
        qint64 usedSeconds = 0;
        qint64 membersServed = 0; // distinct members with a counted batch or a used booking
        qint64 womenLed = 0;
        qint64 youthLed = 0;
        qint64 womenOrYouthLed = 0;
    };

    // What one product line made and used in a month.
    struct LineFigures
    {
        qint64 batches = 0;
        qint64 outputMilli = 0; // in the line's unit
        qint64 energyWh = 0;
        qint64 waterMl = 0;
        qint64 wasteKgMilli = 0;
        qint64 wasteLitreMilli = 0;
    };

    // One product line of one site. Lines are never added across sites, even with the same
    // code: their units may differ, and a code is only unique within its site.
    struct Line
    {
        QString key; // "ACH/PATCHOULI": the site's code and the line's code
        QString siteCode;
        QString code;
        QString name;
        Unit unit = Unit::Kg; // of the output
        LineFigures current;
        LineFigures previous;
    };

    // One category of one site down one route, in GRI 306 route order.
    struct WasteRow
    {
        QString siteCode;
        QString categoryCode;
        QString categoryName;
        Unit unit = Unit::Kg;
        Route route = Route::Compost;
        qint64 milli = 0;
        qint64 previousMilli = 0; // the same category and route the month before
    };

    struct Machine
    {
        QString siteCode;
        QString code;
        QString name;
        bool underMaintenance = false; // status of the machine now
        qint64 availableSeconds = 0; // open hours less maintenance
        qint64 maintenanceSeconds = 0;
        qint64 bookedSeconds = 0;
        qint64 usedSeconds = 0;
        // The month before, for the JSON's changes.
        qint64 previousAvailableSeconds = 0;
        qint64 previousMaintenanceSeconds = 0;
        qint64 previousBookedSeconds = 0;
        qint64 previousUsedSeconds = 0;
    };

    struct SiteRow
    {
        qint64 siteId = 0;
        QString code;
        QString name;
        QString province;
        bool closed = false;
        Figures figures;
        Figures previous;
    };

    std::optional<qint64> siteId; // empty: all sites
    QString siteCode; // "ALL" for all sites
    QString siteName; // empty for all sites (the renderers name it)
    QString province;
    QString timeZone; // the site's (IANA); all sites: empty, and the footer says UTC
    // Who signs: the site's responsible manager, else the full name of its manager account;
    // empty when neither is known (to be written by hand). All sites: empty.
    QString managerName;
    int year = 0;
    int month = 0;
    bool final = false; // the month is closed (at every site, for all sites)
    qint64 dataVersion = 0; // max(audit_log.id): every change by a service writes one entry

    Figures current;
    Figures previous;
    // Whether the previous month holds enough counted batches for the changes to mean something.
    ComparisonBasis::Kind comparison = ComparisonBasis::Kind::NoData;
    QList<Line> lines; // by site code, then product line code
    QList<WasteRow> waste; // by site, route (GRI 306 order), category
    QList<Machine> machines; // by site, machine code
    QList<SiteRow> sites; // all-sites reports only, by site code
    WasteFigures chart; // kg waste per product line, stacked by route, for ChartPainter

    int yyyymm() const { return year * 100 + month; }
    QString monthKey() const; // "2026-10"
    int previousYear() const { return month == 1 ? year - 1 : year; }
    int previousMonth() const { return month == 1 ? 12 : month - 1; }

    // Thousandths of `part` per one of `whole` (both thousandths), rounded half up: waste
    // intensity, energy or water per unit of output. Empty when whole is 0.
    static std::optional<qint64> perUnitMilli(qint64 part, qint64 whole);
    // Tenths of a percent (812 for 81.2 %), rounded half up; empty when whole is 0.
    static std::optional<qint64> permille(qint64 part, qint64 whole);
    // The members' aim: 70 % of those served led by women or young people.
    static constexpr qint64 InclusionAimPermille = 700;
};

} // namespace Rpb
