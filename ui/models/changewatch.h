#pragma once

#include "services/changehub.h"

#include <QList>
#include <QObject>

#include <initializer_list>
#include <optional>

namespace Rpb {

// A view's subscription to the change hub, the one way a screen learns of a change: the kinds of
// record it shows and the site it shows them for. A model makes one and reads again what
// changed(); no page connects to a service to refresh.
class ChangeWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatch)
public:
    ChangeWatch(ChangeHub &hub, std::initializer_list<EntityKind> kinds, QObject *parent);

    // The site the view shows (empty: every site); changes of other sites pass it by.
    void setSite(std::optional<qint64> siteId) { m_site = siteId; }
    std::optional<qint64> site() const { return m_site; }
    void setKinds(std::initializer_list<EntityKind> kinds) { m_kinds = kinds; }

Q_SIGNALS:
    // A committed change of one of the kinds, at the site or of no one site.
    void changed(const Rpb::Change &change);

private:
    void onChange(const Change &change);

    QList<EntityKind> m_kinds;
    std::optional<qint64> m_site;
};

} // namespace Rpb
