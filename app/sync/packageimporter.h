#pragma once

#include "domain/result.h"
#include "packageformat.h"
#include "syncrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <functional>

class QIODevice;

namespace Rpb {

class SyncRepository;

// Reads a package against a database in one pass: the manifest, every record (its fields,
// order, duplicates, references, whether its site is one this database keeps itself), and the
// trailer's checksum and counts; each record is sorted into new, changed, unchanged or
// conflicting. When asked to write, it writes each new or newer record as it goes, inside the
// caller's transaction: whatever it finds wrong, later in the file included, the caller rolls
// the whole transaction back, so that a package is imported whole or not at all.
class PackageImporter final
{
    Q_DISABLE_COPY_MOVE(PackageImporter)
public:
    // Records read so far and the number the manifest announces; false stops.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Options
    {
        bool write = false;
        // Stop writing at the first conflict (the caller will refuse the package), or keep
        // conflicts not seen before in the conflict list and write the rest.
        bool keepConflicts = false;
        qint64 foundMs = 0; // when conflicts kept now were found
    };

    struct Tally
    {
        qint64 records = 0;
        qint64 added = 0;
        qint64 changed = 0;
        qint64 unchanged = 0;
        qint64 conflicting = 0;
    };

    struct FoundConflict
    {
        SyncKind kind = SyncKind::Site;
        QByteArray recordUuid;
        qint64 siteId = 0;
        QString label;
        qint64 rowVersion = 0;
        QByteArray incoming; // canonical line
        QByteArray local;
        bool kept = false; // already in the conflict list from an earlier import
    };

    struct Outcome
    {
        PackageManifest manifest;
        QByteArray sha256;
        std::array<Tally, SyncSchema::kindCount> kinds {};
        // The first conflicts, for people to read; the tallies count all of them.
        QList<FoundConflict> conflicts;
        qint64 newConflicts = 0; // not kept from an earlier import
        qint64 writes = 0; // records added or replaced (or to be, when not writing)
        qint64 siteId = 0; // the package's site here; 0 while it is not
        qint64 records() const;
        qint64 conflicting() const;
    };

    static constexpr qsizetype maxListedConflicts = 1000;

    // name: what messages call the package (its file name).
    PackageImporter(SyncRepository &repository, const QString &name);
    ~PackageImporter();

    Result<Outcome> read(QIODevice &device, const Options &options, const Progress &progress = {});

    // What an import checks of one record, for a record that comes on its own (a conflict's
    // version from a package, taken later): the rules of its kind (RecordRules) against the
    // records stored here, each of which must be there and of the record's site. The error names
    // the record and the field; the caller says where.
    static Status checkRecord(SyncRepository &repository, const SyncRecord &record);
    // After a batch or a waste category was replaced by the record (localId here): its live waste
    // lines stored here must still agree with it (month and product line; unit).
    static Status checkWasteLines(SyncRepository &repository, const SyncRecord &record,
                                  qint64 localId);

private:
    SyncRepository &m_repository;
    QString m_name;
};

} // namespace Rpb
