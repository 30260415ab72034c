#include "idlelock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace Rpb {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_sinceInput.start();
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setTimeout(int milliseconds)
{
    m_timeoutMs = qMax(0, milliseconds);
    restart();
}

void IdleLock::setPaused(bool paused)
{
    m_paused = paused;
    restart();
}

void IdleLock::restart()
{
    m_sinceInput.restart();
    if (m_paused || m_timeoutMs <= 0)
        m_timer->stop();
    else
        arm(m_timeoutMs);
}

void IdleLock::arm(qint64 inMs)
{
    m_timer->start(int(qBound(qint64(1), inMs, qint64(m_timeoutMs))));
}

void IdleLock::check()
{
    if (m_paused || m_timeoutMs <= 0)
        return;
    // Input only notes the time, which is cheap for every mouse move; the timer then waits for
    // what is left of the timeout instead of being restarted by each event.
    const qint64 left = m_timeoutMs - m_sinceInput.elapsed();
    if (left > 0) {
        arm(left);
        return;
    }
    if (s_deferrals > 0) {
        arm(1000);
        return;
    }
    Q_EMIT idle();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        m_sinceInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Rpb
