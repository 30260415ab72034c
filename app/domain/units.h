#pragma once

#include <QString>

#include <optional>

namespace Rpb {

// Units quantities are counted in. Quantities are stored as integer thousandths of their unit
// (grams, millilitres, thousandths of a piece) so that no value passes through binary floating
// point; kg and L are never added together.
enum class Unit { Kg, Litre, Piece };

QString unitCode(Unit unit); // "kg", "L", "pcs": files, JSON and the database
std::optional<Unit> unitFromCode(const QString &code);
QString unitDisplayName(Unit unit); // translated, for screens

enum class EquipmentStatus { Active, Maintenance, Retired };
QString equipmentStatusCode(EquipmentStatus status);
std::optional<EquipmentStatus> equipmentStatusFromCode(const QString &code);
QString equipmentStatusDisplayName(EquipmentStatus status);

// Handling routes of a waste line. Everything but landfill, treated discharge and open burning
// counts as diverted from disposal (GRI 306).
enum class Route {
    Reuse,
    Byproduct,
    Recycle,
    Compost,
    EnergyRecovery,
    TreatedDischarge,
    Landfill,
    OpenBurning
};
QString routeCode(Route route);
std::optional<Route> routeFromCode(const QString &code);
QString routeDisplayName(Route route); // translated, for screens
// The English source of a route's or unit's name in the translation catalogue (context "Units"),
// so that a document in another language than the window's names them as the window does.
const char *routeSourceText(Route route);
const char *unitSourceText(Unit unit);
bool isDiverted(Route route);

} // namespace Rpb
