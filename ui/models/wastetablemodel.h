#pragma once

#include "services/wastefigures.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QLocale>

namespace Rpb {

// The waste figures of one view as a table: the Waste page's table shows it and its chart reads
// it through a bar model mapper, so the two cannot disagree. Per product line: a row per line
// and a column per category or route; over time: a row per period and a column per product
// line. The last column is the row's total and is not drawn as a bar set. The figures are
// replaced at once (a model reset), never cell by cell.
class WasteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WasteTableModel)
public:
    enum class View { PerProductLine, OverTime };
    enum Role {
        MilliRole = Qt::UserRole + 1, // qint64 thousandths of the unit
        KeyRole, // header: the stable key of the row or column
        ColourRole, // horizontal header: the bar set's colour
        HatchedRole, // horizontal header: drawn hatched (disposal routes)
    };

    explicit WasteTableModel(QObject *parent = nullptr);

    void setFigures(const WasteFigures &figures, View view);
    const WasteFigures &figures() const { return m_figures; }
    View view() const { return m_view; }
    // Columns drawn as bar sets: every column but the total.
    int stackCount() const { return int(m_columns.size()); }
    QString rowKey(int row) const;
    QString columnKey(int column) const;
    qint64 milli(int row, int column) const;
    bool isEmpty() const { return m_figures.isEmpty(); }

    // RFC 4180 with a UTF-8 byte order mark, C-locale numbers: for spreadsheets and scripts.
    QByteArray toCsv() const;

    // "Mar 2026", "Q1 2026" or "2026" for a period key of the figures.
    static QString periodLabel(const QString &key, const QLocale &locale);
    static QColor stackColour(const WasteFigures &figures, View view, const QString &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    WasteFigures m_figures;
    View m_view = View::PerProductLine;
    QList<WasteFigures::Key> m_rows;
    QList<WasteFigures::Key> m_columns;
    QList<QList<qint64>> m_cells; // [row][column], the total excluded
};

} // namespace Rpb
