#pragma once

#include "domain/entitykind.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Rpb {

// The kinds of record a sync package carries, in dependency order: a record refers only to
// records of kinds before its own, so a package read from top to bottom never meets a reference
// it cannot resolve yet.
enum class SyncKind : quint8 {
    Site,
    ProductLine,
    Equipment,
    Member,
    WasteCategory,
    BookingSeries,
    Booking,
    MaintenanceWindow,
    Batch,
    WasteLine,
    MonthClose
};

// One value of a record as docs/sync-format.md describes it.
struct SyncField
{
    enum class Type : quint8 {
        Text,
        OptionalText,
        Integer,
        OptionalInteger,
        Boolean,
        Reference, // another record's local id in the table, its UUID in packages
        OptionalReference,
        // A local account's id in the table, the account's name in packages. Accounts never
        // travel, so the importer keeps the name out of its comparison and stores no account.
        AccountName,
        Links // the rows of a link table, as a sorted array of UUIDs inside the owner
    };

    const char *key = nullptr; // in the record's "data"
    const char *column = nullptr; // in the table; the link table for Links
    Type type = Type::Text;
    SyncKind target = SyncKind::Site; // what Reference, OptionalReference and Links point at
    const char *linkOwner = nullptr; // Links: the link table's column naming the owner
    const char *linkTarget = nullptr; // Links: the link table's column naming the target
    QList<QByteArray> allowed = {}; // Text: the only values the schema accepts; empty: any
    bool nonNegative = false; // Integer, OptionalInteger
    // The first package schema version that carries the field (SyncSchema::schemaVersion). A
    // package of an older schema lacks it; the importer keeps the stored value or the default.
    int since = 3;

    bool isReference() const { return type == Type::Reference || type == Type::OptionalReference; }
    bool isOptional() const
    {
        return type == Type::OptionalText || type == Type::OptionalInteger
            || type == Type::OptionalReference || type == Type::AccountName;
    }
};

struct SyncKindInfo
{
    SyncKind kind = SyncKind::Site;
    const char *name = ""; // in packages: "waste_line"
    const char *table = ""; // in the database
    QList<SyncField> fields;

    // The column that names the record's site: the site's own id for sites.
    const char *siteColumn() const { return kind == SyncKind::Site ? "id" : "site_id"; }
    int fieldIndex(QByteArrayView key) const;
};

// What travels: the synchronised tables of the schema, their columns and references. The record
// codec, the repository's SQL and docs/sync-format.md all follow this one description.
class SyncSchema final
{
public:
    static constexpr int kindCount = 11;
    // The schema version whose records a package of this format carries: the database schema
    // that last changed a synchronised table. Schema 4 changed a trigger only, so packages of
    // that schema said 3; schema 5 gave the site its responsible manager (manager_name).
    static constexpr int schemaVersion = 5;
    // The oldest schema version whose packages this version reads (and converts as it reads).
    static constexpr int oldestSchemaVersion = 3;

    static const QList<SyncKindInfo> &kinds(); // in dependency order
    static const SyncKindInfo &info(SyncKind kind);
    static std::optional<SyncKind> kindFromName(QByteArrayView name);
    static QString name(SyncKind kind);
    // The kind of record a change of this sync kind concerns (a waste line: its batch).
    static EntityKind entityKind(SyncKind kind);
    static int index(SyncKind kind) { return int(kind); }
    // Schema versions whose packages this version reads: 3 and 5.
    static bool isKnownSchemaVersion(qint64 version);
    // Whether a package of this schema version carries the field.
    static bool carries(const SyncField &field, int version) { return version >= field.since; }
};

} // namespace Rpb
