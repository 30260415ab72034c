#pragma once

#include "recordlookup.h"

namespace Rpb {

class AppContext;
class Console;
struct Invocation;

// Spreadsheet files: `export csv` writes bookings, batches, waste lines or members of one site or
// of every site the account may read, as CsvExport describes the file.
class ExportCommands final
{
    Q_DISABLE_COPY_MOVE(ExportCommands)
public:
    ExportCommands(AppContext &context, Console &console);

    int run(const Invocation &invocation);

private:
    int csv(const Invocation &invocation);

    AppContext &m_context;
    Console &m_console;
    RecordLookup m_lookup;
};

} // namespace Rpb
