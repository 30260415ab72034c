#pragma once

#include "domain/result.h"
#include "syncrecord.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Rpb {

struct JsonValue;

// A record and its line in a package (docs/sync-format.md). The writer is canonical: keys in
// schema order, no spaces, links sorted, so that the same record always gives the same bytes and
// records can be compared by their text. The reader is strict: every key present, none unknown,
// each value of its field's type; what it refuses it names.
class RecordCodec final
{
public:
    // Appends the record's line (without a line end).
    static void write(const SyncRecord &record, QByteArray &out);
    static QByteArray toJson(const SyncRecord &record);
    // Errors are Invalid and say what is wrong, not where: the caller names the line.
    // schemaVersion: the package's (its manifest's). A record of an older schema lacks the fields
    // added since, which are then marked absent; one that has such a field is refused, as is a
    // record of the current schema that lacks one.
    static Result<SyncRecord> read(QByteArrayView line,
                                   int schemaVersion = SyncSchema::schemaVersion);
    static Result<SyncRecord> fromJson(const JsonValue &object,
                                       int schemaVersion = SyncSchema::schemaVersion);
    // Whether a field of the record is absent (a record of an older schema).
    static bool hasAbsent(const SyncRecord &record);
    // Converts a record of an older schema: each absent field takes the value stored here
    // (stored: the database's version of the record, when it has one), else its default (an
    // empty text).
    static void fillAbsent(SyncRecord &record, const SyncRecord *stored);

    // What two records are compared by when their row versions are equal: all of the record but
    // what an importer does not keep (the name of a local account).
    static QByteArray comparable(const SyncRecord &record);
    // What a person recognises the record by: a code, a name, a time, a month.
    static QString label(const SyncRecord &record);
};

} // namespace Rpb
