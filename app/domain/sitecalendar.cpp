#include "sitecalendar.h"

namespace Rpb {

SiteCalendar::SiteCalendar(const Site &site)
    : m_site(site)
    , m_zone(site.timeZone.toLatin1())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
}

QDateTime SiteCalendar::fromLocal(const QDate &date, const QTime &time) const
{
    return QDateTime(date, time, m_zone).toUTC();
}

int SiteCalendar::localMonth(const QDateTime &utc) const
{
    const QDate d = localDate(utc);
    return d.year() * 100 + d.month();
}

QList<SiteCalendar::Interval> SiteCalendar::openIntervals(const QDate &fromLocal,
                                                          const QDate &toLocal) const
{
    QList<Interval> out;
    for (QDate d = fromLocal; d <= toLocal; d = d.addDays(1)) {
        if (!m_site.isOpenOn(d.dayOfWeek()))
            continue;
        // closeMinute may be 1440: midnight at the end of the day.
        const QDateTime open = QDateTime(d, QTime(0, 0), m_zone).addSecs(m_site.openMinute * 60);
        const QDateTime close = QDateTime(d, QTime(0, 0), m_zone).addSecs(m_site.closeMinute * 60);
        if (!out.isEmpty() && out.last().end == open.toUTC())
            out.last().end = close.toUTC(); // a site open round the clock: one long interval
        else
            out.append({open.toUTC(), close.toUTC()});
    }
    return out;
}

bool SiteCalendar::withinOpeningHours(const QDateTime &start, const QDateTime &end) const
{
    const QList<Interval> open = openIntervals(localDate(start).addDays(-1), localDate(end));
    for (const Interval &i : open)
        if (i.start <= start && end <= i.end)
            return true;
    return false;
}

QString SiteCalendar::zoneAbbreviation(const QString &ianaId)
{
    if (ianaId == QLatin1String("Asia/Jakarta") || ianaId == QLatin1String("Asia/Pontianak"))
        return QStringLiteral("WIB");
    if (ianaId == QLatin1String("Asia/Makassar"))
        return QStringLiteral("WITA");
    if (ianaId == QLatin1String("Asia/Jayapura"))
        return QStringLiteral("WIT");
    return ianaId;
}

SiteCalendar::Interval SiteCalendar::month(int year, int monthNumber) const
{
    const QDate first(year, monthNumber, 1);
    return {QDateTime(first, QTime(0, 0), m_zone).toUTC(),
            QDateTime(first.addMonths(1), QTime(0, 0), m_zone).toUTC()};
}

SiteCalendar::Interval SiteCalendar::week(const QDateTime &utc) const
{
    const QDate d = localDate(utc);
    const QDate monday = d.addDays(1 - d.dayOfWeek());
    return {QDateTime(monday, QTime(0, 0), m_zone).toUTC(),
            QDateTime(monday.addDays(7), QTime(0, 0), m_zone).toUTC()};
}

} // namespace Rpb
