#include "planningcommands.h"

#include "argumentparser.h"
#include "console.h"
#include "domain/sitecalendar.h"
#include "services/appcontext.h"
#include "services/calendarexport.h"
#include "services/language.h"
#include "texttable.h"
#include "timeinput.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanningCommands)
};

using Align = TextTable::Align;

constexpr int defaultSlots = 5;
constexpr int defaultIcsDays = 90;

// value / divisor rounded half up, as a decimal with `places` places: exact, no binary floating
// point on the way into JSON.
qint64 scaled(qint64 value, qint64 divisor, int places)
{
    qint64 factor = 1;
    for (int i = 0; i < places; ++i)
        factor *= 10;
    return (value * factor * 2 + divisor) / (divisor * 2);
}

QString decimalText(qint64 scaledValue, int places)
{
    QString digits = QString::number(scaledValue).rightJustified(places + 1, QLatin1Char('0'));
    digits.insert(digits.size() - places, QLatin1Char('.'));
    return digits;
}

QString localDecimal(qint64 scaledValue, int places)
{
    double divisor = 1;
    for (int i = 0; i < places; ++i)
        divisor *= 10;
    return Language::locale().toString(double(scaledValue) / divisor, 'f', places);
}

struct Figures
{
    qint64 open = 0; // seconds of opening hours
    qint64 maintenance = 0;
    qint64 booked = 0;
    qint64 used = 0;

    qint64 available() const { return open - maintenance; }
};

QJsonObject figuresToJson(const Figures &f)
{
    const auto hours = [](qint64 seconds) {
        return decimalText(scaled(seconds, 3600, 2), 2);
    };
    const auto percent = [&f](qint64 seconds) {
        return f.available() > 0
            ? QJsonValue(decimalText(scaled(seconds * 100, f.available(), 1), 1))
            : QJsonValue();
    };
    return QJsonObject {
        {QStringLiteral("open_hours"), hours(f.open)},
        {QStringLiteral("maintenance_hours"), hours(f.maintenance)},
        {QStringLiteral("available_hours"), hours(f.available())},
        {QStringLiteral("booked_hours"), hours(f.booked)},
        {QStringLiteral("used_hours"), hours(f.used)},
        {QStringLiteral("booked_percent"), percent(f.booked)},
        {QStringLiteral("used_percent"), percent(f.used)},
        {QStringLiteral("open_seconds"), f.open},
        {QStringLiteral("maintenance_seconds"), f.maintenance},
        {QStringLiteral("booked_seconds"), f.booked},
        {QStringLiteral("used_seconds"), f.used},
    };
}

QStringList figuresRow(const Figures &f)
{
    const auto hours = [](qint64 seconds) {
        return localDecimal(scaled(seconds, 3600, 1), 1);
    };
    const auto percent = [&f](qint64 seconds) {
        return f.available() > 0 ? localDecimal(scaled(seconds * 100, f.available(), 1), 1)
                                 : QStringLiteral("–");
    };
    return {hours(f.open), hours(f.maintenance), hours(f.available()), hours(f.booked),
            hours(f.used), percent(f.booked),    percent(f.used)};
}
} // namespace

PlanningCommands::PlanningCommands(AppContext &context, Console &console)
    : m_context(context)
    , m_console(console)
    , m_lookup(context.masterData())
    , m_format(context.scheduling(), m_lookup)
{ }

int PlanningCommands::run(const Invocation &invocation)
{
    switch (invocation.command->id) {
    case CommandId::FreeSlots:
        return freeSlots(invocation);
    case CommandId::Ics:
        return ics(invocation);
    case CommandId::Utilization:
        return utilization(invocation);
    default:
        break;
    }
    return m_console.fail(
        Error::usage(Tr::tr("This is not a planning command."), invocation.command->name()));
}

