#include "reportpdf.h"

#include "chartpainter.h"
#include "reporthtml.h"
#include "wastepalette.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <memory>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

QFont documentFont(qreal points)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    return font;
}

// A QTextDocument laid out for the device in pages of the given size.
std::unique_ptr<QTextDocument> layout(const QString &html, QPagedPaintDevice &device,
                                      const QSizeF &page)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&device);
    doc->setDefaultFont(documentFont(9));
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    doc->setPageSize(page);
    return doc;
}

// The height used on the document's last page.
qreal usedOnLastPage(const QTextDocument &doc, qreal pageHeight)
{
    const QRectF last = doc.documentLayout()->blockBoundingRect(doc.lastBlock());
    const qreal bottom = last.bottom();
    return bottom - (doc.pageCount() - 1) * pageHeight;
}

struct LegendEntry
{
    QString name;
    QColor colour;
    bool hatched = false;
};

// The chart's routes in its order, named in the document's language.
QList<LegendEntry> legendEntries(const WasteFigures &figures, const ReportText &t)
{
    QList<LegendEntry> out;
    for (const WasteFigures::Key &k : figures.stacks) {
        const std::optional<Route> route = routeFromCode(k.key);
        out << LegendEntry {route ? t.routeName(*route) : k.name, WastePalette::route(k.key),
                            WastePalette::hatched(k.key)};
    }
    return out;
}

QFont legendFont()
{
    return documentFont(8);
}

// Entries flow left to right and wrap; each line is 5 mm high. Returns the number of lines, or
// draws them from topLeft when draw is set.
template<typename Mm>
int layoutLegend(QPainter &painter, const QList<LegendEntry> &entries, const QPointF &topLeft,
                 qreal width, Mm mm, bool draw)
{
    if (entries.isEmpty())
        return 0;
    painter.save();
    painter.setFont(legendFont());
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal swatch = mm(3.2);
    const qreal gap = mm(1.5);
    const qreal spacing = mm(5);
    qreal x = 0;
    int line = 0;
    for (const LegendEntry &e : entries) {
        const qreal textWidth = metrics.horizontalAdvance(e.name);
        const qreal entryWidth = swatch + gap + textWidth;
        if (x > 0 && x + entryWidth > width) {
            x = 0;
            ++line;
        }
        if (draw) {
            const qreal top = topLeft.y() + line * mm(5);
            const QRectF box(topLeft.x() + x, top + (mm(5) - swatch) / 2, swatch, swatch);
            painter.setPen(QPen(e.colour.darker(130), mm(0.15)));
            painter.setBrush(e.colour);
            painter.drawRect(box);
            if (e.hatched) {
                // The chart's stripes, so that black-and-white copies still tell disposal apart.
                painter.setPen(QPen(QColor(255, 255, 255, 200), mm(0.35)));
                painter.setClipRect(box);
                for (qreal d = -swatch; d < swatch; d += swatch / 2.5)
                    painter.drawLine(QPointF(box.left() + d, box.bottom()),
                                     QPointF(box.left() + d + swatch, box.top()));
                painter.setClipping(false);
            }
            painter.setPen(QColor(0x21, 0x21, 0x21));
            painter.drawText(QRectF(box.right() + gap, top, textWidth + mm(1), mm(5)),
                             Qt::AlignLeft | Qt::AlignVCenter, e.name);
        }
        x += entryWidth + spacing;
    }
    painter.restore();
    return line + 1;
}

template<typename Mm>
int legendLines(QPainter &painter, const QList<LegendEntry> &entries, qreal width, Mm mm)
{
    return layoutLegend(painter, entries, QPointF(), width, mm, false);
}

template<typename Mm>
void drawLegend(QPainter &painter, const QList<LegendEntry> &entries, const QPointF &topLeft,
                qreal width, Mm mm)
{
    layoutLegend(painter, entries, topLeft, width, mm, true);
}

void drawPage(QPainter &painter, QTextDocument &doc, int page, qreal pageHeight, qreal width)
{
    painter.save();
    painter.translate(0, -page * pageHeight);
    doc.drawContents(&painter, QRectF(0, page * pageHeight, width, pageHeight));
    painter.restore();
}
} // namespace

