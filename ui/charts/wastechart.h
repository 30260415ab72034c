#pragma once

#include "models/wastetablemodel.h"

#include <QChart>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QVBarModelMapper;
class QValueAxis;
QT_END_NAMESPACE

namespace Rpb {

// The waste chart as a Qt Charts chart: one stacked bar series whose bar sets a model mapper
// reads from the columns of a WasteTableModel. When the model is replaced the mapper rebuilds
// the bar sets in one go and the chart restyles them (palette colours, hatched disposal routes,
// axes in the language's number format). Only ui/charts knows Qt Charts.
class WasteChart final : public QChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WasteChart)
public:
    explicit WasteChart(WasteTableModel *model, QGraphicsItem *parent = nullptr);

    void setNumberLocale(const QLocale &locale);
    QStackedBarSeries *series() const { return m_series; }
    QBarCategoryAxis *categoryAxis() const { return m_axisX; }

    static QString titleFor(const WasteFigures &figures, WasteTableModel::View view,
                            const QLocale &locale);
    static QString monthLabel(int yyyymm, const QLocale &locale);

Q_SIGNALS:
    void segmentHovered(bool entered, int row, int column);
    void segmentClicked(int row, int column);

private:
    void refresh();
    int columnOf(QBarSet *set) const;

    WasteTableModel *m_model = nullptr;
    QStackedBarSeries *m_series = nullptr;
    QVBarModelMapper *m_mapper = nullptr;
    QBarCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QLocale m_locale;
};

} // namespace Rpb
