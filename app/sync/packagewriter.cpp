#include "packagewriter.h"

#include "packageformat.h"
#include "recordcodec.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PackageWriter)
};

// Records gather in memory and go to the file a few hundred kilobytes at a time.
constexpr qsizetype flushBytes = 256 * 1024;
} // namespace

PackageWriter::PackageWriter(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_file(m_path)
{
    m_buffer.reserve(flushBytes + 64 * 1024);
}

PackageWriter::~PackageWriter()
{
    cancel();
}

Error PackageWriter::writeError() const
{
    return Error::storage(Tr::tr("Cannot write the package %1.").arg(m_path), m_file.errorString());
}

Status PackageWriter::begin(const PackageManifest &manifest)
{
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(writeError());
    return append(PackageFormat::manifestLine(manifest));
}

Status PackageWriter::append(const QByteArray &line)
{
    m_buffer.append(line);
    m_buffer.append('\n');
    if (m_buffer.size() >= flushBytes)
        return flush();
    return {};
}

Status PackageWriter::write(const SyncRecord &record)
{
    RecordCodec::write(record, m_buffer);
    m_buffer.append('\n');
    ++m_records;
    if (m_buffer.size() >= flushBytes)
        return flush();
    return {};
}

Status PackageWriter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    m_hash.addData(m_buffer);
    if (m_file.write(m_buffer) != m_buffer.size())
        return fail(writeError());
    m_bytes += m_buffer.size();
    m_buffer.clear();
    return {};
}

Result<QByteArray> PackageWriter::finish()
{
    if (auto s = flush(); !s)
        return fail(s.error());
    const QByteArray sha = m_hash.hexResult();
    QByteArray trailer = PackageFormat::trailerLine(PackageTrailer {sha, m_records});
    trailer.append('\n');
    if (m_file.write(trailer) != trailer.size())
        return fail(writeError());
    m_bytes += trailer.size();
    return sha;
}

Status PackageWriter::commit()
{
    if (!m_file.commit())
        return fail(writeError());
    return {};
}

void PackageWriter::cancel()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
    // QSaveFile removes its temporary file when it is destroyed without a commit.
}

} // namespace Rpb
