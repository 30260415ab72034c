#pragma once

#include <QStringList>
#include <QTextStream>

namespace Rpb {

// The command line of rpb-hijau (docs/cli.md): parses the arguments, opens the database, runs one
// command through the same services as the window and returns the exit code.
class CommandLine final
{
public:
    // True when the arguments ask for a command rather than the window.
    static bool wantsCommandLine(const QStringList &arguments);
    // arguments without the program name.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Rpb
