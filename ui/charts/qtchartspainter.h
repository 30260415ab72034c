#pragma once

#include "reporting/chartpainter.h"

#include <QCoreApplication>

namespace Rpb {

// Draws the waste chart with Qt Charts for the window, the `chart` command and printouts: the
// figures go into the same table model the Waste page shows, a WasteChart reads them, and the
// chart is rendered through a graphics scene, so PDF and SVG painters receive vector shapes.
// Needs a QApplication (fonts and pixmaps); main.cpp makes one for commands that draw.
class QtChartsPainter final : public ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(QtChartsPainter)
public:
    QtChartsPainter() = default;

    using ChartPainter::paint;
    void paint(QPainter &painter, const QRectF &rect, const WasteFigures &figures, View view,
               const QLocale &locale, const Labels &labels) const override;
    Status save(const QString &file, const QSize &size, const WasteFigures &figures, View view,
                const QLocale &locale) const override;
};

} // namespace Rpb
