// libFuzzer target for the sync importer (docs/sync-format.md): SyncService::previewImportData on
// arbitrary bytes and, when the preview accepts them, importPackageData with the conflicts kept
// aside, so that reading, checking, comparing and writing are all fuzzed.
//
// A mutated package almost never carries the right SHA-256, so each input is tried twice: as it
// is (the checksum and trailer checks), and resealed with a fresh trailer over its own lines (all
// that lies behind them). The database holds one local site and one imported package of the seed
// corpus, so that records arrive new, changed, unchanged and conflicting. Every input runs inside
// one outer transaction that is rolled back afterwards: the inputs cannot change each other's
// outcome, and a finding reproduces from its input alone.
//
// Besides crashes and sanitizer reports, the target stops on a broken promise of the importer:
// an import that fails after its preview passed, a preview and an import that count differently,
// a database that an accepted import leaves failing the full check (`check --full`: SQLite's
// integrity and foreign-key checks, the monthly waste totals against a recount, each waste line
// against its batch), and a second import of the same package that changes anything.

#include "fuzzworkspace.h"
#include "services/syncservice.h"
#include "storage/integritycheck.h"
#include "storage/transaction.h"
#include "sync/sha256.h"

#include <cstddef>
#include <cstdint>

using namespace Rpb;
using Rpb::Fuzz::FuzzWorkspace;

