#include "integritycheck.h"

#include "database.h"

namespace Rpb {

Result<IntegrityCheck::Report> IntegrityCheck::run(const QString &databasePath, bool full)
{
    Database::Options options;
    options.path = databasePath;
    options.migrate = false;
    auto db = Database::open(options);
    if (!db)
        return fail(db.error());
    Report report;
    report.full = full;
    report.schemaVersion = (*db)->schemaVersion();
    auto q = (*db)->exec(full ? QStringLiteral("PRAGMA integrity_check")
                              : QStringLiteral("PRAGMA quick_check"));
    if (!q) {
        // SQLite stops the check itself on a badly damaged file: that is damage found, not a
        // failure to look.
        if (q.error().detail.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
            || q.error().detail.contains(QLatin1String("not a database"), Qt::CaseInsensitive)) {
            report.problems << q.error().detail;
            return report;
        }
        return fail(q.error());
    }
    while (q->next()) {
        const QString line = q->value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems << line;
    }
    if (full) {
        auto fk = (*db)->exec(QStringLiteral("PRAGMA foreign_key_check"));
        if (!fk)
            return fail(fk.error());
        while (fk->next())
            report.problems << QStringLiteral("foreign key: %1 row %2 refers to a missing %3")
                                   .arg(fk->value(0).toString(), fk->value(1).toString(),
                                        fk->value(2).toString());
    }
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace Rpb
