#include "commandline.h"

#include "accountcommands.h"
#include "argumentparser.h"
#include "batchcommands.h"
#include "console.h"
#include "databasecommands.h"
#include "exportcommands.h"
#include "listcommands.h"
#include "membercommands.h"
#include "planningcommands.h"
#include "reportcommands.h"
#include "schedulecommands.h"
#include "synccommands.h"
#include "wastecommands.h"
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
    Language::install(Language::resolveForCommandLine(requestedLanguage(arguments)));
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
    case CommandId::Demo:
        return demo(invocation, path, console);
    case CommandId::Planned:
        return console.fail(notAvailable(command), Console::helpHint());
    default:
        break;
    }

    QString password;
    auto context = openContext(invocation, path, console, password);
    if (!context)
        return console.fail(context.error());
    switch (command.id) {
    case CommandId::SitesList:
    case CommandId::SitesSetManager:
    case CommandId::EquipmentList:
    case CommandId::MembersList:
    case CommandId::ProductLinesList:
    case CommandId::WasteCategoriesList:
        return ListCommands(**context, console).run(invocation);
    case CommandId::UserAdd:
    case CommandId::UserList:
    case CommandId::UserPasswd:
    case CommandId::UserDisable:
    case CommandId::UserEnable:
        return AccountCommands(**context, console, password).run(invocation);
    case CommandId::Book:
    case CommandId::BookingsList:
    case CommandId::BookingCancel:
    case CommandId::BookingCheckIn:
    case CommandId::BookingCheckOut:
    case CommandId::BookingConfirm:
    case CommandId::BookingNoShow:
    case CommandId::MaintenanceAdd:
        return ScheduleCommands(**context, console).run(invocation);
    case CommandId::FreeSlots:
    case CommandId::Ics:
    case CommandId::Utilization:
        return PlanningCommands(**context, console).run(invocation);
    case CommandId::BatchAdd:
    case CommandId::BatchList:
    case CommandId::BatchShow:
    case CommandId::BatchDelete:
    case CommandId::BatchArchive:
    case CommandId::MonthClose:
    case CommandId::MonthReopen:
    case CommandId::MonthList:
        return BatchCommands(**context, console).run(invocation);
    case CommandId::MembersImport:
        return MemberCommands(**context, console).run(invocation);
    case CommandId::WasteSummary:
    case CommandId::Chart:
        return WasteCommands(**context, console).run(invocation);
    case CommandId::Report:
        return ReportCommands(**context, console).run(invocation);
    case CommandId::ExportCsv:
        return ExportCommands(**context, console).run(invocation);
    case CommandId::SyncExport:
    case CommandId::SyncImport:
    case CommandId::SyncStatus:
    case CommandId::SyncConflicts:
    case CommandId::SyncResolve:
        return SyncCommands(**context, console).run(invocation);
    case CommandId::Demo:
    case CommandId::Check:
    case CommandId::Backup:
    case CommandId::Planned:
        break;
    }
    return console.fail(notAvailable(command), Console::helpHint());
}

int CommandLine::demo(const Invocation &invocation, const QString &path, Console &console)
{
    auto options = DatabaseCommands::demoOptions(invocation);
    if (!options)
        return console.fail(options.error(), Console::helpHint());
    // Demo data only goes into an empty database, so there is nobody to sign in as: the setup
    // administrator fills it, and a database with accounts is refused like one with sites.
    auto context = AppContext::open(path);
    if (!context)
        return console.fail(context.error());
    auto hasAccounts = (*context)->accounts().hasAccounts();
    if (!hasAccounts)
        return console.fail(hasAccounts.error());
    if (*hasAccounts)
        return console.fail(Error::invalid(Tr::tr("The database already has accounts; demo data "
                                                  "only goes into an empty database."),
                                           (*context)->database().path()));
    (*context)->setActor(Actor::setupAdministrator());
    return DatabaseCommands(path, console).demo(**context, *options);
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
                                                             const QString &path,
                                                             Console &console, QString &password)
{
    auto context = AppContext::open(path);
    if (!context)
        return fail(context.error());
    if (auto s = signIn(**context, invocation, console, password); !s)
        return fail(s.error());
    return context;
}

Status CommandLine::signIn(AppContext &context, const Invocation &invocation, Console &console,
                           QString &password)
{
    auto hasAccounts = context.accounts().hasAccounts();
    if (!hasAccounts)
        return fail(hasAccounts.error());
    if (!*hasAccounts) {
        // Until the first account exists nobody could sign in; --user is not an error then, so
        // that a script can give it from the start.
        context.setActor(Actor::setupAdministrator());
        return {};
    }

    const QString name = invocation.user.value_or(qEnvironmentVariable("RPB_USER")).trimmed();
    if (name.isEmpty())
        return fail(Error::forbidden(Tr::tr("This database has accounts: say who you are with "
                                            "--user NAME or RPB_USER, with the password in "
                                            "RPB_PASSWORD or typed when asked.")));
    if (qEnvironmentVariableIsSet("RPB_PASSWORD")) {
        password = qEnvironmentVariable("RPB_PASSWORD");
    } else if (Console::canAsk()) {
        const auto typed = console.askPassword(Tr::tr("Password for %1: ").arg(name));
        if (!typed)
            return fail(Error::forbidden(Tr::tr("No password was typed."), name));
        password = *typed;
    } else {
        return fail(Error::forbidden(Tr::tr("No password for %1: set RPB_PASSWORD, or run the "
                                            "command at a terminal to type it.")
                                         .arg(name),
                                     name));
    }
    auto actor = context.accounts().signIn(name, password);
    if (!actor)
        return fail(actor.error());
    context.setActor(*actor);
    return {};
}

} // namespace Rpb
