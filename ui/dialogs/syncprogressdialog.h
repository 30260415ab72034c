#pragma once

#include "domain/result.h"
#include "services/appcontext.h"
#include "widgets/idlelock.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace Rpb {

// Long work of the window (a package export, check or import) on a worker thread with a context
// of its own: its own connection and transaction, acting for the person signed in when it began,
// telling the hub of what it changed. Meanwhile the window stays painted and answers (nothing in
// the work pumps events), and this dialog shows records done of all with Cancel, once the work
// has taken a second. run() returns when the work is over; the dialog is window-modal, so nothing
// else in the window starts meanwhile, and the idle lock waits for the end of the work.
class SyncProgressDialog final : public QProgressDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncProgressDialog)
public:
    // Work done and work in all; false asks the work to stop.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // what: "Writing the package", "Checking the package", ...
    SyncProgressDialog(const QString &what, QWidget *parent);

    // Runs work(worker context, progress) on a worker thread and waits for it. cancelled tells
    // whether Cancel was pressed.
    template<typename T, typename Work>
    static Result<T> run(AppContext &context, const QString &what, QWidget *parent, Work work,
                         bool *cancelled = nullptr)
    {
        SyncProgressDialog dialog(what, parent);
        const IdleLock::Deferral lockWaits;
        QFutureWatcher<Result<T>> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        const AppContext::Seed seed = context.seed();
        const Progress progress = dialog.callback();
        watcher.setFuture(QtConcurrent::run([seed, progress, work]() -> Result<T> {
            return AppContext::inWorker(seed,
                                        [&](AppContext &worker) { return work(worker, progress); });
        }));
        loop.exec();
        dialog.finish();
        if (cancelled)
            *cancelled = dialog.m_cancelled;
        return watcher.result();
    }

private:
    // Called on the worker thread; tells the dialog on its own thread.
    Progress callback();
    void update(qint64 done, qint64 total);
    void finish();

    QString m_what;
    bool m_cancelled = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace Rpb
