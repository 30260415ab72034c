#include "synccommands.h"

#include "argumentparser.h"
#include "console.h"
#include "services/appcontext.h"
#include "services/language.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
};

using Align = TextTable::Align;

// Smaller packages are done before a progress line would help anyone.
constexpr qint64 progressFrom = 50'000;

QString number(qint64 value)
{
    return Language::locale().toString(value);
}

QJsonValue isoTime(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// This computer's local time: the office reading the status is where the packages move.
QString localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("–");
    return Language::locale().toString(utc.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QJsonObject kindJson(const SyncService::KindCount &k, bool withOutcome)
{
    QJsonObject o {{QStringLiteral("kind"), k.kind}, {QStringLiteral("records"), k.records}};
    if (withOutcome) {
        o.insert(QStringLiteral("new"), k.added);
        o.insert(QStringLiteral("changed"), k.changed);
        o.insert(QStringLiteral("unchanged"), k.unchanged);
        o.insert(QStringLiteral("conflicting"), k.conflicting);
    }
    return o;
}

QJsonObject conflictJson(const SyncService::Conflict &c)
{
    QJsonObject o {
        {QStringLiteral("site"), c.siteCode},
        {QStringLiteral("kind"), c.kind},
        {QStringLiteral("record"), uuidText(c.recordUuid)},
        {QStringLiteral("label"), c.label},
        {QStringLiteral("row_version"), c.rowVersion},
        {QStringLiteral("incoming"), QJsonDocument::fromJson(c.incoming.toUtf8()).object()},
        {QStringLiteral("local"), QJsonDocument::fromJson(c.local.toUtf8()).object()},
        {QStringLiteral("found"), isoTime(c.found)},
    };
    if (c.id > 0)
        o.insert(QStringLiteral("id"), c.id);
    return o;
}

QString conflictLine(const SyncService::Conflict &c)
{
    return Tr::tr("%1 %2 (%3), version %4")
        .arg(c.kind, c.label, uuidText(c.recordUuid))
        .arg(c.rowVersion);
}
} // namespace

SyncCommands::SyncCommands(AppContext &context, Console &console)
    : m_context(context)
    , m_console(console)
    , m_lookup(context.masterData())
{ }

int SyncCommands::run(const Invocation &invocation)
{
    switch (invocation.command->id) {
    case CommandId::SyncExport:
        return exportPackage(invocation);
    case CommandId::SyncImport:
        return importPackage(invocation);
    case CommandId::SyncStatus:
        return status();
    case CommandId::SyncConflicts:
        return conflicts(invocation);
    case CommandId::SyncResolve:
        return resolve(invocation);
    default:
        break;
    }
    return m_console.fail(
        Error::usage(Tr::tr("This is not a sync command."), invocation.command->name()));
}

SyncService::Progress SyncCommands::progress(const QString &what)
{
    return [this, what](qint64 done, qint64 total) {
        if (total >= progressFrom)
            m_console.progress(int(done * 100 / total), what);
        return true;
    };
}

Result<qint64> SyncCommands::siteToExport(const Invocation &invocation)
{
    if (invocation.has(QStringLiteral("site"))) {
        auto site = m_lookup.site(invocation.value(QStringLiteral("site")));
        if (!site)
            return fail(site.error());
        return site->meta.id;
    }
    auto local = m_context.sync().localSites();
    if (!local)
        return fail(local.error());
    if (local->size() == 1)
        return local->first();
    if (local->isEmpty())
        return fail(Error::invalid(Tr::tr("This database keeps no site of its own: every site "
                                          "in it came from packages, so there is nothing to "
                                          "export.")));
    QStringList codes;
    for (qint64 id : std::as_const(*local))
        codes << m_lookup.siteCode(id);
    return fail(Error::usage(Tr::tr("This database keeps %n site(s) (%1): say which one to "
                                    "export with --site S.",
                                    nullptr, int(codes.size()))
                                 .arg(codes.join(QStringLiteral(", "))),
                             QStringLiteral("--site")));
}

int SyncCommands::exportPackage(const Invocation &invocation)
{
    const QString out = invocation.value(QStringLiteral("out"));
    const bool full = invocation.has(QStringLiteral("full"));
    const bool dryRun = invocation.has(QStringLiteral("dry-run"));
    auto siteId = siteToExport(invocation);
    if (!siteId)
        return m_console.fail(siteId.error(),
                              siteId.error().kind == Error::Kind::Usage ? Console::helpHint()
                                                                        : QString());

    SyncService::ExportPreview preview;
    SyncService::ExportResult written;
    if (dryRun) {
        auto p = m_context.sync().previewExport(*siteId, full);
        if (!p)
            return m_console.fail(p.error());
        preview = *p;
    } else {
        auto r = m_context.sync().exportPackage(*siteId, out, full,
                                                progress(Tr::tr("Writing the package")));
        if (!r) {
            Error e = r.error();
            if (e.where.isEmpty() && e.kind == Error::Kind::Storage)
                e.where = QStringLiteral("--out ") + out;
            return m_console.fail(e);
        }
        written = *r;
        preview = written.preview;
    }

    if (m_console.json()) {
        QJsonArray kinds;
        for (const SyncService::KindCount &k : std::as_const(preview.kinds))
            kinds.append(kindJson(k, false));
        QJsonObject o {
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("site"), preview.siteCode},
            {QStringLiteral("full"), preview.full},
            {QStringLiteral("from_seq"), preview.fromSeq},
            {QStringLiteral("to_seq"), preview.toSeq},
            {QStringLiteral("records"), preview.records()},
            {QStringLiteral("kinds"), kinds},
        };
        if (!dryRun) {
            o.insert(QStringLiteral("file"), written.path);
            o.insert(QStringLiteral("package"), uuidText(written.packageUuid));
            o.insert(QStringLiteral("bytes"), written.bytes);
            o.insert(QStringLiteral("sha256"), written.sha256);
        }
        m_console.printJson(QJsonDocument(o));
        return 0;
    }

    TextTable table;
    table.addColumn(Tr::tr("Kind"));
    table.addColumn(Tr::tr("Records"), Align::Right);
    for (const SyncService::KindCount &k : std::as_const(preview.kinds))
        table.addRow({k.kind, number(k.records)});
    table.addRow({Tr::tr("all"), number(preview.records())});
    m_console.printTable(table, {});
    const QString range = preview.full
        ? Tr::tr("every record of %1 (full package, up to change %2)")
              .arg(preview.siteCode, number(preview.toSeq))
        : Tr::tr("the records of %1 changed after change %2, up to change %3")
              .arg(preview.siteCode, number(preview.fromSeq), number(preview.toSeq));
    if (dryRun) {
        m_console.printLine(
            Tr::tr("Dry run: the package would hold %1; nothing was written.").arg(range));
        return 0;
    }
    m_console.printLine(Tr::tr("Wrote %1: %2.").arg(written.path, range));
    m_console.printLine(Tr::tr("SHA-256 %1, %2 bytes.").arg(written.sha256, number(written.bytes)));
    return 0;
}

