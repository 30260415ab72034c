#include "listcommands.h"

#include "argumentparser.h"
#include "console.h"
#include "domain/sitecalendar.h"
#include "domain/uuid7.h"
#include "services/appcontext.h"
#include "services/language.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTime>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ListCommands)
};

using Align = TextTable::Align;

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

QString date(const QDate &value)
{
    // A month name and a four-digit year: "1 Mar 2024" cannot be misread as 3 January.
    return value.isValid() ? Language::locale().toString(value, QStringLiteral("d MMM yyyy"))
                           : QString();
}

QString number(qint64 value)
{
    return Language::locale().toString(value);
}

QString isoTime(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

QString localTime(int minuteOfDay)
{
    if (minuteOfDay >= 24 * 60)
        return isoTime(minuteOfDay);
    return Language::locale().toString(QTime(minuteOfDay / 60, minuteOfDay % 60),
                                       QLocale::ShortFormat);
}

QString timeZoneLabel(const QString &ianaId)
{
    const QString abbreviation = SiteCalendar::zoneAbbreviation(ianaId);
    return abbreviation == ianaId ? ianaId : ianaId + QStringLiteral(" (") + abbreviation + u')';
}

QString dayCode(int isoDay)
{
    static const QStringList codes{
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    return codes.value(isoDay - 1);
}

// "Mon–Sat" for a run of days, "Mon, Wed, Fri" otherwise.
QString openDays(const Site &site)
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day) {
        if (site.isOpenOn(day))
            days << day;
    }
    if (days.isEmpty())
        return {};
    const QLocale locale = Language::locale();
    const auto name = [&locale](int day) {
        return locale.dayName(day, QLocale::ShortFormat);
    };
    const bool run = days.size() > 2 && days.last() - days.first() + 1 == days.size();
    if (run)
        return name(days.first()) + QChar(0x2013) + name(days.last());
    QStringList names;
    for (int day : days)
        names << name(day);
    return names.join(QStringLiteral(", "));
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// The fields every record of a site carries in JSON (docs/cli.md).
template<typename T>
QJsonObject recordToJson(const T &record, const QHash<qint64, QString> &siteCodes)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), Uuid7::toText(record.meta.uuid));
    object.insert(QStringLiteral("code"), record.code);
    object.insert(QStringLiteral("name"), record.name);
    object.insert(QStringLiteral("site"), siteCodes.value(record.meta.siteId));
    object.insert(QStringLiteral("archived"), record.meta.archived);
    return object;
}

void addRecordColumns(TextTable &table)
{
    table.addColumn(Tr::tr("Site"));
    table.addColumn(Tr::tr("Code"));
    table.addColumn(Tr::tr("Name"));
}

QString emptyText()
{
    return Tr::tr("No records.");
}
} // namespace

ListCommands::ListCommands(AppContext &context, Console &console)
    : m_context(context)
    , m_console(console)
{}

int ListCommands::run(const Invocation &invocation)
{
    const bool includeArchived = invocation.has(QStringLiteral("include-archived"));
    const CommandId id = invocation.command->id;
    if (id == CommandId::SitesList)
        return sites(includeArchived);
    if (id == CommandId::SitesSetManager)
        return setManager(invocation);

    auto siteId = siteFilter(invocation);
    if (!siteId)
        return m_console.fail(siteId.error());
    switch (id) {
    case CommandId::EquipmentList:
        return equipment(*siteId, includeArchived);
    case CommandId::MembersList:
        return members(*siteId, includeArchived);
    case CommandId::ProductLinesList:
        return productLines(*siteId, includeArchived);
    case CommandId::WasteCategoriesList:
        return wasteCategories(*siteId, includeArchived);
    default:
        break;
    }
    return m_console.fail(
        Error::usage(Tr::tr("This is not a list command."), invocation.command->name()));
}

