#pragma once

#include "domain/result.h"
#include "sha256.h"

#include <QByteArray>
#include <QSaveFile>

namespace Rpb {

struct PackageManifest;
struct SyncRecord;

// Writes a package to a temporary file beside its destination, hashing every byte on the way,
// and puts it in place only on commit(): a package that is not complete is never where a person
// would pick it up.
class PackageWriter final
{
    Q_DISABLE_COPY_MOVE(PackageWriter)
public:
    explicit PackageWriter(const QString &path);
    ~PackageWriter();

    Status begin(const PackageManifest &manifest);
    Status write(const SyncRecord &record);
    // Writes the trailer; returns the SHA-256 (hex) of everything before it.
    Result<QByteArray> finish();
    Status commit();
    void cancel();

    qint64 records() const { return m_records; }
    qint64 bytes() const { return m_bytes; }

private:
    Status append(const QByteArray &line);
    Status flush();
    Error writeError() const;

    QString m_path;
    QSaveFile m_file;
    Sha256 m_hash;
    QByteArray m_buffer;
    qint64 m_records = 0;
    qint64 m_bytes = 0;
};

} // namespace Rpb
