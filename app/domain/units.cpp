#include "units.h"

#include <QCoreApplication>

#include <array>

namespace Rpb {

namespace {
class UnitNames
{
    Q_DECLARE_TR_FUNCTIONS(Units)
public:
    static QString status(EquipmentStatus s)
    {
        switch (s) {
        case EquipmentStatus::Active:
            return tr("Active");
        case EquipmentStatus::Maintenance:
            return tr("Under maintenance");
        case EquipmentStatus::Retired:
            return tr("Retired");
        }
        return {};
    }
};

constexpr std::array<Route, 8> allRoutes{Route::Reuse,          Route::Byproduct,
                                          Route::Recycle,        Route::Compost,
                                          Route::EnergyRecovery, Route::TreatedDischarge,
                                          Route::Landfill,       Route::OpenBurning};
} // namespace

QString unitCode(Unit unit)
{
    switch (unit) {
    case Unit::Kg:
        return QStringLiteral("kg");
    case Unit::Litre:
        return QStringLiteral("L");
    case Unit::Piece:
        return QStringLiteral("pcs");
    }
    return {};
}

std::optional<Unit> unitFromCode(const QString &code)
{
    if (code == QLatin1String("kg"))
        return Unit::Kg;
    if (code == QLatin1String("L") || code == QLatin1String("l"))
        return Unit::Litre;
    if (code == QLatin1String("pcs"))
        return Unit::Piece;
    return std::nullopt;
}

const char *unitSourceText(Unit unit)
{
    switch (unit) {
    case Unit::Kg:
        return QT_TRANSLATE_NOOP("Units", "kg");
    case Unit::Litre:
        return QT_TRANSLATE_NOOP("Units", "L");
    case Unit::Piece:
        return QT_TRANSLATE_NOOP("Units", "pcs");
    }
    return "";
}

QString unitDisplayName(Unit unit)
{
    return QCoreApplication::translate("Units", unitSourceText(unit));
}

QString equipmentStatusCode(EquipmentStatus status)
{
    switch (status) {
    case EquipmentStatus::Active:
        return QStringLiteral("active");
    case EquipmentStatus::Maintenance:
        return QStringLiteral("maintenance");
    case EquipmentStatus::Retired:
        return QStringLiteral("retired");
    }
    return {};
}

std::optional<EquipmentStatus> equipmentStatusFromCode(const QString &code)
{
    for (auto s : {EquipmentStatus::Active, EquipmentStatus::Maintenance, EquipmentStatus::Retired})
        if (equipmentStatusCode(s) == code)
            return s;
    return std::nullopt;
}

QString equipmentStatusDisplayName(EquipmentStatus status)
{
    return UnitNames::status(status);
}

QString routeCode(Route route)
{
    switch (route) {
    case Route::Reuse:
        return QStringLiteral("reuse");
    case Route::Byproduct:
        return QStringLiteral("byproduct");
    case Route::Recycle:
        return QStringLiteral("recycle");
    case Route::Compost:
        return QStringLiteral("compost");
    case Route::EnergyRecovery:
        return QStringLiteral("energy_recovery");
    case Route::TreatedDischarge:
        return QStringLiteral("treated_discharge");
    case Route::Landfill:
        return QStringLiteral("landfill");
    case Route::OpenBurning:
        return QStringLiteral("open_burning");
    }
    return {};
}

std::optional<Route> routeFromCode(const QString &code)
{
    for (Route r : allRoutes)
        if (routeCode(r) == code)
            return r;
    return std::nullopt;
}

const char *routeSourceText(Route route)
{
    switch (route) {
    case Route::Reuse:
        return QT_TRANSLATE_NOOP("Units", "Reuse");
    case Route::Byproduct:
        return QT_TRANSLATE_NOOP("Units", "By-product sold");
    case Route::Recycle:
        return QT_TRANSLATE_NOOP("Units", "Recycle");
    case Route::Compost:
        return QT_TRANSLATE_NOOP("Units", "Compost");
    case Route::EnergyRecovery:
        return QT_TRANSLATE_NOOP("Units", "Energy recovery");
    case Route::TreatedDischarge:
        return QT_TRANSLATE_NOOP("Units", "Treated discharge");
    case Route::Landfill:
        return QT_TRANSLATE_NOOP("Units", "Landfill");
    case Route::OpenBurning:
        return QT_TRANSLATE_NOOP("Units", "Open burning");
    }
    return "";
}

QString routeDisplayName(Route route)
{
    return QCoreApplication::translate("Units", routeSourceText(route));
}

bool isDiverted(Route route)
{
    return route != Route::Landfill && route != Route::TreatedDischarge
           && route != Route::OpenBurning;
}

} // namespace Rpb
