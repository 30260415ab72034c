#pragma once

#include "domain/recordmeta.h"
#include "domain/result.h"

namespace Rpb {

class Database;

// Optimistic concurrency: an edit names the row version it was based on, and is refused when the
// stored record has moved on since, with the name of whoever changed it and when, so that nobody
// overwrites another person's work without knowing it. An undo is an edit like any other.
class EditConflict final
{
public:
    // Fails (Conflict) when stored.rowVersion is not expectedVersion. what: the record as people
    // know it ("ACH-2610-0001", "booking KETEL-01 ACH-M03").
    static Status check(const Database &db, const RecordMeta &stored, qint64 expectedVersion,
                        const QString &what);
    // The refusal itself, for a write the database found stale.
    static Error error(const Database &db, const RecordMeta &stored, const QString &what);
};

} // namespace Rpb
