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

bool isReading(Permissions::Action action)
{
    return action == Permissions::Action::ReadSite || action == Permissions::Action::ViewAudit;
}

Error readRefusal(const Actor &actor, std::optional<qint64> siteId)
{
    return siteId ? Error::forbidden(Tr::tr("Your account (%1) may only read the records of its "
                                            "own site.")
                                         .arg(actor.name))
                  : Error::forbidden(Tr::tr("Your account (%1) may only read the records of its "
                                            "own site, not those of every site together.")
                                         .arg(actor.name));
}

Status checkReading(const Actor &actor, Permissions::Action action, std::optional<qint64> siteId)
{
    if (actor.role != Role::Administrator && actor.siteId && (!siteId || *siteId != *actor.siteId))
        return fail(readRefusal(actor, siteId));
    if (action == Permissions::Action::ViewAudit && actor.role == Role::Operator)
        return fail(Error::forbidden(Tr::tr("Only managers and viewers read the audit log "
                                            "(signed in as %1, an operator).")
                                         .arg(actor.name)));
    return {};
}

Error managersOnly(const Actor &actor)
{
    return Error::forbidden(
        Tr::tr("Only a manager may do this (signed in as %1, an operator).").arg(actor.name));
}
} // namespace

Status Permissions::check(const Actor &actor, Action action, std::optional<qint64> siteId,
                          std::optional<qint64> ownerUserId)
{
    if (!actor.isSignedIn())
        return fail(Error::forbidden(Tr::tr("Nobody is signed in; sign in first.")));
    if (isReading(action))
        return checkReading(actor, action, siteId);
    // Before the administrator's pass: nobody may change what the next package would overwrite.
    if (siteId && actor.readOnlySites.contains(*siteId) && action != Action::Sync)
        return fail(Error::forbidden(
            Tr::tr("This site's records come from its own database through sync packages and "
                   "are read-only here; change them at the site.")));
    if (actor.role == Role::Administrator)
        return {};
    if (actor.role == Role::Viewer)
        return fail(Error::forbidden(Tr::tr("Your account (%1) may only read and print.")
                                         .arg(actor.name)));
    if (action == Action::AddSite) {
        if (actor.role == Role::Manager && actor.isOfAllSites())
            return {};
        return fail(Error::forbidden(Tr::tr("Only a manager of all sites adds a site (signed in "
                                            "as %1).")
                                         .arg(actor.name)));
    }
    if (!coversSite(actor, siteId))
        return fail(Error::forbidden(
            Tr::tr("Your account (%1) may only change the records of its own site.")
                .arg(actor.name)));
    if (actor.role == Role::Manager)
        return {};

    // Operators: bookings and batches of their site; some only of their own making.
    switch (action) {
    case Action::Book:
    case Action::CheckInBooking:
    case Action::MarkNoShow:
        return {};
    case Action::MoveBooking:
    case Action::CancelBooking:
        if (ownerUserId && *ownerUserId != actor.userId)
            return fail(Error::forbidden(
                Tr::tr("Your account (%1) may only move or cancel the bookings it made; ask a "
                       "manager.")
                    .arg(actor.name)));
        return {};
    case Action::RecordBatch:
        if (ownerUserId && *ownerUserId != actor.userId)
            return fail(Error::forbidden(
                Tr::tr("Your account (%1) may only change its own entries; ask a manager.")
                    .arg(actor.name)));
        return {};
    case Action::ReadSite:
    case Action::ViewAudit:
    case Action::AddSite:
    case Action::EditMasterData:
    case Action::ManageAccounts:
    case Action::ConfirmBooking:
    case Action::ManageMaintenance:
    case Action::EditAnyBatch:
    case Action::CloseMonth:
    case Action::Sync:
        break;
    }
    return fail(managersOnly(actor));
}

Result<std::optional<qint64>> Permissions::narrowRead(const Actor &actor,
                                                      std::optional<qint64> siteId, Action action)
{
    Q_ASSERT(isReading(action));
    if (!siteId && actor.role != Role::Administrator && actor.siteId)
        siteId = actor.siteId;
    if (auto s = check(actor, action, siteId); !s)
        return fail(s.error());
    return siteId;
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
    case Role::Nobody:
        return Tr::tr("Not signed in");
    }
    return {};
}

} // namespace Rpb
