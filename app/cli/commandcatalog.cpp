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

// Every command of docs/cli.md is built now; kept for the next one announced before it is.
[[maybe_unused]] CommandSpec planned(const QStringList &words, const QString &synopsis, const char *summary)
{
    return CommandSpec{CommandId::Planned, words, synopsis, summary, {}, {}, false, {}};
}

CommandSpec built(CommandId id, const QStringList &words, const QString &synopsis,
                  const char *summary, const QList<OptionSpec> &options = {},
                  const QStringList &required = {}, const QString &argument = {})
{
    return CommandSpec{id, words, synopsis, summary, options, required, false, argument};
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
    const auto name = [](const char *text) {
        return QString::fromLatin1(text);
    };
    const OptionSpec equipment = valued(name("equipment"), name("E"));
    const OptionSpec member = valued(name("member"), name("M"));
    const OptionSpec start = valued(name("start"), name("T"));
    const OptionSpec end = valued(name("end"), name("T"));
    const OptionSpec fromDate = valued(name("from"), name("D"));
    const OptionSpec toDate = valued(name("to"), name("D"));
    const QString id = name("ID");

    CommandSpec demo{CommandId::Demo,
                     words("demo"),
                     latin1("[--scale small|national] [--site S] [--seed N] [--today YYYY-MM-DD]"),
                     QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Fills an empty database with demo data: the five sites "
                                       "(small), one of them (--site), or 18 sites over five "
                                       "years (national)."),
                     {valued(QStringLiteral("scale"), latin1("small|national")), valued(site, s),
                      valued(QStringLiteral("seed"), latin1("N")),
                      valued(QStringLiteral("today"), latin1("YYYY-MM-DD"))},
                     {},
                     true,
                     {}};

    // The central office starts from an empty file: its first import makes the database.
    CommandSpec syncImport = built(
        CommandId::SyncImport, words("sync", "import"),
        latin1("FILE [--dry-run] [--skip-conflicts]"),
        QT_TRANSLATE_NOOP("CommandCatalog",
                          "Checks a sync package whole and imports it all or nothing, "
                          "with a table of new, changed, unchanged and conflicting records "
                          "per kind. A damaged package exits 2, records that disagree with "
                          "ours exit 3, both changing nothing; --skip-conflicts imports the "
                          "rest and keeps the conflicts aside for a manager."),
        {flag(name("dry-run")), flag(name("skip-conflicts"))}, {}, name("FILE"));
    syncImport.createsDatabase = true;

    // The order is that of docs/cli.md, so that --help reads like the documentation.
    return {
        demo,
        built(CommandId::Check, words("check"), latin1("[--full]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Checks the database file (quick_check, or integrity_check with "
                                "--full) and shows its schema version."),
              {flag(QStringLiteral("full"))}),
        built(CommandId::Backup, words("backup"), latin1("--to FILE"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Writes a consistent copy of the database to a new file, safe "
                                "while others use it."),
              {valued(QStringLiteral("to"), latin1("FILE"))}, {QStringLiteral("to")}),
        built(CommandId::SitesList, words("sites", "list"), latin1("[--include-archived]"),
              QT_TRANSLATE_NOOP("CommandCatalog", "Lists the sites."), {flag(includeArchived)}),
        built(CommandId::SitesSetManager, words("sites", "set-manager"),
              latin1("--site S --name TEXT"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Names the site's responsible manager, who signs its monthly "
                                "summary (managers of the site); an empty name lets the site's "
                                "manager account sign."),
              {valued(site, s), valued(name("name"), name("TEXT"))}, {site, name("name")}),
        built(CommandId::EquipmentList, words("equipment", "list"),
              latin1("[--site S] [--include-archived]"),
              QT_TRANSLATE_NOOP("CommandCatalog", "Lists the machines, of one site or of all."),
              {valued(site, s), flag(includeArchived)}),
        built(CommandId::MembersList, words("members", "list"),
              latin1("[--site S] [--include-archived]"),
              QT_TRANSLATE_NOOP("CommandCatalog", "Lists the member businesses (UMKM)."),
              {valued(site, s), flag(includeArchived)}),
        built(CommandId::ProductLinesList, words("product-lines", "list"),
              latin1("[--site S] [--include-archived]"),
              QT_TRANSLATE_NOOP("CommandCatalog", "Lists the product lines with their units."),
              {valued(site, s), flag(includeArchived)}),
        built(CommandId::WasteCategoriesList, words("waste-categories", "list"),
              latin1("[--site S] [--include-archived]"),
              QT_TRANSLATE_NOOP("CommandCatalog", "Lists the waste categories with their units."),
              {valued(site, s), flag(includeArchived)}),

        built(CommandId::UserAdd, words("user", "add"),
              latin1("--name N --role manager|operator|viewer [--site S] [--full-name TEXT]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Adds an account; the password comes from RPB_NEW_PASSWORD or is "
                                "asked twice. The first account is a manager of all sites."),
              {valued(name("name"), name("N")),
               valued(name("role"), latin1("manager|operator|viewer")), valued(site, s),
               valued(name("full-name"), name("TEXT"))},
              {name("name"), name("role")}),
        built(CommandId::UserList, words("user", "list"), {},
              QT_TRANSLATE_NOOP("CommandCatalog", "Lists the accounts.")),
        built(CommandId::UserPasswd, words("user", "passwd"), latin1("N"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Changes your own password, or (a manager) sets another "
                                "account's; the new one comes from RPB_NEW_PASSWORD or is asked "
                                "twice."),
              {}, {}, name("N")),
        built(CommandId::UserDisable, words("user", "disable"), latin1("N"),
              QT_TRANSLATE_NOOP("CommandCatalog", "Disables an account: it can no longer sign in."),
              {}, {}, name("N")),
        built(CommandId::UserEnable, words("user", "enable"), latin1("N"),
              QT_TRANSLATE_NOOP("CommandCatalog", "Enables a disabled account again."), {}, {},
              name("N")),

        built(CommandId::Book, words("book"),
              latin1("--equipment E --member M --start T --end T [--repeat RRULE] "
                     "[--skip-conflicts] [--purpose TEXT] [--product-line P]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Books a machine for a member, once or as a series; a clash "
                                "exits 3 and lists what it clashes with."),
              {equipment, member, start, end, valued(name("repeat"), name("RRULE")),
               flag(name("skip-conflicts")), valued(name("purpose"), name("TEXT")),
               valued(name("product-line"), name("P"))},
              {name("equipment"), name("member"), name("start"), name("end")}),
        built(CommandId::BookingsList, words("bookings", "list"),
              latin1("--site S --from D --to D [--equipment E] [--member M]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Lists the bookings that start between two local dates of the "
                                "site (both included)."),
              {valued(site, s), fromDate, toDate, equipment, member},
              {site, name("from"), name("to")}),
        built(CommandId::BookingCancel, words("booking", "cancel"), id,
              QT_TRANSLATE_NOOP("CommandCatalog", "Cancels a booking."), {}, {}, id),
        built(CommandId::BookingCheckIn, words("booking", "checkin"), id,
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Checks a booking in (from 30 minutes before its start until its "
                                "end)."),
              {}, {}, id),
        built(CommandId::BookingCheckOut, words("booking", "checkout"), id,
              QT_TRANSLATE_NOOP("CommandCatalog", "Checks a booking out."), {}, {}, id),
        built(CommandId::BookingConfirm, words("booking", "confirm"), id,
              QT_TRANSLATE_NOOP("CommandCatalog", "Confirms a requested booking (managers)."), {},
              {}, id),
        built(CommandId::BookingNoShow, words("booking", "no-show"), id,
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Marks a booking nobody came for as a no-show (30 minutes after "
                                "its start)."),
              {}, {}, id),
        built(CommandId::MaintenanceAdd, words("maintenance", "add"),
              latin1("--equipment E --start T --end T --reason TEXT [--cancel-clashing]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Blocks a machine for maintenance and lists (or cancels) the "
                                "bookings it hits."),
              {equipment, start, end, valued(name("reason"), name("TEXT")),
               flag(name("cancel-clashing"))},
              {name("equipment"), name("start"), name("end"), name("reason")}),
        built(CommandId::FreeSlots, words("free-slots"),
              latin1("--site S --duration 2h|90m|1h30m --from T [--to T] "
                     "[--equipment E | --type TYPE] [--member M] [--count N]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Finds the earliest free slots of a duration on the site's "
                                "machines; with --member, only slots the member may book."),
              {valued(site, s), valued(name("duration"), latin1("2h|90m|1h30m")),
               valued(name("from"), name("T")), valued(name("to"), name("T")), equipment,
               valued(name("type"), name("TYPE")), member, valued(name("count"), name("N"))},
              {site, name("duration"), name("from")}),
        built(CommandId::Ics, words("ics"),
              latin1("--out FILE [--site S | --equipment E | --member M] [--from D --to D]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Writes the bookings as an iCalendar file (RFC 5545), by default "
                                "from today to 90 days ahead."),
              {valued(name("out"), name("FILE")), valued(site, s), equipment, member, fromDate,
               toDate},
              {name("out")}),
        built(CommandId::Utilization, words("utilization"), latin1("--site S --month YYYY-MM"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Booked and used hours against open hours, per machine."),
              {valued(site, s), valued(name("month"), name("YYYY-MM"))},
              {site, name("month")}),
        built(CommandId::BatchAdd, words("batch", "add"), latin1("--file F [--acknowledge TEXT]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Records a production batch with its waste lines from a JSON "
                                "file (- for standard input); a JSON array records several, all "
                                "or none. Warnings need \"warning_note\" in the file or "
                                "--acknowledge TEXT."),
              {valued(name("file"), name("F")), valued(name("acknowledge"), name("TEXT"))},
              {name("file")}),
        built(CommandId::BatchList, words("batch", "list"),
              latin1("--site S --from D --to D [--product-line P] [--member M] [--equipment E] "
                     "[--status recorded|checked|archived] [--search TEXT] [--limit N]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Lists the production batches of a site between two production "
                                "dates (both included), with the totals of output and waste."),
              {valued(site, s), fromDate, toDate, valued(name("product-line"), name("P")), member,
               equipment, valued(name("status"), latin1("recorded|checked|archived")),
               valued(name("search"), name("TEXT")), valued(name("limit"), name("N"))},
              {site, name("from"), name("to")}),
        built(CommandId::BatchShow, words("batch", "show"), latin1("CODE"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Shows one production batch with its waste lines."),
              {}, {}, name("CODE")),
        built(CommandId::BatchDelete, words("batch", "delete"), latin1("CODE"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Deletes a production batch; its code is never given again."),
              {}, {}, name("CODE")),
        built(CommandId::BatchArchive, words("batch", "archive"), latin1("CODE [--restore]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Archives a batch (it leaves the lists and the figures), or "
                                "restores it with --restore."),
              {flag(name("restore"))}, {}, name("CODE")),
        built(CommandId::MonthClose, words("month", "close"), latin1("--site S --month YYYY-MM"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Closes a month of a site (managers): its batches become "
                                "read-only and no batch may be added to it."),
              {valued(site, s), valued(name("month"), name("YYYY-MM"))}, {site, name("month")}),
        built(CommandId::MonthReopen, words("month", "reopen"), latin1("--site S --month YYYY-MM"),
              QT_TRANSLATE_NOOP("CommandCatalog", "Reopens a closed month of a site (managers)."),
              {valued(site, s), valued(name("month"), name("YYYY-MM"))}, {site, name("month")}),
        built(CommandId::MonthList, words("month", "list"), latin1("--site S"),
              QT_TRANSLATE_NOOP("CommandCatalog", "Lists the closed months of a site."),
              {valued(site, s)}, {site}),
        built(CommandId::MembersImport, words("members", "import"), latin1("--csv F [--dry-run]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Imports members from a CSV file (- for standard input), all "
                                "or none; --dry-run only shows what would be added and every "
                                "problem, by row and column."),
              {valued(name("csv"), name("F")), flag(name("dry-run"))}, {name("csv")}),
        built(CommandId::WasteSummary, words("waste", "summary"),
              latin1("--site S|all --from YYYY-MM --to YYYY-MM "
                     "[--by product-line|category|route|month|quarter|year] [--unit kg|L] "
                     "[--stack category|route] [--csv]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "The waste figures behind the charts: the total, the diversion "
                                "rate and one row per group, as a table, CSV (--csv) or JSON."),
              {valued(site, latin1("S|all")), valued(name("from"), name("YYYY-MM")),
               valued(name("to"), name("YYYY-MM")),
               valued(name("by"), latin1("product-line|category|route|month|quarter|year")),
               valued(name("unit"), latin1("kg|L")), valued(name("stack"), latin1("category|route")),
               flag(name("csv"))},
              {site, name("from"), name("to")}),
        built(CommandId::Chart, words("chart"),
              latin1("--site S|all --from YYYY-MM --to YYYY-MM --out FILE.png|.svg "
                     "[--view product-line|time] [--by category|route] [--unit kg|L] "
                     "[--width W --height H]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Draws the waste chart as the window does, as a PNG or SVG "
                                "file."),
              {valued(site, latin1("S|all")), valued(name("from"), name("YYYY-MM")),
               valued(name("to"), name("YYYY-MM")), valued(name("out"), latin1("FILE.png|.svg")),
               valued(name("view"), latin1("product-line|time")),
               valued(name("by"), latin1("category|route")), valued(name("unit"), latin1("kg|L")),
               valued(name("width"), name("W")), valued(name("height"), name("H"))},
              {site, name("from"), name("to"), name("out")}),
        built(CommandId::Report, words("report"),
              latin1("--site S|all --month YYYY-MM --pdf FILE [--lang id|en] [--html FILE] "
                     "[--notes TEXT] [--manager NAME]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "The monthly green-UMKM summary of a site or of all sites, as an "
                                "A4 PDF (--pdf), HTML (--html) or its figures (--json), in the "
                                "language of --lang; stamped final when the month is closed, "
                                "else draft. The manager's name defaults to the account's full "
                                "name."),
              {valued(site, latin1("S|all")), valued(name("month"), name("YYYY-MM")),
               valued(name("pdf"), name("FILE")), valued(name("html"), name("FILE")),
               valued(name("notes"), name("TEXT")), valued(name("manager"), name("NAME"))},
              {site, name("month")}),
        built(CommandId::SyncExport, words("sync", "export"),
              latin1("--out FILE [--full] [--site S] [--dry-run]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Writes a sync package for the central office: every record of "
                                "the site changed since its last export (everything with --full "
                                "or the first time), with what they refer to. --site is needed "
                                "when the database keeps several sites; --dry-run only counts."),
              {valued(name("out"), name("FILE")), flag(name("full")), valued(site, s),
               flag(name("dry-run"))},
              {name("out")}),
        syncImport,
        built(CommandId::SyncStatus, words("sync", "status"), {},
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Per site: kept here or from packages, changes not exported "
                                "yet, the last package exported and imported, open conflicts.")),
        built(CommandId::SyncConflicts, words("sync", "conflicts"), latin1("[--site S]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Lists the sync conflicts kept aside: records that arrived with "
                                "our version but other content."),
              {valued(site, s)}),
        built(CommandId::SyncResolve, words("sync", "resolve"), latin1("ID --keep local|incoming"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Decides a sync conflict (managers): keep this database's "
                                "version, or take the package's."),
              {valued(name("keep"), latin1("local|incoming"))}, {name("keep")}, id),
        built(CommandId::ExportCsv, words("export", "csv"),
              latin1("--what bookings|batches|waste|members --out FILE [--site S --from D --to D]"),
              QT_TRANSLATE_NOOP("CommandCatalog",
                                "Writes bookings, batches, waste lines or members of a site (or "
                                "of every site) as spreadsheet-safe CSV: UTF-8 with BOM, a cell "
                                "that could run as a formula starts with a quote. --out - writes "
                                "to standard output."),
              {valued(name("what"), latin1("bookings|batches|waste|members")),
               valued(name("out"), name("FILE")), valued(site, s), fromDate, toDate},
              {name("what"), name("out")}),
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
    static const QList<OptionSpec> all {
        valued(QStringLiteral("db"), QStringLiteral("PATH")),
        valued(QStringLiteral("lang"), QStringLiteral("id|en")),
        flag(QStringLiteral("json")),
        valued(QStringLiteral("user"), QStringLiteral("NAME")),
        flag(QStringLiteral("help")),
        flag(QStringLiteral("h")),
        flag(QStringLiteral("version")),
        flag(QStringLiteral("V")),
        flag(QStringLiteral("v")),
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
    const QList<std::pair<QString, QString>> globals {
        {QStringLiteral("--db PATH"),
         Tr::tr("the database file; else RPB_DB, else %1").arg(Database::defaultPath())},
        {QStringLiteral("--lang id|en"),
         Tr::tr("language of messages; else the locale (LANG), else the window's setting")},
        {QStringLiteral("--json"), Tr::tr("print one JSON document on standard output")},
        {QStringLiteral("--user NAME"),
         Tr::tr("act as this account once the database has accounts (or RPB_USER)")},
        {QStringLiteral("--help, -h"), Tr::tr("this help; COMMAND --help shows one command")},
        {QStringLiteral("--version, -V"), Tr::tr("the versions of RPB Hijau, Qt and SQLite")},
    };
    for (const auto &[option, meaning] : globals)
        text += indented(option.leftJustified(14) + QLatin1Char(' ') + meaning, 2);
    text += QLatin1Char('\n');

    text += Tr::tr("Environment:") + QLatin1Char('\n');
    const QList<std::pair<QString, QString>> environment{
        {QStringLiteral("RPB_DB"), Tr::tr("the database file when --db is not given")},
        {QStringLiteral("RPB_USER"), Tr::tr("the account when --user is not given")},
        {QStringLiteral("RPB_PASSWORD"),
         Tr::tr("its password; else a prompt when standard input is a terminal")},
        {QStringLiteral("RPB_NEW_PASSWORD"),
         Tr::tr("the new password of user add and user passwd; else a prompt, twice")},
    };
    for (const auto &[variable, meaning] : environment)
        text += indented(variable.leftJustified(17) + QLatin1Char(' ') + meaning, 2);
    text += wrapped(Tr::tr("Once the database has accounts, every command but check and backup "
                           "signs in; before the first account exists, commands act as the setup "
                           "administrator."),
                    2);
    text += QLatin1Char('\n');

    text += Tr::tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec &c : commands()) {
        if (!c.isAvailable())
            continue;
        text += indented(commandLine(c), 2);
        text += wrapped(c.translatedSummary(), 6);
    }
    text += QLatin1Char('\n');

    text += Tr::tr("Values:") + QLatin1Char('\n');
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("T"),
         Tr::tr("YYYY-MM-DDTHH:MM, the site's local time; or with an offset: +08:00, Z")},
        {QStringLiteral("D"), Tr::tr("YYYY-MM-DD, a date of the site's calendar")},
        {QStringLiteral("S, E, M, P"), Tr::tr("a site, machine, member or product line: code or id")},
        {QStringLiteral("ID"), Tr::tr("a booking's id, as bookings list shows it")},
        {QStringLiteral("CODE"), Tr::tr("a batch's code (ACH-2610-0001) or id")},
        {QStringLiteral("F"), Tr::tr("a file to read; - reads standard input")},
        {QStringLiteral("YYYY-MM"), Tr::tr("a month of the site's calendar")},
        {QStringLiteral("N"), Tr::tr("an account's sign-in name")},
    };
    for (const auto &[value, meaning] : values)
        text += indented(value.leftJustified(11) + QLatin1Char(' ') + meaning, 2);
    text += QLatin1Char('\n');

    QString planned;
    for (const CommandSpec &c : commands()) {
        if (c.isAvailable())
            continue;
        planned += indented(commandLine(c), 2);
        planned += wrapped(c.translatedSummary(), 6);
    }
    if (!planned.isEmpty())
        text += Tr::tr("Planned, not available yet in this version:") + QLatin1Char('\n')
            + planned + QLatin1Char('\n');

    text += Tr::tr("Exit codes:") + QLatin1Char('\n');
    text += indented(QStringLiteral("0  ") + Tr::tr("done"), 2);
    text += indented(QStringLiteral("1  ") + Tr::tr("usage: unknown command or option"), 2);
    text += indented(QStringLiteral("2  ")
                         + Tr::tr("invalid input: the data breaks a rule; nothing was changed"),
                     2);
    text += indented(QStringLiteral("3  ")
                         + Tr::tr("conflict: a booking clash; nothing was changed unless "
                                  "--skip-conflicts was given"),
                     2);
    text += indented(QStringLiteral("4  ")
                         + Tr::tr("not permitted: no account given, a wrong password, or not "
                                  "allowed for this account"),
                     2);
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
    const auto takes = [&command](const char *valueName) {
        for (const OptionSpec &o : command.options) {
            if (o.valueName == QLatin1String(valueName))
                return true;
        }
        return false;
    };
    if (takes("T"))
        text += wrapped(Tr::tr("T is a time, YYYY-MM-DDTHH:MM, in the site's local time; with an "
                               "offset (2026-12-02T08:00+08:00, or Z for UTC) it is that instant."),
                        0);
    if (takes("D"))
        text += wrapped(Tr::tr("D is a date, YYYY-MM-DD, of the site's calendar; both ends are "
                               "included."),
                        0);
    if (!command.isAvailable())
        text += Tr::tr("This command is not available yet in this version of RPB Hijau.")
            + QLatin1Char('\n');
    return text;
}

} // namespace Rpb