void SyncCommands::printImport(const SyncService::ImportPreview &p, bool dryRun, bool imported)
{
    if (m_console.json()) {
        QJsonArray kinds;
        for (const SyncService::KindCount &k : std::as_const(p.kinds))
            kinds.append(kindJson(k, true));
        QJsonArray conflicts;
        for (const SyncService::Conflict &c : std::as_const(p.conflicts))
            conflicts.append(conflictJson(c));
        m_console.printJson(QJsonDocument(QJsonObject {
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("imported"), imported},
            {QStringLiteral("package"), uuidText(p.packageUuid)},
            {QStringLiteral("site"), p.siteCode},
            {QStringLiteral("site_name"), p.siteName},
            {QStringLiteral("full"), p.full},
            {QStringLiteral("from_seq"), p.fromSeq},
            {QStringLiteral("to_seq"), p.toSeq},
            {QStringLiteral("created"), isoTime(p.created)},
            {QStringLiteral("format_version"), p.formatVersion},
            {QStringLiteral("schema_version"), p.schemaVersion},
            {QStringLiteral("sha256"), p.sha256},
            {QStringLiteral("seen_before"), p.seenBefore},
            {QStringLiteral("records"), p.records()},
            {QStringLiteral("changes"), p.changes()},
            {QStringLiteral("kinds"), kinds},
            {QStringLiteral("conflicts"), conflicts},
        }));
        return;
    }
    m_console.printLine(
        Tr::tr("Package of %1 (%2), made %3: %4.")
            .arg(p.siteCode, p.siteName, localTime(p.created),
                 p.full ? Tr::tr("full")
                        : Tr::tr("changes %1 to %2").arg(number(p.fromSeq + 1), number(p.toSeq))));
    TextTable table;
    table.addColumn(Tr::tr("Kind"));
    table.addColumn(Tr::tr("In package"), Align::Right);
    table.addColumn(Tr::tr("New"), Align::Right);
    table.addColumn(Tr::tr("Changed"), Align::Right);
    table.addColumn(Tr::tr("Unchanged"), Align::Right);
    table.addColumn(Tr::tr("Conflicting"), Align::Right);
    SyncService::KindCount all;
    for (const SyncService::KindCount &k : std::as_const(p.kinds)) {
        table.addRow({k.kind, number(k.records), number(k.added), number(k.changed),
                      number(k.unchanged), number(k.conflicting)});
        all.records += k.records;
        all.added += k.added;
        all.changed += k.changed;
        all.unchanged += k.unchanged;
        all.conflicting += k.conflicting;
    }
    table.addRow({Tr::tr("all"), number(all.records), number(all.added), number(all.changed),
                  number(all.unchanged), number(all.conflicting)});
    m_console.printTable(table, {});
    for (const SyncService::Conflict &c : std::as_const(p.conflicts))
        m_console.printLine(Tr::tr("Conflict: %1").arg(conflictLine(c)));
    const int changes = int(p.changes());
    if (p.seenBefore && changes == 0)
        m_console.printLine(Tr::tr("This package was imported here before."));
    if (dryRun)
        m_console.printLine(Tr::tr("Dry run: %n record(s) would be added or changed; nothing was "
                                   "written.",
                                   nullptr, changes));
    else if (imported)
        m_console.printLine(Tr::tr("Imported: %n record(s) added or changed.", nullptr, changes));
    else
        m_console.printLine(Tr::tr("Nothing to import: this database has every record of the "
                                   "package already; nothing was written."));
    if (all.conflicting > 0 && !dryRun)
        m_console.printLine(Tr::tr("%n conflict(s) kept aside for a manager: see sync conflicts.",
                                   nullptr, int(all.conflicting)));
}

