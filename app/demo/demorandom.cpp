#include "demorandom.h"

#include <array>

namespace Rpb {

namespace {
// FNV-1a: stable across runs and platforms, unlike qHash, whose seed may change per process.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const char byte : text.toUtf8()) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 16777619u;
    }
    return hash;
}
} // namespace

DemoRandom::DemoRandom(quint32 seed, const QString &salt)
    : m_generator(std::array<quint32, 2> {seed, stableHash(salt)}.data(), 2)
{ }

int DemoRandom::between(int lowest, int highest)
{
    if (highest <= lowest)
        return lowest;
    return lowest + int(m_generator.bounded(quint32(highest - lowest) + 1u));
}

qint64 DemoRandom::between(qint64 lowest, qint64 highest)
{
    if (highest <= lowest)
        return lowest;
    const quint64 span = quint64(highest - lowest) + 1u;
    if (span <= 0xffffffffu)
        return lowest + qint64(m_generator.bounded(quint32(span)));
    return lowest + qint64(m_generator.bounded(span));
}

bool DemoRandom::chance(int percent)
{
    if (percent <= 0)
        return false;
    if (percent >= 100)
        return true;
    return int(m_generator.bounded(100u)) < percent;
}

int DemoRandom::weighted(std::span<const int> weights)
{
    int total = 0;
    for (const int w : weights)
        total += qMax(0, w);
    if (total == 0)
        return -1;
    int roll = int(m_generator.bounded(quint32(total)));
    for (size_t i = 0; i < weights.size(); ++i) {
        roll -= qMax(0, weights[i]);
        if (roll < 0)
            return int(i);
    }
    return int(weights.size()) - 1;
}

} // namespace Rpb
