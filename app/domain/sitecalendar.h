#pragma once

#include "site.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace Rpb {

// A site's clock and opening hours. Storage is UTC; people think in the site's local time (WIB,
// WITA, WIT), and a month in a report is the site's local calendar month.
class SiteCalendar final
{
public:
    struct Interval
    {
        QDateTime start; // UTC
        QDateTime end;   // UTC
    };

    explicit SiteCalendar(const Site &site);

    // Indonesia's own names of its zones ("WIB", "WITA", "WIT"), or the IANA id itself: the time
    // zone database spells them differently from version to version.
    static QString zoneAbbreviation(const QString &ianaId);

    QTimeZone zone() const { return m_zone; }
    QDateTime toLocal(const QDateTime &utc) const { return utc.toTimeZone(m_zone); }
    QDateTime fromLocal(const QDate &date, const QTime &time) const;
    QDate localDate(const QDateTime &utc) const { return toLocal(utc).date(); }
    int localMonth(const QDateTime &utc) const; // YYYYMM

    // The site's open hours between two local dates (inclusive), in UTC.
    QList<Interval> openIntervals(const QDate &fromLocal, const QDate &toLocal) const;
    // Whether [start, end) lies wholly inside opening hours.
    bool withinOpeningHours(const QDateTime &start, const QDateTime &end) const;
    // UTC bounds of a local calendar month [first instant, first instant of the next month).
    Interval month(int year, int month) const;
    // Monday 00:00 local of the week holding utc, and the next Monday, in UTC.
    Interval week(const QDateTime &utc) const;

private:
    Site m_site;
    QTimeZone m_zone;
};

} // namespace Rpb
