#include "commandline.h"

#include "argumentparser.h"
#include "console.h"
#include "databasecommands.h"
#include "listcommands.h"
#include "services/appcontext.h"
#include "services/appinfo.h"
#include "services/language.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

Error notAvailable(const CommandSpec &command)
{
    return Error::usage(Tr::tr("The command \"%1\" is not available yet in this version of RPB "
                               "Hijau.")
                            .arg(command.name()),
                        command.name());
}
} // namespace

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    return ArgumentParser::wantsCommandLine(arguments);
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Standard error carries one error line that scripts and people read; the core's diagnostic
    // log (driver texts, SQL) would bury it. QT_LOGGING_RULES="rpb.*=true" brings it back.
    QLoggingCategory::setFilterRules(QStringLiteral("rpb.*.debug=false\n"
                                                    "rpb.*.info=false\n"
                                                    "rpb.*.warning=false"));
    // The language comes first so that even a complaint about the other arguments is translated:
    // the first reading only finds --lang, the second one speaks the chosen language.
    Language::install(Language::resolve(requestedLanguage(arguments)));
    const Invocation invocation = ArgumentParser::parse(arguments);
    Console console(out, err, invocation.json);

    if (invocation.help) {
        // Help is always text: it is read by people, even when a script asked for --json.
        console.print(invocation.command ? CommandCatalog::usage(*invocation.command)
                                         : CommandCatalog::usage());
        return 0;
    }
    if (invocation.error)
        return console.fail(*invocation.error, Console::helpHint());
    if (invocation.version)
        return printVersion(console);
    return runCommand(invocation, console);
}

int CommandLine::runCommand(const Invocation &invocation, Console &console)
{
    const CommandSpec &command = *invocation.command;
    if (!command.isAvailable())
        return console.fail(notAvailable(command), Console::helpHint());

    const QString path = databasePath(invocation);
    if (!command.createsDatabase) {
        if (auto s = requireExisting(path); !s)
            return console.fail(s.error(),
                                Tr::tr("choose the file with --db PATH or RPB_DB, or "
                                       "make one with: %1 demo")
                                    .arg(AppInfo::executableName()));
    }
    DatabaseCommands fileCommands(path, console);
    switch (command.id) {
    case CommandId::Check:
        return fileCommands.check(invocation);
    case CommandId::Backup:
        return fileCommands.backup(invocation);
    case CommandId::Demo: {
        auto options = DatabaseCommands::demoOptions(invocation);
        if (!options)
            return console.fail(options.error(), Console::helpHint());
        auto context = openContext(invocation, path);
        if (!context)
            return console.fail(context.error());
        return fileCommands.demo(**context, *options);
    }
    case CommandId::SitesList:
    case CommandId::EquipmentList:
    case CommandId::MembersList:
    case CommandId::ProductLinesList:
    case CommandId::WasteCategoriesList: {
        auto context = openContext(invocation, path);
        if (!context)
            return console.fail(context.error());
        return ListCommands(**context, console).run(invocation);
    }
    case CommandId::Planned:
        break;
    }
    return console.fail(notAvailable(command), Console::helpHint());
}

int CommandLine::printVersion(Console &console)
{
    const QString sqlite = AppInfo::sqliteLibraryVersion();
    if (console.json()) {
        console.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("name"), AppInfo::applicationName()},
            {QStringLiteral("version"), AppInfo::version()},
            {QStringLiteral("qt"), AppInfo::qtVersion()},
            {QStringLiteral("sqlite"), sqlite},
        }));
        return 0;
    }
    console.printLine(AppInfo::applicationName() + QLatin1Char(' ') + AppInfo::version());
    console.printLine(QStringLiteral("Qt ") + AppInfo::qtVersion());
    console.printLine(QStringLiteral("SQLite ") + sqlite);
    return 0;
}

QString CommandLine::databasePath(const QStringList &arguments)
{
    return databasePath(ArgumentParser::parse(arguments));
}

QString CommandLine::requestedLanguage(const QStringList &arguments)
{
    return ArgumentParser::parse(arguments).language.value_or(QString());
}

QString CommandLine::databasePath(const Invocation &invocation)
{
    QString path = invocation.databasePath.value_or(qEnvironmentVariable("RPB_DB"));
    if (path.isEmpty())
        path = Database::defaultPath();
    // Absolute, so that messages and JSON say exactly which file was meant.
    return QFileInfo(path).absoluteFilePath();
}

Status CommandLine::requireExisting(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return {};
    Error missing = Error::storage(info.exists() ? Tr::tr("This is not a database file.")
                                                 : Tr::tr("There is no database here."));
    missing.where = info.absoluteFilePath();
    return fail(missing);
}

Result<std::unique_ptr<AppContext>> CommandLine::openContext(const Invocation &invocation,
                                                             const QString &path)
{
    auto context = AppContext::open(path);
    if (!context)
        return fail(context.error());
    if (auto s = signIn(**context, invocation); !s)
        return fail(s.error());
    return context;
}

Status CommandLine::signIn(AppContext &context, const Invocation &invocation)
{
    // Accounts arrive with a later version. Then --user (or RPB_USER) with the password from
    // RPB_PASSWORD or a prompt signs in here, and every service acts as that account; until the
    // first account exists, commands act as the setup administrator (docs/cli.md).
    const QString userName = invocation.user.value_or(qEnvironmentVariable("RPB_USER"));
    Q_UNUSED(userName)
    context.setActor(Actor::setupAdministrator());
    return {};
}

} // namespace Rpb
