#include "wastepalette.h"

namespace Rpb {

QList<QColor> WastePalette::series()
{
    // Okabe & Ito (2008), then darker companions for charts with many series.
    return {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
            QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
            QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00), QColor(0x33, 0x4E, 0x8C),
            QColor(0x8C, 0x6D, 0x1F), QColor(0x1F, 0x6E, 0x5A), QColor(0x88, 0x44, 0x77)};
}

QColor WastePalette::route(Route r)
{
    switch (r) {
    case Route::Reuse:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Route::Byproduct:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case Route::Recycle:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Route::Compost:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Route::EnergyRecovery:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case Route::TreatedDischarge:
        return QColor(0x99, 0x99, 0x99); // grey
    case Route::Landfill:
        return QColor(0x55, 0x55, 0x55); // dark grey
    case Route::OpenBurning:
        return QColor(0x99, 0x22, 0x00); // dark red
    }
    return QColor(Qt::gray);
}

QColor WastePalette::route(const QString &routeCode)
{
    const auto r = routeFromCode(routeCode);
    return r ? route(*r) : QColor(Qt::gray);
}

QColor WastePalette::forCode(const QString &code)
{
    // FNV-1a over the code: stable across runs and platforms, unlike qHash with its seed.
    quint32 hash = 2166136261u;
    for (QChar c : code) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    const QList<QColor> colours = series();
    return colours.at(int(hash % quint32(colours.size())));
}

QColor WastePalette::forCode(const QString &code, QStringList allCodes)
{
    allCodes.sort();
    allCodes.removeDuplicates();
    const qsizetype at = allCodes.indexOf(code);
    if (at < 0)
        return forCode(code);
    const QList<QColor> colours = series();
    return colours.at(int(at % colours.size()));
}

bool WastePalette::hatched(const QString &routeCode)
{
    const auto r = routeFromCode(routeCode);
    return r && !isDiverted(*r);
}

} // namespace Rpb
