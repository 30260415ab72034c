#include "wastecommands.h"

#include "argumentparser.h"
#include "console.h"
#include "domain/quantity.h"
#include "reporting/chartpainter.h"
#include "services/appcontext.h"
#include "services/language.h"
#include "texttable.h"
#include "timeinput.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(WasteCommands)
};

using Align = TextTable::Align;

constexpr int defaultChartWidth = 1200;
constexpr int defaultChartHeight = 700;

// One row of the summary: a product line, category, route or period and its waste.
struct SummaryRow
{
    QString group; // the code files and JSON show
    QString name;
    qint64 milli = 0;
    const WasteFigures::Key *key = nullptr;
    QList<std::pair<QString, qint64>> parts; // per stack (lines) or per line (periods)
};

QString decimal(qint64 milli)
{
    return Quantity::toDecimalString(milli);
}

QString local(qint64 milli)
{
    return Quantity::toLocalizedString(milli, Language::locale());
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// "0.8125" as "81.25 %" in the reader's language; a dash when undefined.
QString percent(const QString &ratio)
{
    if (ratio.isEmpty())
        return QStringLiteral("–");
    QString digits = ratio;
    digits.remove(QLatin1Char('.'));
    const qint64 tenThousandths = digits.toLongLong();
    return Language::locale().toString(double(tenThousandths) / 100.0, 'f', 2)
        + QStringLiteral(" %");
}

QString monthText(int yyyymm)
{
    return QStringLiteral("%1-%2")
        .arg(yyyymm / 100, 4, 10, QLatin1Char('0'))
        .arg(yyyymm % 100, 2, 10, QLatin1Char('0'));
}

// RFC 4180: quoted when the cell holds a separator, a quote or a line break.
QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList &cells)
{
    QStringList out;
    for (const QString &cell : cells)
        out << csvCell(cell);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

Error badChoice(const QString &option, const QString &value, const QString &choices)
{
    return Error::usage(Tr::tr("The option --%1 takes %2, not \"%3\".").arg(option, choices, value),
                        QStringLiteral("--") + option);
}
} // namespace

WasteCommands::WasteCommands(AppContext &context, Console &console)
    : m_context(context)
    , m_console(console)
    , m_lookup(context.masterData())
{ }

int WasteCommands::run(const Invocation &invocation)
{
    switch (invocation.command->id) {
    case CommandId::WasteSummary:
        return summary(invocation);
    case CommandId::Chart:
        return chart(invocation);
    default:
        break;
    }
    return m_console.fail(
        Error::usage(Tr::tr("This is not a waste command."), invocation.command->name()));
}

Result<WasteSummaryService::Query> WasteCommands::query(const Invocation &invocation)
{
    WasteSummaryService::Query q;
    const QString siteText = invocation.value(QStringLiteral("site")).trimmed();
    if (siteText.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        m_siteCode = QStringLiteral("all");
    } else {
        auto site = m_lookup.site(siteText);
        if (!site)
            return fail(site.error());
        q.siteId = site->meta.id;
        m_siteCode = site->code;
    }
    auto from = TimeInput::month(invocation.value(QStringLiteral("from")), QStringLiteral("from"));
    if (!from)
        return fail(from.error());
    auto to = TimeInput::month(invocation.value(QStringLiteral("to")), QStringLiteral("to"));
    if (!to)
        return fail(to.error());
    q.fromMonth = from->year() * 100 + from->month();
    q.toMonth = to->year() * 100 + to->month();
    if (q.toMonth < q.fromMonth)
        return fail(
            Error::invalid(Tr::tr("The last month comes before the first."),
                           QStringLiteral("--to ") + invocation.value(QStringLiteral("to"))));
    if (invocation.has(QStringLiteral("unit"))) {
        const QString unit = invocation.value(QStringLiteral("unit")).trimmed();
        if (unit.compare(QLatin1String("kg"), Qt::CaseInsensitive) == 0)
            q.unit = Unit::Kg;
        else if (unit.compare(QLatin1String("L"), Qt::CaseInsensitive) == 0)
            q.unit = Unit::Litre;
        else
            return fail(badChoice(QStringLiteral("unit"), unit, QStringLiteral("kg or L")));
    }
    // The service's own checks (at most ten years) name its fields; here they name options.
    if (auto s = WasteSummaryService::validate(q); !s) {
        Error error = s.error();
        error.where
            = QStringLiteral("--") + (error.field.isEmpty() ? QStringLiteral("to") : error.field);
        return fail(error);
    }
    return q;
}

