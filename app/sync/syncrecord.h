#pragma once

#include "syncschema.h"

#include <QByteArray>
#include <QList>

namespace Rpb {

// One value of a record; which member holds it follows from its SyncField's type.
struct SyncValue
{
    bool null = true;
    qint64 integer = 0; // Integer, OptionalInteger, Boolean (0 or 1)
    QByteArray bytes; // text in UTF-8, or a reference's 16-byte UUID
    QList<QByteArray> links; // Links: 16-byte UUIDs, sorted
    // A field the package's schema version does not carry yet (SyncField::since): the importer
    // fills it in (RecordCodec::fillAbsent) before the record is judged, compared or written.
    bool absent = false;

    bool operator==(const SyncValue &other) const = default;
};

// A record as a package carries it: identity, bookkeeping and the values of its kind's fields in
// SyncSchema order. UUIDs are kept as their 16 bytes.
struct SyncRecord
{
    SyncKind kind = SyncKind::Site;
    QByteArray uuid;
    QByteArray site; // the site's UUID; a site's own UUID for a site
    qint64 rowVersion = 1;
    bool deleted = false;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QList<SyncValue> values;
};

} // namespace Rpb
