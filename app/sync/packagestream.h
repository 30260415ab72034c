#pragma once

#include "domain/result.h"
#include "packagereader.h"
#include "syncrecord.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QUuid>
#include <QWaitCondition>

#include <array>
#include <atomic>
#include <deque>
#include <memory>
#include <optional>

class QIODevice;
class QThread;

namespace Rpb {

// Reads a package on a thread of its own: the lines, the checksum, and the parsing of every record
// line, handed over in order a few hundred records at a time. The thread that imports then only
// decides and writes, which is what the database needs it for; on a machine with two cores an
// import takes about a fifth less time. A small package is read on the calling thread instead,
// chunk by chunk as it is asked for, by the same reading code: starting a thread and handing
// chunks over to it costs more than such a package takes to read. Nothing here touches the
// database.
class PackageStream final
{
    Q_DISABLE_COPY_MOVE(PackageStream)
public:
    // Packages of at most this many bytes are read on the calling thread; larger ones, and those
    // on a device whose size is not known beforehand (a pipe), on a thread of their own.
    static constexpr qint64 inlineBytes = 256 * 1024;

    // A reference of a record: the field's key, the kind and UUID of the record it names.
    struct Reference
    {
        const char *key = nullptr;
        SyncKind target = SyncKind::Site;
        QByteArray uuid;
    };

    // One record line: its line number, what parsing it gave, and what the package itself says
    // about its UUID and references (the records before it).
    struct Line
    {
        qint64 number = 0;
        Result<SyncRecord> record;
        bool repeated = false; // its UUID is that of an earlier record of its kind
        // Its references to no earlier record of the package, in the order of its fields: they
        // must be in the database.
        QList<Reference> elsewhere;
    };

    // How the package ended, once next() has returned false.
    struct End
    {
        Status status; // the package could not be read to its end (damaged, cut short, I/O)
        bool empty = false; // not even a first line
        std::optional<QByteArray> lastLine; // the trailer, when there was a line after the first
        qint64 lastLineNumber = 0;
        QByteArray sha256; // hex, of every line before the last one
    };

    // The device must stay open, and untouched by anyone else, until the stream is destroyed.
    explicit PackageStream(QIODevice &device);
    ~PackageStream(); // stops the thread, if there is one, and waits for it

    // The first line, the manifest; nullopt when the package has none (see end()).
    std::optional<QByteArray> firstLine();
    // The next record lines, in order; false once there are none left.
    bool next(QList<Line> &lines);
    // How the package ended; valid once next() has returned false.
    const End &end() const { return m_end; }
    // Whether the package is sealed as it must be: its last line a trailer whose checksum and
    // count fit the lines before it. A package that is not is refused at its end as damaged,
    // whatever its records say. Known from the start for a small package, which is read whole
    // (its lines and checksum) before its first record is parsed; nullopt when not known.
    std::optional<bool> sealed() const { return m_sealed; }
    // Lines after this are only counted and hashed, not parsed (the import has already failed).
    void skipParsing() { m_parse.store(false, std::memory_order_relaxed); }

private:
    struct Chunk;

    // A small package read whole: its lines, the next to hand over, how reading ended.
    struct Whole
    {
        QList<QByteArray> lines;
        qsizetype next = 0;
        Status status;
        QByteArray sha256;
    };

    // Reads on: the first line on the first call, then up to a chunk of record lines; the last
    // chunk says how the package ended. The reading thread's, or the calling thread's when there
    // is none.
    std::unique_ptr<Chunk> produce();
    void readWhole();
    // What produce() reads: the next line, its number and the checksum of the lines before the
    // last, from the reader or from the package read whole.
    Result<bool> readLine(QByteArray &line);
    qint64 lineNumber() const;
    QByteArray sha256();
    void run(); // the reading thread
    Line parse(qint64 number, const QByteArray &text);
    bool push(std::unique_ptr<Chunk> chunk); // false when asked to stop
    void giveBack(QList<Line> &lines);
    std::unique_ptr<Chunk> pop();

    // The reading, where produce() stands.
    PackageReader m_reader;
    QByteArray m_line;
    QByteArray m_pending; // the line read last: a record unless it is the last line
    bool m_hasPending = false;
    bool m_started = false; // the first line was read
    int m_schemaVersion = SyncSchema::schemaVersion; // the manifest's, once it was read
    std::unique_ptr<Whole> m_whole;

    std::unique_ptr<QThread> m_thread; // none: read on the calling thread
    std::optional<bool> m_sealed;
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<std::unique_ptr<Chunk>> m_queue; // guarded by m_mutex
    // Lines read, freed by the reading thread: memory goes back to the allocator it came from,
    // which costs the importing thread nothing. Guarded by m_mutex.
    QList<QList<Line>> m_used;
    bool m_stop = false; // guarded by m_mutex
    bool m_finished = false; // the consumer has seen the last chunk
    std::atomic<bool> m_parse {true};
    std::array<QSet<QUuid>, SyncSchema::kindCount> m_seen; // the reading thread's

    std::optional<QByteArray> m_first;
    bool m_firstTaken = false;
    End m_end;
};

} // namespace Rpb
