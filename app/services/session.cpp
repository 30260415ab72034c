#include "session.h"

namespace Rpb {

Session::Session(QObject *parent)
    : QObject(parent)
{ }

void Session::setActor(const Actor &actor)
{
    const QList<qint64> readOnly = m_actor.readOnlySites;
    m_actor = actor;
    m_actor.readOnlySites = readOnly;
    Q_EMIT actorChanged();
}

void Session::setReadOnlySites(const QList<qint64> &sites)
{
    if (m_actor.readOnlySites == sites)
        return;
    m_actor.readOnlySites = sites;
    Q_EMIT actorChanged();
}

void Session::signOut()
{
    setActor(Actor());
}

} // namespace Rpb