int WasteCommands::summary(const Invocation &invocation)
{
    auto q = query(invocation);
    if (!q)
        return m_console.fail(
            q.error(), q.error().kind == Error::Kind::Usage ? Console::helpHint() : QString());
    By by = By::ProductLine;
    QString byText = QStringLiteral("product-line");
    if (invocation.has(QStringLiteral("by"))) {
        byText = invocation.value(QStringLiteral("by")).trimmed().toLower();
        if (byText == QLatin1String("product-line")) {
            by = By::ProductLine;
        } else if (byText == QLatin1String("category")) {
            by = By::Category;
        } else if (byText == QLatin1String("route")) {
            by = By::Route;
        } else if (byText == QLatin1String("month")) {
            by = By::Period;
        } else if (byText == QLatin1String("quarter")) {
            by = By::Period;
            q->period = WasteFigures::Period::Quarter;
        } else if (byText == QLatin1String("year")) {
            by = By::Period;
            q->period = WasteFigures::Period::Year;
        } else {
            return m_console.fail(
                badChoice(QStringLiteral("by"), invocation.value(QStringLiteral("by")),
                          QStringLiteral("product-line, category, route, month, quarter or year")),
                Console::helpHint());
        }
    }
    if (invocation.has(QStringLiteral("stack"))) {
        const QString stack = invocation.value(QStringLiteral("stack")).trimmed().toLower();
        if (stack == QLatin1String("route"))
            q->stack = WasteFigures::Stack::Route;
        else if (stack != QLatin1String("category"))
            return m_console.fail(
                badChoice(QStringLiteral("stack"), stack, QStringLiteral("category or route")),
                Console::helpHint());
    }
    if (by == By::Route)
        q->stack = WasteFigures::Stack::Route;
    else if (by == By::Category)
        q->stack = WasteFigures::Stack::Category;

    auto figures = m_context.waste().figures(*q);
    if (!figures)
        return m_console.fail(figures.error());
    const WasteFigures &f = *figures;

    QList<SummaryRow> rows;
    switch (by) {
    case By::ProductLine:
        for (const WasteFigures::Key &line : f.lines) {
            SummaryRow row {line.code, line.name, f.lineTotal(line.key), &line, {}};
            for (const WasteFigures::Key &stack : f.stacks) {
                const qint64 milli = f.cell(f.byLine, line.key, stack.key);
                if (milli != 0)
                    row.parts.append({stack.code, milli});
            }
            rows << row;
        }
        break;
    case By::Category:
    case By::Route:
        for (const WasteFigures::Key &stack : f.stacks) {
            SummaryRow row {stack.code, stack.name, 0, &stack, {}};
            for (const WasteFigures::Cell &c : f.byLine) {
                if (c.stack == stack.key)
                    row.milli += c.milli;
            }
            rows << row;
        }
        break;
    case By::Period:
        for (const WasteFigures::Key &period : f.periods) {
            SummaryRow row {period.code, period.name, 0, &period, {}};
            for (const WasteFigures::Key &line : f.lines) {
                const qint64 milli = f.cell(f.byPeriod, period.key, line.key);
                row.milli += milli;
                if (milli != 0)
                    row.parts.append({line.key, milli});
            }
            rows << row;
        }
        break;
    }

    const QString unit = unitCode(f.unit);
    const int span = WasteSummaryService::monthsBetween(f.fromMonth, f.toMonth);
    const int previousFrom = WasteSummaryService::addMonths(f.fromMonth, -span);
    const int previousTo = WasteSummaryService::addMonths(f.fromMonth, -1);

    if (invocation.has(QStringLiteral("csv"))) {
        QStringList header {QStringLiteral("group"), QStringLiteral("name"), QStringLiteral("unit"),
                            QStringLiteral("total"), QStringLiteral("share")};
        if (by == By::ProductLine)
            header << QStringLiteral("site") << QStringLiteral("output")
                   << QStringLiteral("output_unit") << QStringLiteral("batches")
                   << QStringLiteral("intensity");
        if (by == By::Route)
            header << QStringLiteral("diverted");
        QString text = csvLine(header);
        for (const SummaryRow &row : std::as_const(rows)) {
            QStringList cells {row.group, row.name, unit, decimal(row.milli),
                               WasteFigures::ratio(row.milli, f.totalMilli)};
            if (by == By::ProductLine) {
                const auto intensity = f.intensityMilli(*row.key);
                cells << row.key->siteCode << decimal(row.key->outputMilli)
                      << unitCode(row.key->outputUnit) << QString::number(row.key->batches)
                      << (intensity ? decimal(*intensity) : QString());
            }
            if (by == By::Route)
                cells << (row.key->diverted ? QStringLiteral("yes") : QStringLiteral("no"));
            text += csvLine(cells);
        }
        m_console.print(text);
        return 0;
    }

    if (m_console.json()) {
        QJsonArray array;
        for (const SummaryRow &row : std::as_const(rows)) {
            QJsonObject object {
                {QStringLiteral("group"), row.group},
                {QStringLiteral("name"), row.name},
                {QStringLiteral("total"), decimal(row.milli)},
                {QStringLiteral("share"),
                 optionalText(WasteFigures::ratio(row.milli, f.totalMilli))},
            };
            if (by == By::ProductLine) {
                const auto intensity = f.intensityMilli(*row.key);
                object.insert(QStringLiteral("key"), row.key->key);
                object.insert(QStringLiteral("site"), row.key->siteCode);
                object.insert(
                    QStringLiteral("output"),
                    QJsonObject {{QStringLiteral("quantity"), decimal(row.key->outputMilli)},
                                 {QStringLiteral("unit"), unitCode(row.key->outputUnit)}});
                object.insert(QStringLiteral("batches"), row.key->batches);
                object.insert(QStringLiteral("intensity"),
                              intensity ? QJsonValue(decimal(*intensity)) : QJsonValue());
            }
            if (by == By::Route)
                object.insert(QStringLiteral("diverted"), row.key->diverted);
            if (by == By::ProductLine || by == By::Period) {
                QJsonObject parts;
                for (const auto &[code, milli] : std::as_const(row.parts))
                    parts.insert(code, decimal(milli));
                object.insert(by == By::ProductLine ? (f.stack == WasteFigures::Stack::Route
                                                           ? QStringLiteral("by_route")
                                                           : QStringLiteral("by_category"))
                                                    : QStringLiteral("by_product_line"),
                              parts);
            }
            array.append(object);
        }
        m_console.printJson(QJsonDocument(QJsonObject {
            {QStringLiteral("site"), m_siteCode},
            {QStringLiteral("by"), byText},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("from"), monthText(f.fromMonth)},
            {QStringLiteral("to"), monthText(f.toMonth)},
            {QStringLiteral("total"), decimal(f.totalMilli)},
            {QStringLiteral("diverted"), decimal(f.divertedMilli)},
            {QStringLiteral("diversion_rate"), optionalText(f.diversionRate())},
            {QStringLiteral("previous_from"), monthText(previousFrom)},
            {QStringLiteral("previous_to"), monthText(previousTo)},
            {QStringLiteral("previous_total"), decimal(f.previousTotalMilli)},
            {QStringLiteral("previous_diversion_rate"), optionalText(f.previousDiversionRate())},
            {QStringLiteral("rows"), array},
        }));
        return 0;
    }

    const QString where = q->siteId ? m_siteCode : Tr::tr("all sites");
    m_console.printLine(Tr::tr("Waste in %1 of %2, %3 to %4:")
                            .arg(unit, where, monthText(f.fromMonth), monthText(f.toMonth)));
    if (f.isEmpty()) {
        m_console.printLine(Tr::tr("No waste in %1 was recorded in this selection.").arg(unit));
        return 0;
    }
    TextTable table;
    const QString groupHeader = by == By::ProductLine ? Tr::tr("Product line")
        : by == By::Category                          ? Tr::tr("Category")
        : by == By::Route                             ? Tr::tr("Route")
                                                      : Tr::tr("Period");
    table.addColumn(groupHeader);
    table.addColumn(Tr::tr("Name"));
    table.addColumn(Tr::tr("Total %1").arg(unit), Align::Right);
    table.addColumn(Tr::tr("Share"), Align::Right);
    if (by == By::ProductLine) {
        table.addColumn(Tr::tr("Output"), Align::Right);
        table.addColumn(Tr::tr("Intensity"), Align::Right);
    }
    for (const SummaryRow &row : std::as_const(rows)) {
        QStringList cells {row.group, row.name, local(row.milli),
                           percent(WasteFigures::ratio(row.milli, f.totalMilli))};
        if (by == By::ProductLine) {
            const auto intensity = f.intensityMilli(*row.key);
            cells << local(row.key->outputMilli) + QLatin1Char(' ') + unitCode(row.key->outputUnit)
                  << (intensity ? local(*intensity) : QStringLiteral("–"));
        }
        table.addRow(cells);
    }
    m_console.print(table.render());
    m_console.printLine(Tr::tr("Total: %1 %2").arg(local(f.totalMilli), unit));
    m_console.printLine(Tr::tr("Diversion rate: %1").arg(percent(f.diversionRate())));
    m_console.printLine(Tr::tr("Previous period (%1 to %2): %3 %4, diversion rate %5")
                            .arg(monthText(previousFrom), monthText(previousTo),
                                 local(f.previousTotalMilli), unit,
                                 percent(f.previousDiversionRate())));
    return 0;
}

