#pragma once

#include <QtGlobal>

namespace Rpb {

// Whether the period a figure is compared with holds enough data for the change to mean
// something. A month with two batches, or the half-recorded first month of a site, turns any
// change against it into "+443.8 %", which says more about the records than about the site;
// the summary and the Waste page say "no data" or "too little data" instead.
class ComparisonBasis final
{
public:
    enum class Kind { Enough, NoData, LittleData };

    // Fewer counted batches than this in the earlier period is too little to compare with.
    static constexpr qint64 MinimumBatches = 5;

    // The earlier period holds no counted batch: no data. Fewer than MinimumBatches, or fewer
    // than half as many as the period compared with it: too little data. Otherwise enough.
    static Kind of(qint64 batches, qint64 earlierBatches);
    static const char *code(Kind kind); // "enough", "no_data", "little_data": JSON
};

} // namespace Rpb
