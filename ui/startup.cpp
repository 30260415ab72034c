#include "startup.h"

#include "dialogs/firstmanagerdialog.h"
#include "dialogs/signindialog.h"
#include "services/appcontext.h"
#include "services/appinfo.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace Rpb {

Status Startup::seedDemoData(AppContext &context)
{
    QProgressDialog progress;
    progress.setWindowTitle(AppInfo::applicationName());
    progress.setLabelText(tr("Preparing the demo sites for the first start..."));
    progress.setRange(0, 100);
    // The generator cannot stop half-way without leaving half a demo: no Cancel button.
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    progress.setMinimumWidth(progress.fontMetrics().averageCharWidth() * 60);
    progress.setValue(0);

    DemoGenerator::Options options;
    options.scale = DemoGenerator::Scale::Small;
    QPointer<QProgressDialog> shown(&progress);
    options.progress = [shown](int percent, const QString &what) {
        // From the worker: the dialog is told on its own thread.
        QMetaObject::invokeMethod(
            shown.data(),
            [shown, percent, what] {
                if (!shown)
                    return;
                if (!what.isEmpty())
                    shown->setLabelText(what);
                shown->setValue(qBound(0, percent, 99));
            },
            Qt::QueuedConnection);
    };
    // On a connection of its own in a worker thread, so that the dialog stays painted.
    QFutureWatcher<Result<DemoGenerator::Summary>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    const AppContext::Seed seed = context.seed();
    watcher.setFuture(QtConcurrent::run([seed, options] {
        return AppContext::inWorker(seed, [&options](AppContext &worker) {
            return worker.storage().fillWithDemo(options);
        });
    }));
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    const Result<DemoGenerator::Summary> summary = watcher.result();
    progress.setValue(100);
    if (!summary)
        return fail(summary.error());
    return {};
}

Result<bool> Startup::signIn(AppContext &context)
{
    auto hasAccounts = context.accounts().hasAccounts();
    if (!hasAccounts)
        return fail(hasAccounts.error());
    if (!*hasAccounts) {
        FirstManagerDialog dialog(context.accounts());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        context.setActor(dialog.actor());
        return true;
    }
    SignInDialog dialog(context.accounts(), SignInDialog::Mode::Start);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    context.setActor(dialog.actor());
    return true;
}

} // namespace Rpb
