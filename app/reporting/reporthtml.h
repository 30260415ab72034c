#pragma once

#include "monthlyreport.h"
#include "reporttext.h"

#include <QString>

namespace Rpb {

// The monthly summary as HTML: a whole document for "Save as HTML" and `report --html`, and the
// two parts the PDF lays out around the chart. The markup stays within what QTextDocument
// renders, so the file and the printout show the same tables.
class ReportHtml final
{
public:
    // A complete UTF-8 HTML document.
    static QString render(const MonthlyReport &report, const ReportOptions &options);
    // Header, stamp, key figures and production: what comes before the chart.
    static QString front(const MonthlyReport &report, const ReportOptions &options);
    // The waste chart per product line as inline SVG (only in the HTML file; the PDF draws it
    // with ChartPainter on the page), or a note when this build has no chart painter.
    static QString chart(const MonthlyReport &report, const ReportOptions &options);
    // Waste, machines, sites, notes and signature: what comes after the chart.
    static QString back(const MonthlyReport &report, const ReportOptions &options);
    // What every figure means: the last page.
    static QString glossary(const ReportOptions &options);
    // Generation time (in the site's zone) and data version, for the foot of every page.
    static QString traceLine(const MonthlyReport &report, const ReportOptions &options);
    // The time zone the document tells time in: the site's; all sites: WIB (Jakarta).
    static QString traceZone(const MonthlyReport &report);
    static QString title(const MonthlyReport &report, const ReportText &text);
};

} // namespace Rpb
