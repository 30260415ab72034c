#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Rpb {

enum class Role { Administrator, Manager, Operator, Viewer };

// The person on whose behalf a service acts. Before the first account exists, the setup
// administrator acts; afterwards it is the signed-in account.
struct Actor
{
    qint64 userId = 0; // 0 for the setup administrator
    QString name = QStringLiteral("setup");
    Role role = Role::Administrator;
    std::optional<qint64> siteId; // empty: all sites
    // Sites whose records came in sync packages from their own database: nobody changes them
    // here, or the next package would disagree with them.
    QList<qint64> readOnlySites = {};

    static Actor setupAdministrator() { return Actor{}; }
};

QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);

} // namespace Rpb
