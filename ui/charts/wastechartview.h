#pragma once

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace Rpb {

class WasteChart;
class WasteTableModel;

// The waste chart on screen, drawn from the page's table model. Pages see a plain widget with
// signals for a bar segment under the mouse or clicked, so that the chart library can be
// replaced without touching them.
class WasteChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WasteChartView)
public:
    explicit WasteChartView(WasteTableModel *model, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setNumberLocale(const QLocale &locale);
    // What is drawn, for checks that compare the chart with its model.
    int seriesCount() const;
    QStringList barSetLabels() const;
    QStringList categories() const;

Q_SIGNALS:
    void segmentHovered(bool entered, int row, int column);
    void segmentClicked(int row, int column);

private:
    WasteChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
};

} // namespace Rpb
