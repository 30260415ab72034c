#include "packagereader.h"

#include "packageformat.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PackageReader)
};

constexpr qint64 chunkBytes = 1024 * 1024;
} // namespace

PackageReader::PackageReader(QIODevice &device)
    : m_device(device)
{ }

Status PackageReader::fill()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype had = m_buffer.size();
    // No more than the device holds, when it says: a package of a few KiB needs no buffer of a
    // MiB.
    const qint64 want = m_device.isSequential()
        ? chunkBytes
        : std::clamp<qint64>(m_device.bytesAvailable(), 0, chunkBytes);
    m_buffer.resize(had + want);
    const qint64 got = m_device.read(m_buffer.data() + had, want);
    if (got < 0) {
        m_buffer.resize(had);
        return fail(Error::storage(Tr::tr("Cannot read the package."), m_device.errorString()));
    }
    m_buffer.resize(had + got);
    if (got == 0)
        m_atEnd = true;
    return {};
}

Result<bool> PackageReader::next(QByteArray &line)
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', m_pos);
        if (end >= 0) {
            if (end - m_pos > PackageFormat::maxLineBytes)
                break;
            // The line before is not the last one: the checksum covers it.
            if (m_hasPrevious) {
                m_hash.addData(m_previous);
                m_hash.addData(QByteArrayView("\n", 1));
            }
            line = m_buffer.mid(m_pos, end - m_pos);
            m_consumed += end + 1 - m_pos;
            m_pos = end + 1;
            ++m_lineNumber;
            m_previous = line;
            m_hasPrevious = true;
            return true;
        }
        if (m_buffer.size() - m_pos > PackageFormat::maxLineBytes)
            break;
        if (m_atEnd) {
            if (m_buffer.size() == m_pos)
                return false;
            return fail(Error::invalid(
                Tr::tr("The package is incomplete: line %1 stops without its line end. It was "
                       "probably cut short while being copied.")
                    .arg(m_lineNumber + 1)));
        }
        if (auto s = fill(); !s)
            return fail(s.error());
    }
    return fail(Error::invalid(
        Tr::tr("Line %1 is longer than %2 MiB, which no line of a sync package is; this is "
               "not a package, or it is damaged.")
            .arg(m_lineNumber + 1)
            .arg(PackageFormat::maxLineBytes >> 20)));
}

QByteArray PackageReader::hashBeforeLastLine()
{
    return m_hash.hexResult();
}

} // namespace Rpb
