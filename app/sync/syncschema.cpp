#include "syncschema.h"

namespace Rpb {

namespace {
using Type = SyncField::Type;

SyncField text(const char *key, QList<QByteArray> allowed = {})
{
    SyncField f {.key = key, .column = key};
    f.allowed = std::move(allowed);
    return f;
}

// A text field that packages carry from schema version since on.
SyncField textSince(const char *key, int since)
{
    SyncField f {.key = key, .column = key};
    f.since = since;
    return f;
}

SyncField optionalText(const char *key)
{
    SyncField f {.key = key, .column = key};
    f.type = Type::OptionalText;
    return f;
}

SyncField integer(const char *key, bool nonNegative = false)
{
    SyncField f {.key = key, .column = key};
    f.type = Type::Integer;
    f.nonNegative = nonNegative;
    return f;
}

SyncField optionalInteger(const char *key, bool nonNegative = false)
{
    SyncField f {.key = key, .column = key};
    f.type = Type::OptionalInteger;
    f.nonNegative = nonNegative;
    return f;
}

SyncField boolean(const char *key)
{
    SyncField f {.key = key, .column = key};
    f.type = Type::Boolean;
    return f;
}

SyncField reference(const char *key, const char *column, SyncKind target, bool optional = false)
{
    SyncField f {.key = key, .column = column};
    f.type = optional ? Type::OptionalReference : Type::Reference;
    f.target = target;
    return f;
}

SyncField accountName(const char *key, const char *column)
{
    SyncField f {.key = key, .column = column};
    f.type = Type::AccountName;
    return f;
}

SyncField links(const char *key, const char *table, SyncKind target, const char *owner,
                const char *targetColumn)
{
    SyncField f {.key = key, .column = table};
    f.type = Type::Links;
    f.target = target;
    f.linkOwner = owner;
    f.linkTarget = targetColumn;
    return f;
}

QList<SyncKindInfo> makeKinds()
{
    const QList<QByteArray> units {"kg", "L", "pcs"};
    const QList<QByteArray> wasteUnits {"kg", "L"};
    return {
        {SyncKind::Site,
         "site",
         "site",
         {text("code"), text("name"), text("province"), textSince("manager_name", 5),
          text("time_zone"), integer("open_minute"), integer("close_minute"), integer("open_days"),
          integer("buffer_minutes", true), integer("min_booking_minutes"),
          integer("max_booking_minutes"), integer("book_ahead_days"),
          integer("weekly_quota_minutes", true), integer("mass_balance_tolerance_percent"),
          boolean("auto_confirm"), boolean("archived")}},
        {SyncKind::ProductLine,
         "product_line",
         "product_line",
         {text("code"), text("name"), text("unit", units), boolean("archived")}},
        {SyncKind::Equipment,
         "equipment",
         "equipment",
         {text("code"), text("name"), text("type"),
          text("status", {"active", "maintenance", "retired"}), integer("capacity"),
          optionalInteger("buffer_minutes", true), text("notes"), boolean("archived"),
          links("product_lines", "equipment_product_line", SyncKind::ProductLine, "equipment_id",
                "product_line_id")}},
        {SyncKind::Member,
         "member",
         "member",
         {text("code"), text("name"), text("owner"), text("nib"), boolean("women_led"),
          boolean("youth_led"), text("phone"), optionalText("joined"), boolean("archived")}},
        {SyncKind::WasteCategory,
         "waste_category",
         "waste_category",
         {text("code"), text("name"), text("unit", wasteUnits), boolean("hazardous"),
          boolean("archived")}},
        {SyncKind::BookingSeries,
         "booking_series",
         "booking_series",
         {reference("equipment", "equipment_id", SyncKind::Equipment),
          reference("member", "member_id", SyncKind::Member), text("rrule"),
          integer("first_start_utc"), integer("duration_minutes")}},
        {SyncKind::Booking,
         "booking",
         "booking",
         {reference("equipment", "equipment_id", SyncKind::Equipment),
          reference("member", "member_id", SyncKind::Member),
          accountName("operator", "operator_id"),
          reference("product_line", "product_line_id", SyncKind::ProductLine, true),
          reference("series", "series_id", SyncKind::BookingSeries, true), integer("start_utc"),
          integer("end_utc"),
          text("status", {"requested", "confirmed", "checked_in", "done", "cancelled", "no_show"}),
          optionalInteger("actual_start_utc"), optionalInteger("actual_end_utc"), text("purpose"),
          text("created_by")}},
        {SyncKind::MaintenanceWindow,
         "maintenance_window",
         "maintenance_window",
         {reference("equipment", "equipment_id", SyncKind::Equipment), integer("start_utc"),
          integer("end_utc"), text("reason")}},
        {SyncKind::Batch,
         "batch",
         "batch",
         {text("code"), reference("product_line", "product_line_id", SyncKind::ProductLine),
          reference("member", "member_id", SyncKind::Member),
          accountName("operator", "operator_id"), text("production_date"), integer("local_month"),
          integer("shift"), text("input_material"), integer("input_milli", true),
          text("input_unit", units), integer("output_milli", true), integer("energy_wh", true),
          integer("water_ml", true), text("status", {"recorded", "checked", "archived"}),
          text("notes"), text("warning_note"), text("created_by"),
          links("equipment", "batch_equipment", SyncKind::Equipment, "batch_id", "equipment_id")}},
        {SyncKind::WasteLine,
         "waste_line",
         "waste_line",
         {reference("batch", "batch_id", SyncKind::Batch), integer("local_month"),
          reference("product_line", "product_line_id", SyncKind::ProductLine),
          reference("category", "category_id", SyncKind::WasteCategory),
          text("route",
               {"reuse", "byproduct", "recycle", "compost", "energy_recovery", "treated_discharge",
                "landfill", "open_burning"}),
          text("unit", wasteUnits), integer("quantity_milli", true)}},
        {SyncKind::MonthClose,
         "month_close",
         "month_close",
         {integer("month"), boolean("closed"), text("closed_by")}},
    };
}
} // namespace

int SyncKindInfo::fieldIndex(QByteArrayView key) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (key == QByteArrayView(fields.at(i).key))
            return i;
    }
    return -1;
}