Result<int> ReportPdf::paint(const MonthlyReport &report, const ReportOptions &options,
                             QPagedPaintDevice &device)
{
    const ReportText t(options.language);
    const qreal dpi = device.logicalDpiY();
    auto mm = [dpi](qreal millimetres) {
        return millimetres * dpi / 25.4;
    };
    const qreal width = device.width();
    const qreal footer = mm(10);
    const qreal body = device.height() - footer;
    const QSizeF pageSize(width, body);

    auto front = layout(ReportHtml::front(report, options), device, pageSize);
    auto back = layout(ReportHtml::back(report, options) + ReportHtml::glossary(options), device,
                       pageSize);
    const int frontPages = front->pageCount();
    const qreal used = usedOnLastPage(*front, body);

    // The chart goes under the key figures when at least a modest chart fits there, else on a
    // page of its own.
    const qreal gap = mm(6);
    const qreal room = body - used - gap;
    const bool chartOnNewPage = room < mm(60);
    const qreal chartHeight = chartOnNewPage ? mm(100) : std::min(room, mm(100));
    const int chartPage = chartOnNewPage ? frontPages : frontPages - 1;
    const qreal chartTop = chartOnNewPage ? 0 : used + gap;
    const int backStart = chartPage + 1;
    const int pages = backStart + back->pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return fail(Error::storage(Tr::tr("The document could not be drawn."),
                                   Tr::tr("The output device could not be opened.")));
    painter.setRenderHint(QPainter::Antialiasing);
    const QString trace = ReportHtml::traceLine(report, options);
    const QString stamp = t(report.final ? "FINAL" : "DRAFT");
    const QString title = ReportHtml::title(report, t);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        if (page < frontPages)
            drawPage(painter, *front, page, body, width);
        if (page == chartPage) {
            QFont heading = documentFont(12);
            heading.setBold(true);
            painter.setFont(heading);
            painter.setPen(QColor(0x1b, 0x5e, 0x20));
            const qreal titleHeight = mm(8);
            painter.drawText(QRectF(0, chartTop, width, titleHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             t("Waste per product line") + QStringLiteral(" (kg)"));
            const QList<LegendEntry> entries = legendEntries(report.chart, t);
            const qreal legendHeight = legendLines(painter, entries, width, mm) * mm(5) + mm(1);
            const QRectF area(0, chartTop + titleHeight, width,
                              chartHeight - titleHeight - legendHeight);
            if (const ChartPainter *chart = ChartPainter::instance()) {
                // The document names the chart, its axes and its colours itself, in its own
                // language, and its legend names every route however long the names are.
                ChartPainter::Labels labels;
                labels.title = false;
                labels.legend = false;
                labels.categoryAxis = t("Product line");
                labels.valueAxis = t.unitName(Unit::Kg);
                painter.save();
                chart->paint(painter, area, report.chart, ChartPainter::View::PerProductLine,
                             t.locale(), labels);
                painter.restore();
                drawLegend(painter, entries, QPointF(0, area.bottom() + mm(1)), width, mm);
            } else {
                painter.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), mm(0.3)));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(area.adjusted(mm(0.2), mm(0.2), -mm(0.2), -mm(0.2)));
                painter.setPen(QColor(0x61, 0x61, 0x61));
                painter.setFont(documentFont(9));
                painter.drawText(area, Qt::AlignCenter, t("Chart not available in this build."));
            }
        }
        if (page >= backStart)
            drawPage(painter, *back, page - backStart, body, width);

        // Footer: what the page is, and where its figures came from.
        painter.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), mm(0.2)));
        painter.drawLine(QPointF(0, body + mm(2)), QPointF(width, body + mm(2)));
        painter.setPen(QColor(0x42, 0x42, 0x42));
        painter.setFont(documentFont(7));
        const QRectF line1(0, body + mm(2.5), width, mm(3.5));
        const QRectF line2(0, body + mm(6), width, mm(3.5));
        painter.drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(line1, Qt::AlignRight | Qt::AlignVCenter,
                         t("Page %1 of %2").arg(page + 1).arg(pages));
        painter.drawText(line2, Qt::AlignLeft | Qt::AlignVCenter, trace);
        painter.drawText(line2, Qt::AlignRight | Qt::AlignVCenter, stamp);
    }
    painter.end();
    return pages;
}

Status ReportPdf::write(const MonthlyReport &report, const ReportOptions &options,
                        const QString &file)
{
    const ReportText t(options.language);
    {
        QFile probe(file);
        if (!probe.open(QIODevice::WriteOnly))
            return fail(Error::storage(Tr::tr("The file could not be written."),
                                       file + QStringLiteral(": ") + probe.errorString()));
    }
    QPdfWriter writer(file);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(ReportHtml::title(report, t));
    writer.setCreator(QStringLiteral("RPB Hijau"));
    auto pages = paint(report, options, writer);
    if (!pages)
        return fail(pages.error());
    return {};
}

} // namespace Rpb
