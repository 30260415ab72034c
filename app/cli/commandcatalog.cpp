#include "commandcatalog.h"

#include "services/appinfo.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandCatalog)
};

OptionSpec flag(const QString &name)
{
    return OptionSpec{name, {}};
}

OptionSpec valued(const QString &name, const QString &valueName)
{
    return OptionSpec{name, valueName};
}

CommandSpec planned(const QStringList &words, const QString &synopsis, const char *summary)
{
    return CommandSpec{CommandId::Planned, words, synopsis, summary, {}, {}, false};
}

QList<CommandSpec> makeCommands()
{
    const QString site = QStringLiteral("site");
    const QString s = QStringLiteral("S");
    const QString includeArchived = QStringLiteral("include-archived");
    const auto latin1 = [](const char *text) {
        return QString::fromLatin1(text);
    };
    const auto words = [](const char *first, const char *second = nullptr) {
        QStringList list{QString::fromLatin1(first)};
        if (second)
            list << QString::fromLatin1(second);
        return list;
    };

    // The order is that of docs/cli.md, so that --help reads like the documentation.
    return {
        {CommandId::Demo,
         words("demo"),
         latin1("[--scale small|national] [--site S] [--seed N] [--today YYYY-MM-DD]"),
         QT_TRANSLATE_NOOP("CommandCatalog",
                           "Fills an empty database with demo data: the five sites (small), one of "
                           "them (--site), or 18 sites over five years (national)."),
         {valued(QStringLiteral("scale"), latin1("small|national")), valued(site, s),
          valued(QStringLiteral("seed"), latin1("N")),
          valued(QStringLiteral("today"), latin1("YYYY-MM-DD"))},
         {},
         true},
        {CommandId::Check,
         words("check"),
         latin1("[--full]"),
         QT_TRANSLATE_NOOP("CommandCatalog",
                           "Checks the database file (quick_check, or integrity_check with --full) "
                           "and shows its schema version."),
         {flag(QStringLiteral("full"))},
         {},
         false},
        {CommandId::Backup,
         words("backup"),
         latin1("--to FILE"),
         QT_TRANSLATE_NOOP("CommandCatalog",
                           "Writes a consistent copy of the database to a new file, safe while "
                           "others use it."),
         {valued(QStringLiteral("to"), latin1("FILE"))},
         {QStringLiteral("to")},
         false},
        {CommandId::SitesList,
         words("sites", "list"),
         latin1("[--include-archived]"),
         QT_TRANSLATE_NOOP("CommandCatalog", "Lists the sites."),
         {flag(includeArchived)},
         {},
         false},
        {CommandId::EquipmentList,
         words("equipment", "list"),
         latin1("[--site S] [--include-archived]"),
         QT_TRANSLATE_NOOP("CommandCatalog", "Lists the machines, of one site or of all."),
         {valued(site, s), flag(includeArchived)},
         {},
         false},
        {CommandId::MembersList,
         words("members", "list"),
         latin1("[--site S] [--include-archived]"),
         QT_TRANSLATE_NOOP("CommandCatalog", "Lists the member businesses (UMKM)."),
         {valued(site, s), flag(includeArchived)},
         {},
         false},
        {CommandId::ProductLinesList,
         words("product-lines", "list"),
         latin1("[--site S] [--include-archived]"),
         QT_TRANSLATE_NOOP("CommandCatalog", "Lists the product lines with their units."),
         {valued(site, s), flag(includeArchived)},
         {},
         false},
        {CommandId::WasteCategoriesList,
         words("waste-categories", "list"),
         latin1("[--site S] [--include-archived]"),
         QT_TRANSLATE_NOOP("CommandCatalog", "Lists the waste categories with their units."),
         {valued(site, s), flag(includeArchived)},
         {},
         false},

        planned(words("user", "add"), latin1("--name N --role manager|operator|viewer [--site S]"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Adds an account.")),
        planned(words("user", "list"), {},
                QT_TRANSLATE_NOOP("CommandCatalog", "Lists the accounts.")),
        planned(words("user", "passwd"), latin1("N"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Sets the password of an account.")),
        planned(
            words("book"),
            latin1("--equipment E --member M --start T --end T [--repeat RRULE] [--skip-conflicts] "
                   "[--purpose TEXT]"),
            QT_TRANSLATE_NOOP("CommandCatalog",
                              "Books a machine for a member, once or as a series; a clash "
                              "exits 3 and lists what it clashes with.")),
        planned(words("bookings", "list"), latin1("--site S --from D --to D [--equipment E]"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Lists the bookings in a range.")),
        planned(words("booking", "cancel"), latin1("ID"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Cancels a booking.")),
        planned(words("booking", "checkin"), latin1("ID"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Checks a booking in.")),
        planned(words("booking", "checkout"), latin1("ID"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Checks a booking out.")),
        planned(words("maintenance", "add"),
                latin1("--equipment E --start T --end T --reason TEXT [--cancel-clashing]"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Blocks a machine for maintenance and lists (or cancels) the "
                                  "bookings it hits.")),
        planned(words("free-slots"),
                latin1("--site S --duration 2h --from T [--to T] [--equipment E]"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Finds the earliest free slots.")),
        planned(words("ics"),
                latin1("--out FILE [--site S | --equipment E | --member M] [--from D --to D]"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Writes the bookings as an iCalendar file (RFC 5545).")),
        planned(words("utilization"), latin1("--site S --month YYYY-MM"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Booked and used hours against open hours, per machine.")),
        planned(words("batch", "add"), latin1("--file F"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Records a production batch with its waste lines from a JSON "
                                  "file (- for standard input).")),
        planned(words("batch", "list"), latin1("--site S --from D --to D"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Lists the production batches in a range.")),
        planned(words("batch", "show"), latin1("CODE"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Shows one production batch.")),
        planned(words("batch", "delete"), latin1("CODE"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Deletes a production batch.")),
        planned(words("members", "import"), latin1("--csv F [--dry-run]"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Imports members from a CSV file.")),
        planned(words("waste", "summary"),
                latin1("--site S|all --from YYYY-MM --to YYYY-MM "
                       "[--by product-line|category|route|month] [--unit kg|L] [--csv]"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The waste figures behind the charts.")),
        planned(words("chart"),
                latin1("--site S|all --from YYYY-MM --to YYYY-MM --out FILE.png|.svg"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Draws the waste chart as the window does.")),
        planned(words("report"),
                latin1("--site S|all --month YYYY-MM --pdf FILE [--lang id|en] (also --html FILE, "
                       "--json)"),
                QT_TRANSLATE_NOOP("CommandCatalog", "The monthly green-UMKM summary.")),
        planned(words("sync", "export"), latin1("--out FILE [--full]"),
                QT_TRANSLATE_NOOP("CommandCatalog",
                                  "Writes the site's changes as a package for the central "
                                  "office.")),
        planned(words("sync", "import"), latin1("FILE [--dry-run]"),
                QT_TRANSLATE_NOOP("CommandCatalog", "Reads a sync package.")),
        planned(words("sync", "status"), {},
                QT_TRANSLATE_NOOP("CommandCatalog", "Shows what was sent and received.")),
        planned(
            words("export", "csv"),
            latin1("--what bookings|batches|waste|members --out FILE [--site S --from D --to D]"),
            QT_TRANSLATE_NOOP("CommandCatalog", "Writes spreadsheet-safe CSV.")),
    };
}

QString indented(const QString &text, int by)
{
    return QString(by, QLatin1Char(' ')) + text + QLatin1Char('\n');
}

// Summaries wrap at 80 columns so that help reads well in a default terminal.
QString wrapped(const QString &text, int indent)
{
    const qsizetype width = 80 - indent;
    QString result;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            result += indented(line, indent);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        result += indented(line, indent);
    return result;
}

QString commandLine(const CommandSpec &command)
{
    QString line = command.name();
    if (!command.synopsis.isEmpty())
        line += QLatin1Char(' ') + command.synopsis;
    return line;
}
} // namespace

QString CommandSpec::translatedSummary() const
{
    return QCoreApplication::translate("CommandCatalog", summary);
}

const OptionSpec *CommandSpec::option(const QString &optionName) const
{
    for (const OptionSpec &o : options) {
        if (o.name == optionName)
            return &o;
    }
    return nullptr;
}

const QList<CommandSpec> &CommandCatalog::commands()
{
    static const QList<CommandSpec> all = makeCommands();
    return all;
}

const QList<OptionSpec> &CommandCatalog::globalOptions()
{
    static const QList<OptionSpec> all{
        valued(QStringLiteral("db"), QStringLiteral("PATH")),
        valued(QStringLiteral("lang"), QStringLiteral("id|en")),
        flag(QStringLiteral("json")),
        valued(QStringLiteral("user"), QStringLiteral("NAME")),
        flag(QStringLiteral("help")),
        flag(QStringLiteral("h")),
        flag(QStringLiteral("version")),
    };
    return all;
}

const OptionSpec *CommandCatalog::globalOption(const QString &name)
{
    for (const OptionSpec &o : globalOptions()) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

const CommandSpec *CommandCatalog::find(const QStringList &words)
{
    for (const CommandSpec &c : commands()) {
        if (c.words == words)
            return &c;
    }
    return nullptr;
}

bool CommandCatalog::isGroup(const QString &word)
{
    return !subcommands(word).isEmpty();
}

QStringList CommandCatalog::subcommands(const QString &group)
{
    QStringList result;
    for (const CommandSpec &c : commands()) {
        if (c.words.size() == 2 && c.words.first() == group)
            result << c.words.at(1);
    }
    return result;
}

bool CommandCatalog::isCommandOption(const QString &name)
{
    for (const CommandSpec &c : commands()) {
        if (c.option(name))
            return true;
    }
    return false;
}

QString CommandCatalog::usage()
{
    const QString program = AppInfo::executableName();
    QString text;
    text += AppInfo::applicationName() + QLatin1Char(' ') + AppInfo::version() + QLatin1Char('\n');
    text += QLatin1Char('\n');
    text += Tr::tr("Usage:") + QLatin1Char('\n');
    text += indented(program
                         + QStringLiteral(" [--db PATH] [--lang id|en] [--json] COMMAND "
                                          "[options]"),
                     2);
    text += indented(program + QStringLiteral(" [--db PATH] [--lang id|en]") + QStringLiteral("   ")
                         + Tr::tr("(opens the window)"),
                     2);
    text += QLatin1Char('\n');

    text += Tr::tr("Global options, allowed anywhere on the line:") + QLatin1Char('\n');
    const QList<std::pair<QString, QString>> globals{
        {QStringLiteral("--db PATH"),
         Tr::tr("the database file; else RPB_DB, else %1").arg(Database::defaultPath())},
        {QStringLiteral("--lang id|en"),
         Tr::tr("language of messages; else the saved setting, else the system's")},
        {QStringLiteral("--json"), Tr::tr("print one JSON document on standard output")},
        {QStringLiteral("--user NAME"),
         Tr::tr("act as this account (or RPB_USER); accounts come in a later version")},
        {QStringLiteral("--help, -h"), Tr::tr("this help; COMMAND --help shows one command")},
        {QStringLiteral("--version"), Tr::tr("the versions of RPB Hijau, Qt and SQLite")},
    };
    for (const auto &[option, meaning] : globals)
        text += indented(option.leftJustified(14) + QLatin1Char(' ') + meaning, 2);
    text += QLatin1Char('\n');

    text += Tr::tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec &c : commands()) {
        if (!c.isAvailable())
            continue;
        text += indented(commandLine(c), 2);
        text += wrapped(c.translatedSummary(), 6);
    }
    text += QLatin1Char('\n');

    text += Tr::tr("Planned, not available yet in this version:") + QLatin1Char('\n');
    for (const CommandSpec &c : commands()) {
        if (c.isAvailable())
            continue;
        text += indented(commandLine(c), 2);
        text += wrapped(c.translatedSummary(), 6);
    }
    text += QLatin1Char('\n');

    text += Tr::tr("Exit codes:") + QLatin1Char('\n');
    text += indented(QStringLiteral("0  ") + Tr::tr("done"), 2);
    text += indented(QStringLiteral("1  ") + Tr::tr("usage: unknown command or option"), 2);
    text += indented(QStringLiteral("2  ")
                         + Tr::tr("invalid input: the data breaks a rule; nothing was changed"),
                     2);
    text += indented(QStringLiteral("3  ") + Tr::tr("conflict: nothing was changed"), 2);
    text += indented(QStringLiteral("4  ") + Tr::tr("not permitted for this account"), 2);
    text += indented(QStringLiteral("5  ")
                         + Tr::tr("storage: cannot open, damaged, locked, or written by a newer "
                                  "version"),
                     2);
    return text;
}

QString CommandCatalog::usage(const CommandSpec &command)
{
    QString text = Tr::tr("Usage:") + QLatin1Char('\n');
    text += indented(AppInfo::executableName()
                         + QStringLiteral(" [--db PATH] [--lang id|en] [--json] ")
                         + commandLine(command),
                     2);
    text += QLatin1Char('\n') + wrapped(command.translatedSummary(), 0);
    if (!command.isAvailable())
        text += Tr::tr("This command is not available yet in this version of RPB Hijau.")
            + QLatin1Char('\n');
    return text;
}

} // namespace Rpb
