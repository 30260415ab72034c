#include "wastechart.h"

#include "domain/quantity.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDate>
#include <QLegend>
#include <QPainter>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <cmath>

namespace Rpb {

namespace {
// Disposal routes get diagonal light stripes over their colour, so they read apart from the
// diverted routes in black and white print and for colour-blind readers too.
QBrush hatchBrush(const QColor &colour)
{
    QPixmap tile(8, 8);
    tile.fill(colour);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(255, 255, 255, 170), 1.6));
    p.drawLine(QPointF(-1, 9), QPointF(9, -1));
    p.drawLine(QPointF(-1, 1), QPointF(1, -1));
    p.drawLine(QPointF(7, 9), QPointF(9, 7));
    return QBrush(tile);
}
} // namespace

WasteChart::WasteChart(WasteTableModel *model, QGraphicsItem *parent)
    : QChart(parent)
    , m_model(model)
    , m_locale(QLocale::c())
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setMargins(QMargins(4, 4, 4, 4));
    m_series = new QStackedBarSeries(this);
    m_series->setBarWidth(0.6);
    addSeries(m_series);
    m_axisX = new QBarCategoryAxis(this);
    m_axisY = new QValueAxis(this);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    QFont heading = titleFont();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.1);
    setTitleFont(heading);
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setShowToolTips(true);
    setLocalizeNumbers(true);

    m_mapper = new QVBarModelMapper(this);
    m_mapper->setFirstBarSetColumn(0);
    m_mapper->setLastBarSetColumn(m_model->stackCount() - 1);
    m_mapper->setFirstRow(0);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);
    // Connected after the mapper, so that its new bar sets exist when they are styled.
    connect(m_model, &QAbstractItemModel::modelReset, this, &WasteChart::refresh);
    connect(m_series, &QAbstractBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *set) {
                Q_EMIT segmentHovered(status, index, columnOf(set));
            });
    connect(m_series, &QAbstractBarSeries::clicked, this,
            [this](int index, QBarSet *set) { Q_EMIT segmentClicked(index, columnOf(set)); });
    refresh();
}

void WasteChart::setNumberLocale(const QLocale &locale)
{
    m_locale = locale;
    setLocale(locale);
    refresh();
}

int WasteChart::columnOf(QBarSet *set) const
{
    return int(m_series->barSets().indexOf(set));
}

void WasteChart::refresh()
{
    // The number of bar sets follows the model's columns; the mapper rebuilds them if it changed.
    if (m_mapper->lastBarSetColumn() != m_model->stackCount() - 1)
        m_mapper->setLastBarSetColumn(m_model->stackCount() - 1);

    // The mapper names the sets after the column headers. Setting a label here would make it
    // write the label back to the model and rebuild every set.
    const QList<QBarSet *> sets = m_series->barSets();
    for (int column = 0; column < sets.size(); ++column) {
        QBarSet *set = sets.at(column);
        const QColor colour
            = m_model->headerData(column, Qt::Horizontal, WasteTableModel::ColourRole)
                  .value<QColor>();
        const bool hatched
            = m_model->headerData(column, Qt::Horizontal, WasteTableModel::HatchedRole).toBool();
        set->setBrush(hatched ? hatchBrush(colour) : QBrush(colour));
        set->setPen(QPen(hatched ? colour.darker(140) : colour.lighter(115), 0.8));
    }

    QStringList categories;
    qint64 highest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        categories << m_model->headerData(row, Qt::Vertical).toString();
        highest = std::max(highest, m_model->milli(row, m_model->stackCount()));
    }
    m_axisX->clear();
    m_axisX->append(categories);
    // A round top and four to six steps of 1, 2, 2.5 or 5 times a power of ten.
    const double top = std::max(1.0, double(highest) / Quantity::Scale);
    double step = std::pow(10.0, std::floor(std::log10(top / 4)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (top / (step * factor) <= 5) {
            step *= factor;
            break;
        }
    }
    const int steps = std::max(1, int(std::ceil(top / step - 1e-9)));
    m_axisY->setRange(0, step * steps);
    m_axisY->setTickCount(steps + 1);
    m_axisY->setLabelFormat(step < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    m_axisY->setTitleText(unitDisplayName(m_model->figures().unit));
    m_axisX->setTitleText(m_model->view() == WasteTableModel::View::PerProductLine
                              ? tr("Product line")
                              : tr("Period"));
    legend()->setVisible(!sets.isEmpty());
}

QString WasteChart::monthLabel(int yyyymm, const QLocale &locale)
{
    return locale.toString(QDate(yyyymm / 100, yyyymm % 100, 1), QStringLiteral("MMM yyyy"));
}

QString WasteChart::titleFor(const WasteFigures &figures, WasteTableModel::View view,
                             const QLocale &locale)
{
    const QString months = figures.fromMonth == figures.toMonth
        ? monthLabel(figures.fromMonth, locale)
        : tr("%1 to %2")
              .arg(monthLabel(figures.fromMonth, locale), monthLabel(figures.toMonth, locale));
    if (view == WasteTableModel::View::OverTime)
        return tr("Waste over time by product line, %1 (%2)")
            .arg(months, unitDisplayName(figures.unit));
    return figures.stack == WasteFigures::Stack::Route
        ? tr("Waste per product line by handling route, %1 (%2)")
              .arg(months, unitDisplayName(figures.unit))
        : tr("Waste per product line by waste category, %1 (%2)")
              .arg(months, unitDisplayName(figures.unit));
}

} // namespace Rpb
