#pragma once

#include "domain/result.h"
#include "syncschema.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <array>

namespace Rpb {

// Line 1 of a package: what it is, from where, and how many records of each kind follow.
struct PackageManifest
{
    int formatVersion = 1;
    int schemaVersion = SyncSchema::schemaVersion;
    QByteArray package; // 16-byte UUID
    QByteArray siteUuid; // 16-byte UUID
    QString siteCode;
    QString siteName;
    qint64 fromSeq = 0; // the site's changes after this number ...
    qint64 toSeq = 0; // ... up to and including this one
    bool full = false;
    QDateTime created; // UTC
    QString appVersion;
    std::array<qint64, SyncSchema::kindCount> counts {};

    qint64 records() const;
};

// The last line: the SHA-256 of every byte before it and the number of record lines.
struct PackageTrailer
{
    QByteArray sha256; // lowercase hexadecimal
    qint64 records = 0;
};

// The package's own lines (docs/sync-format.md): UTF-8 JSON Lines, the manifest first, then one
// record per line, the trailer last; every line ends with a line feed.
class PackageFormat final
{
public:
    static constexpr const char *formatName = "rpb-hijau-sync";
    static constexpr int formatVersion = 1;
    // No line of a package comes near this; a longer one is refused before it is parsed.
    static constexpr qint64 maxLineBytes = qint64(1) << 20;
    static constexpr const char *fileSuffix = "rpbsync";

    static QByteArray manifestLine(const PackageManifest &manifest);
    // Unknown keys are ignored so that later versions may add information; a newer format
    // version or an unknown schema version is refused with a sentence that says so.
    static Result<PackageManifest> readManifest(QByteArrayView line);
    static QByteArray trailerLine(const PackageTrailer &trailer);
    static Result<PackageTrailer> readTrailer(QByteArrayView line);
};

} // namespace Rpb
