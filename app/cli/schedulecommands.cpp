#include "schedulecommands.h"

#include "argumentparser.h"
#include "console.h"
#include "domain/sitecalendar.h"
#include "domain/uuid7.h"
#include "services/appcontext.h"
#include "services/appinfo.h"
#include "texttable.h"
#include "timeinput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommands)
};

QString clashKindCode(SchedulingService::Clash::Kind kind)
{
    switch (kind) {
    case SchedulingService::Clash::Kind::Booking:
        return QStringLiteral("booking");
    case SchedulingService::Clash::Kind::Maintenance:
        return QStringLiteral("maintenance");
    case SchedulingService::Clash::Kind::Closed:
        return QStringLiteral("closed");
    case SchedulingService::Clash::Kind::Quota:
        return QStringLiteral("quota");
    case SchedulingService::Clash::Kind::Rule:
        return QStringLiteral("rule");
    }
    return QStringLiteral("rule");
}

// The rules name a bad repeat rule "RRULE"; on the command line it came from --repeat.
Error pointedAtOption(Error error, const Invocation &invocation)
{
    if (error.field == QLatin1String("repeat"))
        error.where = QStringLiteral("--repeat ") + invocation.value(QStringLiteral("repeat"));
    return error;
}
} // namespace

ScheduleCommands::ScheduleCommands(AppContext &context, Console &console)
    : m_context(context)
    , m_console(console)
    , m_lookup(context.masterData())
    , m_format(context.scheduling(), m_lookup)
{}

int ScheduleCommands::run(const Invocation &invocation)
{
    switch (invocation.command->id) {
    case CommandId::Book:
        return book(invocation);
    case CommandId::BookingsList:
        return list(invocation);
    case CommandId::BookingCancel:
    case CommandId::BookingCheckIn:
    case CommandId::BookingCheckOut:
    case CommandId::BookingConfirm:
    case CommandId::BookingNoShow:
        return lifeCycle(invocation);
    case CommandId::MaintenanceAdd:
        return maintenance(invocation);
    default:
        break;
    }
    return m_console.fail(
        Error::usage(Tr::tr("This is not a scheduling command."), invocation.command->name()));
}

int ScheduleCommands::book(const Invocation &invocation)
{
    auto machine = m_lookup.equipment(std::nullopt, invocation.value(QStringLiteral("equipment")));
    if (!machine)
        return m_console.fail(machine.error());
    auto site = m_lookup.siteById(machine->meta.siteId);
    if (!site)
        return m_console.fail(site.error());
    const SiteCalendar calendar(*site);
    auto member = m_lookup.member(site->meta.id, invocation.value(QStringLiteral("member")));
    if (!member)
        return m_console.fail(member.error());
    auto start = TimeInput::dateTime(invocation.value(QStringLiteral("start")), calendar,
                                     QStringLiteral("start"));
    if (!start)
        return m_console.fail(start.error(), Console::helpHint());
    auto end = TimeInput::dateTime(invocation.value(QStringLiteral("end")), calendar,
                                   QStringLiteral("end"));
    if (!end)
        return m_console.fail(end.error(), Console::helpHint());

    SchedulingService::Request request;
    request.equipmentId = machine->meta.id;
    request.memberId = member->meta.id;
    request.start = *start;
    request.end = *end;
    request.purpose = invocation.value(QStringLiteral("purpose"));
    request.rrule = invocation.value(QStringLiteral("repeat")).trimmed();
    request.skipConflicts = invocation.has(QStringLiteral("skip-conflicts"));
    if (invocation.has(QStringLiteral("product-line"))) {
        auto line = m_lookup.productLine(site->meta.id,
                                         invocation.value(QStringLiteral("product-line")));
        if (!line)
            return m_console.fail(line.error());
        request.productLineId = line->meta.id;
    }
    if (invocation.has(QStringLiteral("repeat")) && request.rrule.isEmpty())
        return m_console.fail(
            Error::usage(Tr::tr("The option --repeat needs a rule, e.g. FREQ=WEEKLY;COUNT=4."),
                         QStringLiteral("--repeat")),
            Console::helpHint());

    auto outcome = m_context.scheduling().book(request);
    if (!outcome) {
        const Error error = pointedAtOption(outcome.error(), invocation);
        if (error.kind != Error::Kind::Conflict)
            return m_console.fail(error);
        const int minutes = int(start->secsTo(*end) / 60);
        const QString hint = !request.rrule.isEmpty() && !request.skipConflicts
            ? Tr::tr("add --skip-conflicts to book the dates that are free")
            : Tr::tr("free times: %1 free-slots --site %2 --equipment %3 --duration %4m --from %5")
                  .arg(AppInfo::executableName(), site->code, machine->code)
                  .arg(minutes)
                  .arg(TimeInput::isoLocal(*start, calendar.zone()).left(16));
        return failWithConflicts(error, hint, request, site->meta.id);
    }

    std::optional<QString> series;
    if (outcome->seriesId) {
        auto uuid = m_context.scheduling().seriesUuid(*outcome->seriesId);
        if (uuid)
            series = Uuid7::toText(*uuid);
    }
    if (m_console.json()) {
        QJsonArray skipped;
        for (const SchedulingService::Clash &clash : std::as_const(outcome->skipped)) {
            QJsonObject object{
                {QStringLiteral("start"), TimeInput::isoLocal(clash.start, calendar.zone())},
                {QStringLiteral("end"), TimeInput::isoLocal(clash.end, calendar.zone())},
                {QStringLiteral("kind"), clashKindCode(clash.kind)},
                {QStringLiteral("reason"), clash.message},
            };
            QJsonArray conflicts;
            if (clash.with)
                conflicts.append(m_format.toJson(*clash.with));
            object.insert(QStringLiteral("conflicts"), conflicts);
            skipped.append(object);
        }
        m_console.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("series"), series ? QJsonValue(*series) : QJsonValue()},
            {QStringLiteral("rrule"),
             request.rrule.isEmpty() ? QJsonValue() : QJsonValue(request.rrule)},
            {QStringLiteral("bookings"), m_format.toJson(outcome->created)},
            {QStringLiteral("skipped"), skipped},
        }));
        return 0;
    }

    const int made = int(outcome->created.size());
    if (series)
        m_console.printLine(
            Tr::tr("Booked %n date(s) of the series %1:", nullptr, made).arg(*series));
    else
        m_console.printLine(Tr::tr("Booked:"));
    TextTable table;
    BookingFormat::addColumns(table);
    for (const Booking &booking : std::as_const(outcome->created))
        table.addRow(m_format.row(booking));
    m_console.print(table.render());
    if (!outcome->skipped.isEmpty()) {
        m_console.printLine(QString());
        m_console.printLine(Tr::tr("Skipped %n date(s):", nullptr, int(outcome->skipped.size())));
        for (const SchedulingService::Clash &clash : std::as_const(outcome->skipped))
            m_console.printLine(QStringLiteral("  ")
                                + m_format.span(site->meta.id, clash.start, clash.end)
                                + QStringLiteral(": ") + clash.message);
    }
    return 0;
}

