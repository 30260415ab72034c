#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace Rpb {

// Watches the keyboard and mouse of the whole application and says when nobody has touched
// them for the set time, so that a shared floor PC does not stay signed in as whoever left it.
class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)
public:
    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    // 0: never. Counting starts again from now.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    // While paused (the window is locked already) no idle() comes.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Counts as input, e.g. right after a sign-in.
    void restart();

    // While one lives (long work the person started, such as an import on a worker thread), the
    // lock waits: it comes once the work is over, not in the middle of it.
    class Deferral final
    {
        Q_DISABLE_COPY_MOVE(Deferral)
    public:
        Deferral() { ++s_deferrals; }
        ~Deferral() { --s_deferrals; }
    };

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    void arm(qint64 inMs);

    QTimer *m_timer = nullptr;
    QElapsedTimer m_sinceInput;
    int m_timeoutMs = 0;
    bool m_paused = false;
    static inline int s_deferrals = 0; // the window's thread only
};

} // namespace Rpb
