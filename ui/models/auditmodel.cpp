#include "auditmodel.h"

#include "changewatch.h"
#include "displayformat.h"
#include "domain/entitykind.h"
#include "domain/permissions.h"
#include "services/language.h"
#include "services/masterdataservice.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <limits>

namespace Rpb {

AuditModel::AuditModel(AuditService &audit, MasterDataService &masterData, ChangeHub &hub,
                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_audit(audit)
    , m_masterData(masterData)
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
    const QString format = DisplayFormat::dateFormat() + QStringLiteral(" HH:mm:ss");
    if (entry.siteId) {
        const SiteInfo site = m_sites.value(*entry.siteId);
        const QTimeZone zone(site.timeZone.toUtf8());
        if (zone.isValid())
            return Language::locale().toString(entry.at.toTimeZone(zone), format) + QLatin1Char(' ')
                + DisplayFormat::timeZoneAbbreviation(site.timeZone);
    }
    return Language::locale().toString(entry.at.toLocalTime(), format);
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
        {QStringLiteral("archived"), QT_TR_NOOP("Archived")},
        {QStringLiteral("auto_confirm"), QT_TR_NOOP("Auto-confirm")},
        {QStringLiteral("book_ahead_days"), QT_TR_NOOP("Book ahead (days)")},
        {QStringLiteral("buffer_minutes"), QT_TR_NOOP("Buffer (minutes)")},
        {QStringLiteral("capacity"), QT_TR_NOOP("Capacity")},
        {QStringLiteral("close_minute"), QT_TR_NOOP("Closing time (minute of day)")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("disabled"), QT_TR_NOOP("Disabled")},
        {QStringLiteral("full_name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("hazardous"), QT_TR_NOOP("Hazardous")},
        {QStringLiteral("idle_lock_minutes"), QT_TR_NOOP("Lock after (minutes)")},
        {QStringLiteral("joined"), QT_TR_NOOP("Joined")},
        {QStringLiteral("mass_balance_tolerance_percent"),
         QT_TR_NOOP("Mass-balance tolerance (%)")},
        {QStringLiteral("max_booking_minutes"), QT_TR_NOOP("Longest booking (minutes)")},
        {QStringLiteral("min_booking_minutes"), QT_TR_NOOP("Shortest booking (minutes)")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("nib"), QT_TR_NOOP("NIB")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("open_days"), QT_TR_NOOP("Open days")},
        {QStringLiteral("open_minute"), QT_TR_NOOP("Opening time (minute of day)")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("password"), QT_TR_NOOP("Password")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("product_line_ids"), QT_TR_NOOP("Product lines")},
        {QStringLiteral("province"), QT_TR_NOOP("Province")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("site_id"), QT_TR_NOOP("Site")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("time_zone"), QT_TR_NOOP("Time zone")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("weekly_quota_minutes"), QT_TR_NOOP("Weekly quota (minutes)")},
        {QStringLiteral("women_led"), QT_TR_NOOP("Women-led")},
        {QStringLiteral("youth_led"), QT_TR_NOOP("Youth-led")},
    };
    if (const char *name = names.value(field))
        return tr(name);
    // Other column names read as words: "actual_start_utc" as "Actual start utc".
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

QString AuditModel::changeText(const QString &field, const QJsonValue &value) const
{
    static const QStringList flags {QStringLiteral("archived"),  QStringLiteral("auto_confirm"),
                                    QStringLiteral("disabled"),  QStringLiteral("hazardous"),
                                    QStringLiteral("women_led"), QStringLiteral("youth_led")};
    if (value.isNull() || value.isUndefined())
        return {};
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