int PlanningCommands::freeSlots(const Invocation &invocation)
{
    auto site = m_lookup.site(invocation.value(QStringLiteral("site")));
    if (!site)
        return m_console.fail(site.error());
    const SiteCalendar calendar(*site);
    auto minutes = TimeInput::minutes(invocation.value(QStringLiteral("duration")),
                                      QStringLiteral("duration"));
    if (!minutes)
        return m_console.fail(minutes.error(), Console::helpHint());
    auto from = TimeInput::dateTime(invocation.value(QStringLiteral("from")), calendar,
                                    QStringLiteral("from"), TimeInput::DateAlone::StartOfDay);
    if (!from)
        return m_console.fail(from.error(), Console::helpHint());
    QDateTime to;
    if (invocation.has(QStringLiteral("to"))) {
        auto until = TimeInput::dateTime(invocation.value(QStringLiteral("to")), calendar,
                                         QStringLiteral("to"), TimeInput::DateAlone::EndOfDay);
        if (!until)
            return m_console.fail(until.error(), Console::helpHint());
        if (*until <= *from)
            return m_console.fail(
                Error::invalid(Tr::tr("The end of the range must come after "
                                      "its start."),
                               QStringLiteral("--to ") + invocation.value(QStringLiteral("to"))));
        to = *until;
    }
    int count = defaultSlots;
    if (invocation.has(QStringLiteral("count"))) {
        auto n = TimeInput::number(invocation.value(QStringLiteral("count")),
                                   QStringLiteral("count"), 1, 100);
        if (!n)
            return m_console.fail(n.error(), Console::helpHint());
        count = *n;
    }
    if (invocation.has(QStringLiteral("equipment")) && invocation.has(QStringLiteral("type")))
        return m_console.fail(
            Error::usage(Tr::tr("Give --equipment or --type, not both."), QStringLiteral("--type")),
            Console::helpHint());
    std::optional<qint64> equipmentId;
    if (invocation.has(QStringLiteral("equipment"))) {
        auto machine
            = m_lookup.equipment(site->meta.id, invocation.value(QStringLiteral("equipment")));
        if (!machine)
            return m_console.fail(machine.error());
        equipmentId = machine->meta.id;
    }
    const QString type = invocation.value(QStringLiteral("type")).trimmed();
    if (!type.isEmpty()) {
        auto machines = m_context.masterData().equipment(site->meta.id);
        if (!machines)
            return m_console.fail(machines.error());
        QStringList types;
        for (const Equipment &machine : std::as_const(*machines)) {
            if (!types.contains(machine.type, Qt::CaseInsensitive))
                types << machine.type;
        }
        if (!types.contains(type, Qt::CaseInsensitive))
            return m_console.fail(
                Error::invalid(Tr::tr("%1 has no machine of the type \"%2\"; its types are: %3.")
                                   .arg(site->code, type, types.join(QStringLiteral(", "))),
                               QStringLiteral("--type ") + type));
    }

    std::optional<qint64> memberId;
    if (invocation.has(QStringLiteral("member"))) {
        auto member = m_lookup.member(site->meta.id, invocation.value(QStringLiteral("member")));
        if (!member)
            return m_console.fail(member.error());
        memberId = member->meta.id;
    }

    auto slots = m_context.scheduling().freeSlots(site->meta.id, *minutes, *from, to, equipmentId,
                                                  type, count, memberId);
    if (!slots)
        return m_console.fail(slots.error());
    if (m_console.json()) {
        QJsonArray array;
        for (const SchedulingService::FreeSlot &slot : std::as_const(*slots)) {
            array.append(QJsonObject {
                {QStringLiteral("site"), site->code},
                {QStringLiteral("equipment"), m_lookup.equipmentCode(slot.equipmentId)},
                {QStringLiteral("equipment_name"), m_lookup.equipmentName(slot.equipmentId)},
                {QStringLiteral("start"), TimeInput::isoLocal(slot.start, calendar.zone())},
                {QStringLiteral("end"), TimeInput::isoLocal(slot.end, calendar.zone())},
            });
        }
        m_console.printJson(QJsonDocument(array));
        return 0;
    }
    TextTable table;
    table.addColumn(Tr::tr("Machine"));
    table.addColumn(Tr::tr("Name"));
    table.addColumn(Tr::tr("Free"));
    for (const SchedulingService::FreeSlot &slot : std::as_const(*slots))
        table.addRow({m_lookup.equipmentCode(slot.equipmentId),
                      m_lookup.equipmentName(slot.equipmentId),
                      m_format.span(site->meta.id, slot.start, slot.end)});
    m_console.printTable(table, Tr::tr("No free slot of that length in this range."));
    return 0;
}

