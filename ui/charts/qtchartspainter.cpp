#include "qtchartspainter.h"

#include "wastechart.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImage>
#include <QLegend>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QScreen>
#include <QSvgGenerator>

namespace Rpb {

void QtChartsPainter::paint(QPainter &painter, const QRectF &rect, const WasteFigures &figures,
                            View view, const QLocale &locale, const Labels &labels) const
{
    // Paper: laid out at the screen's resolution, then scaled up to the device's, so that a
    // font of 8 pt is 8 pt on the page. Images and SVG files keep their pixels one to one.
    const bool paper = dynamic_cast<QPagedPaintDevice *>(painter.device()) != nullptr;
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal screenDpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    const qreal scale = paper && painter.device()->logicalDpiY() > 0
        ? painter.device()->logicalDpiY() / screenDpi
        : 1.0;
    const QRectF area(QPointF(0, 0), rect.size() / scale);
    if (figures.isEmpty()) {
        painter.save();
        painter.fillRect(rect, Qt::white);
        painter.setPen(Qt::darkGray);
        QFont font = painter.font();
        font.setPointSizeF(9);
        painter.setFont(font);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No waste recorded for this selection"));
        painter.restore();
        return;
    }
    const auto modelView = view == View::OverTime ? WasteTableModel::View::OverTime
                                                  : WasteTableModel::View::PerProductLine;
    WasteTableModel model;
    model.setFigures(figures, modelView);
    QGraphicsScene scene;
    auto *chart = new WasteChart(&model);
    scene.addItem(chart); // the scene owns and deletes it, before the model goes
    chart->setNumberLocale(locale);
    if (labels.title)
        chart->setTitle(WasteChart::titleFor(figures, modelView, locale));
    chart->legend()->setVisible(labels.legend && chart->legend()->isVisible());
    if (paper) {
        // Nothing on paper under 8 pt: the axes' labels and names, the legend.
        QFont small = chart->legend()->font();
        small.setPointSizeF(8);
        chart->legend()->setFont(small);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsFont(small);
            QFont name = small;
            name.setBold(true);
            axis->setTitleFont(name);
        }
        // Many product lines (all sites) turn their names on the slant rather than cut them.
        if (chart->categoryAxis()->count() > 6)
            chart->categoryAxis()->setLabelsAngle(-45);
    }
    if (!labels.categoryAxis.isEmpty())
        chart->categoryAxis()->setTitleText(labels.categoryAxis);
    if (!labels.valueAxis.isEmpty())
        for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
            axis->setTitleText(labels.valueAxis);
    chart->setGeometry(area);
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(area);
    scene.render(&painter, rect, area);
}

Status QtChartsPainter::save(const QString &file, const QSize &size, const WasteFigures &figures,
                             View view, const QLocale &locale) const
{
    if (size.width() < 100 || size.height() < 100)
        return fail(Error::invalid(tr("The chart needs at least 100 by 100 pixels."),
                                   QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                                   QStringLiteral("size")));
    const QString suffix = QFileInfo(file).suffix().toLower();
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(file);
        svg.setSize(size);
        svg.setViewBox(rect);
        svg.setTitle(tr("RPB Hijau waste chart"));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(Error::storage(tr("Cannot write %1.").arg(file)));
        painter.fillRect(rect, Qt::white);
        paint(painter, rect, figures, view, locale);
        painter.end();
        if (!QFileInfo(file).exists() || QFileInfo(file).size() == 0)
            return fail(Error::storage(tr("Cannot write %1.").arg(file)));
        return {};
    }
    if (suffix != QLatin1String("png"))
        return fail(
            Error::invalid(tr("Save the chart as .png or .svg."), file, QStringLiteral("file")));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paint(painter, rect, figures, view, locale);
    }
    if (!image.save(file, "PNG"))
        return fail(Error::storage(tr("Cannot write %1.").arg(file)));
    return {};
}

} // namespace Rpb
