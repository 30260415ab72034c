#include "wastechartview.h"

#include "wastechart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QStackedBarSeries>
#include <QVBoxLayout>

namespace Rpb {

WasteChartView::WasteChartView(WasteTableModel *model, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chart = new WasteChart(model);
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("wasteChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    // The table below is the keyboard's way into the numbers; the picture takes no focus.
    m_view->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_view);
    connect(m_chart, &WasteChart::segmentHovered, this, &WasteChartView::segmentHovered);
    connect(m_chart, &WasteChart::segmentClicked, this, &WasteChartView::segmentClicked);
}

void WasteChartView::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void WasteChartView::setNumberLocale(const QLocale &locale)
{
    m_chart->setNumberLocale(locale);
}

int WasteChartView::seriesCount() const
{
    return int(m_chart->series()->barSets().size());
}

QStringList WasteChartView::barSetLabels() const
{
    QStringList labels;
    for (const QBarSet *set : m_chart->series()->barSets())
        labels << set->label();
    return labels;
}

QStringList WasteChartView::categories() const
{
    return m_chart->categoryAxis()->categories();
}

} // namespace Rpb
