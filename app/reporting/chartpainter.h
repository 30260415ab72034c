#pragma once

#include "domain/result.h"
#include "services/wastefigures.h"

#include <QLocale>
#include <QRectF>
#include <QSize>

class QPainter;

namespace Rpb {

// Draws the waste chart. The core lays out pages and asks for the chart through this interface;
// ui/charts implements it with Qt Charts and app/main.cpp installs it, so the Waste page, the
// `chart` command and the printed summary all draw the same chart, and the core never links a
// chart library.
class ChartPainter
{
public:
    enum class View {
        PerProductLine, // one bar per product line, stacked by category or route
        OverTime        // one bar per period, stacked by product line
    };

    virtual ~ChartPainter() = default;

    // Draws into rect; vector output when the painter is a PDF or SVG one.
    virtual void paint(QPainter &painter, const QRectF &rect, const WasteFigures &figures, View view,
                       const QLocale &locale) const = 0;
    // Writes the chart as .png or .svg, chosen by the file's suffix.
    virtual Status save(const QString &file, const QSize &size, const WasteFigures &figures,
                        View view, const QLocale &locale) const = 0;

    // The painter the application installed, or nullptr (a build without charts).
    static const ChartPainter *instance();
    static void install(const ChartPainter *painter);
};

} // namespace Rpb
