#include "auditmodel.h"

#include "changewatch.h"
#include "displayformat.h"
#include "domain/batch.h"
#include "domain/booking.h"
#include "domain/entitykind.h"
#include "domain/permissions.h"
#include "domain/quantity.h"
#include "domain/units.h"
#include "services/accountservice.h"
#include "services/language.h"
#include "services/masterdataservice.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <limits>

namespace Rpb {

AuditModel::AuditModel(AuditService &audit, MasterDataService &masterData, AccountService &accounts,
                       ChangeHub &hub, QObject *parent)
    : QAbstractTableModel(parent)
    , m_audit(audit)
    , m_masterData(masterData)
    , m_accounts(&accounts)
{
    auto *watch = new ChangeWatch(hub,
                                  {EntityKind::Site, EntityKind::ProductLine, EntityKind::Equipment,
                                   EntityKind::Member, EntityKind::WasteCategory, EntityKind::User,
                                   EntityKind::Booking, EntityKind::MaintenanceWindow,
                                   EntityKind::Batch, EntityKind::MonthClose, EntityKind::Setting,
                                   EntityKind::SyncPackage, EntityKind::SyncConflict},
                                  this);
    connect(watch, &ChangeWatch::changed, this, [this] {
        if (m_live)
            reload();
        else
            m_stale = true;
    });
}

void AuditModel::setLive(bool live)
{
    m_live = live;
    if (live && m_stale)
        reload();
}

void AuditModel::setFilter(const AuditService::Filter &filter)
{
    m_filter = filter;
    reload();
}

QList<AuditEntry> AuditModel::fetchPage(int offset)
{
    auto page = m_audit.entries(m_filter, offset, PageSize);
    if (!page) {
        m_lastError = page.error().message;
        m_exhausted = true;
        return {};
    }
    m_offset = offset + int(page->size());
    m_exhausted = page->size() < PageSize;
    // Entries written since the first page push the older ones down by as many rows: skip
    // those already shown instead of listing them twice.
    QList<AuditEntry> fresh;
    const qint64 below
        = m_entries.isEmpty() ? std::numeric_limits<qint64>::max() : m_entries.last().id;
    for (const AuditEntry &entry : std::as_const(*page))
        if (entry.id < below)
            fresh << entry;
    return fresh;
}

void AuditModel::reload()
{
    m_stale = false;
    beginResetModel();
    m_entries.clear();
    m_names.clear();
    m_lastError.clear();
    m_sites.clear();
    if (auto sites = m_masterData.sites(true)) {
        for (const Rpb::Site &site : *sites)
            m_sites.insert(site.meta.id, SiteInfo {site.code, site.timeZone});
    }
    auto total = m_audit.count(m_filter);
    m_total = total ? *total : 0;
    if (!total)
        m_lastError = total.error().message;
    m_offset = 0;
    m_exhausted = !total;
    if (total)
        m_entries = fetchPage(0);
    endResetModel();
    Q_EMIT loaded();
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && m_offset < m_total;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<AuditEntry> more = fetchPage(m_offset);
    if (!more.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(more.size()) - 1);
        m_entries << more;
        endInsertRows();
    }
    Q_EMIT loaded();
}

int AuditModel::rowOfEntry(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).id == id)
            return row;
    return -1;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QString AuditModel::timeText(const AuditEntry &entry) const
{
    return zonedText(entry, entry.at, DisplayFormat::dateFormat() + QStringLiteral(" HH:mm:ss"));
}

