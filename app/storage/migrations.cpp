#include "migrations.h"

#include "database.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

// Columns every synchronised record carries (see RecordMeta). Times are UTC: milliseconds since
// the Unix epoch for bookkeeping, seconds for schedules. change_seq orders a site's changes for
// sync export. The UUID is 16 bytes, time-ordered (version 7).
#define RPB_META_COLUMNS                                                                           \
    "id INTEGER PRIMARY KEY,"                                                                      \
    "uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),"                                         \
    "created_ms INTEGER NOT NULL,"                                                                 \
    "updated_ms INTEGER NOT NULL,"                                                                 \
    "row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),"                             \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"                                \
    "change_seq INTEGER NOT NULL DEFAULT 0,"

QStringList schemaVersion1()
{
    return {
        QStringLiteral("CREATE TABLE site (" RPB_META_COLUMNS "code TEXT NOT NULL UNIQUE,"
                       "name TEXT NOT NULL,"
                       "province TEXT NOT NULL,"
                       "time_zone TEXT NOT NULL,"
                       "open_minute INTEGER NOT NULL CHECK (open_minute BETWEEN 0 AND 1439),"
                       "close_minute INTEGER NOT NULL CHECK (close_minute > open_minute AND "
                       "close_minute <= 1440),"
                       "open_days INTEGER NOT NULL CHECK (open_days BETWEEN 1 AND 127),"
                       "buffer_minutes INTEGER NOT NULL CHECK (buffer_minutes >= 0),"
                       "min_booking_minutes INTEGER NOT NULL CHECK (min_booking_minutes > 0),"
                       "max_booking_minutes INTEGER NOT NULL CHECK (max_booking_minutes >= "
                       "min_booking_minutes),"
                       "book_ahead_days INTEGER NOT NULL CHECK (book_ahead_days > 0),"
                       "weekly_quota_minutes INTEGER NOT NULL CHECK (weekly_quota_minutes >= 0),"
                       "mass_balance_tolerance_percent INTEGER NOT NULL CHECK "
                       "(mass_balance_tolerance_percent BETWEEN 0 AND 100),"
                       "auto_confirm INTEGER NOT NULL DEFAULT 1 CHECK (auto_confirm IN (0, 1)),"
                       "archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)))"),
        QStringLiteral("CREATE TABLE product_line (" RPB_META_COLUMNS
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "code TEXT NOT NULL,"
                       "name TEXT NOT NULL,"
                       "unit TEXT NOT NULL CHECK (unit IN ('kg', 'L', 'pcs')),"
                       "archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
                       "UNIQUE (site_id, code))"),
        QStringLiteral("CREATE TABLE equipment (" RPB_META_COLUMNS
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "code TEXT NOT NULL,"
                       "name TEXT NOT NULL,"
                       "type TEXT NOT NULL,"
                       "status TEXT NOT NULL CHECK (status IN ('active', 'maintenance', "
                       "'retired')),"
                       "capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity >= 1),"
                       "buffer_minutes INTEGER CHECK (buffer_minutes >= 0),"
                       "notes TEXT NOT NULL DEFAULT '',"
                       "archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
                       "UNIQUE (site_id, code))"),
        // Which product lines a machine serves; travels with its equipment record.
        QStringLiteral("CREATE TABLE equipment_product_line ("
                       "equipment_id INTEGER NOT NULL REFERENCES equipment(id),"
                       "product_line_id INTEGER NOT NULL REFERENCES product_line(id),"
                       "PRIMARY KEY (equipment_id, product_line_id))"),
        QStringLiteral("CREATE TABLE member (" RPB_META_COLUMNS
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "code TEXT NOT NULL,"
                       "name TEXT NOT NULL,"
                       "owner TEXT NOT NULL,"
                       "nib TEXT NOT NULL DEFAULT '' CHECK (nib = '' OR length(nib) = 13),"
                       "women_led INTEGER NOT NULL DEFAULT 0 CHECK (women_led IN (0, 1)),"
                       "youth_led INTEGER NOT NULL DEFAULT 0 CHECK (youth_led IN (0, 1)),"
                       "phone TEXT NOT NULL DEFAULT '',"
                       "joined TEXT," // ISO 8601 date
                       "archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
                       "UNIQUE (site_id, code))"),
        QStringLiteral("CREATE TABLE waste_category (" RPB_META_COLUMNS
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "code TEXT NOT NULL,"
                       "name TEXT NOT NULL,"
                       "unit TEXT NOT NULL CHECK (unit IN ('kg', 'L')),"
                       "hazardous INTEGER NOT NULL DEFAULT 0 CHECK (hazardous IN (0, 1)),"
                       "archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
                       "UNIQUE (site_id, code))"),
        // Accounts are local to a database and never travel in sync packages.
        QStringLiteral("CREATE TABLE app_user (" RPB_META_COLUMNS
                       "site_id INTEGER REFERENCES site(id)," // NULL: all sites
                       "name TEXT NOT NULL UNIQUE,"
                       "full_name TEXT NOT NULL DEFAULT '',"
                       "role TEXT NOT NULL CHECK (role IN ('manager', 'operator', 'viewer')),"
                       "password_hash TEXT NOT NULL,"
                       "disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),"
                       "failed_attempts INTEGER NOT NULL DEFAULT 0,"
                       "last_failed_ms INTEGER)"),
        QStringLiteral("CREATE TABLE booking_series (" RPB_META_COLUMNS
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "equipment_id INTEGER NOT NULL REFERENCES equipment(id),"
                       "member_id INTEGER NOT NULL REFERENCES member(id),"
                       "rrule TEXT NOT NULL,"
                       "first_start_utc INTEGER NOT NULL,"
                       "duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0))"),
        QStringLiteral("CREATE TABLE booking (" RPB_META_COLUMNS
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "equipment_id INTEGER NOT NULL REFERENCES equipment(id),"
                       "member_id INTEGER NOT NULL REFERENCES member(id),"
                       "operator_id INTEGER REFERENCES app_user(id),"
                       "product_line_id INTEGER REFERENCES product_line(id),"
                       "series_id INTEGER REFERENCES booking_series(id),"
                       "start_utc INTEGER NOT NULL,"
                       "end_utc INTEGER NOT NULL,"
                       "status TEXT NOT NULL CHECK (status IN ('requested', 'confirmed', "
                       "'checked_in', 'done', 'cancelled', 'no_show')),"
                       "actual_start_utc INTEGER,"
                       "actual_end_utc INTEGER,"
                       "purpose TEXT NOT NULL DEFAULT '',"
                       "created_by TEXT NOT NULL DEFAULT '',"
                       "CHECK (end_utc > start_utc),"
                       "CHECK (actual_end_utc IS NULL OR actual_start_utc IS NULL OR "
                       "actual_end_utc >= actual_start_utc))"),
        QStringLiteral("CREATE TABLE maintenance_window (" RPB_META_COLUMNS
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "equipment_id INTEGER NOT NULL REFERENCES equipment(id),"
                       "start_utc INTEGER NOT NULL,"
                       "end_utc INTEGER NOT NULL,"
                       "reason TEXT NOT NULL DEFAULT '',"
                       "CHECK (end_utc > start_utc))"),
        // Quantities are integer thousandths of their unit: grams, millilitres, watt-hours.
        QStringLiteral("CREATE TABLE batch (" RPB_META_COLUMNS
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "code TEXT NOT NULL UNIQUE," // SITE-YYMM-NNNN, never reused
                       "product_line_id INTEGER NOT NULL REFERENCES product_line(id),"
                       "member_id INTEGER NOT NULL REFERENCES member(id),"
                       "production_date TEXT NOT NULL," // site-local ISO date
                       "local_month INTEGER NOT NULL," // YYYYMM of production_date
                       "shift INTEGER NOT NULL DEFAULT 1 CHECK (shift BETWEEN 1 AND 3),"
                       "input_material TEXT NOT NULL DEFAULT '',"
                       "input_milli INTEGER NOT NULL DEFAULT 0 CHECK (input_milli >= 0),"
                       "input_unit TEXT NOT NULL DEFAULT 'kg' CHECK (input_unit IN ('kg', 'L', "
                       "'pcs')),"
                       "output_milli INTEGER NOT NULL CHECK (output_milli >= 0),"
                       "energy_wh INTEGER NOT NULL DEFAULT 0 CHECK (energy_wh >= 0),"
                       "water_ml INTEGER NOT NULL DEFAULT 0 CHECK (water_ml >= 0),"
                       "status TEXT NOT NULL DEFAULT 'recorded' CHECK (status IN ('recorded', "
                       "'checked', 'archived')),"
                       "notes TEXT NOT NULL DEFAULT '',"
                       "created_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE batch_equipment ("
                       "batch_id INTEGER NOT NULL REFERENCES batch(id),"
                       "equipment_id INTEGER NOT NULL REFERENCES equipment(id),"
                       "PRIMARY KEY (batch_id, equipment_id))"),
        // Carries the batch's site, local month and product line so that waste aggregation
        // reads one covering index instead of joining every batch.
        QStringLiteral("CREATE TABLE waste_line (" RPB_META_COLUMNS
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "batch_id INTEGER NOT NULL REFERENCES batch(id),"
                       "local_month INTEGER NOT NULL,"
                       "product_line_id INTEGER NOT NULL REFERENCES product_line(id),"
                       "category_id INTEGER NOT NULL REFERENCES waste_category(id),"
                       "route TEXT NOT NULL CHECK (route IN ('reuse', 'byproduct', 'recycle', "
                       "'compost', 'energy_recovery', 'treated_discharge', 'landfill', "
                       "'open_burning')),"
                       "unit TEXT NOT NULL CHECK (unit IN ('kg', 'L')),"
                       "quantity_milli INTEGER NOT NULL CHECK (quantity_milli >= 0))"),
        QStringLiteral("CREATE TABLE month_close (" RPB_META_COLUMNS
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "month INTEGER NOT NULL," // YYYYMM, site-local
                       "closed INTEGER NOT NULL CHECK (closed IN (0, 1)),"
                       "closed_by TEXT NOT NULL DEFAULT '',"
                       "UNIQUE (site_id, month))"),
        // Append-only: the application never updates or deletes an audit row.
        QStringLiteral("CREATE TABLE audit_log ("
                       "id INTEGER PRIMARY KEY,"
                       "uuid BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),"
                       "at_ms INTEGER NOT NULL,"
                       "site_id INTEGER REFERENCES site(id),"
                       "user_id INTEGER REFERENCES app_user(id),"
                       "user_name TEXT NOT NULL,"
                       "action TEXT NOT NULL," // create, update, archive, restore, delete...
                       "entity TEXT NOT NULL," // table name of the record
                       "entity_uuid BLOB," // the record changed
                       "summary TEXT NOT NULL DEFAULT '',"
                       "changes TEXT NOT NULL DEFAULT '{}')"), // JSON {"field": [old, new]}
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END"),
        // Per-site change counter and sync bookkeeping.
        QStringLiteral("CREATE TABLE sync_state ("
                       "site_id INTEGER PRIMARY KEY REFERENCES site(id),"
                       "change_seq INTEGER NOT NULL DEFAULT 0,"
                       "last_export_seq INTEGER NOT NULL DEFAULT 0,"
                       "last_export_ms INTEGER,"
                       "last_export_records INTEGER NOT NULL DEFAULT 0,"
                       "last_import_seq INTEGER NOT NULL DEFAULT 0,"
                       "last_import_ms INTEGER,"
                       "last_import_records INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE setting ("
                       "key TEXT PRIMARY KEY,"
                       "value TEXT NOT NULL)"),

        QStringLiteral("CREATE INDEX booking_equipment_time ON booking (equipment_id, start_utc, "
                       "end_utc)"),
        QStringLiteral("CREATE INDEX booking_site_time ON booking (site_id, start_utc)"),
        QStringLiteral("CREATE INDEX booking_member_time ON booking (member_id, start_utc)"),
        QStringLiteral("CREATE INDEX maintenance_equipment_time ON maintenance_window "
                       "(equipment_id, start_utc, end_utc)"),
        QStringLiteral("CREATE INDEX batch_site_date ON batch (site_id, production_date)"),
        QStringLiteral("CREATE INDEX batch_member_date ON batch (member_id, production_date)"),
        QStringLiteral("CREATE INDEX waste_line_batch ON waste_line (batch_id)"),
        QStringLiteral("CREATE INDEX waste_line_month ON waste_line (site_id, local_month, "
                       "product_line_id, unit, category_id, route, quantity_milli)"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity_uuid)"),
        QStringLiteral("CREATE INDEX audit_log_time ON audit_log (at_ms)"),
        QStringLiteral("CREATE INDEX product_line_site ON product_line (site_id)"),
        QStringLiteral("CREATE INDEX equipment_site ON equipment (site_id)"),
        QStringLiteral("CREATE INDEX member_site ON member (site_id)"),
        QStringLiteral("CREATE INDEX waste_category_site ON waste_category (site_id)"),
    };
}
#undef RPB_META_COLUMNS

