#pragma once

#include "recordlookup.h"
#include "services/syncservice.h"

namespace Rpb {

class AppContext;
class Console;
struct Invocation;

// Site-to-central-office packages (docs/sync-format.md): export a site's changes, import a
// package with a preview of what it would change, the sync status per site, and the conflicts
// kept aside for a manager to decide.
class SyncCommands final
{
    Q_DISABLE_COPY_MOVE(SyncCommands)
public:
    SyncCommands(AppContext &context, Console &console);

    int run(const Invocation &invocation);

private:
    int exportPackage(const Invocation &invocation);
    int importPackage(const Invocation &invocation);
    int status();
    int conflicts(const Invocation &invocation);
    int resolve(const Invocation &invocation);
    // The site to export: --site, else the one site this database keeps itself.
    Result<qint64> siteToExport(const Invocation &invocation);
    SyncService::Progress progress(const QString &what);
    void printImport(const SyncService::ImportPreview &preview, bool dryRun, bool imported);

    AppContext &m_context;
    Console &m_console;
    RecordLookup m_lookup;
};

} // namespace Rpb