int SyncCommands::importPackage(const Invocation &invocation)
{
    if (invocation.arguments.isEmpty())
        return m_console.fail(Error::usage(Tr::tr("Name the package to import: sync import FILE.")),
                              Console::helpHint());
    const QString path = invocation.arguments.first();
    const bool dryRun = invocation.has(QStringLiteral("dry-run"));
    const bool skipConflicts = invocation.has(QStringLiteral("skip-conflicts"));
    SyncService &sync = m_context.sync();

    const auto conflictFailure = [this](const SyncService::ImportPreview &p, const QString &where) {
        qint64 conflicting = 0;
        for (const SyncService::KindCount &k : std::as_const(p.kinds))
            conflicting += k.conflicting;
        QStringList lines;
        QJsonArray list;
        for (const SyncService::Conflict &c : std::as_const(p.conflicts)) {
            lines << conflictLine(c);
            list.append(conflictJson(c));
        }
        QJsonArray kinds;
        for (const SyncService::KindCount &k : std::as_const(p.kinds))
            kinds.append(kindJson(k, true));
        return m_console.fail(
            Error::conflict(Tr::tr("%n record(s) of the package have the same version as ours "
                                   "but other content; nothing was imported.",
                                   nullptr, int(conflicting)),
                            where),
            Tr::tr("ask the site which is right, or import with --skip-conflicts to keep them "
                   "aside for a manager to decide"),
            QJsonObject {{QStringLiteral("conflicts"), list}, {QStringLiteral("kinds"), kinds}},
            lines);
    };

    if (dryRun) {
        auto preview = sync.previewImport(path, progress(Tr::tr("Checking the package")));
        if (!preview)
            return m_console.fail(preview.error());
        qint64 conflicting = 0;
        for (const SyncService::KindCount &k : std::as_const(preview->kinds))
            conflicting += k.conflicting;
        if (conflicting > 0 && !skipConflicts && m_console.json())
            return conflictFailure(*preview, path);
        printImport(*preview, true, false);
        if (conflicting > 0 && !skipConflicts)
            return conflictFailure(*preview, path);
        return 0;
    }

    const auto policy = skipConflicts ? SyncService::ConflictPolicy::KeepAside
                                      : SyncService::ConflictPolicy::Refuse;
    auto result = sync.importPackage(path, policy, progress(Tr::tr("Importing the package")));
    if (!result) {
        if (result.error().kind == Error::Kind::Conflict) {
            // The error names the records; the preview says what they are.
            auto preview = sync.previewImport(path);
            if (preview)
                return conflictFailure(*preview, path);
        }
        return m_console.fail(result.error());
    }
    printImport(*result, false, result->changes() > 0);
    return 0;
}