// Version 2: who recorded a batch (operators edit only their own), the note that acknowledges a
// mass-balance warning, and a per-site, per-month counter so that batch codes are never reused.
QStringList schemaVersion2()
{
    return {
        QStringLiteral("ALTER TABLE batch ADD COLUMN operator_id INTEGER REFERENCES app_user(id)"),
        QStringLiteral("ALTER TABLE batch ADD COLUMN warning_note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE batch_code_counter ("
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "month INTEGER NOT NULL," // YYYYMM, site-local
                       "last_number INTEGER NOT NULL CHECK (last_number >= 0),"
                       "PRIMARY KEY (site_id, month))"),
        QStringLiteral("INSERT INTO batch_code_counter (site_id, month, last_number) "
                       "SELECT site_id, local_month, MAX(CAST(substr(code, length(code) - 3) AS "
                       "INTEGER)) FROM batch GROUP BY site_id, local_month"),
        // The monthly figures read only indexes: batches by site and month with what the
        // reports sum, and the waste lines that count (their batch neither archived nor deleted)
        // by site, month and unit. Triggers keep `counted` in step with the batch.
        QStringLiteral("CREATE INDEX batch_site_month ON batch (site_id, local_month, "
                       "product_line_id, deleted, status, output_milli, energy_wh, water_ml)"),
        QStringLiteral("ALTER TABLE waste_line ADD COLUMN counted INTEGER NOT NULL DEFAULT 1 "
                       "CHECK (counted IN (0, 1))"),
        QStringLiteral("UPDATE waste_line SET counted = 0 WHERE deleted = 1 OR batch_id IN "
                       "(SELECT id FROM batch WHERE deleted = 1 OR status = 'archived')"),
        QStringLiteral("DROP INDEX waste_line_month"),
        QStringLiteral("CREATE INDEX waste_line_counted ON waste_line (counted, site_id, "
                       "local_month, unit, product_line_id, category_id, route, quantity_milli)"),
        QStringLiteral("CREATE TRIGGER batch_counts AFTER UPDATE OF status, deleted ON batch "
                       "BEGIN UPDATE waste_line SET counted = CASE WHEN NEW.deleted = 0 AND "
                       "NEW.status <> 'archived' AND deleted = 0 THEN 1 ELSE 0 END WHERE "
                       "batch_id = NEW.id; END"),
        QStringLiteral("CREATE TRIGGER waste_line_counts AFTER INSERT ON waste_line WHEN "
                       "NEW.deleted = 1 OR EXISTS (SELECT 1 FROM batch b WHERE b.id = "
                       "NEW.batch_id AND (b.deleted = 1 OR b.status = 'archived')) BEGIN UPDATE "
                       "waste_line SET counted = 0 WHERE id = NEW.id; END"),
        QStringLiteral("CREATE TRIGGER waste_line_uncounts AFTER UPDATE OF deleted ON waste_line "
                       "WHEN NEW.deleted = 1 AND NEW.counted = 1 BEGIN UPDATE waste_line SET "
                       "counted = 0 WHERE id = NEW.id; END"),
    };
}