namespace {

const QString packageName = QStringLiteral("fuzz.rpbsync");
// The seed the database imports before fuzzing: a real package of another site's database.
const QString basePackage = QStringLiteral("sync/ach-1.rpbsync");

const QDateTime fixedNow(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC);

void makeFixture(FuzzWorkspace &w)
{
    // Every input runs inside the outer transaction, where an import cannot set temp_store for
    // itself as it does on its own: set as it would be, once. The importer's staging tables,
    // made by the fixture's import below, then stay between inputs instead of being made again
    // inside each.
    FuzzWorkspace::need(w.context().database().exec(QStringLiteral("PRAGMA temp_store = MEMORY")),
                        "keeping temporary tables in memory");

    // The local site: packages from elsewhere import beside it, and one that claims it is refused.
    Site site;
    site.code = QStringLiteral("KTM");
    site.name = QStringLiteral("RPB Biofarmaka");
    site.province = QStringLiteral("Kalimantan Timur");
    site.timeZone = QStringLiteral("Asia/Makassar");
    FuzzWorkspace::need(w.context().masterData().save(site), "saving the local site");

    SyncService &sync = w.context().sync();
    sync.setClock([] { return fixedNow; });
    const QByteArray base = FuzzWorkspace::corpusFile(basePackage);
    auto imported = sync.importPackageData(base, basePackage, SyncService::ConflictPolicy::Refuse);
    if (!imported)
        FuzzWorkspace::finding(QStringLiteral("the seed %1 does not import (%2): the importer is "
                                              "broken, or the format changed and the corpus needs "
                                              "remaking with tests/fuzz/make-corpus.sh")
                                   .arg(basePackage, imported.error().toLine()));
}

FuzzWorkspace &workspace()
{
    static FuzzWorkspace &w = []() -> FuzzWorkspace & {
        FuzzWorkspace &made = FuzzWorkspace::instance();
        makeFixture(made);
        return made;
    }();
    return w;
}

// The input's lines with a trailer that fits them: the checksum of every byte before it and the
// number of lines between the manifest and the trailer. A last line that looks like a trailer is
// replaced; one without its line end gets one.
QByteArray resealed(const QByteArray &input)
{
    QByteArray body = input;
    if (!body.endsWith('\n'))
        body.append('\n');
    const qsizetype lastStart = body.lastIndexOf('\n', body.size() - 2) + 1;
    if (body.sliced(lastStart).startsWith("{\"sha256\""))
        body.truncate(lastStart);
    const qint64 records = qMax<qint64>(0, body.count('\n') - 1);
    Sha256 hash;
    hash.addData(body);
    const QByteArray sha256 = hash.hexResult();
    return body + "{\"sha256\":\"" + sha256 + "\",\"records\":" + QByteArray::number(records)
        + "}\n";
}

qint64 totalChanges(Database &db)
{
    return FuzzWorkspace::need(db.scalar(QStringLiteral("SELECT total_changes()")),
                               "reading total_changes()")
        .toLongLong();
}

QString counts(const SyncService::ImportPreview &p)
{
    QString out;
    for (const SyncService::KindCount &k : p.kinds)
        out += QStringLiteral("%1 %2/%3/%4/%5/%6; ")
                   .arg(k.kind)
                   .arg(k.records)
                   .arg(k.added)
                   .arg(k.changed)
                   .arg(k.unchanged)
                   .arg(k.conflicting);
    return out;
}

bool sameCounts(const SyncService::ImportPreview &a, const SyncService::ImportPreview &b)
{
    if (a.kinds.size() != b.kinds.size())
        return false;
    for (qsizetype i = 0; i < a.kinds.size(); ++i) {
        const SyncService::KindCount &x = a.kinds.at(i);
        const SyncService::KindCount &y = b.kinds.at(i);
        if (x.kind != y.kind || x.records != y.records || x.added != y.added
            || x.changed != y.changed || x.unchanged != y.unchanged
            || x.conflicting != y.conflicting)
            return false;
    }
    return true;
}

// Previews the package and, when the preview accepts it, imports it twice.
void importPackage(FuzzWorkspace &w, const QByteArray &package)
{
    SyncService &sync = w.context().sync();
    const SyncService::Progress progress = [](qint64, qint64) {
        return true;
    };
    const auto preview = sync.previewImportData(package, packageName, progress);
    if (!preview)
        return;

    const auto policy = SyncService::ConflictPolicy::KeepAside;
    const auto imported = sync.importPackageData(package, packageName, policy, progress);
    if (!imported)
        FuzzWorkspace::finding(QStringLiteral("the preview accepted the package, the import "
                                              "refused it: ")
                               + imported.error().toLine() + QLatin1Char(' ')
                               + imported.error().detail);
    if (!sameCounts(*preview, *imported))
        FuzzWorkspace::finding(QStringLiteral("the preview counted %1the import %2")
                                   .arg(counts(*preview), counts(*imported)));

    // What the import accepted passes the full check, as it stands inside the outer transaction.
    Database &db = w.context().database();
    const auto report = FuzzWorkspace::need(IntegrityCheck::run(db, true), "the full check");
    if (!report.ok)
        FuzzWorkspace::finding(
            QStringLiteral("the import accepted the package, but the full check then finds: ")
            + (report.problems + report.wasteProblems).join(QStringLiteral("; ")));

    // Importing the same package again changes nothing, not even the log.
    const qint64 before = totalChanges(db);
    const auto again = sync.importPackageData(package, packageName, policy, progress);
    if (!again)
        FuzzWorkspace::finding(QStringLiteral("a package imported once is refused the second "
                                              "time: ")
                               + again.error().toLine() + QLatin1Char(' ') + again.error().detail);
    if (again->changes() != 0)
        FuzzWorkspace::finding(QStringLiteral("the second import of a package changes %1 records "
                                              "again: %2")
                                   .arg(again->changes())
                                   .arg(counts(*again)));
    if (const qint64 after = totalChanges(db); after != before)
        FuzzWorkspace::finding(
            QStringLiteral("the second import of a package wrote %1 rows").arg(after - before));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    workspace();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzWorkspace &w = workspace();
    // A copy, as a file read into a QByteArray would be: terminated, owned.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    Transaction outer(w.context().database(), Transaction::Mode::Immediate);
    FuzzWorkspace::need(outer.begin(), "beginning the outer transaction");
    importPackage(w, input);
    if (const QByteArray sealed = resealed(input); sealed != input)
        importPackage(w, sealed);
    outer.rollback();
    return 0;
}
