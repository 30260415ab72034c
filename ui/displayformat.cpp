#include "displayformat.h"

#include "domain/sitecalendar.h"
#include "services/language.h"

namespace Rpb {

QString DisplayFormat::number(qint64 value)
{
    return Language::locale().toString(value);
}

QString DisplayFormat::dateFormat()
{
    // The locales' short formats use two-digit years; a register of members must not.
    return QStringLiteral("d MMM yyyy");
}

QString DisplayFormat::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    return Language::locale().toString(date, dateFormat());
}

QString DisplayFormat::timeOfDay(int minuteOfDay)
{
    if (minuteOfDay >= 24 * 60)
        return QStringLiteral("24:00");
    return Language::locale().toString(QTime(minuteOfDay / 60, minuteOfDay % 60),
                                       QStringLiteral("HH:mm"));
}

QString DisplayFormat::duration(int minutes)
{
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (hours == 0)
        return tr("%1 min").arg(number(rest));
    if (rest == 0)
        return tr("%1 h").arg(number(hours));
    return tr("%1 h %2 min").arg(number(hours), number(rest));
}

QString DisplayFormat::percent(int percent)
{
    // A space before the sign, as on the printed summary (Quantity::percentText).
    return number(percent) + QStringLiteral(" %");
}

QString DisplayFormat::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString DisplayFormat::dayName(int isoDayOfWeek)
{
    return Language::locale().dayName(isoDayOfWeek, QLocale::ShortFormat);
}

QString DisplayFormat::openDays(int mask)
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day)
        if (mask & (1 << (day - 1)))
            days << day;
    if (days.isEmpty())
        return tr("closed");
    if (days.size() == 7)
        return tr("every day");
    // A run of three or more days reads better as a range: "Mon–Sat".
    const bool contiguous = days.last() - days.first() + 1 == days.size();
    if (contiguous && days.size() >= 3)
        return dayName(days.first()) + QChar(0x2013) + dayName(days.last());
    QStringList names;
    for (int day : days)
        names << dayName(day);
    return names.join(QStringLiteral(", "));
}

QStringList DisplayFormat::indonesianTimeZones()
{
    return {QStringLiteral("Asia/Jakarta"), QStringLiteral("Asia/Makassar"),
            QStringLiteral("Asia/Jayapura")};
}

QString DisplayFormat::timeZoneAbbreviation(const QString &ianaId)
{
    return SiteCalendar::zoneAbbreviation(ianaId);
}

QString DisplayFormat::timeZoneLabel(const QString &ianaId)
{
    const QString abbreviation = timeZoneAbbreviation(ianaId);
    if (abbreviation == ianaId)
        return ianaId;
    return QStringLiteral("%1 (%2)").arg(ianaId, abbreviation);
}

QString DisplayFormat::record(const QString &name, const QString &code)
{
    if (code.isEmpty() || code == name)
        return name;
    return QStringLiteral("%1 (%2)").arg(name, code);
}

QString DisplayFormat::site(const QString &code, const QString &name)
{
    if (name.isEmpty())
        return code;
    return QStringLiteral("%1 \u00b7 %2").arg(code, name);
}

} // namespace Rpb
