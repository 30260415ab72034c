#pragma once

#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Rpb {

class SiteCalendar;

// Reads the times, dates, durations and months that scheduling commands take. A malformed value
// is a usage error naming its option; whether a well-formed value makes sense (an end after its
// start, opening hours) is for the services to say.
class TimeInput final
{
public:
    // What a date without a time stands for, where one is allowed.
    enum class DateAlone { Refused, StartOfDay, EndOfDay };

    // ISO 8601: YYYY-MM-DDTHH:MM[:SS] (a space may stand for the T). Without an offset the time is
    // the site's local time; with one (+07:00, +0700, Z) it is that absolute instant. Returns UTC.
    static Result<QDateTime> dateTime(const QString &text, const SiteCalendar &calendar,
                                      const QString &option,
                                      DateAlone dateAlone = DateAlone::Refused);
    // YYYY-MM-DD.
    static Result<QDate> date(const QString &text, const QString &option);
    // 2h, 90m, 1h30m (also 1h 30m): whole minutes, more than zero.
    static Result<int> minutes(const QString &text, const QString &option);
    // YYYY-MM, as the first day of that month.
    static Result<QDate> month(const QString &text, const QString &option);
    // A whole number within [low, high].
    static Result<int> number(const QString &text, const QString &option, int low, int high);

    // An instant in a site's local time with its offset, as JSON shows times:
    // 2026-12-01T08:00:00+07:00.
    static QString isoLocal(const QDateTime &utc, const QTimeZone &zone);
};

} // namespace Rpb
