// The composition root: chooses between the command line and the window, opens the database,
// builds the services and hands them to whichever front end runs.

#include "charts/qtchartspainter.h"
#include "cli/argumentparser.h"
#include "cli/commandcatalog.h"
#include "cli/commandline.h"
#include "mainwindow.h"
#include "services/appcontext.h"
#include "services/appinfo.h"
#include "services/language.h"
#include "startup.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

// Commands that draw charts need fonts and pixmaps, hence a QApplication.
bool drawsCharts(const QStringList &arguments)
{
    const Rpb::Invocation invocation = Rpb::ArgumentParser::parse(arguments);
    if (!invocation.command || invocation.command->words.isEmpty())
        return false;
    const QString &word = invocation.command->words.constFirst();
    return word == QLatin1String("chart") || word == QLatin1String("report");
}

// On a server or in a script without a screen, charts are drawn offscreen.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

int runCommandLine(int argc, char **argv, const QStringList &arguments)
{
    const bool charts = drawsCharts(arguments);
    if (charts && !hasDisplay() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // cron and ssh sessions have no runtime folder; Qt would say so on stderr, which scripts
        // read for errors. A private folder in the temporary directory keeps stderr clean.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/rpb-hijau-runtime-")
                                    + qEnvironmentVariable("USER", QStringLiteral("user"));
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
#endif
    }
    const std::unique_ptr<QCoreApplication> app = charts
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    Rpb::AppInfo::setUpApplication();
    const Rpb::QtChartsPainter painter;
    if (charts)
        Rpb::ChartPainter::install(&painter);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = Rpb::CommandLine::run(arguments, out, err);
    Rpb::ChartPainter::install(nullptr);
    return code;
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
    if (brandNew && (*context)->storage().isEmpty())
        seeded = Rpb::Startup::seedDemoData(**context);

    // The first manager on a database without accounts, a sign-in otherwise: the window opens
    // for a known person only.
    auto signedIn = Rpb::Startup::signIn(**context);
    if (!signedIn) {
        QMessageBox box(QMessageBox::Critical, Rpb::AppInfo::applicationName(),
                        signedIn.error().message, QMessageBox::Ok);
        if (!signedIn.error().detail.isEmpty())
            box.setDetailedText(signedIn.error().detail);
        box.exec();
        return signedIn.error().exitCode();
    }
    if (!*signedIn)
        return 0;

    // The Waste page, its exports and the printed summary draw through the same painter.
    const Rpb::QtChartsPainter chartPainter;
    Rpb::ChartPainter::install(&chartPainter);
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
