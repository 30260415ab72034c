#include "packagestream.h"

#include "packageformat.h"
#include "recordcodec.h"

#include <QIODevice>
#include <QThread>

namespace Rpb {

namespace {
// Record lines handed over at a time, and chunks waiting at most: a few MiB of parsed records.
constexpr qsizetype chunkLines = 256;
constexpr size_t maxChunks = 16;
} // namespace

struct PackageStream::Chunk
{
    std::optional<QByteArray> first;
    QList<Line> lines;
    bool last = false;
    End end;
};

PackageStream::PackageStream(QIODevice &device)
    : m_reader(device)
{
    if (!device.isSequential() && device.size() - device.pos() <= inlineBytes) {
        readWhole();
        return;
    }
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("package-reader"));
    m_thread->start();
}

void PackageStream::readWhole()
{
    m_whole = std::make_unique<Whole>();
    Whole &w = *m_whole;
    QByteArray line;
    Result<bool> more;
    while ((more = m_reader.next(line)) && *more)
        w.lines.append(line);
    bool sealed = false;
    if (!more) {
        w.status = fail(more.error());
    } else {
        w.sha256 = m_reader.hashBeforeLastLine();
        if (w.lines.size() >= 2) {
            const auto trailer = PackageFormat::readTrailer(w.lines.last());
            sealed
                = trailer && trailer->sha256 == w.sha256 && trailer->records == w.lines.size() - 2;
        }
    }
    m_sealed = sealed;
}

Result<bool> PackageStream::readLine(QByteArray &line)
{
    if (!m_whole)
        return m_reader.next(line);
    Whole &w = *m_whole;
    if (w.next < w.lines.size()) {
        line = std::exchange(w.lines[w.next++], QByteArray());
        return true;
    }
    if (!w.status)
        return fail(w.status.error());
    return false;
}

qint64 PackageStream::lineNumber() const
{
    return m_whole ? m_whole->next : m_reader.lineNumber();
}

QByteArray PackageStream::sha256()
{
    return m_whole ? m_whole->sha256 : m_reader.hashBeforeLastLine();
}

PackageStream::~PackageStream()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_changed.wakeAll();
    }
    m_thread->wait();
}

bool PackageStream::push(std::unique_ptr<Chunk> chunk)
{
    QList<QList<Line>> used;
    {
        QMutexLocker lock(&m_mutex);
        while (!m_stop && m_queue.size() >= maxChunks)
            m_changed.wait(&m_mutex);
        if (m_stop)
            return false;
        m_queue.push_back(std::move(chunk));
        used.swap(m_used);
        m_changed.wakeAll();
    }
    return true; // what was used is freed here, outside the lock
}

void PackageStream::giveBack(QList<Line> &lines)
{
    if (lines.isEmpty())
        return;
    if (!m_thread) {
        lines = {};
        return;
    }
    QMutexLocker lock(&m_mutex);
    m_used.append(std::move(lines));
    lines = {};
}

std::unique_ptr<PackageStream::Chunk> PackageStream::pop()
{
    if (!m_thread)
        return produce();
    QMutexLocker lock(&m_mutex);
    while (m_queue.empty())
        m_changed.wait(&m_mutex);
    std::unique_ptr<Chunk> chunk = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.wakeAll();
    return chunk;
}

void PackageStream::run()
{
    for (;;) {
        std::unique_ptr<Chunk> chunk = produce();
        const bool last = chunk->last;
        if (!push(std::move(chunk)) || last)
            return;
    }
}

std::unique_ptr<PackageStream::Chunk> PackageStream::produce()
{
    auto chunk = std::make_unique<Chunk>();
    const auto finish = [&](Status status) {
        chunk->last = true;
        chunk->end.status = std::move(status);
        return std::move(chunk);
    };
    if (!m_started) {
        m_started = true;
        auto first = readLine(m_line);
        if (!first)
            return finish(fail(first.error()));
        if (!*first) {
            chunk->end.empty = true;
            return finish({});
        }
        chunk->first = m_line;
        // Records are read by the schema version their manifest names; a manifest that cannot
        // be read refuses the package before any record is looked at.
        if (auto manifest = PackageFormat::readManifest(m_line))
            m_schemaVersion = manifest->schemaVersion;
        return chunk;
    }

    // A line is a record once the next one is read: the last line is the trailer.
    // A package read whole says how many lines are left: a small one needs no room for more.
    chunk->lines.reserve(m_whole ? qMin(chunkLines, m_whole->lines.size() - m_whole->next)
                                 : chunkLines);
    while (chunk->lines.size() < chunkLines) {
        auto more = readLine(m_line);
        if (!more)
            return finish(fail(more.error()));
        if (!*more) {
            if (m_hasPending) {
                chunk->end.lastLine = std::move(m_pending);
                chunk->end.lastLineNumber = lineNumber();
            }
            chunk->end.sha256 = sha256();
            return finish({});
        }
        if (m_hasPending) {
            const qint64 number = lineNumber() - 1;
            if (m_parse.load(std::memory_order_relaxed))
                chunk->lines.append(parse(number, m_pending));
            else
                chunk->lines.append(Line {number, SyncRecord {}, false, {}});
        }
        m_pending.swap(m_line);
        m_hasPending = true;
    }
    return chunk;
}

PackageStream::Line PackageStream::parse(qint64 number, const QByteArray &text)
{
    Line out {number, RecordCodec::read(text, m_schemaVersion), false, {}};
    if (!out.record)
        return out;
    const SyncRecord &r = *out.record;
    // References before the record's own UUID: a record does not refer to itself.
    const SyncKindInfo &info = SyncSchema::info(r.kind);
    const auto find = [&](const SyncField &f, const QByteArray &uuid) {
        if (!m_seen[size_t(SyncSchema::index(f.target))].contains(QUuid::fromRfc4122(uuid)))
            out.elsewhere.append({f.key, f.target, uuid});
    };
    for (qsizetype i = 0; i < info.fields.size(); ++i) {
        const SyncField &f = info.fields.at(i);
        const SyncValue &v = r.values.at(i);
        if (f.isReference() && !v.null) {
            find(f, v.bytes);
        } else if (f.type == SyncField::Type::Links) {
            for (const QByteArray &uuid : v.links)
                find(f, uuid);
        }
    }
    QSet<QUuid> &seen = m_seen[size_t(SyncSchema::index(r.kind))];
    const qsizetype before = seen.size();
    seen.insert(QUuid::fromRfc4122(r.uuid));
    out.repeated = seen.size() == before;
    return out;
}

std::optional<QByteArray> PackageStream::firstLine()
{
    if (m_firstTaken || m_finished)
        return std::nullopt;
    m_firstTaken = true;
    std::unique_ptr<Chunk> chunk = pop();
    if (chunk->last) {
        m_end = std::move(chunk->end);
        m_finished = true;
        return std::nullopt;
    }
    return chunk->first;
}

bool PackageStream::next(QList<Line> &lines)
{
    giveBack(lines);
    while (!m_finished && lines.isEmpty()) {
        std::unique_ptr<Chunk> chunk = pop();
        lines = std::move(chunk->lines);
        if (chunk->last) {
            m_end = std::move(chunk->end);
            m_finished = true;
        }
    }
    return !lines.isEmpty();
}

} // namespace Rpb
