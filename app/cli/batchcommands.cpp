#include "batchcommands.h"

#include "argumentparser.h"
#include "console.h"
#include "domain/quantity.h"
#include "domain/uuid7.h"
#include "services/appcontext.h"
#include "services/batchjson.h"
#include "services/language.h"
#include "storage/transaction.h"
#include "texttable.h"
#include "timeinput.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdio>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommands)
};

using Align = TextTable::Align;

constexpr int defaultListLimit = 1000;

QString local(qint64 milli)
{
    return Quantity::toLocalizedString(milli, Language::locale());
}

QString localDate(const QDate &value)
{
    return Language::locale().toString(value, QStringLiteral("d MMM yyyy"));
}

// One problem of a batch file: the JSON path it concerns and what is wrong there. In an array
// the path starts with the batch's index ("[1].waste[0].quantity").
struct Problem
{
    QString path;
    QString message;
    QString severity; // "error" or "warning"
};

QString prefixed(const QString &prefix, const QString &path)
{
    if (prefix.isEmpty())
        return path;
    return path.isEmpty() ? prefix : prefix + QLatin1Char('.') + path;
}

QJsonArray problemsToJson(const QList<Problem> &problems)
{
    QJsonArray array;
    for (const Problem &p : problems)
        array.append(QJsonObject {{QStringLiteral("path"), p.path},
                                  {QStringLiteral("message"), p.message},
                                  {QStringLiteral("severity"), p.severity}});
    return array;
}

QStringList problemLines(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << (p.path.isEmpty() ? p.message : p.path + QStringLiteral(": ") + p.message);
    return lines;
}

Error notABatchCode(const QString &text, const QString &command)
{
    return Error::usage(Tr::tr("The command %1 needs a batch code (ACH-2610-0001) or id, not "
                               "\"%2\".")
                            .arg(command, text),
                        command);
}
} // namespace

BatchCommands::BatchCommands(AppContext &context, Console &console)
    : m_context(context)
    , m_console(console)
    , m_lookup(context.masterData())
{ }

int BatchCommands::run(const Invocation &invocation)
{
    switch (invocation.command->id) {
    case CommandId::BatchAdd:
        return add(invocation);
    case CommandId::BatchList:
        return list(invocation);
    case CommandId::BatchShow:
        return show(invocation);
    case CommandId::BatchDelete:
        return remove(invocation);
    case CommandId::BatchArchive:
        return archive(invocation);
    case CommandId::MonthClose:
    case CommandId::MonthReopen:
        return month(invocation);
    case CommandId::MonthList:
        return closedMonths(invocation);
    default:
        break;
    }
    return m_console.fail(
        Error::usage(Tr::tr("This is not a batch command."), invocation.command->name()));
}

Result<QByteArray> BatchCommands::readInput(const QString &path, const QString &option)
{
    const QString where = QStringLiteral("--") + option + QLatin1Char(' ') + path;
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return fail(Error::invalid(Tr::tr("Cannot read standard input."), where));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                Error::invalid(Tr::tr("Cannot read the file: %1").arg(file.errorString()), where));
    }
    // Far above any batch file or member list; a mistaken path to a disk image stops here.
    constexpr qint64 limit = 64 * 1024 * 1024;
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        return fail(Error::invalid(Tr::tr("The file is larger than 64 MB."), where));
    return bytes;
}

