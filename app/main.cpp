// The composition root: chooses between the command line and the window, opens the database,
// builds the services and hands them to whichever front end runs.

#include "cli/commandline.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "services/appcontext.h"
#include "services/appinfo.h"
#include "services/language.h"
#include "startup.h"
#include "storage/database.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

int runCommandLine(int argc, char **argv, const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    Rpb::AppInfo::setUpApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Rpb::CommandLine::run(arguments, out, err);
}

int runWindow(int argc, char **argv, const QStringList &arguments)
{
    QApplication app(argc, argv);
    Rpb::AppInfo::setUpApplication();
    QApplication::setApplicationDisplayName(Rpb::AppInfo::applicationName());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rpb-hijau.svg")));
    QApplication::setDesktopFileName(QStringLiteral("id.rpb.hijau"));
    Rpb::Language::install(
        Rpb::Language::resolve(Rpb::CommandLine::requestedLanguage(arguments)));

    const QString path = Rpb::CommandLine::databasePath(arguments);
    const bool brandNew = !QFileInfo::exists(path);
    auto context = Rpb::AppContext::open(path);
    if (!context) {
        QMessageBox box(QMessageBox::Critical, Rpb::AppInfo::applicationName(),
                        context.error().message, QMessageBox::Ok);
        if (!context.error().detail.isEmpty())
            box.setDetailedText(context.error().detail);
        box.exec();
        return context.error().exitCode();
    }

    // Only a file this start created gets the demo: an empty database someone kept on purpose
    // stays empty.
    Rpb::Status seeded;
    if (brandNew && Rpb::DemoGenerator::isEmpty((*context)->database()))
        seeded = Rpb::Startup::seedDemoData(**context);

    Rpb::MainWindow window(**context);
    if (!seeded) {
        const QString message = seeded.error().message;
        window.addBanner(
            Rpb::Banner::Level::Warning,
            [message] {
                return Tr::tr("The demo data could not be created.\n%1\nAdd your sites under "
                              "Master data, or run \"rpb-hijau demo\" later.")
                    .arg(message);
            },
            true);
    }
    window.show();
    // After the first paint, so that the window is there before the check starts working.
    QTimer::singleShot(0, &window, [&window] { window.startBackgroundChecks(); });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Rpb::CommandLine::wantsCommandLine(arguments))
        return runCommandLine(argc, argv, arguments);
    return runWindow(argc, argv, arguments);
}
