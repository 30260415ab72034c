#pragma once

#include "domain/result.h"
#include "monthlyreport.h"
#include "reporttext.h"

class QPagedPaintDevice;

namespace Rpb {

// Lays the monthly summary out on A4 pages with QPainter: the HTML parts drawn as real text
// through QTextDocument, the waste chart through ChartPainter (vectors on a PDF) and a footer on
// every page with the page number, the stamp, the generation time and the data version. Needs a
// QGuiApplication (the offscreen platform will do), never a widget.
class ReportPdf final
{
public:
    // Writes a PDF file (A4, fonts embedded as subsets).
    static Status write(const MonthlyReport &report, const ReportOptions &options,
                        const QString &file);
    // Draws onto any paged device already set up (a QPdfWriter, or the window's printer and
    // print preview). Returns the number of pages drawn.
    static Result<int> paint(const MonthlyReport &report, const ReportOptions &options,
                             QPagedPaintDevice &device);
};

} // namespace Rpb
