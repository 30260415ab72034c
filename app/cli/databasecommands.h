#pragma once

#include "demo/demogenerator.h"
#include "domain/result.h"

#include <QString>

namespace Rpb {

class AppContext;
class Console;
struct Invocation;

// The commands that act on the database file as a whole: filling it with demo data, checking it
// and copying it.
class DatabaseCommands final
{
    Q_DISABLE_COPY_MOVE(DatabaseCommands)
public:
    DatabaseCommands(const QString &databasePath, Console &console);

    // The options of `demo`, checked before the database is opened (and perhaps created).
    static Result<DemoGenerator::Options> demoOptions(const Invocation &invocation);
    int demo(AppContext &context, DemoGenerator::Options options);
    int check(const Invocation &invocation);
    int backup(const Invocation &invocation);

private:
    QString m_databasePath;
    Console &m_console;
};

} // namespace Rpb