int SyncCommands::status()
{
    auto sites = m_context.sync().status();
    if (!sites)
        return m_console.fail(sites.error());
    if (m_console.json()) {
        QJsonArray list;
        for (const SyncService::SiteStatus &s : std::as_const(*sites)) {
            list.append(QJsonObject {
                {QStringLiteral("id"), s.siteId},
                {QStringLiteral("site"), s.siteCode},
                {QStringLiteral("name"), s.siteName},
                {QStringLiteral("imported"), s.imported},
                {QStringLiteral("change_seq"), s.changeSeq},
                {QStringLiteral("pending_changes"), s.pendingChanges},
                {QStringLiteral("last_export"), isoTime(s.lastExport)},
                {QStringLiteral("last_export_records"), s.lastExportRecords},
                {QStringLiteral("last_import"), isoTime(s.lastImport)},
                {QStringLiteral("last_import_records"), s.lastImportRecords},
                {QStringLiteral("open_conflicts"), s.openConflicts},
            });
        }
        m_console.printJson(QJsonDocument(list));
        return 0;
    }
    TextTable table;
    table.addColumn(Tr::tr("Site"));
    table.addColumn(Tr::tr("Name"));
    table.addColumn(Tr::tr("Data"));
    table.addColumn(Tr::tr("Pending"), Align::Right);
    table.addColumn(Tr::tr("Last export"));
    table.addColumn(Tr::tr("Records"), Align::Right);
    table.addColumn(Tr::tr("Last import"));
    table.addColumn(Tr::tr("Records"), Align::Right);
    table.addColumn(Tr::tr("Conflicts"), Align::Right);
    for (const SyncService::SiteStatus &s : std::as_const(*sites)) {
        table.addRow({s.siteCode, s.siteName,
                      s.imported ? Tr::tr("from packages (read-only)") : Tr::tr("kept here"),
                      s.imported ? QStringLiteral("–") : number(s.pendingChanges),
                      localTime(s.lastExport),
                      s.lastExport.isValid() ? number(s.lastExportRecords) : QStringLiteral("–"),
                      localTime(s.lastImport),
                      s.lastImport.isValid() ? number(s.lastImportRecords) : QStringLiteral("–"),
                      number(s.openConflicts)});
    }
    m_console.printTable(table, Tr::tr("The database has no sites."));
    return 0;
}

int SyncCommands::conflicts(const Invocation &invocation)
{
    std::optional<qint64> siteId;
    if (invocation.has(QStringLiteral("site"))) {
        auto site = m_lookup.site(invocation.value(QStringLiteral("site")));
        if (!site)
            return m_console.fail(site.error());
        siteId = site->meta.id;
    }
    auto list = m_context.sync().openConflicts(siteId);
    if (!list)
        return m_console.fail(list.error());
    if (m_console.json()) {
        QJsonArray array;
        for (const SyncService::Conflict &c : std::as_const(*list))
            array.append(conflictJson(c));
        m_console.printJson(QJsonDocument(array));
        return 0;
    }
    TextTable table;
    table.addColumn(Tr::tr("ID"), Align::Right);
    table.addColumn(Tr::tr("Site"));
    table.addColumn(Tr::tr("Kind"));
    table.addColumn(Tr::tr("Record"));
    table.addColumn(Tr::tr("Version"), Align::Right);
    table.addColumn(Tr::tr("Found"));
    for (const SyncService::Conflict &c : std::as_const(*list))
        table.addRow({QString::number(c.id), c.siteCode, c.kind, c.label, number(c.rowVersion),
                      localTime(c.found)});
    m_console.printTable(table, Tr::tr("No open conflicts."));
    return 0;
}

int SyncCommands::resolve(const Invocation &invocation)
{
    bool ok = false;
    const qint64 id = invocation.arguments.value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return m_console.fail(Error::usage(Tr::tr("Name the conflict by its number, as sync "
                                                  "conflicts lists it.")),
                              Console::helpHint());
    const QString keep = invocation.value(QStringLiteral("keep"));
    SyncService::Resolution resolution;
    if (keep == QLatin1String("local"))
        resolution = SyncService::Resolution::KeepLocal;
    else if (keep == QLatin1String("incoming"))
        resolution = SyncService::Resolution::TakeIncoming;
    else
        return m_console.fail(Error::usage(Tr::tr("--keep takes local or incoming."),
                                           QStringLiteral("--keep ") + keep),
                              Console::helpHint());
    if (auto s = m_context.sync().resolveConflict(id, resolution); !s)
        return m_console.fail(s.error());
    if (m_console.json()) {
        m_console.printJson(QJsonDocument(QJsonObject {
            {QStringLiteral("id"), id},
            {QStringLiteral("resolution"),
             resolution == SyncService::Resolution::KeepLocal ? QStringLiteral("kept_local")
                                                              : QStringLiteral("took_incoming")},
        }));
        return 0;
    }
    m_console.printLine(resolution == SyncService::Resolution::KeepLocal
                            ? Tr::tr("Conflict %1: kept this database's version.").arg(id)
                            : Tr::tr("Conflict %1: took the package's version.").arg(id));
    return 0;
}

} // namespace Rpb
