#pragma once

#include "domain/result.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Rpb {

class AppContext;
class Console;
struct Invocation;

// The command line of rpb-hijau (docs/cli.md): parses the arguments, opens the database, runs one
// command through the same services as the window and returns the exit code.
class CommandLine final
{
public:
    // True when the arguments ask for a command rather than the window.
    static bool wantsCommandLine(const QStringList &arguments);
    // arguments without the program name.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // The database file and the language the arguments choose, read exactly as the command line
    // reads them (--db PATH or --db=PATH, else RPB_DB, else the default), so that the window
    // opens the same file.
    static QString databasePath(const QStringList &arguments);
    static QString requestedLanguage(const QStringList &arguments); // empty: not given

private:
    static int runCommand(const Invocation &invocation, Console &console);
    static int printVersion(Console &console);
    static int demo(const Invocation &invocation, const QString &path, Console &console);
    // --db, else RPB_DB, else the default in the user's data folder.
    static QString databasePath(const Invocation &invocation);
    // Reading commands never create a file: a mistyped --db should not leave an empty database.
    static Status requireExisting(const QString &path);
    // Opens the database and signs in; password receives what the account proved itself with.
    static Result<std::unique_ptr<AppContext>> openContext(const Invocation &invocation,
                                                           const QString &path, Console &console,
                                                           QString &password);
    // Once the database has accounts: --user (or RPB_USER) with RPB_PASSWORD or a prompt, and every
    // service acts as that account; before the first account exists, as the setup administrator.
    static Status signIn(AppContext &context, const Invocation &invocation, Console &console,
                         QString &password);
};

} // namespace Rpb
