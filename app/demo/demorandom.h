#pragma once

#include <QRandomGenerator>
#include <QString>

#include <span>

namespace Rpb {

// The demo data's only source of chance: seeded from the run's seed and a salt (the site code), so
// that a seed and a date always give the same data, and one site comes out the same whether it is
// made alone or with the others. Never the global generator.
class DemoRandom final
{
public:
    DemoRandom(quint32 seed, const QString &salt);

    // Inclusive on both ends.
    int between(int lowest, int highest);
    qint64 between(qint64 lowest, qint64 highest);
    bool chance(int percent);
    // An index into weights, with a chance proportional to its weight; -1 when all are zero.
    int weighted(std::span<const int> weights);

private:
    QRandomGenerator m_generator;
};

} // namespace Rpb