int ListCommands::setManager(const Invocation &invocation)
{
    const QString wanted = invocation.value(QStringLiteral("site"));
    auto site = m_context.masterData().find<Site>(std::nullopt, wanted);
    if (!site) {
        Error error = site.error();
        error.where = QStringLiteral("--site ") + wanted;
        return m_console.fail(error);
    }
    // The window's path: the service tidies, validates, asks Permissions and audits the change.
    Site changed = *site;
    changed.managerName = invocation.value(QStringLiteral("name"));
    auto saved = m_context.masterData().save(changed);
    if (!saved) {
        Error error = saved.error();
        if (error.field == QLatin1String("manager_name"))
            error.where = QStringLiteral("--name");
        else if (error.where.isEmpty())
            error.where = QStringLiteral("--site ") + wanted;
        return m_console.fail(error);
    }
    if (m_console.json()) {
        m_console.printJson(QJsonDocument(siteToJson(*saved)));
        return 0;
    }
    m_console.printLine(
        saved->managerName.isEmpty()
            ? Tr::tr("Site %1 names no responsible manager now: its manager account signs the "
                     "monthly summary.")
                  .arg(saved->code)
            : Tr::tr("Site %1: %2 signs the monthly summary as responsible manager.")
                  .arg(saved->code, saved->managerName));
    return 0;
}

Result<std::optional<qint64>> ListCommands::siteFilter(const Invocation &invocation) const
{
    if (!invocation.has(QStringLiteral("site")))
        return std::optional<qint64>();
    const QString wanted = invocation.value(QStringLiteral("site"));
    auto site = m_context.masterData().find<Site>(std::nullopt, wanted);
    if (!site) {
        Error error = site.error();
        error.where = QStringLiteral("--site ") + wanted;
        return fail(error);
    }
    return std::optional<qint64>(site->meta.id);
}

Result<QHash<qint64, QString>> ListCommands::siteCodes() const
{
    // Archived sites too: their records still name them.
    auto sites = m_context.masterData().sites(true);
    if (!sites)
        return fail(sites.error());
    QHash<qint64, QString> codes;
    for (const Site &site : *sites)
        codes.insert(site.meta.id, site.code);
    return codes;
}

QJsonObject ListCommands::siteToJson(const Site &site)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), Uuid7::toText(site.meta.uuid));
    object.insert(QStringLiteral("code"), site.code);
    object.insert(QStringLiteral("name"), site.name);
    object.insert(QStringLiteral("province"), site.province);
    object.insert(QStringLiteral("manager_name"), site.managerName);
    object.insert(QStringLiteral("time_zone"), site.timeZone);
    object.insert(QStringLiteral("open_time"), isoTime(site.openMinute));
    object.insert(QStringLiteral("close_time"), isoTime(site.closeMinute));
    QJsonArray days;
    for (int day = 1; day <= 7; ++day) {
        if (site.isOpenOn(day))
            days.append(dayCode(day));
    }
    object.insert(QStringLiteral("open_days"), days);
    object.insert(QStringLiteral("buffer_minutes"), site.bufferMinutes);
    object.insert(QStringLiteral("min_booking_minutes"), site.minBookingMinutes);
    object.insert(QStringLiteral("max_booking_minutes"), site.maxBookingMinutes);
    object.insert(QStringLiteral("book_ahead_days"), site.bookAheadDays);
    object.insert(QStringLiteral("weekly_quota_minutes"), site.weeklyQuotaMinutes);
    object.insert(QStringLiteral("archived"), site.meta.archived);
    return object;
}

