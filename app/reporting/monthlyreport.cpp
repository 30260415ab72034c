#include "monthlyreport.h"

namespace Rpb {

namespace {
// a * 1000 / b rounded half up, for non-negative a and positive b.
qint64 scaledRound(qint64 a, qint64 b)
{
    const qint64 whole = a / b;
    const qint64 rest = a % b;
    // Splitting keeps a * 1000 from overflowing for any quantity the database accepts.
    return whole * 1000 + (rest * 1000 + b / 2) / b;
}
} // namespace

QString MonthlyReport::monthKey() const
{
    return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> MonthlyReport::perUnitMilli(qint64 part, qint64 whole)
{
    if (whole <= 0 || part < 0)
        return std::nullopt;
    return scaledRound(part, whole);
}

std::optional<qint64> MonthlyReport::permille(qint64 part, qint64 whole)
{
    return perUnitMilli(part, whole);
}

} // namespace Rpb