int BatchCommands::add(const Invocation &invocation)
{
    const QString path = invocation.value(QStringLiteral("file"));
    const QString where = QStringLiteral("--file ") + path;
    auto bytes = readInput(path, QStringLiteral("file"));
    if (!bytes)
        return m_console.fail(bytes.error());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return m_console.fail(Error::invalid(Tr::tr("The file is not valid JSON: %1 at character "
                                                    "%2.")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset),
                                             where));
    QList<QJsonObject> objects;
    const bool several = document.isArray();
    if (document.isObject()) {
        objects << document.object();
    } else if (several) {
        const QJsonArray array = document.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                return m_console.fail(
                    Error::invalid(Tr::tr("Each batch must be a JSON object { ... }."),
                                   QStringLiteral("[%1]").arg(i), QStringLiteral("[%1]").arg(i)));
            objects << array.at(i).toObject();
        }
    }
    if (objects.isEmpty())
        return m_console.fail(Error::invalid(Tr::tr("The file must hold one batch, a JSON object "
                                                    "{ ... }, or a list [ ... ] of them."),
                                             where));

    // Every problem of every batch before anything is saved, so that one run names them all.
    const QString acknowledgement = invocation.value(QStringLiteral("acknowledge")).trimmed();
    const BatchJson json(m_context.masterData());
    QList<Batch> batches;
    QList<Problem> errors;
    QList<Problem> unacknowledged;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QString prefix = several ? QStringLiteral("[%1]").arg(i) : QString();
        auto batch = json.parse(objects.at(i));
        if (!batch) {
            if (batch.error().kind == Error::Kind::Storage)
                return m_console.fail(batch.error());
            errors << Problem {prefixed(prefix, batch.error().field), batch.error().message,
                               QStringLiteral("error")};
            continue;
        }
        const BatchService::Check check = m_context.batches().check(*batch);
        for (const Error &e : check.errors)
            errors << Problem {prefixed(prefix, e.field), e.message, QStringLiteral("error")};
        if (batch->warningNote.trimmed().isEmpty() && acknowledgement.isEmpty()) {
            for (const Error &w : check.warnings)
                unacknowledged << Problem {prefixed(prefix, w.field), w.message,
                                           QStringLiteral("warning")};
        }
        // --acknowledge is the note of the batches that have a warning, not of every batch.
        if (!check.warnings.isEmpty() && batch->warningNote.trimmed().isEmpty())
            batch->warningNote = acknowledgement;
        batches << *batch;
    }
    if (!errors.isEmpty()) {
        Error error = Error::invalid(Tr::tr("The batch file has %n problem(s); nothing was saved.",
                                            nullptr, int(errors.size())),
                                     where);
        return m_console.fail(error, {},
                              QJsonObject {{QStringLiteral("problems"), problemsToJson(errors)}},
                              problemLines(errors));
    }
    if (!unacknowledged.isEmpty()) {
        const Problem &first = unacknowledged.first();
        Error error = Error::invalid(Tr::tr("A warning needs an acknowledgement; nothing was "
                                            "saved."),
                                     first.path);
        return m_console.fail(
            error,
            Tr::tr("say why it is right with \"warning_note\": \"...\" in the batch, or with "
                   "--acknowledge TEXT"),
            QJsonObject {{QStringLiteral("problems"), problemsToJson(unacknowledged)}},
            problemLines(unacknowledged));
    }

    // One batch is one transaction in the service; several share an outer one, all or none.
    Transaction transaction(m_context.database());
    if (several) {
        if (auto s = transaction.begin(); !s)
            return m_console.fail(s.error());
    }
    QList<Batch> saved;
    for (qsizetype i = 0; i < batches.size(); ++i) {
        auto stored = m_context.batches().save(batches.at(i));
        if (!stored) {
            Error error = stored.error();
            if (several)
                error.where = prefixed(QStringLiteral("[%1]").arg(i),
                                       error.field.isEmpty() ? error.where : error.field);
            return m_console.fail(error);
        }
        saved << *stored;
    }
    if (several) {
        if (auto s = transaction.commit(); !s)
            return m_console.fail(s.error());
    }

    if (m_console.json()) {
        QJsonArray array;
        for (const Batch &batch : std::as_const(saved)) {
            auto object = json.toJson(batch);
            if (!object)
                return m_console.fail(object.error());
            array.append(*object);
        }
        if (several)
            m_console.printJson(QJsonDocument(array));
        else
            m_console.printJson(QJsonDocument(array.first().toObject()));
        return 0;
    }
    for (const Batch &batch : std::as_const(saved)) {
        m_console.printLine(
            Tr::tr("Saved batch %1 (id %2).").arg(batch.code, Uuid7::toText(batch.meta.uuid)));
        printBatch(batch);
    }
    return 0;
}

