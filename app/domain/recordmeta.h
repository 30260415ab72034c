#pragma once

#include <QDateTime>
#include <QUuid>

namespace Rpb {

// What every stored record carries so that sync is idempotent: a UUID made where the record is
// created, its site, UTC times, a row version for optimistic locking and sync, and flags instead
// of hard deletes.
struct RecordMeta
{
    qint64 id = 0; // local integer key for joins; never leaves the database
    QUuid uuid;
    qint64 siteId = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    qint64 rowVersion = 0;
    bool archived = false; // hidden from pickers, still reported
    bool isNew() const { return id == 0; }
};

} // namespace Rpb
