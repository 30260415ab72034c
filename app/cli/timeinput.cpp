#include "timeinput.h"

#include "domain/sitecalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdlib>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimeInput)
};

Error malformed(const QString &option, const QString &text, const QString &expected)
{
    return Error::usage(Tr::tr("The option --%1 takes %2, not \"%3\".").arg(option, expected, text),
                        QStringLiteral("--") + option);
}

QString timeFormats()
{
    return Tr::tr("a time written YYYY-MM-DDTHH:MM (the site's local time) or with an offset, "
                  "e.g. 2026-12-02T08:00+07:00");
}
} // namespace

Result<QDateTime> TimeInput::dateTime(const QString &text, const SiteCalendar &calendar,
                                      const QString &option, DateAlone dateAlone)
{
    const bool dateAllowed = dateAlone != DateAlone::Refused;
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?"
                       "(Z|[+-]\\d{2}(?::?\\d{2})?)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = pattern.match(trimmed);
    const QString expected = dateAllowed ? Tr::tr("%1, or a date YYYY-MM-DD").arg(timeFormats())
                                         : timeFormats();
    if (!match.hasMatch())
        return fail(malformed(option, text, expected));
    const QDate day(match.captured(1).toInt(), match.captured(2).toInt(),
                    match.captured(3).toInt());
    const bool hasTime = match.hasCaptured(4);
    if (!day.isValid() || (!hasTime && !dateAllowed))
        return fail(malformed(option, text, expected));
    QTime time(0, 0);
    if (hasTime) {
        time = QTime(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.hasCaptured(6) ? match.captured(6).toInt() : 0);
        if (!time.isValid())
            return fail(malformed(option, text, expected));
    }
    if (!hasTime && dateAlone == DateAlone::EndOfDay)
        return calendar.fromLocal(day.addDays(1), QTime(0, 0));
    if (!match.hasCaptured(7))
        return calendar.fromLocal(day, time);

    const QString zone = match.captured(7);
    int offsetSeconds = 0;
    if (zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) != 0) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return fail(malformed(option, text, expected));
        offsetSeconds = (hours * 60 + minutes) * 60 * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(day, time, QTimeZone(offsetSeconds)).toUTC();
}

Result<QDate> TimeInput::date(const QString &text, const QString &option)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    const QDate day = pattern.match(trimmed).hasMatch()
                          ? QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"))
                          : QDate();
    if (!day.isValid())
        return fail(malformed(option, text, Tr::tr("a date written YYYY-MM-DD")));
    return day;
}

Result<int> TimeInput::minutes(const QString &text, const QString &option)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d{1,3})\\s*h)?\\s*(?:(\\d{1,5})\\s*m(?:in)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = pattern.match(trimmed);
    const QString expected = Tr::tr("a duration such as 2h, 90m or 1h30m");
    if (trimmed.isEmpty() || !match.hasMatch())
        return fail(malformed(option, text, expected));
    const int total = match.captured(1).toInt() * 60 + match.captured(2).toInt();
    if (total <= 0)
        return fail(malformed(option, text, expected));
    return total;
}

Result<QDate> TimeInput::month(const QString &text, const QString &option)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const QDate first = match.hasMatch()
                            ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1)
                            : QDate();
    if (!first.isValid())
        return fail(malformed(option, text, Tr::tr("a month written YYYY-MM")));
    return first;
}

Result<int> TimeInput::number(const QString &text, const QString &option, int low, int high)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < low || value > high)
        return fail(malformed(option, text,
                              Tr::tr("a whole number from %1 to %2").arg(low).arg(high)));
    return value;
}

QString TimeInput::isoLocal(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2")
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Rpb
