#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Rpb {

// What a built command does; Planned marks the commands of docs/cli.md that a later version adds.
enum class CommandId {
    Demo,
    Check,
    Backup,
    SitesList,
    SitesSetManager,
    EquipmentList,
    MembersList,
    ProductLinesList,
    WasteCategoriesList,
    UserAdd,
    UserList,
    UserPasswd,
    UserDisable,
    UserEnable,
    Book,
    BookingsList,
    BookingCancel,
    BookingCheckIn,
    BookingCheckOut,
    BookingConfirm,
    BookingNoShow,
    MaintenanceAdd,
    FreeSlots,
    Ics,
    Utilization,
    BatchAdd,
    BatchList,
    BatchShow,
    BatchDelete,
    BatchArchive,
    MonthClose,
    MonthReopen,
    MonthList,
    MembersImport,
    WasteSummary,
    Chart,
    Report,
    ExportCsv,
    SyncExport,
    SyncImport,
    SyncStatus,
    SyncConflicts,
    SyncResolve,
    Planned
};

struct OptionSpec
{
    QString name; // without the dashes: "site"
    QString valueName; // what the value is called in the usage text ("S"); empty for a flag

    bool takesValue() const { return !valueName.isEmpty(); }
};

struct CommandSpec
{
    CommandId id = CommandId::Planned;
    QStringList words; // {"sites", "list"}
    QString synopsis; // the options as docs/cli.md writes them; names are the contract
    const char *summary; // QT_TRANSLATE_NOOP("CommandCatalog", ...)
    QList<OptionSpec> options;
    QStringList required; // option names that must be given
    bool createsDatabase = false; // may make a new database file; the others need an existing one
    QString argument; // the one word a command takes after it ("ID"); empty: none

    bool isAvailable() const { return id != CommandId::Planned; }
    QString name() const { return words.join(QLatin1Char(' ')); }
    QString translatedSummary() const;
    const OptionSpec *option(const QString &optionName) const;
};

// Every command of the public command-line contract (docs/cli.md), built or planned, and the
// usage texts made from it, so that --help cannot forget a command.
class CommandCatalog final
{
public:
    static const QList<CommandSpec> &commands();
    static const QList<OptionSpec> &globalOptions();
    static const OptionSpec *globalOption(const QString &name);

    // The command whose words are exactly these, or nullptr.
    static const CommandSpec *find(const QStringList &words);
    // True when word starts commands of two words ("sites" in "sites list").
    static bool isGroup(const QString &word);
    // The second words a group takes, e.g. {"list", "import"} for "members".
    static QStringList subcommands(const QString &group);
    // True when some command of the catalog has this option, to tell a misplaced option from an
    // unknown one.
    static bool isCommandOption(const QString &name);

    static QString usage();
    static QString usage(const CommandSpec &command);
};

} // namespace Rpb
