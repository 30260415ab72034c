#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace Rpb {

// RFC 5545 recurrence rules, expanded by libical. A series starts at a local date and time in the
// site's zone; each occurrence keeps that local wall-clock time and is returned in UTC.
class Recurrence final
{
public:
    // Largest number of occurrences one series may make (a weekly series for three years).
    static constexpr int MaxOccurrences = 160;

    // Invalid with a message naming the rule when it does not parse or has no frequency.
    static Status validate(const QString &rrule);
    // Occurrence starts (UTC) from localStart, stopping after `until` (UTC) or MaxOccurrences.
    static Result<QList<QDateTime>> expand(const QString &rrule, const QDateTime &localStart,
                                           const QTimeZone &zone, const QDateTime &until);
};

} // namespace Rpb
