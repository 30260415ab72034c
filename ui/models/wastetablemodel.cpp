#include "wastetablemodel.h"

#include "domain/quantity.h"
#include "reporting/wastepalette.h"
#include "services/language.h"

#include <QDate>

namespace Rpb {

namespace {
QByteArray csvField(const QString &text)
{
    QString field = text;
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field.toUtf8();
}
} // namespace

WasteTableModel::WasteTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void WasteTableModel::setFigures(const WasteFigures &figures, View view)
{
    beginResetModel();
    m_figures = figures;
    m_view = view;
    const bool perLine = view == View::PerProductLine;
    m_rows = perLine ? figures.lines : figures.periods;
    m_columns = perLine ? figures.stacks : figures.lines;
    if (figures.isEmpty()) {
        // Nothing to draw: no rows, so that no empty frame of bars is drawn either.
        m_rows.clear();
        m_columns.clear();
    }
    const QList<WasteFigures::Cell> &cells = perLine ? figures.byLine : figures.byPeriod;
    m_cells.clear();
    for (const WasteFigures::Key &row : std::as_const(m_rows)) {
        QList<qint64> values;
        values.reserve(m_columns.size());
        for (const WasteFigures::Key &column : std::as_const(m_columns))
            values << figures.cell(cells, row.key, column.key);
        m_cells << values;
    }
    endResetModel();
}

QString WasteTableModel::rowKey(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

QString WasteTableModel::columnKey(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).key : QString();
}

qint64 WasteTableModel::milli(int row, int column) const
{
    if (row < 0 || row >= m_cells.size())
        return 0;
    const QList<qint64> &values = m_cells.at(row);
    if (column == values.size()) {
        qint64 sum = 0;
        for (qint64 v : values)
            sum += v;
        return sum;
    }
    return column >= 0 && column < values.size() ? values.at(column) : 0;
}

int WasteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WasteTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_columns.isEmpty())
        return 0;
    return int(m_columns.size()) + 1;
}

QVariant WasteTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const qint64 value = milli(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        // A number, for the bar mapper and for sorting; the page's delegate writes it in the
        // language of the screen from MilliRole.
        return double(value) / Quantity::Scale;
    case MilliRole:
        return value;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2 %3")
            .arg(headerData(index.column(), Qt::Horizontal).toString(),
                 Quantity::toLocalizedString(value, Language::locale()),
                 unitDisplayName(m_figures.unit));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant WasteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool horizontal = orientation == Qt::Horizontal;
    const QList<WasteFigures::Key> &keys = horizontal ? m_columns : m_rows;
    const bool total = horizontal && section == keys.size();
    if (section < 0 || (section >= keys.size() && !total))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (total)
            return tr("Total");
        if (!horizontal && m_view == View::OverTime)
            return periodLabel(keys.at(section).key, Language::locale());
        return keys.at(section).name;
    case Qt::ToolTipRole:
        return total ? QVariant() : QVariant(keys.at(section).code);
    case KeyRole:
        return total ? QString() : keys.at(section).key;
    case ColourRole:
        if (!horizontal || total)
            return {};
        return stackColour(m_figures, m_view, keys.at(section).key);
    case HatchedRole:
        return horizontal && !total && m_view == View::PerProductLine
            && m_figures.stack == WasteFigures::Stack::Route
            && WastePalette::hatched(keys.at(section).key);
    case Qt::DecorationRole:
        if (!horizontal || total)
            return {};
        return stackColour(m_figures, m_view, keys.at(section).key);
    default:
        return {};
    }
}

QColor WasteTableModel::stackColour(const WasteFigures &figures, View view, const QString &key)
{
    if (view == View::OverTime) {
        QStringList all;
        for (const WasteFigures::Key &line : figures.lines)
            all << line.key;
        return WastePalette::forCode(key, all);
    }
    if (figures.stack == WasteFigures::Stack::Route)
        return WastePalette::route(key);
    QStringList all;
    for (const WasteFigures::Key &stack : figures.stacks)
        all << stack.key;
    return WastePalette::forCode(key, all);
}

QString WasteTableModel::periodLabel(const QString &key, const QLocale &locale)
{
    const int year = key.left(4).toInt();
    if (key.size() == 7 && key.at(5) == QLatin1Char('Q'))
        return tr("Q%1 %2").arg(key.mid(6).toInt()).arg(year);
    if (key.size() == 7)
        return locale.toString(QDate(year, key.mid(5).toInt(), 1), QStringLiteral("MMM yyyy"));
    return key;
}

QByteArray WasteTableModel::toCsv() const
{
    QByteArray csv("\xEF\xBB\xBF");
    const QString first = m_view == View::PerProductLine ? QStringLiteral("product_line")
                                                         : QStringLiteral("period");
    QList<QByteArray> header {csvField(first), csvField(QStringLiteral("name")),
                              csvField(QStringLiteral("unit"))};
    for (const WasteFigures::Key &column : m_columns)
        header << csvField(column.key);
    header << csvField(QStringLiteral("total"));
    csv += header.join(',') + "\r\n";
    for (int row = 0; row < m_rows.size(); ++row) {
        QList<QByteArray> fields {csvField(m_rows.at(row).key), csvField(m_rows.at(row).name),
                                  csvField(unitCode(m_figures.unit))};
        for (int column = 0; column <= m_columns.size(); ++column)
            fields << csvField(Quantity::toDecimalString(milli(row, column)));
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

} // namespace Rpb
