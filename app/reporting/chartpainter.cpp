#include "chartpainter.h"

#include <QAtomicPointer>

namespace Rpb {

namespace {
QAtomicPointer<const ChartPainter> installed;
} // namespace

const ChartPainter *ChartPainter::instance()
{
    return installed.loadAcquire();
}

void ChartPainter::install(const ChartPainter *painter)
{
    installed.storeRelease(painter);
}

} // namespace Rpb
