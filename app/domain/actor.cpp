#include "actor.h"

namespace Rpb {

Actor Actor::setupAdministrator()
{
    Actor actor;
    actor.name = QStringLiteral("setup");
    actor.role = Role::Administrator;
    return actor;
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Nobody:
        break;
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role r : {Role::Administrator, Role::Manager, Role::Operator, Role::Viewer})
        if (roleCode(r) == code)
            return r;
    return std::nullopt;
}

} // namespace Rpb