// The tables whose records travel in sync packages, with the column that names their site.
struct SyncedTable
{
    const char *name;
    const char *siteColumn;
};
constexpr SyncedTable syncedTables[] = {
    {"site", "id"},
    {"product_line", "site_id"},
    {"equipment", "site_id"},
    {"member", "site_id"},
    {"waste_category", "site_id"},
    {"booking_series", "site_id"},
    {"booking", "site_id"},
    {"maintenance_window", "site_id"},
    {"batch", "site_id"},
    {"waste_line", "site_id"},
    {"month_close", "site_id"},
};

// Every insert or update of a synchronised record takes the next number of its site's change
// counter, so that an export can ask for "everything after number N" without trusting clocks.
// A writer that numbers rows itself (the demo generator, the sync importer) sets change_seq and
// the triggers stand aside; their own UPDATE changes change_seq and so does not fire them again.
QStringList changeCounterTriggers()
{
    QStringList statements;
    for (const SyncedTable &t : syncedTables) {
        const QString table = QLatin1String(t.name);
        const QString site = QStringLiteral("NEW.") + QLatin1String(t.siteColumn);
        const QString body
            = QStringLiteral(" BEGIN INSERT INTO sync_state (site_id, change_seq) VALUES (%1, 1) "
                             "ON CONFLICT (site_id) DO UPDATE SET change_seq = change_seq + 1; "
                             "UPDATE %2 SET change_seq = (SELECT change_seq FROM sync_state WHERE "
                             "site_id = %1) WHERE id = NEW.id; END")
                  .arg(site, table);
        statements << QStringLiteral("CREATE TRIGGER %1_change_insert AFTER INSERT ON %1 WHEN "
                                     "NEW.change_seq = 0")
                          .arg(table)
                + body;
        statements << QStringLiteral("CREATE TRIGGER %1_change_update AFTER UPDATE ON %1 WHEN "
                                     "NEW.change_seq = OLD.change_seq")
                          .arg(table)
                + body;
        statements << QStringLiteral("CREATE INDEX %1_change ON %1 (%2, change_seq)")
                          .arg(table, QLatin1String(t.siteColumn));
    }
    return statements;
}

