#include "reporthtml.h"

#include "chartpainter.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

namespace Rpb {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Keeps a number and its unit on one line.
QString nobreak(const QString &s)
{
    QString out = s;
    return out.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
}

QString cell(const QString &s, bool number = false)
{
    return number ? QStringLiteral("<td align=\"right\" style=\"white-space: nowrap\">") + s
            + QStringLiteral("</td>")
                  : QStringLiteral("<td>") + s + QStringLiteral("</td>");
}

QString headRow(const QStringList &titles, int leftColumns = 1, int firstWidthPercent = 0)
{
    QString out = QStringLiteral("<tr>");
    for (int i = 0; i < titles.size(); ++i)
        out += (i == 0 && firstWidthPercent > 0
                    ? QStringLiteral("<th align=\"left\" width=\"%1%\">").arg(firstWidthPercent)
                    : i < leftColumns ? QStringLiteral("<th align=\"left\">")
                                      : QStringLiteral("<th align=\"right\">"))
            + esc(titles.at(i)) + QStringLiteral("</th>");
    return out + QStringLiteral("</tr>\n");
}

// Wide tables (many columns) use a smaller type so that numbers stay on one line.
QString tableStart(bool wide = false)
{
    return QStringLiteral("<table class=\"figures\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                          "cellpadding=\"3\"")
        + (wide ? QStringLiteral(" style=\"font-size: 7.5pt\"") : QString())
        + QStringLiteral(">\n");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2>") + esc(text) + QStringLiteral("</h2>\n");
}

QString keyRow(const QString &label, const QString &now, const QString &before,
               const QString &change)
{
    return QStringLiteral("<tr>") + cell(esc(label)) + cell(now, true) + cell(before, true)
        + cell(change, true) + QStringLiteral("</tr>\n");
}

// A quantity kept in kg and L apart, as one text: "392,5 kg; 800 L".
QString split(const ReportText &t, qint64 kg, qint64 litre)
{
    QStringList parts;
    if (kg || !litre)
        parts << t.quantity(kg, Unit::Kg);
    if (litre)
        parts << t.quantity(litre, Unit::Litre);
    return parts.join(QStringLiteral("; "));
}

const Route routes[]
    = {Route::Reuse,          Route::Byproduct,        Route::Recycle,  Route::Compost,
       Route::EnergyRecovery, Route::TreatedDischarge, Route::Landfill, Route::OpenBurning};
} // namespace

QString ReportHtml::title(const MonthlyReport &report, const ReportText &t)
{
    return t("Monthly green-UMKM summary") + QStringLiteral(" \u2013 ")
        + (report.siteId ? report.siteName : t("All sites")) + QStringLiteral(" \u2013 ")
        + t.monthName(report.year, report.month);
}

QString ReportHtml::traceLine(const MonthlyReport &report, const ReportOptions &options)
{
    const ReportText t(options.language);
    const QDateTime at
        = options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
    return t("Generated") + QStringLiteral(": ") + t.dateTime(at) + QStringLiteral(" \u00b7 ")
        + t("Data version") + QStringLiteral(": ") + QString::number(report.dataVersion);
}

