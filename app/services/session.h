#pragma once

#include "domain/actor.h"

#include <QObject>

namespace Rpb {

// Who the services act for: the one place that holds the signed-in person. Every service reads
// the actor from here at the moment it acts, so a sign-in, a switch of user or a site becoming
// read-only after an import reaches all of them at once. Until someone signs in the actor is
// nobody, whom every service refuses.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)
public:
    explicit Session(QObject *parent = nullptr);

    const Actor &actor() const { return m_actor; }
    // The sites whose records came in sync packages are kept in the actor's read-only sites.
    void setActor(const Actor &actor);
    void setReadOnlySites(const QList<qint64> &sites);
    void signOut();

Q_SIGNALS:
    // Another person (or nobody) now acts, or their read-only sites changed.
    void actorChanged();

private:
    Actor m_actor;
};

} // namespace Rpb
