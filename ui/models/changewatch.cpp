#include "changewatch.h"

namespace Rpb {

ChangeWatch::ChangeWatch(ChangeHub &hub, std::initializer_list<EntityKind> kinds, QObject *parent)
    : QObject(parent)
    , m_kinds(kinds)
{
    connect(&hub, &ChangeHub::changed, this, &ChangeWatch::onChange);
}

void ChangeWatch::onChange(const Change &change)
{
    if (!m_kinds.contains(change.kind))
        return;
    // A change of no one site (a site itself, an account of all sites) concerns every view.
    if (m_site && change.siteId != 0 && change.siteId != *m_site && change.kind != EntityKind::Site)
        return;
    Q_EMIT changed(change);
}

} // namespace Rpb