QString AuditModel::actionDisplayName(const QString &action)
{
    static const QHash<QString, const char *> names {
        {QStringLiteral("create"), QT_TR_NOOP("Created")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("archive"), QT_TR_NOOP("Archived")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restored")},
        {QStringLiteral("delete"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("disable"), QT_TR_NOOP("Disabled")},
        {QStringLiteral("enable"), QT_TR_NOOP("Enabled")},
        {QStringLiteral("reset_password"), QT_TR_NOOP("Password reset")},
        {QStringLiteral("change_password"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("cancel"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("confirm"), QT_TR_NOOP("Confirmed")},
        {QStringLiteral("check_in"), QT_TR_NOOP("Checked in")},
        {QStringLiteral("check_out"), QT_TR_NOOP("Checked out")},
        {QStringLiteral("no_show"), QT_TR_NOOP("No-show")},
        {QStringLiteral("move"), QT_TR_NOOP("Moved")},
        {QStringLiteral("close"), QT_TR_NOOP("Closed")},
        {QStringLiteral("reopen"), QT_TR_NOOP("Reopened")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("demo"), QT_TR_NOOP("Demo data")},
    };
    if (const char *name = names.value(action))
        return tr(name);
    QString text = action;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

QString AuditModel::kindDisplayName(const QString &entity)
{
    for (EntityKind kind :
         {EntityKind::Site, EntityKind::ProductLine, EntityKind::Equipment, EntityKind::Member,
          EntityKind::WasteCategory, EntityKind::User, EntityKind::Booking,
          EntityKind::MaintenanceWindow, EntityKind::Batch, EntityKind::MonthClose})
        if (entityTable(kind) == entity)
            return entityDisplayName(kind);
    if (entity == QLatin1String("booking_series"))
        return tr("Booking series");
    if (entity == QLatin1String("setting"))
        return tr("Setting");
    return fieldDisplayName(entity);
}

QString AuditModel::fieldDisplayName(const QString &field)
{
    static const QHash<QString, const char *> names {
        {QStringLiteral("actual_end_utc"), QT_TR_NOOP("Checked out")},
        {QStringLiteral("actual_start_utc"), QT_TR_NOOP("Checked in")},
        {QStringLiteral("archived"), QT_TR_NOOP("Archived")},
        {QStringLiteral("auto_confirm"), QT_TR_NOOP("Auto-confirm")},
        {QStringLiteral("book_ahead_days"), QT_TR_NOOP("Book ahead (days)")},
        {QStringLiteral("buffer_minutes"), QT_TR_NOOP("Buffer (minutes)")},
        {QStringLiteral("batches"), QT_TR_NOOP("Batches")},
        {QStringLiteral("bookings"), QT_TR_NOOP("Bookings")},
        {QStringLiteral("capacity"), QT_TR_NOOP("Capacity")},
        {QStringLiteral("category_id"), QT_TR_NOOP("Waste category")},
        {QStringLiteral("changed"), QT_TR_NOOP("Records added or changed")},
        {QStringLiteral("close_minute"), QT_TR_NOOP("Closing time")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("first_date"), QT_TR_NOOP("From")},
        {QStringLiteral("last_date"), QT_TR_NOOP("Until")},
        {QStringLiteral("conflicts"), QT_TR_NOOP("Conflicts")},
        {QStringLiteral("date"), QT_TR_NOOP("Production date")},
        {QStringLiteral("disabled"), QT_TR_NOOP("Disabled")},
        {QStringLiteral("end_utc"), QT_TR_NOOP("End")},
        {QStringLiteral("energy_kwh"), QT_TR_NOOP("Energy")},
        {QStringLiteral("equipment_id"), QT_TR_NOOP("Machine")},
        {QStringLiteral("file"), QT_TR_NOOP("File")},
        {QStringLiteral("first_start_utc"), QT_TR_NOOP("First date")},
        {QStringLiteral("full"), QT_TR_NOOP("Full package")},
        {QStringLiteral("full_name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("hazardous"), QT_TR_NOOP("Hazardous")},
        {QStringLiteral("idle_lock_minutes"), QT_TR_NOOP("Lock after (minutes)")},
        {QStringLiteral("input_material"), QT_TR_NOOP("Input material")},
        {QStringLiteral("input_quantity"), QT_TR_NOOP("Input quantity")},
        {QStringLiteral("input_unit"), QT_TR_NOOP("Input unit")},
        {QStringLiteral("joined"), QT_TR_NOOP("Joined")},
        {QStringLiteral("last_start_utc"), QT_TR_NOOP("Last date")},
        {QStringLiteral("machines"), QT_TR_NOOP("Machines")},
        {QStringLiteral("manager_name"), QT_TR_NOOP("Responsible manager")},
        {QStringLiteral("mass_balance_tolerance_percent"),
         QT_TR_NOOP("Mass-balance tolerance (%)")},
        {QStringLiteral("max_booking_minutes"), QT_TR_NOOP("Longest booking (minutes)")},
        {QStringLiteral("member"), QT_TR_NOOP("Member")},
        {QStringLiteral("member_id"), QT_TR_NOOP("Member")},
        {QStringLiteral("min_booking_minutes"), QT_TR_NOOP("Shortest booking (minutes)")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("nib"), QT_TR_NOOP("NIB")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("occurrences"), QT_TR_NOOP("Dates booked")},
        {QStringLiteral("open_days"), QT_TR_NOOP("Open days")},
        {QStringLiteral("open_minute"), QT_TR_NOOP("Opening time")},
        {QStringLiteral("operator_id"), QT_TR_NOOP("Operator")},
        {QStringLiteral("output_quantity"), QT_TR_NOOP("Output")},
        {QStringLiteral("output_unit"), QT_TR_NOOP("Output unit")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("password"), QT_TR_NOOP("Password")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("product_line"), QT_TR_NOOP("Product line")},
        {QStringLiteral("product_line_id"), QT_TR_NOOP("Product line")},
        {QStringLiteral("product_line_ids"), QT_TR_NOOP("Product lines")},
        {QStringLiteral("province"), QT_TR_NOOP("Province")},
        {QStringLiteral("purpose"), QT_TR_NOOP("Purpose")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("records"), QT_TR_NOOP("Records")},
        {QStringLiteral("resolution"), QT_TR_NOOP("Decision")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("route"), QT_TR_NOOP("Handling route")},
        {QStringLiteral("row_version"), QT_TR_NOOP("Version of the record")},
        {QStringLiteral("rrule"), QT_TR_NOOP("Repeat rule")},
        {QStringLiteral("series_id"), QT_TR_NOOP("Series")},
        {QStringLiteral("shift"), QT_TR_NOOP("Shift")},
        {QStringLiteral("site_id"), QT_TR_NOOP("Site")},
        {QStringLiteral("skipped"), QT_TR_NOOP("Dates skipped")},
        {QStringLiteral("start_utc"), QT_TR_NOOP("Start")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("time_zone"), QT_TR_NOOP("Time zone")},
        {QStringLiteral("to_seq"), QT_TR_NOOP("Changes up to number")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("warning_note"), QT_TR_NOOP("Note on the warnings")},
        {QStringLiteral("waste"), QT_TR_NOOP("Waste lines")},
        {QStringLiteral("waste_kg"), QT_TR_NOOP("Waste (kg)")},
        {QStringLiteral("waste_l"), QT_TR_NOOP("Waste (L)")},
        {QStringLiteral("water_l"), QT_TR_NOOP("Water")},
        {QStringLiteral("weekly_quota_minutes"), QT_TR_NOOP("Weekly quota (minutes)")},
        {QStringLiteral("waste_lines"), QT_TR_NOOP("Waste lines")},
        {QStringLiteral("members"), QT_TR_NOOP("Members")},
        {QStringLiteral("seed"), QT_TR_NOOP("Random seed")},
        {QStringLiteral("women_led"), QT_TR_NOOP("Women-led")},
        {QStringLiteral("youth_led"), QT_TR_NOOP("Youth-led")},
    };
    if (const char *name = names.value(field))
        return tr(name);
    // A field this version does not know (from a newer one) reads as words.
    QString text = field;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString AuditModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return DisplayFormat::yesNo(value.toBool());
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QList<AuditModel::Detail> AuditModel::details(const AuditEntry &entry) const
{
    QList<Detail> out;
    const QStringList fields = entry.changes.keys(); // sorted: the same order every time
    for (const QString &field : fields) {
        const QJsonValue value = entry.changes.value(field);
        const QJsonArray pair = value.toArray();
        const bool paired = value.isArray() && pair.size() == 2;
        out << Detail {field, fieldDisplayName(field),
                       changeText(entry, field, paired ? pair.at(0) : QJsonValue()),
                       changeText(entry, field, paired ? pair.at(1) : value)};
    }
    return out;
}

QString AuditModel::recordName(const QString &field, qint64 id) const
{
    const auto key = std::make_pair(field, id);
    if (const auto found = m_names.constFind(key); found != m_names.constEnd())
        return *found;
    const auto named = [](const auto &record) {
        return record ? DisplayFormat::record(record->name, record->code) : QString();
    };
    QString name;
    if (field == QLatin1String("equipment_id"))
        name = named(m_masterData.get<Equipment>(id));
    else if (field == QLatin1String("member_id"))
        name = named(m_masterData.get<Member>(id));
    else if (field == QLatin1String("product_line_id")
             || field == QLatin1String("product_line_ids"))
        name = named(m_masterData.get<ProductLine>(id));
    else if (field == QLatin1String("category_id"))
        name = named(m_masterData.get<WasteCategory>(id));
    else if (field == QLatin1String("operator_id")) {
        if (auto user = m_accounts->user(id))
            name = user->name;
    }
    // A record gone since (or not the reader's to see) keeps its number, said as such.
    if (name.isEmpty())
        name = tr("no. %1").arg(id);
    m_names.insert(key, name);
    return name;
}

QString AuditModel::timeIn(const AuditEntry &entry, const QDateTime &utc) const
{
    return zonedText(entry, utc, DisplayFormat::dateFormat() + QStringLiteral(" HH:mm"));
}

QString AuditModel::zonedText(const AuditEntry &entry, const QDateTime &utc,
                              const QString &format) const
{
    // In the zone of the entry's site, named; an entry of no site (an account of all sites, a
    // setting) in this PC's zone, named too, so that it is not read as the site's time.
    if (entry.siteId) {
        const SiteInfo site = m_sites.value(*entry.siteId);
        const QTimeZone zone(site.timeZone.toUtf8());
        if (zone.isValid())
            return Language::locale().toString(utc.toTimeZone(zone), format) + QLatin1Char(' ')
                + DisplayFormat::timeZoneAbbreviation(site.timeZone);
    }
    const QDateTime local = utc.toLocalTime();
    return Language::locale().toString(local, format) + QLatin1Char(' ')
        + local.timeZoneAbbreviation();
}

QString AuditModel::changeText(const AuditEntry &entry, const QString &field,
                               const QJsonValue &value) const
{
    static const QStringList flags {QStringLiteral("archived"),  QStringLiteral("auto_confirm"),
                                    QStringLiteral("closed"),    QStringLiteral("disabled"),
                                    QStringLiteral("full"),      QStringLiteral("hazardous"),
                                    QStringLiteral("women_led"), QStringLiteral("youth_led")};
    static const QStringList ids {QStringLiteral("equipment_id"), QStringLiteral("member_id"),
                                  QStringLiteral("product_line_id"), QStringLiteral("category_id"),
                                  QStringLiteral("operator_id")};
    static const QStringList quantities {
        QStringLiteral("input_quantity"), QStringLiteral("output_quantity"),
        QStringLiteral("energy_kwh"),     QStringLiteral("water_l"),
        QStringLiteral("waste_kg"),       QStringLiteral("waste_l")};
    if (value.isNull() || value.isUndefined()
        || (value.isString() && value.toString().isEmpty()
            && field.endsWith(QLatin1String("_utc"))))
        return {};
    const QLocale locale = Language::locale();
    // Flags are stored as 0 and 1.
    if (flags.contains(field) && (value.isDouble() || value.isBool()))
        return DisplayFormat::yesNo(value.toVariant().toBool());
    if (field == QLatin1String("role"))
        if (const auto role = roleFromCode(value.toString()))
            return Permissions::roleDisplayName(*role);
    // An account's site 0 (or none) reaches every site.
    if (field == QLatin1String("site_id") && value.isDouble() && value.toDouble() == 0)
        return tr("All sites");
    if (field == QLatin1String("site_id") && value.isDouble()) {
        const auto site = m_sites.constFind(qint64(value.toDouble()));
        if (site != m_sites.constEnd())
            return site->code;
    }
    if (ids.contains(field) && value.isDouble())
        return recordName(field, qint64(value.toDouble()));
    if (field == QLatin1String("product_line_ids") && value.isArray()) {
        QStringList names;
        for (const QJsonValue &id : value.toArray())
            names << recordName(field, qint64(id.toDouble()));
        return names.join(QStringLiteral(", "));
    }
    if (field.endsWith(QLatin1String("_utc")) && value.isString()) {
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
        if (at.isValid())
            return timeIn(entry, at.toUTC());
    }
    if (field == QLatin1String("open_minute") || field == QLatin1String("close_minute"))
        return DisplayFormat::timeOfDay(value.toInt());
    if (field == QLatin1String("open_days"))
        return DisplayFormat::openDays(value.toInt());
    if (field == QLatin1String("date") || field == QLatin1String("joined")
        || field.endsWith(QLatin1String("_date"))) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (date.isValid())
            return DisplayFormat::date(date);
    }
    if (field == QLatin1String("status")) {
        const QString code = value.toString();
        if (entry.entity == QLatin1String("booking"))
            if (const auto s = bookingStatusFromCode(code))
                return bookingStatusDisplayName(*s);
        if (entry.entity == QLatin1String("batch"))
            if (const auto s = batchStatusFromCode(code))
                return batchStatusDisplayName(*s);
        if (const auto s = equipmentStatusFromCode(code))
            return equipmentStatusDisplayName(*s);
    }
    if ((field == QLatin1String("unit") || field.endsWith(QLatin1String("_unit")))
        && value.isString())
        if (const auto unit = unitFromCode(value.toString()))
            return unitDisplayName(*unit);
    if (field == QLatin1String("route"))
        if (const auto route = routeFromCode(value.toString()))
            return routeDisplayName(*route);
    // Quantities travel as C-locale decimals; the screen writes them its own way, with units.
    if (quantities.contains(field) && value.isString()) {
        const auto milli = Quantity::parse(value.toString());
        if (milli) {
            QString text = Quantity::toLocalizedString(*milli, locale);
            if (field == QLatin1String("energy_kwh"))
                text += QStringLiteral(" kWh");
            else if (field == QLatin1String("water_l") || field == QLatin1String("waste_l"))
                text += QStringLiteral(" ") + unitDisplayName(Unit::Litre);
            else if (field == QLatin1String("waste_kg"))
                text += QStringLiteral(" ") + unitDisplayName(Unit::Kg);
            return text;
        }
    }
    // Waste lines: "CATEGORY 230 kg compost" each.
    if (field == QLatin1String("waste") && value.isArray()) {
        QStringList lines;
        for (const QJsonValue &line : value.toArray()) {
            const QStringList parts = line.toString().split(QLatin1Char(' '));
            const auto milli = parts.size() == 4 ? Quantity::parse(parts.at(1))
                                                 : Result<qint64>(fail(Error::invalid({})));
            const auto unit = parts.size() == 4 ? unitFromCode(parts.at(2)) : std::optional<Unit>();
            const auto route
                = parts.size() == 4 ? routeFromCode(parts.at(3)) : std::optional<Route>();
            if (milli && unit && route)
                lines << QStringLiteral("%1 %2 %3, %4")
                             .arg(parts.at(0), Quantity::toLocalizedString(*milli, locale),
                                  unitDisplayName(*unit), routeDisplayName(*route));
            else
                lines << line.toString();
        }
        return lines.join(QStringLiteral("; "));
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << valueText(item);
        return items.join(QStringLiteral(", "));
    }
    if (value.isDouble()
        && (field.endsWith(QLatin1String("_minutes")) || field == QLatin1String("records")
            || field == QLatin1String("changed") || field == QLatin1String("conflicts")))
        return DisplayFormat::number(qint64(value.toDouble()));
    // Counts read as the app writes numbers ("1.243"); codes, years and seeds stay as they are.
    static const QSet<QString> counts {QStringLiteral("batches"), QStringLiteral("bookings"),
                                       QStringLiteral("changed"), QStringLiteral("members"),
                                       QStringLiteral("waste_lines")};
    if (value.isDouble() && counts.contains(field))
        return Language::locale().toString(qint64(value.toDouble()));
    return valueText(value);
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == EntryIdRole)
        return entry.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return timeText(entry);
    case Person:
        return entry.userName;
    case Action:
        return actionDisplayName(entry.action);
    case Kind:
        return kindDisplayName(entry.entity);
    case Record:
        return entry.summary;
    case Site:
        return entry.siteId ? m_sites.value(*entry.siteId).code : QString();
    case Count:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Person:
        return tr("Person");
    case Action:
        return tr("Action");
    case Kind:
        return tr("Record kind");
    case Record:
        return tr("Record");
    case Site:
        return tr("Site");
    case Count:
        break;
    }
    return {};
}

bool AuditModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, Count - 1);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, Count - 1));
    }
    return QAbstractTableModel::event(event);
}

} // namespace Rpb