int PlanningCommands::ics(const Invocation &invocation)
{
    const QStringList choosers {QStringLiteral("site"), QStringLiteral("equipment"),
                                QStringLiteral("member")};
    QStringList given;
    for (const QString &option : choosers) {
        if (invocation.has(option))
            given << QStringLiteral("--") + option;
    }
    if (given.size() > 1)
        return m_console.fail(Error::usage(Tr::tr("Choose one of --site, --equipment and "
                                                  "--member, not %1.")
                                               .arg(given.join(QStringLiteral(" and "))),
                                           given.last()),
                              Console::helpHint());

    CalendarExport::Filter filter;
    if (invocation.has(QStringLiteral("site"))) {
        auto site = m_lookup.site(invocation.value(QStringLiteral("site")));
        if (!site)
            return m_console.fail(site.error());
        filter.siteId = site->meta.id;
    } else if (invocation.has(QStringLiteral("equipment"))) {
        auto machine
            = m_lookup.equipment(std::nullopt, invocation.value(QStringLiteral("equipment")));
        if (!machine)
            return m_console.fail(machine.error());
        filter.siteId = machine->meta.siteId;
        filter.equipmentId = machine->meta.id;
    } else if (invocation.has(QStringLiteral("member"))) {
        auto member = m_lookup.member(std::nullopt, invocation.value(QStringLiteral("member")));
        if (!member)
            return m_console.fail(member.error());
        filter.siteId = member->meta.siteId;
        filter.memberId = member->meta.id;
    } else {
        auto sites = m_context.masterData().sites();
        if (!sites)
            return m_console.fail(sites.error());
        if (sites->size() != 1)
            return m_console.fail(
                Error::usage(Tr::tr("Choose the bookings with --site, --equipment or --member: "
                                    "this database has %n site(s).",
                                    nullptr, int(sites->size())),
                             QStringLiteral("ics")),
                Console::helpHint());
        filter.siteId = sites->first().meta.id;
    }
    auto site = m_lookup.siteById(filter.siteId);
    if (!site)
        return m_console.fail(site.error());
    const SiteCalendar calendar(*site);

    QDate from = calendar.localDate(QDateTime::currentDateTimeUtc());
    if (invocation.has(QStringLiteral("from"))) {
        auto d = TimeInput::date(invocation.value(QStringLiteral("from")), QStringLiteral("from"));
        if (!d)
            return m_console.fail(d.error(), Console::helpHint());
        from = *d;
    }
    QDate to = from.addDays(defaultIcsDays);
    if (invocation.has(QStringLiteral("to"))) {
        auto d = TimeInput::date(invocation.value(QStringLiteral("to")), QStringLiteral("to"));
        if (!d)
            return m_console.fail(d.error(), Console::helpHint());
        to = *d;
    }
    if (to < from)
        return m_console.fail(Error::invalid(Tr::tr("The last date comes before the first."),
                                             QStringLiteral("--to ") + to.toString(Qt::ISODate)));
    filter.from = calendar.fromLocal(from, QTime(0, 0));
    filter.to = calendar.fromLocal(to.addDays(1), QTime(0, 0));

    auto bytes = m_context.calendar().write(filter);
    if (!bytes)
        return m_console.fail(bytes.error());
    const QString path = QFileInfo(invocation.value(QStringLiteral("out"))).absoluteFilePath();
    // Written whole or not at all: a calendar that subscribes to the file never reads half of it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        Error error = Error::invalid(
            Tr::tr("Cannot write the calendar file: %1").arg(file.errorString()), path);
        return m_console.fail(error);
    }
    const int events = int(bytes->count("BEGIN:VEVENT"));
    if (m_console.json()) {
        m_console.printJson(QJsonDocument(QJsonObject {
            {QStringLiteral("file"), path},
            {QStringLiteral("site"), site->code},
            {QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("events"), events},
            {QStringLiteral("bytes"), bytes->size()},
        }));
        return 0;
    }
    const QLocale locale = Language::locale();
    m_console.printLine(Tr::tr("%n booking(s) from %1 to %2 written to %3.", nullptr, events)
                            .arg(locale.toString(from, QStringLiteral("d MMM yyyy")),
                                 locale.toString(to, QStringLiteral("d MMM yyyy")), path));
    return 0;
}

