#pragma once

#include "domain/entitykind.h"

#include <QList>
#include <QMetaType>
#include <QObject>

namespace Rpb {

// What a committed change touched: the kind of record, its site and the records' local ids.
struct Change
{
    EntityKind kind = EntityKind::Site;
    qint64 siteId = 0; // 0: of no one site (an account of all sites, a setting)
    QList<qint64> ids; // empty: records of the kind at the site, how many is not said (an import)
};

// The one way a screen learns of a change. A service publishes after its commit; item models
// subscribe and read again what the change concerns. Whoever made the change (this window, the
// command line's services, a worker thread's import, later another PC through the database's
// notifications) publishes the same way, so a view cannot tell one from another.
class ChangeHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeHub)
public:
    explicit ChangeHub(QObject *parent = nullptr);

    // From any thread. On the hub's own thread the subscribers hear of it before this returns;
    // from another thread the change is delivered on the hub's thread.
    void publish(const Change &change);

Q_SIGNALS:
    void changed(const Rpb::Change &change);
};

} // namespace Rpb

Q_DECLARE_METATYPE(Rpb::Change)