int BatchCommands::list(const Invocation &invocation)
{
    auto site = m_lookup.site(invocation.value(QStringLiteral("site")));
    if (!site)
        return m_console.fail(site.error());
    auto from = TimeInput::date(invocation.value(QStringLiteral("from")), QStringLiteral("from"));
    if (!from)
        return m_console.fail(from.error(), Console::helpHint());
    auto to = TimeInput::date(invocation.value(QStringLiteral("to")), QStringLiteral("to"));
    if (!to)
        return m_console.fail(to.error(), Console::helpHint());
    if (*to < *from)
        return m_console.fail(
            Error::invalid(Tr::tr("The last date comes before the first."),
                           QStringLiteral("--to ") + invocation.value(QStringLiteral("to"))));

    BatchQuery query;
    query.siteId = site->meta.id;
    query.from = *from;
    query.to = *to;
    if (invocation.has(QStringLiteral("product-line"))) {
        auto line
            = m_lookup.productLine(site->meta.id, invocation.value(QStringLiteral("product-line")));
        if (!line)
            return m_console.fail(line.error());
        query.productLineId = line->meta.id;
    }
    if (invocation.has(QStringLiteral("member"))) {
        const QString wanted = invocation.value(QStringLiteral("member"));
        auto member = m_lookup.member(site->meta.id, wanted);
        if (!member)
            return m_console.fail(member.error());
        if (member->meta.siteId != site->meta.id)
            return m_console.fail(
                Error::invalid(Tr::tr("%1 is a member of another site.").arg(member->name),
                               QStringLiteral("--member ") + wanted));
        query.memberId = member->meta.id;
    }
    if (invocation.has(QStringLiteral("equipment"))) {
        auto machine
            = m_lookup.equipment(site->meta.id, invocation.value(QStringLiteral("equipment")));
        if (!machine)
            return m_console.fail(machine.error());
        query.equipmentId = machine->meta.id;
    }
    if (invocation.has(QStringLiteral("status"))) {
        const QString text = invocation.value(QStringLiteral("status"));
        const auto status = batchStatusFromCode(text.trimmed().toLower());
        if (!status)
            return m_console.fail(
                Error::usage(Tr::tr("The option --status takes recorded, checked or archived, "
                                    "not \"%1\".")
                                 .arg(text),
                             QStringLiteral("--status")),
                Console::helpHint());
        query.status = *status;
    }
    query.search = invocation.value(QStringLiteral("search")).trimmed();
    int limit = defaultListLimit;
    if (invocation.has(QStringLiteral("limit"))) {
        auto n = TimeInput::number(invocation.value(QStringLiteral("limit")),
                                   QStringLiteral("limit"), 1, 1'000'000);
        if (!n)
            return m_console.fail(n.error(), Console::helpHint());
        limit = *n;
    }

    // Oldest first, as a ledger reads.
    BatchSort sort;
    sort.order = Qt::AscendingOrder;
    auto rows = m_context.batches().page(query, sort, 0, limit);
    if (!rows)
        return m_console.fail(rows.error());
    if (m_console.json()) {
        QJsonArray array;
        for (const BatchRow &row : std::as_const(*rows))
            array.append(BatchJson::toJson(row));
        m_console.printJson(QJsonDocument(array));
        return 0;
    }
    auto totals = m_context.batches().totals(query);
    if (!totals)
        return m_console.fail(totals.error());

    TextTable table;
    table.addColumn(Tr::tr("Code"));
    table.addColumn(Tr::tr("Date"));
    table.addColumn(Tr::tr("Shift"), Align::Right);
    table.addColumn(Tr::tr("Product line"));
    table.addColumn(Tr::tr("Member"));
    table.addColumn(Tr::tr("Output"), Align::Right);
    table.addColumn(Tr::tr("Unit"));
    table.addColumn(Tr::tr("Waste kg"), Align::Right);
    table.addColumn(Tr::tr("Waste L"), Align::Right);
    table.addColumn(Tr::tr("Status"));
    for (const BatchRow &row : std::as_const(*rows))
        table.addRow({row.code, localDate(row.productionDate), QString::number(row.shift),
                      row.productLineCode, row.memberCode + QStringLiteral(" ") + row.memberName,
                      local(row.outputMilli), unitCode(row.unit), local(row.wasteKgMilli),
                      local(row.wasteLitreMilli), batchStatusDisplayName(row.status)});
    m_console.printTable(table, Tr::tr("No batches."));
    if (totals->batches > rows->size())
        m_console.printLine(Tr::tr("Showing the first %1 of %2 batches; raise --limit to see more.")
                                .arg(rows->size())
                                .arg(totals->batches));

    QStringList output;
    for (Unit unit : {Unit::Kg, Unit::Litre, Unit::Piece}) {
        if (totals->output(unit) != 0)
            output << local(totals->output(unit)) + QLatin1Char(' ') + unitCode(unit);
    }
    if (output.isEmpty())
        output << local(0);
    m_console.printLine(
        Tr::tr("Total: %n batch(es); output %1; waste %2 kg, %3 L.", nullptr, int(totals->batches))
            .arg(output.join(QStringLiteral(", ")), local(totals->wasteKgMilli),
                 local(totals->wasteLitreMilli)));
    return 0;
}

