#include "wastefigures.h"

#include <algorithm>
#include <tuple>

namespace Rpb {

qint64 WasteFigures::lineTotal(const QString &lineKey) const
{
    qint64 sum = 0;
    for (const Cell &c : byLine)
        if (c.row == lineKey)
            sum += c.milli;
    return sum;
}

qint64 WasteFigures::cell(const QList<Cell> &cells, const QString &row,
                          const QString &stackKey) const
{
    const auto found = std::lower_bound(
        cells.cbegin(), cells.cend(), std::tie(row, stackKey),
        [](const Cell &c, const auto &wanted) { return std::tie(c.row, c.stack) < wanted; });
    return found != cells.cend() && found->row == row && found->stack == stackKey ? found->milli
                                                                                  : 0;
}

QString WasteFigures::ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return {};
    // Rounded half up to four decimals, in integers only.
    const qint64 tenThousandths = (part * 10000 * 2 + whole) / (whole * 2);
    return QString::number(tenThousandths / 10000) + QLatin1Char('.')
        + QString::number(tenThousandths % 10000).rightJustified(4, QLatin1Char('0'));
}

std::optional<qint64> WasteFigures::intensityMilli(const Key &line) const
{
    if (line.outputMilli <= 0)
        return std::nullopt;
    const qint64 waste = lineTotal(line.key);
    return (waste * 1000 * 2 + line.outputMilli) / (line.outputMilli * 2);
}

} // namespace Rpb