QString ReportHtml::front(const MonthlyReport &r, const ReportOptions &options)
{
    const ReportText t(options.language);
    const MonthlyReport::Figures &c = r.current;
    const MonthlyReport::Figures &p = r.previous;
    QString h;
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>");
    h += QStringLiteral("<p class=\"programme\">")
        + esc(t("Shared Production House Programme - Ministry of Cooperatives and SMEs"))
        + QStringLiteral("</p>\n<h1>") + esc(t("Monthly green-UMKM summary"))
        + QStringLiteral("</h1>\n");
    h += QStringLiteral("<p class=\"site\"><b>") + esc(r.siteId ? r.siteName : t("All sites"))
        + QStringLiteral("</b>");
    if (r.siteId)
        h += QStringLiteral(" (") + esc(r.siteCode) + QStringLiteral(") \u00b7 ")
            + esc(t("Province")) + QStringLiteral(": ") + esc(r.province);
    h += QStringLiteral("<br/>") + esc(t("Month")) + QStringLiteral(": <b>")
        + esc(t.monthName(r.year, r.month)) + QStringLiteral("</b></p>\n");
    h += QStringLiteral("</td><td align=\"right\" valign=\"top\"><p class=\"stamp\">")
        + QStringLiteral("<font size=\"+2\" color=\"%1\"><b>")
              .arg(r.final ? QStringLiteral("#1b5e20") : QStringLiteral("#b71c1c"))
        + esc(t(r.final ? "FINAL" : "DRAFT")) + QStringLiteral("</b></font></p>");
    h += QStringLiteral("</td></tr></table>\n<p class=\"state\"><i>")
        + esc(t(r.final ? "The month is closed; these figures are final."
                        : "The month is still open; these figures may change."))
        + QStringLiteral("</i></p>\n");

    // Key figures against the month before.
    h += heading(t("Key figures")) + tableStart()
        + headRow({t("Figure"), t("This month"), t("Previous month"), t("Change")});
    h += keyRow(t("Batches"), t.number(c.batches), t.number(p.batches),
                t.countChange(c.batches, p.batches));
    h += keyRow(t("Waste generated (kg)"), t.quantity(c.wasteKgMilli), t.quantity(p.wasteKgMilli),
                t.change(c.wasteKgMilli, p.wasteKgMilli));
    h += keyRow(t("Waste generated (L)"), t.quantity(c.wasteLitreMilli),
                t.quantity(p.wasteLitreMilli), t.change(c.wasteLitreMilli, p.wasteLitreMilli));
    const auto dk = MonthlyReport::permille(c.divertedKgMilli, c.wasteKgMilli);
    const auto pdk = MonthlyReport::permille(p.divertedKgMilli, p.wasteKgMilli);
    h += keyRow(t("Diverted from disposal, kg (GRI 306)"), t.percent(dk), t.percent(pdk),
                t.pointsChange(dk, pdk));
    const auto dl = MonthlyReport::permille(c.divertedLitreMilli, c.wasteLitreMilli);
    const auto pdl = MonthlyReport::permille(p.divertedLitreMilli, p.wasteLitreMilli);
    h += keyRow(t("Diverted from disposal, L (GRI 306)"), t.percent(dl), t.percent(pdl),
                t.pointsChange(dl, pdl));
    h += keyRow(t("Energy (kWh)"), t.quantity(c.energyWh), t.quantity(p.energyWh),
                t.change(c.energyWh, p.energyWh));
    h += keyRow(t("Water (L)"), t.quantity(c.waterMl), t.quantity(p.waterMl),
                t.change(c.waterMl, p.waterMl));
    h += keyRow(t("Machine hours available"), t.hours(c.availableSeconds),
                t.hours(p.availableSeconds),
                t.change((c.availableSeconds * 10 + 1800) / 3600 * 100,
                         (p.availableSeconds * 10 + 1800) / 3600 * 100));
    h += keyRow(t("Machine hours booked"), t.hours(c.bookedSeconds), t.hours(p.bookedSeconds),
                t.change((c.bookedSeconds * 10 + 1800) / 3600 * 100,
                         (p.bookedSeconds * 10 + 1800) / 3600 * 100));
    h += keyRow(t("Machine hours used"), t.hours(c.usedSeconds), t.hours(p.usedSeconds),
                t.change((c.usedSeconds * 10 + 1800) / 3600 * 100,
                         (p.usedSeconds * 10 + 1800) / 3600 * 100));
    const auto bs = MonthlyReport::permille(c.bookedSeconds, c.availableSeconds);
    const auto pbs = MonthlyReport::permille(p.bookedSeconds, p.availableSeconds);
    h += keyRow(t("Booked share of available hours"), t.percent(bs), t.percent(pbs),
                t.pointsChange(bs, pbs));
    const auto us = MonthlyReport::permille(c.usedSeconds, c.availableSeconds);
    const auto pus = MonthlyReport::permille(p.usedSeconds, p.availableSeconds);
    h += keyRow(t("Used share of available hours"), t.percent(us), t.percent(pus),
                t.pointsChange(us, pus));
    h += keyRow(t("Members served"), t.number(c.membersServed), t.number(p.membersServed),
                t.countChange(c.membersServed, p.membersServed));
    const auto w = MonthlyReport::permille(c.womenLed, c.membersServed);
    const auto pw = MonthlyReport::permille(p.womenLed, p.membersServed);
    h += keyRow(t("Women-led"), t.percent(w), t.percent(pw), t.pointsChange(w, pw));
    const auto y = MonthlyReport::permille(c.youthLed, c.membersServed);
    const auto py = MonthlyReport::permille(p.youthLed, p.membersServed);
    h += keyRow(t("Youth-led"), t.percent(y), t.percent(py), t.pointsChange(y, py));
    const auto e = MonthlyReport::permille(c.womenOrYouthLed, c.membersServed);
    const auto pe = MonthlyReport::permille(p.womenOrYouthLed, p.membersServed);
    QString either = t.percent(e);
    if (e)
        either += QStringLiteral(" (")
            + t(*e >= MonthlyReport::InclusionAimPermille ? "aim met" : "below aim")
            + QLatin1Char(')');
    h += keyRow(t("Women- or youth-led (aim 70 %)"), either, t.percent(pe), t.pointsChange(e, pe));
    h += QStringLiteral("</table>\n");

    // Production by product line, with the per-unit figures.
    h += heading(t("Production by product line"));
    if (r.lines.isEmpty()) {
        h += QStringLiteral("<p>") + esc(t("No production this month.")) + QStringLiteral("</p>\n");
        return h;
    }
    h += tableStart(true)
        + headRow({t("Product line"), t("Batches"), t("Output"), t("Previous month"), t("Change"),
                   t("Waste kg per unit"), t("Waste L per unit"), t("kWh per unit"),
                   t("Water L per unit")});
    for (const MonthlyReport::Line &l : r.lines) {
        const QString name
            = (l.siteCode.isEmpty() || r.siteId ? QString()
                                                : l.siteCode + QStringLiteral(" \u00b7 "))
            + l.name;
        h += QStringLiteral("<tr>") + cell(esc(name)) + cell(t.number(l.batches), true)
            + cell(nobreak(t.quantity(l.outputMilli, l.unit)), true)
            + cell(nobreak(t.quantity(l.previousOutputMilli, l.unit)), true)
            + cell(t.change(l.outputMilli, l.previousOutputMilli), true)
            + cell(t.optionalQuantity(MonthlyReport::perUnitMilli(l.wasteKgMilli, l.outputMilli)),
                   true)
            + cell(
                 t.optionalQuantity(MonthlyReport::perUnitMilli(l.wasteLitreMilli, l.outputMilli)),
                 true)
            + cell(t.optionalQuantity(MonthlyReport::perUnitMilli(l.energyWh, l.outputMilli)), true)
            + cell(t.optionalQuantity(MonthlyReport::perUnitMilli(l.waterMl, l.outputMilli)), true)
            + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");
    return h;
}

QString ReportHtml::back(const MonthlyReport &r, const ReportOptions &options)
{
    const ReportText t(options.language);
    QString h;

    // Waste in GRI 306 order: generated, then diverted by route, then directed to disposal.
    h += heading(t("Waste by category and handling route (GRI 306)"));
    if (r.waste.isEmpty()) {
        h += QStringLiteral("<p>") + esc(t("No waste recorded this month."))
            + QStringLiteral("</p>\n");
    } else {
        h += tableStart() + headRow({t("Category"), t("Handling route"), t("Quantity")}, 2);
        const MonthlyReport::Figures &c = r.current;
        h += QStringLiteral("<tr class=\"total\">")
            + cell(QStringLiteral("<b>") + esc(t("Waste generated")) + QStringLiteral("</b>"))
            + cell(QString())
            + cell(QStringLiteral("<b>") + split(t, c.wasteKgMilli, c.wasteLitreMilli)
                       + QStringLiteral("</b>"),
                   true)
            + QStringLiteral("</tr>\n");
        for (bool diverted : {true, false}) {
            const qint64 kg = diverted ? c.divertedKgMilli : c.wasteKgMilli - c.divertedKgMilli;
            const qint64 litre
                = diverted ? c.divertedLitreMilli : c.wasteLitreMilli - c.divertedLitreMilli;
            h += QStringLiteral("<tr class=\"group\">")
                + cell(QStringLiteral("<b>")
                       + esc(t(diverted ? "Diverted from disposal" : "Directed to disposal"))
                       + QStringLiteral("</b>"))
                + cell(QString())
                + cell(QStringLiteral("<b>") + split(t, kg, litre) + QStringLiteral("</b>"), true)
                + QStringLiteral("</tr>\n");
            for (Route route : routes) {
                if (isDiverted(route) != diverted)
                    continue;
                for (const MonthlyReport::WasteRow &w : r.waste) {
                    if (w.route != route)
                        continue;
                    const QString name
                        = w.categoryName.isEmpty() ? t("All categories") : w.categoryName;
                    h += QStringLiteral("<tr>") + cell(QStringLiteral("&nbsp;&nbsp;") + esc(name))
                        + cell(esc(t.routeName(route))) + cell(t.quantity(w.milli, w.unit), true)
                        + QStringLiteral("</tr>\n");
                }
            }
        }
        h += QStringLiteral("</table>\n");
    }

    h += heading(r.siteId ? t("Utilisation by machine") : t("Utilisation by site"));
    if (r.machines.isEmpty()) {
        h += QStringLiteral("<p>") + esc(t("No machines.")) + QStringLiteral("</p>\n");
    } else {
        h += tableStart()
            + headRow({r.siteId ? t("Machine") : t("Site"), t("Available h"), t("Maintenance h"),
                       t("Booked h"), t("Booked"), t("Used h"), t("Used")});
        for (const MonthlyReport::Machine &m : r.machines) {
            QString name = m.code + QStringLiteral(" ") + m.name;
            name = esc(name);
            if (m.underMaintenance)
                name += QStringLiteral(" <i>(") + esc(t("under maintenance"))
                    + QStringLiteral(")</i>");
            h += QStringLiteral("<tr>") + cell(name) + cell(t.hours(m.availableSeconds), true)
                + cell(t.hours(m.maintenanceSeconds), true) + cell(t.hours(m.bookedSeconds), true)
                + cell(t.percent(MonthlyReport::permille(m.bookedSeconds, m.availableSeconds)),
                       true)
                + cell(t.hours(m.usedSeconds), true)
                + cell(t.percent(MonthlyReport::permille(m.usedSeconds, m.availableSeconds)), true)
                + QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }

    if (!r.siteId) {
        h += heading(t("Sites compared")) + tableStart(true)
            + headRow({t("Site"), t("Status"), t("Batches"), t("Waste kg"), t("Waste L"),
                       t("Diverted (kg)"), t("Members"), t("Women/youth-led")},
                      2, 30);
        for (const MonthlyReport::SiteRow &s : r.sites) {
            const MonthlyReport::Figures &f = s.figures;
            h += QStringLiteral("<tr>")
                + cell(QStringLiteral("<b>") + esc(s.code) + QStringLiteral("</b> ") + esc(s.name)
                       + QStringLiteral("<br/><i>") + esc(s.province) + QStringLiteral("</i>"))
                + cell(esc(t(s.closed ? "FINAL" : "DRAFT"))) + cell(t.number(f.batches), true)
                + cell(t.quantity(f.wasteKgMilli), true) + cell(t.quantity(f.wasteLitreMilli), true)
                + cell(t.percent(MonthlyReport::permille(f.divertedKgMilli, f.wasteKgMilli)), true)
                + cell(t.number(f.membersServed), true)
                + cell(t.percent(MonthlyReport::permille(f.womenOrYouthLed, f.membersServed)), true)
                + QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }

    h += heading(t("Notes"));
    QString notes = esc(options.notes.trimmed());
    notes.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    h += QStringLiteral("<p class=\"notes\">")
        + (notes.isEmpty() ? QStringLiteral("&nbsp;") : notes) + QStringLiteral("</p>\n");

    h += QStringLiteral("<table class=\"signature\" width=\"100%\" cellspacing=\"0\" "
                        "cellpadding=\"4\"><tr><td width=\"50%\">")
        + esc(t("Site manager")) + QStringLiteral(": <b>") + esc(options.managerName)
        + QStringLiteral("</b><br/>") + esc(t("Date")) + QStringLiteral(": ")
        + esc(t.date(options.signatureDate))
        + QStringLiteral(
             "</td><td width=\"50%\"><br/><br/><br/>______________________________<br/>")
        + esc(t("Signature")) + QStringLiteral("</td></tr></table>\n");
    return h;
}

QString ReportHtml::chart(const MonthlyReport &report, const ReportOptions &options)
{
    const ReportText t(options.language);
    QString h = heading(t("Waste per product line") + QStringLiteral(" (kg)"));
    // The same chart as on paper, inlined as SVG so that the file stands alone.
    if (const ChartPainter *painter = ChartPainter::instance()) {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("chart.svg"));
        if (dir.isValid()
            && painter->save(file, QSize(720, 360), report.chart,
                             ChartPainter::View::PerProductLine, t.locale())) {
            QFile svg(file);
            if (svg.open(QIODevice::ReadOnly)) {
                QString text = QString::fromUtf8(svg.readAll());
                const qsizetype start = text.indexOf(QStringLiteral("<svg"));
                if (start >= 0)
                    return h + QStringLiteral("<div class=\"chart\">") + text.mid(start)
                        + QStringLiteral("</div>\n");
            }
        }
    }
    return h + QStringLiteral("<p class=\"chart-missing\">")
        + esc(t("Chart not available in this build.")) + QStringLiteral("</p>\n");
}

QString ReportHtml::render(const MonthlyReport &report, const ReportOptions &options)
{
    const ReportText t(options.language);
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + t.language()
        + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>") + esc(title(report, t))
        + QStringLiteral("</title>\n<style>\n"
                         "body { font-family: sans-serif; font-size: 10pt; color: #212121; "
                         "max-width: 190mm; margin: auto; }\n"
                         "h1 { font-size: 16pt; margin: 4pt 0; }\n"
                         "h2 { font-size: 12pt; margin: 12pt 0 4pt 0; color: #1b5e20; }\n"
                         "table.figures { border-collapse: collapse; }\n"
                         "table.figures th { background: #e8f5e9; }\n"
                         "table.figures td, table.figures th { border: 1px solid #9e9e9e; }\n"
                         ".stamp { border: 2px solid; padding: 4pt 8pt; }\n"
                         "footer { margin-top: 16pt; font-size: 8pt; color: #616161; }\n"
                         "</style>\n</head>\n<body>\n");
    h += front(report, options);
    h += chart(report, options);
    h += back(report, options);
    h += QStringLiteral("<footer>") + esc(traceLine(report, options))
        + QStringLiteral("</footer>\n</body>\n</html>\n");
    return h;
}

} // namespace Rpb