// The trigger statement that adds the line NEW to its month's total when it counts.
QString addNewLineToTotals()
{
    return QStringLiteral(
        "INSERT INTO waste_month_total (site_id, local_month, unit, product_line_id, category_id, "
        "route, quantity_milli, line_count) SELECT NEW.site_id, NEW.local_month, NEW.unit, "
        "NEW.product_line_id, NEW.category_id, NEW.route, NEW.quantity_milli, 1 WHERE "
        "NEW.counted = 1 ON CONFLICT (site_id, local_month, unit, product_line_id, category_id, "
        "route) DO UPDATE SET quantity_milli = quantity_milli + excluded.quantity_milli, "
        "line_count = line_count + 1;");
}

// The trigger statement that takes the line NEW out again when it does not count (deleted, or of
// a deleted or archived batch), through the update trigger; it ends the trigger body.
QString uncountNewLine()
{
    return QStringLiteral(" UPDATE waste_line SET counted = 0 WHERE id = NEW.id AND NEW.counted "
                          "= 1 AND (NEW.deleted = 1 OR EXISTS (SELECT 1 FROM batch b WHERE b.id "
                          "= NEW.batch_id AND (b.deleted = 1 OR b.status = 'archived'))); END");
}

// Version 3: monthly waste totals kept by triggers in the same transaction as the waste lines
// (the charts read a few thousand rows instead of every line of a year; `check --full` proves
// them equal to a recount), the per-site change counter, and the sync package log and conflicts.
QStringList schemaVersion3()
{
    const QString totalKey = QStringLiteral("site_id = %1.site_id AND local_month = "
                                            "%1.local_month AND unit = %1.unit AND "
                                            "product_line_id = %1.product_line_id AND "
                                            "category_id = %1.category_id AND route = %1.route");
    const QString addNew = addNewLineToTotals();
    QStringList statements {
        QStringLiteral("CREATE TABLE waste_month_total ("
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "local_month INTEGER NOT NULL,"
                       "unit TEXT NOT NULL,"
                       "product_line_id INTEGER NOT NULL REFERENCES product_line(id),"
                       "category_id INTEGER NOT NULL REFERENCES waste_category(id),"
                       "route TEXT NOT NULL,"
                       "quantity_milli INTEGER NOT NULL,"
                       "line_count INTEGER NOT NULL,"
                       "PRIMARY KEY (site_id, local_month, unit, product_line_id, category_id, "
                       "route)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO waste_month_total SELECT site_id, local_month, unit, "
                       "product_line_id, category_id, route, SUM(quantity_milli), COUNT(*) FROM "
                       "waste_line WHERE counted = 1 GROUP BY site_id, local_month, unit, "
                       "product_line_id, category_id, route"),
        // A new line is added as inserted (counted = 1 by default) and then, when its batch does
        // not count, taken out again by the update trigger below: the order inside one trigger
        // is fixed, where the order of two AFTER INSERT triggers is not.
        QStringLiteral("DROP TRIGGER waste_line_counts"),
        QStringLiteral("CREATE TRIGGER waste_line_counts AFTER INSERT ON waste_line BEGIN ")
            + addNew + uncountNewLine(),
        QStringLiteral("CREATE TRIGGER waste_line_totals AFTER UPDATE OF counted, "
                       "quantity_milli, local_month, unit, product_line_id, category_id, route, "
                       "site_id ON waste_line WHEN OLD.counted = 1 OR NEW.counted = 1 BEGIN "
                       "UPDATE waste_month_total SET quantity_milli = quantity_milli - "
                       "OLD.quantity_milli, line_count = line_count - 1 WHERE OLD.counted = 1 AND ")
            + totalKey.arg(QStringLiteral("OLD"))
            + QStringLiteral("; DELETE FROM waste_month_total WHERE OLD.counted = 1 AND "
                             "line_count = 0 AND ")
            + totalKey.arg(QStringLiteral("OLD")) + QStringLiteral("; ") + addNew
            + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER waste_line_totals_delete AFTER DELETE ON waste_line WHEN "
                       "OLD.counted = 1 BEGIN UPDATE waste_month_total SET quantity_milli = "
                       "quantity_milli - OLD.quantity_milli, line_count = line_count - 1 WHERE ")
            + totalKey.arg(QStringLiteral("OLD"))
            + QStringLiteral("; DELETE FROM waste_month_total WHERE line_count = 0 AND ")
            + totalKey.arg(QStringLiteral("OLD")) + QStringLiteral("; END"),

        // Sites whose data came in a package are read-only here: they are kept at their site.
        QStringLiteral("ALTER TABLE sync_state ADD COLUMN imported INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (imported IN (0, 1))"),
        QStringLiteral("INSERT INTO sync_state (site_id) SELECT id FROM site WHERE id NOT IN "
                       "(SELECT site_id FROM sync_state)"),
        // Every package written or read, for the sync status and to know a package seen before.
        QStringLiteral("CREATE TABLE sync_package ("
                       "id INTEGER PRIMARY KEY,"
                       "uuid BLOB NOT NULL CHECK (length(uuid) = 16),"
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),"
                       "first_seq INTEGER NOT NULL,"
                       "last_seq INTEGER NOT NULL,"
                       "full INTEGER NOT NULL DEFAULT 0 CHECK (full IN (0, 1)),"
                       "at_ms INTEGER NOT NULL,"
                       "records INTEGER NOT NULL,"
                       "changed INTEGER NOT NULL DEFAULT 0,"
                       "sha256 TEXT NOT NULL,"
                       "file_name TEXT NOT NULL DEFAULT '',"
                       "user_name TEXT NOT NULL DEFAULT '',"
                       "UNIQUE (uuid, direction))"),
        QStringLiteral("CREATE INDEX sync_package_site ON sync_package (site_id, at_ms)"),
        // A record that arrived with the same row version as ours but other content: kept
        // aside, never applied silently, until a manager decides.
        QStringLiteral("CREATE TABLE sync_conflict ("
                       "id INTEGER PRIMARY KEY,"
                       "site_id INTEGER NOT NULL REFERENCES site(id),"
                       "package_uuid BLOB NOT NULL CHECK (length(package_uuid) = 16),"
                       "entity TEXT NOT NULL,"
                       "record_uuid BLOB NOT NULL CHECK (length(record_uuid) = 16),"
                       "row_version INTEGER NOT NULL,"
                       "incoming TEXT NOT NULL," // the record as the package carried it (JSON)
                       "local TEXT NOT NULL," // ours when the conflict was found (JSON)
                       "found_ms INTEGER NOT NULL,"
                       "resolved_ms INTEGER,"
                       "resolution TEXT CHECK (resolution IN ('kept_local', 'took_incoming')),"
                       "resolved_by TEXT NOT NULL DEFAULT '',"
                       "UNIQUE (record_uuid, row_version, incoming))"),
        QStringLiteral("CREATE INDEX sync_conflict_open ON sync_conflict (resolved_ms, site_id)"),
    };
    statements += changeCounterTriggers();
    return statements;
}
// Version 4: a waste line inserted with its change number already given comes from a writer of
// many lines at once (the sync import, the demo generator). Such a writer sets `counted` as it
// inserts and adds its lines to waste_month_total with one grouped statement (WasteTotals),
// which costs a fraction of the trigger's upsert per line; the trigger now stands aside for it,
// as the change-counter triggers already do. Lines written one at a time are unchanged.
QStringList schemaVersion4()
{
    return {
        QStringLiteral("DROP TRIGGER waste_line_counts"),
        QStringLiteral("CREATE TRIGGER waste_line_counts AFTER INSERT ON waste_line WHEN "
                       "NEW.change_seq = 0 BEGIN ")
            + addNewLineToTotals() + uncountNewLine(),
    };
}
// Version 5: the site's responsible manager, the name the monthly summary is signed by. It
// travels with the site, so the central office prints the right name although the site's
// accounts stay at the site. Empty: the site's manager account signs.
QStringList schemaVersion5()
{
    return {
        QStringLiteral("ALTER TABLE site ADD COLUMN manager_name TEXT NOT NULL DEFAULT ''"),
    };
}
} // namespace

