#pragma once

#include "domain/result.h"
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
// import takes about a fifth less time. Nothing here touches the database.
class PackageStream final
{
    Q_DISABLE_COPY_MOVE(PackageStream)
public:
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
    ~PackageStream(); // stops the thread and waits for it

    // The first line, the manifest; nullopt when the package has none (see end()).
    std::optional<QByteArray> firstLine();
    // The next record lines, in order; false once there are none left.
    bool next(QList<Line> &lines);
    // How the package ended; valid once next() has returned false.
    const End &end() const { return m_end; }
    // Lines after this are only counted and hashed, not parsed (the import has already failed).
    void skipParsing() { m_parse.store(false, std::memory_order_relaxed); }

private:
    struct Chunk;

    void run();
    Line parse(qint64 number, const QByteArray &text);
    bool push(std::unique_ptr<Chunk> chunk); // false when asked to stop
    void giveBack(QList<Line> &lines);
    std::unique_ptr<Chunk> pop();

    QIODevice &m_device;
    std::unique_ptr<QThread> m_thread;
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
