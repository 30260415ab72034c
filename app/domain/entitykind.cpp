#include "entitykind.h"

#include <QCoreApplication>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(EntityKind)
};
} // namespace

QString entityTable(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Site:
        return QStringLiteral("site");
    case EntityKind::ProductLine:
        return QStringLiteral("product_line");
    case EntityKind::Equipment:
        return QStringLiteral("equipment");
    case EntityKind::Member:
        return QStringLiteral("member");
    case EntityKind::WasteCategory:
        return QStringLiteral("waste_category");
    case EntityKind::User:
        return QStringLiteral("app_user");
    case EntityKind::Booking:
        return QStringLiteral("booking");
    case EntityKind::MaintenanceWindow:
        return QStringLiteral("maintenance_window");
    case EntityKind::Batch:
        return QStringLiteral("batch");
    case EntityKind::MonthClose:
        return QStringLiteral("month_close");
    case EntityKind::Setting:
        return QStringLiteral("setting");
    case EntityKind::SyncPackage:
        return QStringLiteral("sync_package");
    case EntityKind::SyncConflict:
        return QStringLiteral("sync_conflict");
    }
    return {};
}

QString entityDisplayName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Site:
        return Tr::tr("Site");
    case EntityKind::ProductLine:
        return Tr::tr("Product line");
    case EntityKind::Equipment:
        return Tr::tr("Machine");
    case EntityKind::Member:
        return Tr::tr("Member");
    case EntityKind::WasteCategory:
        return Tr::tr("Waste category");
    case EntityKind::User:
        return Tr::tr("Account");
    case EntityKind::Booking:
        return Tr::tr("Booking");
    case EntityKind::MaintenanceWindow:
        return Tr::tr("Maintenance window");
    case EntityKind::Batch:
        return Tr::tr("Batch");
    case EntityKind::MonthClose:
        return Tr::tr("Month close");
    case EntityKind::Setting:
        return Tr::tr("Setting");
    case EntityKind::SyncPackage:
        return Tr::tr("Sync package");
    case EntityKind::SyncConflict:
        return Tr::tr("Sync conflict");
    }
    return {};
}

} // namespace Rpb