int ListCommands::sites(bool includeArchived)
{
    auto sites = m_context.masterData().sites(includeArchived);
    if (!sites)
        return m_console.fail(sites.error());
    if (m_console.json()) {
        QJsonArray array;
        for (const Site &site : *sites)
            array.append(siteToJson(site));
        m_console.printJson(QJsonDocument(array));
        return 0;
    }
    TextTable table;
    table.addColumn(Tr::tr("Code"));
    table.addColumn(Tr::tr("Name"));
    table.addColumn(Tr::tr("Province"));
    table.addColumn(Tr::tr("Time zone"));
    table.addColumn(Tr::tr("Hours"));
    table.addColumn(Tr::tr("Days"));
    if (includeArchived)
        table.addColumn(Tr::tr("Archived"));
    for (const Site &site : *sites) {
        QStringList row{site.code,
                        site.name,
                        site.province,
                        timeZoneLabel(site.timeZone),
                        localTime(site.openMinute) + QChar(0x2013) + localTime(site.closeMinute),
                        openDays(site)};
        if (includeArchived)
            row << yesNo(site.meta.archived);
        table.addRow(row);
    }
    m_console.printTable(table, emptyText());
    return 0;
}

int ListCommands::equipment(std::optional<qint64> siteId, bool includeArchived)
{
    auto codes = siteCodes();
    if (!codes)
        return m_console.fail(codes.error());
    auto machines = m_context.masterData().equipment(siteId, includeArchived);
    if (!machines)
        return m_console.fail(machines.error());
    // Archived product lines too, so that a machine still shows every line it is linked to.
    auto lines = m_context.masterData().productLines(siteId, true);
    if (!lines)
        return m_console.fail(lines.error());
    QHash<qint64, QString> lineCodes;
    for (const ProductLine &line : *lines)
        lineCodes.insert(line.meta.id, line.code);
    const auto servedLines = [&lineCodes](const Equipment &machine) {
        QStringList served;
        for (qint64 lineId : machine.productLineIds)
            served << lineCodes.value(lineId);
        served.sort();
        return served;
    };

    if (m_console.json()) {
        QJsonArray array;
        for (const Equipment &machine : *machines) {
            QJsonObject object = recordToJson(machine, *codes);
            object.insert(QStringLiteral("type"), machine.type);
            object.insert(QStringLiteral("status"), equipmentStatusCode(machine.status));
            object.insert(QStringLiteral("capacity"), machine.capacity);
            object.insert(QStringLiteral("buffer_minutes"),
                          machine.bufferMinutes ? QJsonValue(*machine.bufferMinutes)
                                                : QJsonValue());
            object.insert(QStringLiteral("product_lines"),
                          QJsonArray::fromStringList(servedLines(machine)));
            object.insert(QStringLiteral("notes"), machine.notes);
            array.append(object);
        }
        m_console.printJson(QJsonDocument(array));
        return 0;
    }
    TextTable table;
    addRecordColumns(table);
    table.addColumn(Tr::tr("Type"));
    table.addColumn(Tr::tr("Status"));
    table.addColumn(Tr::tr("Capacity"), Align::Right);
    if (includeArchived)
        table.addColumn(Tr::tr("Archived"));
    table.addColumn(Tr::tr("Product lines"));
    for (const Equipment &machine : *machines) {
        QStringList row{codes->value(machine.meta.siteId),
                        machine.code,
                        machine.name,
                        machine.type,
                        equipmentStatusDisplayName(machine.status),
                        number(machine.capacity)};
        if (includeArchived)
            row << yesNo(machine.meta.archived);
        row << servedLines(machine).join(QStringLiteral(", "));
        table.addRow(row);
    }
    m_console.printTable(table, emptyText());
    return 0;
}

