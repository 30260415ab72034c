#pragma once

#include "actor.h"
#include "result.h"

#include <optional>

namespace Rpb {

// Who may do what. The services ask before every write, so a button hidden in the window is a
// courtesy, not the protection.
class Permissions final
{
public:
    enum class Action {
        EditMasterData, // sites, product lines, machines, members, waste categories
        ManageAccounts,
        Book,            // book, check in and out, cancel one's own bookings
        ManageSchedule,  // confirm, maintenance windows, other people's bookings
        RecordBatch,     // enter a batch, edit one's own
        EditAnyBatch,    // correct other people's batches
        CloseMonth,
        Sync,
        ViewAudit
    };

    // siteId: the site the record belongs to (empty for things of no site).
    // ownerUserId: who made the record, for actions on one's own entries.
    static Status check(const Actor &actor, Action action, std::optional<qint64> siteId = {},
                        std::optional<qint64> ownerUserId = {});
    static bool allows(const Actor &actor, Action action, std::optional<qint64> siteId = {},
                       std::optional<qint64> ownerUserId = {})
    {
        return check(actor, action, siteId, ownerUserId).has_value();
    }
    static QString roleDisplayName(Role role);
};

} // namespace Rpb