int WasteCommands::chart(const Invocation &invocation)
{
    auto q = query(invocation);
    if (!q)
        return m_console.fail(
            q.error(), q.error().kind == Error::Kind::Usage ? Console::helpHint() : QString());
    const QString out = invocation.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return m_console.fail(Error::usage(Tr::tr("The chart is written as .png or .svg; name "
                                                  "the file so."),
                                           QStringLiteral("--out ") + out),
                              Console::helpHint());
    ChartPainter::View view = ChartPainter::View::PerProductLine;
    if (invocation.has(QStringLiteral("view"))) {
        const QString text = invocation.value(QStringLiteral("view")).trimmed().toLower();
        if (text == QLatin1String("time"))
            view = ChartPainter::View::OverTime;
        else if (text != QLatin1String("product-line"))
            return m_console.fail(
                badChoice(QStringLiteral("view"), text, QStringLiteral("product-line or time")),
                Console::helpHint());
    }
    if (invocation.has(QStringLiteral("by"))) {
        const QString text = invocation.value(QStringLiteral("by")).trimmed().toLower();
        if (text == QLatin1String("route"))
            q->stack = WasteFigures::Stack::Route;
        else if (text != QLatin1String("category"))
            return m_console.fail(
                badChoice(QStringLiteral("by"), text, QStringLiteral("category or route")),
                Console::helpHint());
    }
    int width = defaultChartWidth;
    int height = defaultChartHeight;
    for (auto [option, slot] : {std::pair {QStringLiteral("width"), &width},
                                std::pair {QStringLiteral("height"), &height}}) {
        if (!invocation.has(option))
            continue;
        auto n = TimeInput::number(invocation.value(option), option, 100, 10000);
        if (!n)
            return m_console.fail(n.error(), Console::helpHint());
        *slot = *n;
    }

    const ChartPainter *painter = ChartPainter::instance();
    if (!painter)
        return m_console.fail(
            Error::storage(Tr::tr("This build has no chart painter, so it cannot draw charts.")),
            Tr::tr("waste summary prints the same figures as numbers"));
    auto figures = m_context.waste().figures(*q);
    if (!figures)
        return m_console.fail(figures.error());
    const QString path = QFileInfo(out).absoluteFilePath();
    if (auto s = painter->save(path, QSize(width, height), *figures, view, Language::locale());
        !s) {
        Error error = s.error();
        if (error.where.isEmpty())
            error.where = path;
        return m_console.fail(error);
    }
    if (m_console.json()) {
        m_console.printJson(QJsonDocument(QJsonObject {
            {QStringLiteral("file"), path},
            {QStringLiteral("format"), suffix},
            {QStringLiteral("width"), width},
            {QStringLiteral("height"), height},
            {QStringLiteral("site"), m_siteCode},
            {QStringLiteral("unit"), unitCode(figures->unit)},
            {QStringLiteral("from"), monthText(figures->fromMonth)},
            {QStringLiteral("to"), monthText(figures->toMonth)},
            {QStringLiteral("total"), decimal(figures->totalMilli)},
            {QStringLiteral("empty"), figures->isEmpty()},
        }));
        return 0;
    }
    m_console.printLine(Tr::tr("Wrote %1 (%2 × %3).").arg(path).arg(width).arg(height));
    if (figures->isEmpty())
        m_console.printLine(Tr::tr("The selection has no waste in %1; the chart says so.")
                                .arg(unitCode(figures->unit)));
    return 0;
}

} // namespace Rpb