Result<Batch> BatchCommands::findBatch(const Invocation &invocation) const
{
    const QString text = invocation.arguments.value(0).trimmed();
    if (text.isEmpty())
        return fail(notABatchCode(text, invocation.command->name()));
    auto batch = m_context.batches().find(text);
    if (!batch) {
        Error error = batch.error();
        if (error.kind == Error::Kind::NotFound) {
            error.message = Tr::tr("There is no batch %1; batch list shows the codes.").arg(text);
            error.where = text;
        }
        return fail(error);
    }
    return batch;
}

int BatchCommands::show(const Invocation &invocation)
{
    auto batch = findBatch(invocation);
    if (!batch)
        return m_console.fail(batch.error());
    if (m_console.json()) {
        auto object = BatchJson(m_context.masterData()).toJson(*batch);
        if (!object)
            return m_console.fail(object.error());
        m_console.printJson(QJsonDocument(*object));
        return 0;
    }
    printBatch(*batch);
    return 0;
}

QString BatchCommands::categoryCode(qint64 id) const
{
    auto category = m_context.masterData().get<WasteCategory>(id);
    return category ? category->code + QStringLiteral(" ") + category->name : QString::number(id);
}

void BatchCommands::printBatch(const Batch &batch)
{
    QList<std::pair<QString, QString>> fields;
    fields << std::pair {Tr::tr("Code"), batch.code};
    fields << std::pair {Tr::tr("Id"), Uuid7::toText(batch.meta.uuid)};
    fields << std::pair {Tr::tr("Site"), m_lookup.siteCode(batch.meta.siteId)};
    const auto line = m_context.masterData().get<ProductLine>(batch.productLineId);
    const Unit outputUnit = line ? line->unit : Unit::Kg;
    fields << std::pair {Tr::tr("Product line"),
                         line ? line->code + QStringLiteral(" ") + line->name : QString()};
    fields << std::pair {Tr::tr("Member"),
                         m_lookup.memberCode(batch.memberId) + QStringLiteral(" ")
                             + m_lookup.memberName(batch.memberId)};
    fields << std::pair {
        Tr::tr("Date"),
        Tr::tr("%1, shift %2").arg(localDate(batch.productionDate)).arg(batch.shift)};
    fields << std::pair {Tr::tr("Status"), batchStatusDisplayName(batch.status)};
    if (!batch.createdBy.isEmpty())
        fields << std::pair {Tr::tr("Recorded by"), batch.createdBy};
    QStringList machines;
    for (qint64 id : batch.equipmentIds)
        machines << m_lookup.equipmentCode(id);
    if (!machines.isEmpty())
        fields << std::pair {Tr::tr("Machines"), machines.join(QStringLiteral(", "))};
    fields << std::pair {Tr::tr("Input"),
                         batch.inputMaterial + QStringLiteral(", ") + local(batch.inputMilli)
                             + QLatin1Char(' ') + unitCode(batch.inputUnit)};
    fields << std::pair {Tr::tr("Output"),
                         local(batch.outputMilli) + QLatin1Char(' ') + unitCode(outputUnit)};
    fields << std::pair {Tr::tr("Energy"), local(batch.energyWh) + QStringLiteral(" kWh")};
    fields << std::pair {Tr::tr("Water"), local(batch.waterMl) + QStringLiteral(" L")};
    if (!batch.notes.isEmpty())
        fields << std::pair {Tr::tr("Notes"), batch.notes};
    if (!batch.warningNote.isEmpty())
        fields << std::pair {Tr::tr("Warning accepted"), batch.warningNote};
    qsizetype width = 0;
    for (const auto &field : std::as_const(fields))
        width = std::max(width, field.first.size());
    for (const auto &[label, value] : std::as_const(fields))
        m_console.printLine(QString(label + QLatin1Char(':')).leftJustified(width + 2) + value);

    if (batch.waste.isEmpty()) {
        m_console.printLine(Tr::tr("No waste lines."));
        return;
    }
    m_console.printLine(Tr::tr("Waste:"));
    TextTable table;
    table.addColumn(Tr::tr("Category"));
    table.addColumn(Tr::tr("Quantity"), Align::Right);
    table.addColumn(Tr::tr("Unit"));
    table.addColumn(Tr::tr("Route"));
    for (const WasteLine &w : batch.waste)
        table.addRow({categoryCode(w.categoryId), local(w.quantityMilli), unitCode(w.unit),
                      routeDisplayName(w.route)});
    m_console.print(table.render());
    m_console.printLine(
        Tr::tr("Waste total: %1 kg, %2 L.")
            .arg(local(batch.wasteMilli(Unit::Kg)), local(batch.wasteMilli(Unit::Litre))));
}

