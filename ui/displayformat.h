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
    // A member, machine, product line or category in a list: its name first, so that typing
    // the first letters of the Indonesian name finds it, then its code: "Kursi (CHAIR)".
    static QString record(const QString &name, const QString &code);
    // A site: its code first, the way every site is known across the central office.
    static QString site(const QString &code, const QString &name); // "ACH · RPB Minyak Atsiri"
};

} // namespace Rpb