int ScheduleCommands::failWithConflicts(const Error &error, const QString &hint,
                                        const SchedulingService::Request &request,
                                        qint64 siteId)
{
    QList<Booking> met;
    QSet<QUuid> seen;
    for (const QString &id : error.related) {
        auto booking = m_context.scheduling().bookingByUuid(QUuid::fromString(id));
        if (booking && !seen.contains(booking->meta.uuid)) {
            seen.insert(booking->meta.uuid);
            met.append(*booking);
        }
    }
    QStringList lines;
    if (request.rrule.isEmpty()) {
        for (const Booking &booking : std::as_const(met))
            lines << Tr::tr("clashes with %1").arg(m_format.line(booking));
    } else if (auto clashes = m_context.scheduling().check(request)) {
        // The error names the first date that is not free; a series wants them all.
        for (const SchedulingService::Clash &clash : std::as_const(*clashes)) {
            lines << m_format.span(siteId, clash.start, clash.end) + QStringLiteral(": ")
                    + clash.message;
            if (clash.with && !seen.contains(clash.with->meta.uuid)) {
                seen.insert(clash.with->meta.uuid);
                met.append(*clash.with);
            }
        }
    }
    return m_console.fail(error, hint,
                          QJsonObject{{QStringLiteral("conflicts"), m_format.toJson(met)}}, lines);
}

int ScheduleCommands::list(const Invocation &invocation)
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
        return m_console.fail(Error::invalid(Tr::tr("The last date comes before the first."),
                                             QStringLiteral("--to ") + invocation.value(
                                                 QStringLiteral("to"))));
    std::optional<qint64> equipmentId;
    if (invocation.has(QStringLiteral("equipment"))) {
        auto machine = m_lookup.equipment(site->meta.id,
                                          invocation.value(QStringLiteral("equipment")));
        if (!machine)
            return m_console.fail(machine.error());
        equipmentId = machine->meta.id;
    }
    std::optional<qint64> memberId;
    if (invocation.has(QStringLiteral("member"))) {
        const QString wanted = invocation.value(QStringLiteral("member"));
        auto member = m_lookup.member(site->meta.id, wanted);
        if (!member)
            return m_console.fail(member.error());
        if (member->meta.siteId != site->meta.id)
            return m_console.fail(
                Error::invalid(Tr::tr("%1 is a member of another site.").arg(member->name),
                               QStringLiteral("--member ") + wanted));
        memberId = member->meta.id;
    }

    const SiteCalendar calendar(*site);
    auto bookings = m_context.scheduling().bookings(
        site->meta.id, calendar.fromLocal(*from, QTime(0, 0)),
        calendar.fromLocal(to->addDays(1), QTime(0, 0)), equipmentId, memberId);
    if (!bookings)
        return m_console.fail(bookings.error());
    if (m_console.json()) {
        m_console.printJson(QJsonDocument(m_format.toJson(*bookings)));
        return 0;
    }
    TextTable table;
    BookingFormat::addColumns(table);
    for (const Booking &booking : std::as_const(*bookings))
        table.addRow(m_format.row(booking));
    m_console.printTable(table, Tr::tr("No bookings."));
    return 0;
}

