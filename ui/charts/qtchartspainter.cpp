#include "qtchartspainter.h"

#include "wastechart.h"

#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace Rpb {

void QtChartsPainter::paint(QPainter &painter, const QRectF &rect, const WasteFigures &figures,
                            View view, const QLocale &locale) const
{
    if (figures.isEmpty()) {
        painter.save();
        painter.fillRect(rect, Qt::white);
        painter.setPen(Qt::darkGray);
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
    chart->setTitle(WasteChart::titleFor(figures, modelView, locale));
    const QRectF area(QPointF(0, 0), rect.size());
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
