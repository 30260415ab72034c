// The composition root: chooses between the command line and the window, opens the database,
// builds the services and hands them to whichever front end runs.

#include "cli/commandline.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "services/appcontext.h"
#include "services/appinfo.h"
#include "services/language.h"
#include "storage/database.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

namespace {

QString databasePathFrom(const QStringList &arguments)
{
    const int at = arguments.indexOf(QStringLiteral("--db"));
    if (at >= 0 && at + 1 < arguments.size())
        return arguments.at(at + 1);
    const QString fromEnvironment = qEnvironmentVariable("RPB_DB");
    return fromEnvironment.isEmpty() ? Rpb::Database::defaultPath() : fromEnvironment;
}

QString languageFrom(const QStringList &arguments)
{
    const int at = arguments.indexOf(QStringLiteral("--lang"));
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
}

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
    Rpb::Language::install(Rpb::Language::resolve(languageFrom(arguments)));

    const QString path = databasePathFrom(arguments);
    auto context = Rpb::AppContext::open(path);
    if (!context) {
        QMessageBox::critical(nullptr, Rpb::AppInfo::applicationName(),
                              context.error().message + QStringLiteral("\n\n")
                                  + context.error().detail);
        return context.error().exitCode();
    }
    Rpb::MainWindow window(**context);
    window.show();
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