int ListCommands::members(std::optional<qint64> siteId, bool includeArchived)
{
    auto codes = siteCodes();
    if (!codes)
        return m_console.fail(codes.error());
    auto members = m_context.masterData().members(siteId, includeArchived);
    if (!members)
        return m_console.fail(members.error());
    if (m_console.json()) {
        QJsonArray array;
        for (const Member &member : *members) {
            QJsonObject object = recordToJson(member, *codes);
            object.insert(QStringLiteral("owner"), member.owner);
            object.insert(QStringLiteral("nib"), optionalText(member.nib));
            object.insert(QStringLiteral("women_led"), member.womenLed);
            object.insert(QStringLiteral("youth_led"), member.youthLed);
            object.insert(QStringLiteral("phone"), optionalText(member.phone));
            object.insert(QStringLiteral("joined"),
                          member.joined.isValid() ? QJsonValue(member.joined.toString(Qt::ISODate))
                                                  : QJsonValue());
            array.append(object);
        }
        m_console.printJson(QJsonDocument(array));
        return 0;
    }
    TextTable table;
    addRecordColumns(table);
    table.addColumn(Tr::tr("Owner"));
    table.addColumn(Tr::tr("NIB"));
    table.addColumn(Tr::tr("Women-led"));
    table.addColumn(Tr::tr("Youth-led"));
    table.addColumn(Tr::tr("Phone"));
    table.addColumn(Tr::tr("Joined"));
    if (includeArchived)
        table.addColumn(Tr::tr("Archived"));
    for (const Member &member : *members) {
        QStringList row{codes->value(member.meta.siteId),
                        member.code,
                        member.name,
                        member.owner,
                        member.nib,
                        yesNo(member.womenLed),
                        yesNo(member.youthLed),
                        member.phone,
                        date(member.joined)};
        if (includeArchived)
            row << yesNo(member.meta.archived);
        table.addRow(row);
    }
    m_console.printTable(table, emptyText());
    return 0;
}

int ListCommands::productLines(std::optional<qint64> siteId, bool includeArchived)
{
    auto codes = siteCodes();
    if (!codes)
        return m_console.fail(codes.error());
    auto lines = m_context.masterData().productLines(siteId, includeArchived);
    if (!lines)
        return m_console.fail(lines.error());
    if (m_console.json()) {
        QJsonArray array;
        for (const ProductLine &line : *lines) {
            QJsonObject object = recordToJson(line, *codes);
            object.insert(QStringLiteral("unit"), unitCode(line.unit));
            array.append(object);
        }
        m_console.printJson(QJsonDocument(array));
        return 0;
    }
    TextTable table;
    addRecordColumns(table);
    table.addColumn(Tr::tr("Unit"));
    if (includeArchived)
        table.addColumn(Tr::tr("Archived"));
    for (const ProductLine &line : *lines) {
        QStringList row{codes->value(line.meta.siteId), line.code, line.name,
                        unitDisplayName(line.unit)};
        if (includeArchived)
            row << yesNo(line.meta.archived);
        table.addRow(row);
    }
    m_console.printTable(table, emptyText());
    return 0;
}

int ListCommands::wasteCategories(std::optional<qint64> siteId, bool includeArchived)
{
    auto codes = siteCodes();
    if (!codes)
        return m_console.fail(codes.error());
    auto categories = m_context.masterData().wasteCategories(siteId, includeArchived);
    if (!categories)
        return m_console.fail(categories.error());
    if (m_console.json()) {
        QJsonArray array;
        for (const WasteCategory &category : *categories) {
            QJsonObject object = recordToJson(category, *codes);
            object.insert(QStringLiteral("unit"), unitCode(category.unit));
            object.insert(QStringLiteral("hazardous"), category.hazardous);
            array.append(object);
        }
        m_console.printJson(QJsonDocument(array));
        return 0;
    }
    TextTable table;
    addRecordColumns(table);
    table.addColumn(Tr::tr("Unit"));
    table.addColumn(Tr::tr("Hazardous"));
    if (includeArchived)
        table.addColumn(Tr::tr("Archived"));
    for (const WasteCategory &category : *categories) {
        QStringList row{codes->value(category.meta.siteId), category.code, category.name,
                        unitDisplayName(category.unit), yesNo(category.hazardous)};
        if (includeArchived)
            row << yesNo(category.meta.archived);
        table.addRow(row);
    }
    m_console.printTable(table, emptyText());
    return 0;
}

} // namespace Rpb
