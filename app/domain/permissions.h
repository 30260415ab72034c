#pragma once

#include "actor.h"
#include "result.h"

#include <optional>

namespace Rpb {

// Who may read and do what: the one place that decides it. Every service asks before it reads a
// site's records or writes; the window asks the same question to enable its buttons, so a
// button is never offered for what the service would refuse, and the command line gets the same
// refusal as the window. docs/architecture.md has the whole matrix.
class Permissions final
{
public:
    enum class Action {
        // Reading. siteId empty: every site together (an all-sites figure or list).
        ReadSite, // members, bookings, batches, waste figures, reports, CSV, calendars
        ViewAudit, // the audit log of a site (managers and viewers)
        // Master data and accounts.
        AddSite, // a new site: managers of all sites only
        EditMasterData, // a site and its product lines, machines, members, waste categories
        ManageAccounts,
        // Scheduling. ownerUserId: who made the booking.
        Book, // book machine time at the site
        MoveBooking, // move or resize: operators only their own bookings
        CancelBooking, // operators only their own bookings
        CheckInBooking, // check in and out: any booking of the site
        MarkNoShow, // any booking of the site
        ConfirmBooking, // approve a requested booking: managers
        ManageMaintenance,
        // Batches. ownerUserId: who recorded the batch.
        RecordBatch, // enter a batch; change, archive or delete one's own
        EditAnyBatch, // correct other people's batches, mark batches checked
        CloseMonth,
        Sync // export, import, resolve conflicts
    };

    // siteId: the site the record belongs to (empty for things of no site, or for every site
    // together when reading). ownerUserId: who made the record, for actions on one's own entries.
    static Status check(const Actor &actor, Action action, std::optional<qint64> siteId = {},
                        std::optional<qint64> ownerUserId = {});
    static bool allows(const Actor &actor, Action action, std::optional<qint64> siteId = {},
                       std::optional<qint64> ownerUserId = {})
    {
        return check(actor, action, siteId, ownerUserId).has_value();
    }
    // Shorthand for ReadSite.
    static Status checkRead(const Actor &actor, std::optional<qint64> siteId)
    {
        return check(actor, Action::ReadSite, siteId);
    }
    // The site a list asks for, narrowed to what the actor reads: a one-site account asking for
    // every site gets its own; asking for another site is refused. action: ReadSite or ViewAudit.
    static Result<std::optional<qint64>>
    narrowRead(const Actor &actor, std::optional<qint64> siteId, Action action = Action::ReadSite);
    static QString roleDisplayName(Role role);
};

} // namespace Rpb
