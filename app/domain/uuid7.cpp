#include "uuid7.h"

#include <QMutex>
#include <QRandomGenerator>

namespace Rpb {

namespace {
// Keeps UUIDs made in the same millisecond increasing (RFC 9562 method 1: a counter in rand_a).
struct Monotonic
{
    QMutex mutex;
    qint64 lastMs = -1;
    quint16 counter = 0;
};
Monotonic &monotonic()
{
    static Monotonic m;
    return m;
}
} // namespace

QUuid Uuid7::generate()
{
    return generate(QDateTime::currentMSecsSinceEpoch());
}

QUuid Uuid7::generate(qint64 unixMilliseconds)
{
    quint16 seq = 0;
    {
        Monotonic &m = monotonic();
        QMutexLocker lock(&m.mutex);
        if (unixMilliseconds == m.lastMs) {
            m.counter = static_cast<quint16>((m.counter + 1) & 0x0fff);
        } else {
            m.lastMs = unixMilliseconds;
            m.counter = static_cast<quint16>(QRandomGenerator::global()->bounded(0x0800));
        }
        seq = m.counter;
    }
    unsigned char b[16];
    const quint64 ms = static_cast<quint64>(unixMilliseconds) & 0xffffffffffffULL;
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    b[6] = static_cast<unsigned char>(0x70 | ((seq >> 8) & 0x0f));
    b[7] = static_cast<unsigned char>(seq & 0xff);
    quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 8; i < 16; ++i) {
        b[i] = static_cast<unsigned char>(random & 0xff);
        random >>= 8;
    }
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3f)); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArray(reinterpret_cast<const char *>(b), 16));
}

qint64 Uuid7::unixMilliseconds(const QUuid &uuid)
{
    const QByteArray bytes = uuid.toRfc4122();
    quint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | static_cast<unsigned char>(bytes.at(i));
    return static_cast<qint64>(ms);
}

} // namespace Rpb
