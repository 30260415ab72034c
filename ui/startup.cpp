#include "startup.h"

#include "demo/demogenerator.h"
#include "dialogs/firstmanagerdialog.h"
#include "dialogs/signindialog.h"
#include "services/appcontext.h"
#include "services/appinfo.h"

#include <QProgressDialog>

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
    options.progress = [&progress](int percent, const QString &what) {
        if (!what.isEmpty())
            progress.setLabelText(what);
        progress.setValue(qBound(0, percent, 99));
        // The generator runs on this thread; keep the dialog painted between steps.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    auto summary = DemoGenerator::run(context.database(), options);
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
