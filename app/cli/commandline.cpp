#include "commandline.h"

#include "services/appinfo.h"

namespace Rpb {

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    return !arguments.isEmpty();
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QStringLiteral("--version"))) {
        out << AppInfo::applicationName() << ' ' << AppInfo::version() << '\n';
        return 0;
    }
    err << "error: unknown command\n";
    return 1;
}

} // namespace Rpb
