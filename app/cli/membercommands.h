#pragma once

#include "recordlookup.h"

namespace Rpb {

class AppContext;
class Console;
struct Invocation;

// Bulk member import from a spreadsheet's CSV: a dry run shows what would be added and every
// problem by row and column; a real run adds all rows or, with any problem, none.
class MemberCommands final
{
    Q_DISABLE_COPY_MOVE(MemberCommands)
public:
    MemberCommands(AppContext &context, Console &console);

    int run(const Invocation &invocation);

private:
    int importCsv(const Invocation &invocation);

    AppContext &m_context;
    Console &m_console;
    RecordLookup m_lookup;
};

} // namespace Rpb
