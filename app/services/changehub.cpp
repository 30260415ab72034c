#include "changehub.h"

#include <QThread>

namespace Rpb {

ChangeHub::ChangeHub(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Rpb::Change>();
}

void ChangeHub::publish(const Change &change)
{
    if (QThread::currentThread() == thread()) {
        Q_EMIT changed(change);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, change] { Q_EMIT changed(change); }, Qt::QueuedConnection);
}

} // namespace Rpb
