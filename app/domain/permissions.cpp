#include "permissions.h"

#include <QCoreApplication>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
};

bool coversSite(const Actor &actor, std::optional<qint64> siteId)
{
    return !actor.siteId || !siteId || *actor.siteId == *siteId;
}
} // namespace

Status Permissions::check(const Actor &actor, Action action, std::optional<qint64> siteId,
                          std::optional<qint64> ownerUserId)
{
    // Before the administrator's pass: nobody may change what the next package would overwrite.
    if (siteId && actor.readOnlySites.contains(*siteId) && action != Action::ViewAudit
        && action != Action::Sync)
        return fail(Error::forbidden(
            Tr::tr("This site's records come from its own database through sync packages and "
                   "are read-only here; change them at the site.")));
    if (actor.role == Role::Administrator)
        return {};
    // Viewers read everything, the audit log included, and change nothing.
    if (actor.role == Role::Viewer && action == Action::ViewAudit)
        return {};
    if (actor.role == Role::Viewer)
        return fail(Error::forbidden(Tr::tr("Your account (%1) may only read and print.")
                                         .arg(actor.name)));
    if (!coversSite(actor, siteId))
        return fail(Error::forbidden(
            Tr::tr("Your account (%1) may only change the records of its own site.")
                .arg(actor.name)));
    if (actor.role == Role::Manager)
        return {};

    // Operators: bookings and batches, and only their own entries among those.
    switch (action) {
    case Action::Book:
    case Action::RecordBatch:
        if (ownerUserId && *ownerUserId != actor.userId)
            return fail(Error::forbidden(
                Tr::tr("Your account (%1) may only change its own entries; ask a manager.")
                    .arg(actor.name)));
        return {};
    case Action::EditMasterData:
    case Action::ManageAccounts:
    case Action::ManageSchedule:
    case Action::EditAnyBatch:
    case Action::CloseMonth:
    case Action::Sync:
    case Action::ViewAudit:
        break;
    }
    return fail(Error::forbidden(Tr::tr("Only a manager may do this (signed in as %1, an operator).")
                                     .arg(actor.name)));
}

QString Permissions::roleDisplayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return Tr::tr("Setup administrator");
    case Role::Manager:
        return Tr::tr("Manager");
    case Role::Operator:
        return Tr::tr("Operator");
    case Role::Viewer:
        return Tr::tr("Viewer");
    }
    return {};
}

} // namespace Rpb
