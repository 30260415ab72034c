#pragma once

#include "domain/units.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace Rpb {

// Colours of waste routes, categories and product lines, the same on every chart and printout.
// Built on the Okabe-Ito palette, which stays distinguishable for the common kinds of colour
// blindness; disposal routes are greys and dark red so that they read apart from diversion.
class WastePalette final
{
public:
    static QColor route(Route route);
    static QColor route(const QString &routeCode);
    // A stable colour for a category or product line code: the same code always gets the same
    // colour, whatever else is on the chart.
    static QColor forCode(const QString &code);
    // Distinct colours for the codes of one kind (a site's categories or product lines): the
    // code's place in the sorted list of all of them picks its colour, so colours stay the same
    // across charts of that site and no two share one while there are colours left.
    static QColor forCode(const QString &code, QStringList allCodes);
    // Disposal routes are drawn with a hatch as well as a colour, for print in black and white.
    static bool hatched(const QString &routeCode);
    static QList<QColor> series(); // the qualitative palette, in order
};

} // namespace Rpb
