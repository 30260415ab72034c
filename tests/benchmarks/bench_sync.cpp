// Sync figures on a national-scale database (issue targets: full export >= 200,000 records/s,
// import >= 100,000 records/s, a monthly package of one site under 1 s to export and to import).
// Run on a RelWithDebInfo build:
//   bench_sync NATIONAL-COPY.sqlite [WORK-FOLDER]
// It writes to the file it is given (the change counter, the export log and one site's month
// marked as edited), so give it a copy of the national file, never the original.
#include "demo/demogenerator.h"
#include "services/appcontext.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <ctime>

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString rate(qint64 records, qint64 ms)
{
    return QString::number(ms > 0 ? records * 1000 / ms : 0);
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Processor time of this process: the cores are shared, so wall-clock time depends on the load.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

// CPU time of the calling thread alone: the import's own thread, without the package reader's.
double threadCpuSeconds()
{
#ifdef Q_OS_UNIX
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
#else
    return cpuSeconds();
#endif
}

int failWith(const Rpb::Error &error)
{
    out() << error.toLine() << ' ' << error.detail << '\n';
    return error.exitCode() ? error.exitCode() : 1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out() << "usage: bench_sync NATIONAL-COPY.sqlite [WORK-FOLDER]\n";
        return 1;
    }
    // bench_sync --import DB PACKAGE...: only imports, for profiling one phase.
    if (args.at(1) == QLatin1String("--import") && args.size() > 3) {
        auto opened = Rpb::AppContext::open(args.at(2));
        if (!opened)
            return failWith(opened.error());
        (*opened)->setActor(Rpb::Actor::setupAdministrator());
        QElapsedTimer all;
        all.start();
        qint64 records = 0;
        for (const QString &path : args.mid(3)) {
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuSeconds();
            const double own = threadCpuSeconds();
            auto result
                = (*opened)->sync().importPackage(path, Rpb::SyncService::ConflictPolicy::Refuse);
            if (!result)
                return failWith(result.error());
            out() << "  import " << result->siteCode << ": " << result->changes() << " records in "
                  << timer.elapsed() << " ms, CPU " << QString::number(cpuSeconds() - cpu, 'f', 2)
                  << " s, of which the importing thread "
                  << QString::number(threadCpuSeconds() - own, 'f', 2) << " s\n";
            out().flush();
            records += result->changes();
        }
        // The last package's log is still being copied into the file: that belongs to the run.
        (*opened)->database().waitForCheckpoint();
        out() << "all: " << records << " records in " << all.elapsed()
              << " ms = " << rate(records, all.elapsed())
              << " records/s, the last checkpoint included\n";
        return 0;
    }
    const QString work = args.size() > 2
        ? args.at(2)
        : QFileInfo(args.at(1)).absolutePath() + QStringLiteral("/sync-bench");
    QDir(work).removeRecursively();
    QDir().mkpath(work);

    QElapsedTimer timer;
    timer.start();
    auto opened = Rpb::AppContext::open(args.at(1));
    if (!opened)
        return failWith(opened.error());
    (*opened)->setActor(Rpb::Actor::setupAdministrator());
    out() << "opened (and migrated) " << args.at(1) << " in " << timer.elapsed() << " ms\n";
    Rpb::AppContext &site = **opened;
    Rpb::SyncService &sync = site.sync();
    auto local = sync.localSites();
    if (!local)
        return failWith(local.error());

    // 1. Every site's full package.
    QStringList packages;
    qint64 records = 0;
    qint64 bytes = 0;
    qint64 exportMs = 0;
    double cpu = cpuSeconds();
    for (qint64 siteId : std::as_const(*local)) {
        const QString path = work + QStringLiteral("/site-%1.rpbsync").arg(siteId);
        timer.restart();
        auto result = sync.exportPackage(siteId, path, true);
        const qint64 ms = timer.elapsed();
        if (!result)
            return failWith(result.error());
        exportMs += ms;
        records += result->preview.records();
        bytes += result->bytes;
        packages << path;
        out() << "  export " << result->preview.siteCode << ": " << result->preview.records()
              << " records, " << mib(result->bytes) << " MiB in " << ms << " ms\n";
        out().flush();
    }
    const double exportCpu = cpuSeconds() - cpu;
    out() << "full export: " << local->size() << " sites, " << records << " records, " << mib(bytes)
          << " MiB in " << exportMs << " ms = " << rate(records, exportMs) << " records/s; CPU "
          << QString::number(exportCpu, 'f', 1)
          << " s = " << rate(records, qint64(exportCpu * 1000)) << " records/s\n";
    out().flush();

    // 2. All of them into an empty central database.
    const QString centralPath = work + QStringLiteral("/central.sqlite");
    auto centralContext = Rpb::AppContext::open(centralPath);
    if (!centralContext)
        return failWith(centralContext.error());
    (*centralContext)->setActor(Rpb::Actor::setupAdministrator());
    Rpb::SyncService &central = (*centralContext)->sync();
    cpu = cpuSeconds();
    QElapsedTimer importTimer;
    importTimer.start();
    for (const QString &path : std::as_const(packages)) {
        timer.restart();
        auto result = central.importPackage(path, Rpb::SyncService::ConflictPolicy::Refuse);
        const qint64 ms = timer.elapsed();
        if (!result)
            return failWith(result.error());
        out() << "  import " << result->siteCode << ": " << result->changes() << " records in "
              << ms << " ms\n";
        out().flush();
    }
    // The whole run: the log of the last package copied into the file included.
    (*centralContext)->database().waitForCheckpoint();
    const qint64 importMs = importTimer.elapsed();
    const double importCpu = cpuSeconds() - cpu;
    out() << "full import into an empty database: " << records << " records in " << importMs
          << " ms = " << rate(records, importMs) << " records/s; CPU "
          << QString::number(importCpu, 'f', 1)
          << " s = " << rate(records, qint64(importCpu * 1000)) << " records/s\n";
    out().flush();

    // 3. A month of one site: every booking, batch and waste line of its last full month
    // edited after the export, then exported and imported as one package.
    const qint64 siteId = local->first();
    Rpb::Database &db = site.database();
    auto month = db.scalar(QStringLiteral("SELECT MAX(local_month) FROM batch WHERE site_id = ? "
                                          "AND local_month < (SELECT MAX(local_month) FROM batch "
                                          "WHERE site_id = ?)"),
                           {siteId, siteId});
    if (!month)
        return failWith(month.error());
    const int yyyymm = month->toInt();
    const QDate first(yyyymm / 100, yyyymm % 100, 1);
    const qint64 from = QDateTime(first, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 to = QDateTime(first.addMonths(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    {
        Rpb::Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return failWith(s.error());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QStringList edits {
            QStringLiteral("UPDATE booking SET row_version = row_version + 1, updated_ms = %1 "
                           "WHERE site_id = ? AND start_utc >= %2 AND start_utc < %3")
                .arg(now)
                .arg(from)
                .arg(to),
            QStringLiteral("UPDATE batch SET row_version = row_version + 1, updated_ms = %1 "
                           "WHERE site_id = ? AND local_month = %2")
                .arg(now)
                .arg(yyyymm),
            QStringLiteral("UPDATE waste_line SET row_version = row_version + 1, updated_ms = %1 "
                           "WHERE site_id = ? AND local_month = %2")
                .arg(now)
                .arg(yyyymm),
        };
        for (const QString &sql : edits) {
            if (auto r = db.exec(sql, {siteId}); !r)
                return failWith(r.error());
        }
        if (auto s = tx.commit(); !s)
            return failWith(s.error());
    }
    const QString monthly = work + QStringLiteral("/monthly.rpbsync");
    timer.restart();
    auto monthExport = sync.exportPackage(siteId, monthly, false);
    const qint64 monthExportMs = timer.elapsed();
    if (!monthExport)
        return failWith(monthExport.error());
    out() << "monthly package of " << monthExport->preview.siteCode << " (" << yyyymm
          << "): " << monthExport->preview.records() << " records, " << mib(monthExport->bytes)
          << " MiB, export " << monthExportMs << " ms\n";
    timer.restart();
    auto monthImport = central.importPackage(monthly, Rpb::SyncService::ConflictPolicy::Refuse);
    const qint64 monthImportMs = timer.elapsed();
    if (!monthImport)
        return failWith(monthImport.error());
    out() << "monthly package import into the central database: " << monthImport->changes()
          << " changed of " << monthImport->records() << " in " << monthImportMs << " ms\n";
    timer.restart();
    auto again = central.importPackage(monthly, Rpb::SyncService::ConflictPolicy::Refuse);
    if (!again)
        return failWith(again.error());
    out() << "the same package again (nothing to write): " << timer.elapsed() << " ms\n";
    return 0;
}
