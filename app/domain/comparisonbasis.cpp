#include "comparisonbasis.h"

namespace Rpb {

ComparisonBasis::Kind ComparisonBasis::of(qint64 batches, qint64 earlierBatches)
{
    if (earlierBatches <= 0)
        return Kind::NoData;
    if (earlierBatches < MinimumBatches || earlierBatches * 2 < batches)
        return Kind::LittleData;
    return Kind::Enough;
}

const char *ComparisonBasis::code(Kind kind)
{
    switch (kind) {
    case Kind::Enough:
        return "enough";
    case Kind::NoData:
        return "no_data";
    case Kind::LittleData:
        return "little_data";
    }
    return "enough";
}

} // namespace Rpb