int PlanningCommands::utilization(const Invocation &invocation)
{
    auto site = m_lookup.site(invocation.value(QStringLiteral("site")));
    if (!site)
        return m_console.fail(site.error());
    auto month
        = TimeInput::month(invocation.value(QStringLiteral("month")), QStringLiteral("month"));
    if (!month)
        return m_console.fail(month.error(), Console::helpHint());
    auto rows = m_context.scheduling().utilisation(site->meta.id, month->year(), month->month());
    if (!rows) {
        Error error = rows.error();
        if (error.field == QLatin1String("month"))
            error.where = QStringLiteral("--month ") + invocation.value(QStringLiteral("month"));
        return m_console.fail(error);
    }

    Figures total;
    QList<std::pair<const SchedulingService::Utilisation *, Figures>> machines;
    for (const SchedulingService::Utilisation &row : std::as_const(*rows)) {
        // The service counts open hours less maintenance; the command shows both.
        Figures f {row.openSeconds + row.maintenanceSeconds, row.maintenanceSeconds,
                   row.bookedSeconds, row.usedSeconds};
        total.open += f.open;
        total.maintenance += f.maintenance;
        total.booked += f.booked;
        total.used += f.used;
        machines.append({&row, f});
    }
    const QString monthText = month->toString(QStringLiteral("yyyy-MM"));
    if (m_console.json()) {
        QJsonArray array;
        for (const auto &[row, f] : std::as_const(machines)) {
            QJsonObject object = figuresToJson(f);
            object.insert(QStringLiteral("equipment"), row->equipment.code);
            object.insert(QStringLiteral("name"), row->equipment.name);
            object.insert(QStringLiteral("capacity"), row->equipment.capacity);
            array.append(object);
        }
        m_console.printJson(QJsonDocument(QJsonObject {
            {QStringLiteral("site"), site->code},
            {QStringLiteral("month"), monthText},
            {QStringLiteral("time_zone"), site->timeZone},
            {QStringLiteral("machines"), array},
            {QStringLiteral("total"), figuresToJson(total)},
        }));
        return 0;
    }
    m_console.printLine(
        Tr::tr("%1, %2 (hours in the site's local time):")
            .arg(site->code, Language::locale().toString(*month, QStringLiteral("MMMM yyyy"))));
    TextTable table;
    table.addColumn(Tr::tr("Machine"));
    table.addColumn(Tr::tr("Name"));
    table.addColumn(Tr::tr("Open h"), Align::Right);
    table.addColumn(Tr::tr("Maint. h"), Align::Right);
    table.addColumn(Tr::tr("Available h"), Align::Right);
    table.addColumn(Tr::tr("Booked h"), Align::Right);
    table.addColumn(Tr::tr("Used h"), Align::Right);
    table.addColumn(Tr::tr("Booked %"), Align::Right);
    table.addColumn(Tr::tr("Used %"), Align::Right);
    for (const auto &[row, f] : std::as_const(machines))
        table.addRow(QStringList {row->equipment.code, row->equipment.name} + figuresRow(f));
    if (!machines.isEmpty())
        table.addRow(QStringList {Tr::tr("Total"), QString()} + figuresRow(total));
    m_console.printTable(table, Tr::tr("No machines."));
    return 0;
}

} // namespace Rpb
