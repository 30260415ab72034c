#include "texttable.h"

#include <algorithm>

namespace Rpb {

void TextTable::addColumn(const QString &header, Align align)
{
    m_columns.append(Column{header, align});
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::render() const
{
    const qsizetype columnCount = m_columns.size();
    QList<qsizetype> widths(columnCount, 0);
    for (qsizetype c = 0; c < columnCount; ++c) {
        widths[c] = m_columns.at(c).header.size();
        for (const QStringList &row : m_rows)
            widths[c] = std::max(widths[c], row.value(c).size());
    }

    const QString gap(2, QLatin1Char(' '));
    const auto line = [&](const QStringList &cells, const auto &alignOf) -> QString {
        QString text;
        for (qsizetype c = 0; c < columnCount; ++c) {
            const QString cell = cells.value(c);
            const bool last = c + 1 == columnCount;
            if (c > 0)
                text += gap;
            if (alignOf(c) == Align::Right)
                text += cell.rightJustified(widths.at(c));
            else
                text += last ? cell : cell.leftJustified(widths.at(c));
        }
        // Trailing spaces only get in the way of whoever copies the table.
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };

    QStringList headers;
    QStringList rules;
    for (qsizetype c = 0; c < columnCount; ++c) {
        headers << m_columns.at(c).header;
        rules << QString(widths.at(c), QLatin1Char('-'));
    }
    const auto columnAlign = [this](qsizetype c) {
        return m_columns.at(c).align;
    };
    QString text = line(headers, columnAlign) + line(rules, [](qsizetype) { return Align::Left; });
    for (const QStringList &row : m_rows)
        text += line(row, columnAlign);
    return text;
}

} // namespace Rpb
