// Times the demo generator into a fresh file and prints rows per second, the figure recorded in
// docs/performance.md.
//
//   bench_demo [--scale small|national] [--out FILE] [--keep] [--seed N] [--today YYYY-MM-DD]

#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace Rpb;

namespace {
qint64 count(const Database &db, const char *table)
{
    auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
    return v ? v->toLongLong() : -1;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    auto value = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };

    DemoGenerator::Options options;
    const QString scale = value(QStringLiteral("--scale"), QStringLiteral("national"));
    options.scale = scale == QLatin1String("small") ? DemoGenerator::Scale::Small
                                                    : DemoGenerator::Scale::National;
    options.seed = value(QStringLiteral("--seed"), QStringLiteral("2022")).toUInt();
    options.today = QDate::fromString(
        value(QStringLiteral("--today"), QDate::currentDate().toString(Qt::ISODate)), Qt::ISODate);
    const QString path
        = QFileInfo(value(QStringLiteral("--out"),
                          QDir::temp().filePath(QStringLiteral("bench_demo.sqlite"))))
              .absoluteFilePath();
    const bool keep = args.contains(QStringLiteral("--keep"));
    removeDatabase(path);

    qint64 generationMs = 0;
    {
        auto db = Database::open({path, {}, 5000, true});
        if (!db) {
            out << "error: " << db.error().message << ' ' << db.error().detail << Qt::endl;
            return 5;
        }
        int lastShown = -1;
        options.progress = [&](int percent, const QString &) {
            if (percent / 10 != lastShown) {
                lastShown = percent / 10;
                std::fprintf(stderr, "\r%3d%%", percent);
            }
        };
        QElapsedTimer timer;
        timer.start();
        auto summary = DemoGenerator::run(**db, options);
        generationMs = timer.elapsed();
        std::fprintf(stderr, "\n");
        if (!summary) {
            out << "error: " << summary.error().message << ' ' << summary.error().detail
                << Qt::endl;
            return 1;
        }

        const char *tables[] = {"site",   "product_line",    "equipment", "equipment_product_line",
                                "member", "waste_category",  "booking",   "maintenance_window",
                                "batch",  "batch_equipment", "waste_line"};
        qint64 rows = 0;
        for (const char *table : tables) {
            const qint64 n = count(**db, table);
            rows += n;
            out << QStringLiteral("%1 %2").arg(QLatin1String(table), -24).arg(n, 10) << '\n';
        }
        const double seconds = generationMs / 1000.0;
        out << QStringLiteral("scale %1, seed %2, today %3")
                   .arg(scale)
                   .arg(options.seed)
                   .arg(options.today.toString(Qt::ISODate))
            << '\n';
        out << QStringLiteral("rows %1 in %2 s: %3 rows/s")
                   .arg(rows)
                   .arg(seconds, 0, 'f', 1)
                   .arg(qint64(rows / qMax(seconds, 0.001)))
            << '\n';
        auto sync = (*db)->scalar(QStringLiteral("PRAGMA synchronous"));
        out << "synchronous after the run: " << (sync ? sync->toString() : QStringLiteral("?"))
            << '\n';
    }
    out << "file " << path << ": " << QFileInfo(path).size() / (1024 * 1024) << " MiB" << Qt::endl;
    if (!keep)
        removeDatabase(path);
    return 0;
}
