#pragma once

#include "domain/result.h"
#include "sha256.h"

#include <QByteArray>

class QIODevice;

namespace Rpb {

// Reads a package line by line, a chunk at a time, and keeps the SHA-256 of every line before
// the one read last, which is what the trailer's checksum covers once the end is reached. A line
// longer than PackageFormat::maxLineBytes, or a last line without its line end, is refused
// without reading it into memory whole.
class PackageReader final
{
    Q_DISABLE_COPY_MOVE(PackageReader)
public:
    explicit PackageReader(QIODevice &device);

    // The next line without its line end; false at the end of the package.
    Result<bool> next(QByteArray &line);
    qint64 lineNumber() const { return m_lineNumber; } // of the line read last, from 1
    qint64 bytesRead() const { return m_consumed; }
    // Hex SHA-256 of all lines read before the last one (the trailer, once at the end).
    QByteArray hashBeforeLastLine();

private:
    Status fill();

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QByteArray m_previous; // the line read last, hashed when the next one is read
    bool m_hasPrevious = false;
    Sha256 m_hash;
    qint64 m_lineNumber = 0;
    qint64 m_consumed = 0;
    bool m_atEnd = false;
};

} // namespace Rpb