int ScheduleCommands::lifeCycle(const Invocation &invocation)
{
    const QString text = invocation.arguments.value(0);
    const QUuid uuid = QUuid::fromString(text.trimmed());
    if (uuid.isNull())
        return m_console.fail(Error::usage(Tr::tr("\"%1\" is not a booking id; bookings list "
                                                  "shows them (a UUID).")
                                               .arg(text),
                                           invocation.command->name()),
                              Console::helpHint());
    auto found = m_context.scheduling().bookingByUuid(uuid);
    if (!found)
        return m_console.fail(found.error());

    BookingRules::Step step = BookingRules::Step::Cancel;
    switch (invocation.command->id) {
    case CommandId::BookingCheckIn:
        step = BookingRules::Step::CheckIn;
        break;
    case CommandId::BookingCheckOut:
        step = BookingRules::Step::CheckOut;
        break;
    case CommandId::BookingConfirm:
        step = BookingRules::Step::Confirm;
        break;
    case CommandId::BookingNoShow:
        step = BookingRules::Step::NoShow;
        break;
    default:
        break;
    }
    // The version just read: a change by someone else in between is refused, not overwritten.
    const Result<Booking> changed
        = m_context.scheduling().take(step, found->meta.id, found->meta.rowVersion);
    if (!changed)
        return m_console.fail(changed.error());
    if (m_console.json())
        m_console.printJson(QJsonDocument(m_format.toJson(*changed)));
    else
        m_console.printLine(m_format.line(*changed));
    return 0;
}

int ScheduleCommands::maintenance(const Invocation &invocation)
{
    auto machine = m_lookup.equipment(std::nullopt, invocation.value(QStringLiteral("equipment")));
    if (!machine)
        return m_console.fail(machine.error());
    auto site = m_lookup.siteById(machine->meta.siteId);
    if (!site)
        return m_console.fail(site.error());
    const SiteCalendar calendar(*site);
    auto start = TimeInput::dateTime(invocation.value(QStringLiteral("start")), calendar,
                                     QStringLiteral("start"));
    if (!start)
        return m_console.fail(start.error(), Console::helpHint());
    auto end = TimeInput::dateTime(invocation.value(QStringLiteral("end")), calendar,
                                   QStringLiteral("end"));
    if (!end)
        return m_console.fail(end.error(), Console::helpHint());
    const bool cancel = invocation.has(QStringLiteral("cancel-clashing"));
    auto outcome = m_context.scheduling().addMaintenance(
        machine->meta.id, *start, *end, invocation.value(QStringLiteral("reason")), cancel);
    if (!outcome)
        return m_console.fail(outcome.error());

    const MaintenanceWindow &window = outcome->window;
    if (m_console.json()) {
        m_console.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("id"), Uuid7::toText(window.meta.uuid)},
            {QStringLiteral("site"), site->code},
            {QStringLiteral("equipment"), machine->code},
            {QStringLiteral("start"), TimeInput::isoLocal(window.start, calendar.zone())},
            {QStringLiteral("end"), TimeInput::isoLocal(window.end, calendar.zone())},
            {QStringLiteral("reason"), window.reason},
            {QStringLiteral("cancelled"), outcome->cancelled},
            {QStringLiteral("bookings"), m_format.toJson(outcome->hit)},
        }));
        return 0;
    }
    m_console.printLine(Tr::tr("Maintenance of %1 (%2) recorded: %3.")
                            .arg(machine->code, machine->name,
                                 m_format.span(site->meta.id, window.start, window.end)));
    const int hit = int(outcome->hit.size());
    if (hit == 0) {
        m_console.printLine(Tr::tr("It hits no bookings."));
        return 0;
    }
    m_console.printLine(outcome->cancelled
                            ? Tr::tr("It hits %n booking(s), now cancelled:", nullptr, hit)
                            : Tr::tr("It hits %n booking(s), left as they are; cancel or move "
                                     "them (or add --cancel-clashing next time):",
                                     nullptr, hit));
    TextTable table;
    BookingFormat::addColumns(table);
    for (const Booking &booking : std::as_const(outcome->hit))
        table.addRow(m_format.row(booking));
    m_console.print(table.render());
    return 0;
}

} // namespace Rpb
