#pragma once

#include <QString>

namespace Rpb {

// The kinds of record a change signal or an audit entry can speak of.
enum class EntityKind {
    Site,
    ProductLine,
    Equipment,
    Member,
    WasteCategory,
    User,
    Booking,
    MaintenanceWindow,
    Batch,
    MonthClose,
    Setting, // settings of the whole database (the idle lock)
    SyncPackage, // an export or import: the sync status changed
    SyncConflict
};

QString entityTable(EntityKind kind); // "product_line"
QString entityDisplayName(EntityKind kind); // translated: "Product line"

} // namespace Rpb
