#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Rpb {

// Nobody: no one is signed in; every service refuses. The setup administrator acts only until the
// first account exists, and only where a caller asks for it by name.
enum class Role { Administrator, Manager, Operator, Viewer, Nobody };

// The person on whose behalf a service acts. A default-made Actor is nobody and may do nothing:
// rights come only from a sign-in (or, before the first account, from setupAdministrator()).
struct Actor
{
    qint64 userId = 0; // 0 for the setup administrator and for nobody
    QString name;
    Role role = Role::Nobody;
    std::optional<qint64> siteId; // empty: all sites
    // Sites whose records came in sync packages from their own database: nobody changes them
    // here, or the next package would disagree with them.
    QList<qint64> readOnlySites = {};

    static Actor setupAdministrator();
    bool isSignedIn() const { return role != Role::Nobody; }
    // An account of one site reads and changes that site only.
    bool isOfAllSites() const { return !siteId.has_value(); }
};

QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);

} // namespace Rpb
