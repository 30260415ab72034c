#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Rpb {

// How values read on screen in the current language: Indonesian or English numbers, dates with
// four-digit years, durations in hours and minutes. Files and JSON never use these.
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    static QString number(qint64 value);
    static QString date(const QDate &date); // "28 Nov 2026"
    static QString dateFormat(); // the pattern of date(), for date edits
    static QString timeOfDay(int minuteOfDay); // "07:30"
    static QString duration(int minutes); // "1 h 30 min"
    static QString percent(int percent); // "10 %"
    static QString yesNo(bool value);
    static QString dayName(int isoDayOfWeek); // short: "Sen", "Mon"
    static QString openDays(int mask); // "Mon–Sat", "Mon, Wed, Fri"
    static QString timeZoneAbbreviation(const QString &ianaId); // "WIB", or the id itself
    static QString timeZoneLabel(const QString &ianaId); // "Asia/Jakarta (WIB)"
    static QStringList indonesianTimeZones();
};

} // namespace Rpb