const QList<SyncKindInfo> &SyncSchema::kinds()
{
    static const QList<SyncKindInfo> all = makeKinds();
    return all;
}

const SyncKindInfo &SyncSchema::info(SyncKind kind)
{
    return kinds().at(index(kind));
}

std::optional<SyncKind> SyncSchema::kindFromName(QByteArrayView name)
{
    for (const SyncKindInfo &k : kinds()) {
        if (name == QByteArrayView(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QString SyncSchema::name(SyncKind kind)
{
    return QString::fromLatin1(info(kind).name);
}

EntityKind SyncSchema::entityKind(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Site:
        return EntityKind::Site;
    case SyncKind::ProductLine:
        return EntityKind::ProductLine;
    case SyncKind::Equipment:
        return EntityKind::Equipment;
    case SyncKind::Member:
        return EntityKind::Member;
    case SyncKind::WasteCategory:
        return EntityKind::WasteCategory;
    case SyncKind::BookingSeries:
    case SyncKind::Booking:
        return EntityKind::Booking;
    case SyncKind::MaintenanceWindow:
        return EntityKind::MaintenanceWindow;
    case SyncKind::Batch:
    case SyncKind::WasteLine:
        return EntityKind::Batch;
    case SyncKind::MonthClose:
        return EntityKind::MonthClose;
    }
    return EntityKind::Site;
}

bool SyncSchema::isKnownSchemaVersion(qint64 version)
{
    return version == oldestSchemaVersion || version == schemaVersion;
}

} // namespace Rpb
