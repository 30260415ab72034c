#include "reporthtml.h"

#include "chartpainter.h"
#include "reportglossary.h"

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

// The widths of the columns, in percent. Qt's table layout honours a width only when every
// column has one; a column left to shrink lets it break a word ("Septemb|er", "Lini produ|k").
QString headRow(const QStringList &titles, int leftColumns, const QList<int> &widthsPercent)
{
    QString out = QStringLiteral("<tr>");
    for (int i = 0; i < titles.size(); ++i) {
        const int width = i < widthsPercent.size() ? widthsPercent.at(i) : 0;
        out += QStringLiteral("<th align=\"") + (i < leftColumns ? QStringLiteral("left")
                                                               : QStringLiteral("right"))
            + QLatin1Char('"')
            + (width > 0 ? QStringLiteral(" width=\"%1%\"").arg(width) : QString())
            + QLatin1Char('>') + esc(titles.at(i)) + QStringLiteral("</th>");
    }
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
    return t("Generated") + QStringLiteral(": ") + t.dateTime(at, traceZone(report))
        + QStringLiteral(" \u00b7 ") + t("Data version") + QStringLiteral(": ")
        + QString::number(report.dataVersion);
}

QString ReportHtml::traceZone(const MonthlyReport &report)
{
    // A site's summary tells the site's time; the all-sites one the central office's, in Jakarta.
    return report.timeZone.isEmpty() ? QStringLiteral("Asia/Jakarta") : report.timeZone;
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

    // Key figures against the month before; no change where that month says too little.
    const bool comparable = r.comparison == ComparisonBasis::Kind::Enough;
    const auto changed = [&](const QString &change) {
        return comparable ? change : QString(QChar(0x2013));
    };
    const auto row = [&](const char *label, const QString &now, const QString &before,
                         const QString &change) {
        return keyRow(t(label), now, before, changed(change));
    };
    h += heading(t("Key figures")) + tableStart()
        + headRow({t("Figure"), t("This month"), t("Previous month"), t("Change")}, 1,
                  QList<int> {46, 18, 18, 18});
    h += row("Batches", t.number(c.batches), t.number(p.batches),
             t.countChange(c.batches, p.batches));
    h += row("Waste generated (kg)", t.quantity(c.wasteKgMilli), t.quantity(p.wasteKgMilli),
             t.change(c.wasteKgMilli, p.wasteKgMilli));
    h += row("Waste generated (L)", t.quantity(c.wasteLitreMilli), t.quantity(p.wasteLitreMilli),
             t.change(c.wasteLitreMilli, p.wasteLitreMilli));
    const auto dk = MonthlyReport::permille(c.divertedKgMilli, c.wasteKgMilli);
    const auto pdk = MonthlyReport::permille(p.divertedKgMilli, p.wasteKgMilli);
    h += row("Diverted from disposal, kg (GRI 306)", t.percent(dk), t.percent(pdk),
             t.pointsChange(dk, pdk));
    const auto dl = MonthlyReport::permille(c.divertedLitreMilli, c.wasteLitreMilli);
    const auto pdl = MonthlyReport::permille(p.divertedLitreMilli, p.wasteLitreMilli);
    h += row("Diverted from disposal, L (GRI 306)", t.percent(dl), t.percent(pdl),
             t.pointsChange(dl, pdl));
    h += row("Energy (kWh)", t.quantity(c.energyWh), t.quantity(p.energyWh),
             t.change(c.energyWh, p.energyWh));
    h += row("Water (L)", t.quantity(c.waterMl), t.quantity(p.waterMl),
             t.change(c.waterMl, p.waterMl));
    h += row("Machine hours available", t.hours(c.availableSeconds), t.hours(p.availableSeconds),
             t.hoursChange(c.availableSeconds, p.availableSeconds));
    h += row("Machine hours under maintenance", t.hours(c.maintenanceSeconds),
             t.hours(p.maintenanceSeconds),
             t.hoursChange(c.maintenanceSeconds, p.maintenanceSeconds));
    h += row("Machine hours booked", t.hours(c.bookedSeconds), t.hours(p.bookedSeconds),
             t.hoursChange(c.bookedSeconds, p.bookedSeconds));
    h += row("Machine hours used", t.hours(c.usedSeconds), t.hours(p.usedSeconds),
             t.hoursChange(c.usedSeconds, p.usedSeconds));
    const auto bs = MonthlyReport::permille(c.bookedSeconds, c.availableSeconds);
    const auto pbs = MonthlyReport::permille(p.bookedSeconds, p.availableSeconds);
    h += row("Booked share of available hours", t.percent(bs), t.percent(pbs),
             t.pointsChange(bs, pbs));
    const auto us = MonthlyReport::permille(c.usedSeconds, c.availableSeconds);
    const auto pus = MonthlyReport::permille(p.usedSeconds, p.availableSeconds);
    h += row("Used share of available hours", t.percent(us), t.percent(pus),
             t.pointsChange(us, pus));
    h += row("Members served", t.number(c.membersServed), t.number(p.membersServed),
             t.countChange(c.membersServed, p.membersServed));
    const auto w = MonthlyReport::permille(c.womenLed, c.membersServed);
    const auto pw = MonthlyReport::permille(p.womenLed, p.membersServed);
    h += row("Women-led", t.percent(w), t.percent(pw), t.pointsChange(w, pw));
    const auto y = MonthlyReport::permille(c.youthLed, c.membersServed);
    const auto py = MonthlyReport::permille(p.youthLed, p.membersServed);
    h += row("Youth-led", t.percent(y), t.percent(py), t.pointsChange(y, py));
    const auto e = MonthlyReport::permille(c.womenOrYouthLed, c.membersServed);
    const auto pe = MonthlyReport::permille(p.womenOrYouthLed, p.membersServed);
    QString either = t.percent(e);
    if (e)
        either += QStringLiteral(" (")
            + t(*e >= MonthlyReport::InclusionAimPermille ? "aim met" : "below aim")
            + QLatin1Char(')');
    h += row("Women- or youth-led (aim 70 %)", either, t.percent(pe), t.pointsChange(e, pe));
    h += QStringLiteral("</table>\n");
    if (!comparable) {
        const QString before = t.monthName(r.previousYear(), r.previousMonth());
        const QString why = r.comparison == ComparisonBasis::Kind::NoData
            ? t("No comparison: %1 holds no data.").arg(before)
            : t("No comparison: %1 holds too little data to compare (%2 batches, this month %3).")
                  .arg(before, t.number(p.batches), t.number(c.batches));
        h += QStringLiteral("<p class=\"comparison\"><i>") + esc(why)
            + QStringLiteral("</i></p>\n");
    }

    // Production by product line; per-unit figures in a table of their own, so that neither
    // needs so many columns that a heading breaks inside a word.
    h += heading(t("Production by product line"));
    if (r.lines.isEmpty()) {
        h += QStringLiteral("<p>") + esc(t("No production this month.")) + QStringLiteral("</p>\n");
        return h;
    }
    const auto lineName = [&](const MonthlyReport::Line &l) {
        // All sites: which site's line, as codes repeat between sites.
        return esc(r.siteId ? l.name : l.siteCode + QStringLiteral(" \u00b7 ") + l.name);
    };
    h += tableStart()
        + headRow({t("Product line"), t("Batches"), t("Output"), t("Previous month"), t("Change")},
                  1, QList<int> {40, 12, 16, 16, 16});
    for (const MonthlyReport::Line &l : r.lines) {
        h += QStringLiteral("<tr>") + cell(lineName(l)) + cell(t.number(l.current.batches), true)
            + cell(nobreak(t.quantity(l.current.outputMilli, l.unit)), true)
            + cell(nobreak(t.quantity(l.previous.outputMilli, l.unit)), true)
            + cell(changed(t.change(l.current.outputMilli, l.previous.outputMilli, l.unit)), true)
            + QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");

    h += heading(t("Waste intensity (waste per unit of output)") + QStringLiteral("; ")
                 + t("Energy and water per unit of output"));
    h += tableStart()
        + headRow({t("Product line"), t("Month"), t("Waste kg per unit"), t("Waste L per unit"),
                   t("kWh per unit"), t("Water L per unit")},
                  2, QList<int> {26, 18, 14, 14, 14, 14});
    for (const MonthlyReport::Line &l : r.lines) {
        const struct
        {
            const MonthlyReport::LineFigures &f;
            int year, month;
        } months[] = {{l.current, r.year, r.month},
                      {l.previous, r.previousYear(), r.previousMonth()}};
        for (const auto &m : months) {
            const bool first = &m.f == &l.current;
            // The line's name once, over its two months; no rowspan, which Qt's table layout
            // squeezes to a sliver.
            h += QStringLiteral("<tr>")
                + cell(first ? lineName(l) + QStringLiteral(" (") + esc(t.unitName(l.unit))
                              + QLatin1Char(')')
                             : QString())
                + cell(nobreak(esc(t.monthName(m.year, m.month))))
                + cell(t.perUnit(MonthlyReport::perUnitMilli(m.f.wasteKgMilli, m.f.outputMilli)),
                       true)
                + cell(t.perUnit(MonthlyReport::perUnitMilli(m.f.wasteLitreMilli,
                                                             m.f.outputMilli)),
                       true)
                + cell(t.perUnit(MonthlyReport::perUnitMilli(m.f.energyWh, m.f.outputMilli)), true)
                + cell(t.perUnit(MonthlyReport::perUnitMilli(m.f.waterMl, m.f.outputMilli)), true)
                + QStringLiteral("</tr>\n");
        }
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
        h += tableStart() + headRow({t("Category"), t("Handling route"), t("Quantity")}, 2,
                                          QList<int> {40, 36, 24});
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
                    const QString name = r.siteId
                        ? w.categoryName
                        : w.siteCode + QStringLiteral(" \u00b7 ") + w.categoryName;
                    h += QStringLiteral("<tr>") + cell(QStringLiteral("&nbsp;&nbsp;") + esc(name))
                        + cell(esc(t.routeName(route)))
                        + cell(nobreak(t.quantity(w.milli, w.unit)), true)
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
                       t("Booked h"), t("Booked"), t("Used h"), t("Used")},
                      1, QList<int> {28, 12, 12, 12, 12, 12, 12});
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
                      2, QList<int> {24, 10, 9, 11, 11, 11, 10, 14});
        for (const MonthlyReport::SiteRow &s : r.sites) {
            const MonthlyReport::Figures &f = s.figures;
            h += QStringLiteral("<tr>")
                + cell(QStringLiteral("<b>") + esc(s.code) + QStringLiteral("</b> ") + esc(s.name)
                       + QStringLiteral("<br/><i>") + esc(s.province) + QStringLiteral("</i>"))
                + cell(esc(t(s.closed ? "FINAL" : "DRAFT"))) + cell(t.number(f.batches), true)
                + cell(t.quantity(f.wasteKgMilli), true) + cell(t.quantity(f.wasteLitreMilli), true)
                + cell(nobreak(t.percent(
                           MonthlyReport::permille(f.divertedKgMilli, f.wasteKgMilli))),
                       true)
                + cell(t.number(f.membersServed), true)
                + cell(nobreak(t.percent(
                           MonthlyReport::permille(f.womenOrYouthLed, f.membersServed))),
                       true)
                + QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }

    h += heading(t("Notes"));
    QString notes = esc(options.notes.trimmed());
    notes.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    h += QStringLiteral("<p class=\"notes\">")
        + (notes.isEmpty() ? QStringLiteral("&nbsp;") : notes) + QStringLiteral("</p>\n");

    // Who signs is the site's responsible manager (the central office for all sites), whoever
    // prints; who prepared the document is said apart.
    const QString signer = options.managerName.trimmed().isEmpty() ? r.managerName
                                                                   : options.managerName.trimmed();
    const QString blank = QStringLiteral("______________________________");
    QString who;
    if (r.siteId)
        who = esc(t("Site manager")) + QStringLiteral(": <b>")
            + (signer.isEmpty() ? blank : esc(signer)) + QStringLiteral("</b>");
    else
        who = QStringLiteral("<b>") + esc(t("For the central office")) + QStringLiteral("</b><br/>")
            + esc(t("Name")) + QStringLiteral(": ")
            + (signer.isEmpty() ? blank : QStringLiteral("<b>") + esc(signer) + QStringLiteral("</b>"));
    const QString date = options.signatureDate.isValid() ? esc(t.date(options.signatureDate))
                                                         : QStringLiteral("______________");
    h += QStringLiteral("<table class=\"signature\" width=\"100%\" cellspacing=\"0\" "
                        "cellpadding=\"4\"><tr><td width=\"50%\">")
        + who + QStringLiteral("<br/>") + esc(t("Date")) + QStringLiteral(": ") + date
        + QStringLiteral("</td><td width=\"50%\"><br/><br/><br/>") + blank
        + QStringLiteral("<br/>") + esc(t("Signature")) + QStringLiteral("</td></tr></table>\n");
    const QDateTime at
        = options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
    // Without a signed-in person (the setup administrator) only the time is said.
    const QString preparer = options.preparedBy.trimmed();
    h += QStringLiteral("<p class=\"prepared\">")
        + (preparer.isEmpty() ? QString(esc(t("Prepared")) + QStringLiteral(": "))
                              : QString(esc(t("Prepared by")) + QStringLiteral(" <b>")
                                        + esc(preparer) + QStringLiteral("</b>, ")))
        + esc(t.dateTime(at, traceZone(r))) + QStringLiteral("</p>\n");
    return h;
}

QString ReportHtml::glossary(const ReportOptions &options)
{
    const ReportText t(options.language);
    // Always a page of its own, the last one, so that it can be left off a copy to sign.
    QString h = QStringLiteral("<h2 style=\"page-break-before: always\">")
        + esc(t("Definitions of the figures")) + QStringLiteral("</h2>\n");
    h += QStringLiteral("<table class=\"glossary\" width=\"100%\" cellspacing=\"0\" "
                        "cellpadding=\"3\">\n");
    for (const ReportGlossary::Entry &e : ReportGlossary::entries(t))
        h += QStringLiteral("<tr><td width=\"24%\" valign=\"top\"><b>") + esc(e.term)
            + QStringLiteral("</b></td><td valign=\"top\">") + esc(e.definition)
            + QStringLiteral("</td></tr>\n");
    return h + QStringLiteral("</table>\n");
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
    h += glossary(options);
    h += QStringLiteral("<footer>") + esc(traceLine(report, options))
        + QStringLiteral("</footer>\n</body>\n</html>\n");
    return h;
}

} // namespace Rpb