int BatchCommands::remove(const Invocation &invocation)
{
    auto batch = findBatch(invocation);
    if (!batch)
        return m_console.fail(batch.error());
    if (auto s = m_context.batches().remove(batch->meta.id, batch->meta.rowVersion); !s)
        return m_console.fail(s.error());
    if (m_console.json()) {
        m_console.printJson(QJsonDocument(QJsonObject {
            {QStringLiteral("id"), Uuid7::toText(batch->meta.uuid)},
            {QStringLiteral("code"), batch->code},
            {QStringLiteral("deleted"), true},
        }));
        return 0;
    }
    m_console.printLine(Tr::tr("Deleted batch %1.").arg(batch->code));
    return 0;
}

int BatchCommands::archive(const Invocation &invocation)
{
    auto batch = findBatch(invocation);
    if (!batch)
        return m_console.fail(batch.error());
    const bool restore = invocation.has(QStringLiteral("restore"));
    auto changed
        = m_context.batches().setArchived(batch->meta.id, !restore, batch->meta.rowVersion);
    if (!changed)
        return m_console.fail(changed.error());
    if (m_console.json()) {
        auto object = BatchJson(m_context.masterData()).toJson(*changed);
        if (!object)
            return m_console.fail(object.error());
        m_console.printJson(QJsonDocument(*object));
        return 0;
    }
    m_console.printLine(restore ? Tr::tr("Restored batch %1.").arg(changed->code)
                                : Tr::tr("Archived batch %1.").arg(changed->code));
    return 0;
}

int BatchCommands::month(const Invocation &invocation)
{
    auto site = m_lookup.site(invocation.value(QStringLiteral("site")));
    if (!site)
        return m_console.fail(site.error());
    auto first
        = TimeInput::month(invocation.value(QStringLiteral("month")), QStringLiteral("month"));
    if (!first)
        return m_console.fail(first.error(), Console::helpHint());
    const bool close = invocation.command->id == CommandId::MonthClose;
    BatchService &batches = m_context.batches();
    const Status done = close ? batches.closeMonth(site->meta.id, first->year(), first->month())
                              : batches.reopenMonth(site->meta.id, first->year(), first->month());
    if (!done)
        return m_console.fail(done.error());
    const QString month = first->toString(QStringLiteral("yyyy-MM"));
    if (m_console.json()) {
        m_console.printJson(QJsonDocument(QJsonObject {
            {QStringLiteral("site"), site->code},
            {QStringLiteral("month"), month},
            {QStringLiteral("closed"), close},
        }));
        return 0;
    }
    m_console.printLine(close
                            ? Tr::tr("The month %1 is closed for %2.").arg(month, site->code)
                            : Tr::tr("The month %1 is open again for %2.").arg(month, site->code));
    return 0;
}

int BatchCommands::closedMonths(const Invocation &invocation)
{
    auto site = m_lookup.site(invocation.value(QStringLiteral("site")));
    if (!site)
        return m_console.fail(site.error());
    auto months = m_context.batches().closedMonths(site->meta.id);
    if (!months)
        return m_console.fail(months.error());
    const QTimeZone zone(site->timeZone.toUtf8());
    const auto monthText = [](const ClosedMonth &m) {
        return QStringLiteral("%1-%2")
            .arg(m.year, 4, 10, QLatin1Char('0'))
            .arg(m.month, 2, 10, QLatin1Char('0'));
    };
    if (m_console.json()) {
        QJsonArray array;
        for (const ClosedMonth &m : std::as_const(*months))
            array.append(QJsonObject {
                {QStringLiteral("site"), site->code},
                {QStringLiteral("month"), monthText(m)},
                {QStringLiteral("closed_by"), m.closedBy},
                {QStringLiteral("closed_at"), TimeInput::isoLocal(m.closedAt, zone)},
            });
        m_console.printJson(QJsonDocument(array));
        return 0;
    }
    TextTable table;
    table.addColumn(Tr::tr("Month"));
    table.addColumn(Tr::tr("Closed by"));
    table.addColumn(Tr::tr("Closed at"));
    for (const ClosedMonth &m : std::as_const(*months))
        table.addRow(
            {monthText(m), m.closedBy,
             Language::locale().toString(m.closedAt.toTimeZone(zone), QLocale::ShortFormat)});
    m_console.printTable(table, Tr::tr("No month is closed for %1.").arg(site->code));
    return 0;
}

} // namespace Rpb
