#pragma once

#include "commandcatalog.h"
#include "domain/result.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace Rpb {

// One command line, understood: the global options, the command and its options and arguments,
// or the first thing wrong with it.
struct Invocation
{
    // Global options, allowed anywhere on the line.
    std::optional<QString> databasePath; // --db
    std::optional<QString> language; // --lang
    std::optional<QString> user; // --user
    bool json = false;
    bool help = false;
    bool version = false;

    const CommandSpec *command = nullptr;
    QHash<QString, QString> options; // name without dashes -> value (empty for a flag)
    QStringList arguments; // words after the command

    std::optional<Error> error; // a usage error; the first one found

    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name); }
};

// Reads `rpb-hijau [global options] COMMAND [SUBCOMMAND] [options]`. Global options may stand
// anywhere; a command's own options follow the command. `--name=value` and `--` work as usual.
class ArgumentParser final
{
public:
    static Invocation parse(const QStringList &arguments);
    // False for no arguments or only the options the window understands (--db, --lang and Qt's
    // own such as -style); anything else is for the command line, which reports what it does
    // not know.
    static bool wantsCommandLine(const QStringList &arguments);
};

} // namespace Rpb