QStringList Migrations::step(int toVersion)
{
    switch (toVersion) {
    case 1:
        return schemaVersion1();
    case 2:
        return schemaVersion2();
    case 3:
        return schemaVersion3();
    case 4:
        return schemaVersion4();
    case 5:
        return schemaVersion5();
    default:
        return {};
    }
}

QString Migrations::backupPath(const QString &databasePath, int fromVersion)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return databasePath + QStringLiteral(".v%1-%2.bak").arg(fromVersion).arg(stamp);
}

Status Migrations::refuseNewer(const Database &db)
{
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return fail(Error::storage(
            Tr::tr("%1 is not an RPB Hijau database, or it is damaged.").arg(db.path()),
            version.error().detail));
    const int from = version->toInt();
    if (from > CurrentVersion)
        return fail(Error::storage(
            Tr::tr("%1 was written by a newer version of RPB Hijau (schema %2; this version knows "
                   "up to %3). Install the newer version to open it.")
                .arg(db.path())
                .arg(from)
                .arg(CurrentVersion)));
    return {};
}

Status Migrations::migrate(Database &db)
{
    const int from = db.schemaVersion();
    if (from < 0)
        return fail(Error::storage(Tr::tr("Cannot read the schema version of %1.").arg(db.path())));
    if (auto s = refuseNewer(db); !s)
        return s;
    if (from == CurrentVersion)
        return {};
    if (db.isReadOnly())
        return fail(db.ensureWritable().error());

    if (from > 0) {
        const QString backup = backupPath(db.path(), from);
        if (auto s = db.backupTo(backup); !s)
            return fail(Error::storage(
                Tr::tr("Cannot take a backup before upgrading the database, so nothing was "
                       "changed."),
                s.error().detail));
    }

    Transaction tx(db, Transaction::Mode::Immediate);
    if (auto s = tx.begin(); !s)
        return s;
    for (int version = from + 1; version <= CurrentVersion; ++version) {
        for (const QString &statement : step(version)) {
            if (auto r = db.exec(statement); !r)
                return fail(Error::storage(
                    Tr::tr("Upgrading the database to schema %1 failed; nothing was changed.")
                        .arg(version),
                    r.error().detail));
        }
    }
    if (auto r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(CurrentVersion)); !r)
        return fail(r.error());
    return tx.commit();
}

} // namespace Rpb
