#pragma once

#include "actor.h"
#include "recordmeta.h"

#include <QString>

#include <optional>

namespace Rpb {

// An account of a person who signs in. The password hash never leaves the account service.
struct User
{
    RecordMeta meta;
    QString name;     // sign-in name, unique
    QString fullName; // as printed on signature blocks
    Role role = Role::Operator;
    std::optional<qint64> siteId; // empty: all sites
    bool disabled = false;
};

} // namespace Rpb
