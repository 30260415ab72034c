#pragma once

#include "domain/result.h"
#include "services/wastefigures.h"

#include <QLocale>
#include <QRectF>
#include <QSize>
#include <QString>

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

    // What a printed document draws itself, in its own language, instead of the chart: its
    // title, its legend (which must name every colour, however long the names), the axes' names.
    struct Labels
    {
        bool title = true; // the chart's own title
        bool legend = true; // the chart's own legend
        QString categoryAxis; // empty: the chart's own
        QString valueAxis;
    };

    virtual ~ChartPainter() = default;

    // Draws into rect; vector output when the painter is a PDF or SVG one. On a printer or PDF
    // writer the chart is laid out at the screen's resolution and scaled to the device, so that
    // its text has the point sizes it has on screen (drawn 1:1 in device pixels, a 9 pt label
    // came out at 3 pt on a 300 dpi page).
    virtual void paint(QPainter &painter, const QRectF &rect, const WasteFigures &figures, View view,
                       const QLocale &locale, const Labels &labels) const = 0;
    void paint(QPainter &painter, const QRectF &rect, const WasteFigures &figures, View view,
               const QLocale &locale) const
    {
        paint(painter, rect, figures, view, locale, Labels {});
    }
    // Writes the chart as .png or .svg, chosen by the file's suffix.
    virtual Status save(const QString &file, const QSize &size, const WasteFigures &figures,
                        View view, const QLocale &locale) const = 0;

    // The painter the application installed, or nullptr (a build without charts).
    static const ChartPainter *instance();
    static void install(const ChartPainter *painter);
};

} // namespace Rpb
