#include "integritycheck.h"

#include "database.h"
#include "domain/quantity.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <optional>
#include <tuple>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
};

QString monthText(int yyyymm)
{
    return QStringLiteral("%1-%2").arg(yyyymm / 100).arg(yyyymm % 100, 2, 10, QLatin1Char('0'));
}

Result<QHash<qint64, QString>> codes(const Database &db, const QString &table)
{
    auto q = db.exec(QStringLiteral("SELECT id, code FROM ") + table);
    if (!q)
        return fail(q.error());
    QHash<qint64, QString> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toString());
    return out;
}

// A code for a finding, or the bare id when even the referenced row is missing.
QString codeOf(const QHash<qint64, QString> &codes, qint64 id)
{
    return codes.value(id, QLatin1Char('#') + QString::number(id));
}

struct Sum
{
    qint64 milli = 0;
    qint64 lines = 0;
};
using TotalKey = std::tuple<qint64, int, QString, qint64, qint64, QString>;
} // namespace

Result<QStringList> IntegrityCheck::wasteTotals(const Database &db, int limit)
{
    auto sites = codes(db, QStringLiteral("site"));
    auto lines = codes(db, QStringLiteral("product_line"));
    auto categories = codes(db, QStringLiteral("waste_category"));
    if (!sites)
        return fail(sites.error());
    if (!lines)
        return fail(lines.error());
    if (!categories)
        return fail(categories.error());

    // Both directions in one statement: kept rows a recount does not give, and recounted rows
    // that are not kept. The recount is used twice, so SQLite computes it once; it reads the
    // covering index waste_line_counted in its own order.
    auto totals = db.exec(QStringLiteral(
        "WITH recount AS (SELECT site_id, local_month, unit, product_line_id, category_id, route, "
        "SUM(quantity_milli) AS quantity_milli, COUNT(*) AS line_count FROM waste_line WHERE "
        "counted = 1 GROUP BY site_id, local_month, unit, product_line_id, category_id, route), "
        "kept AS (SELECT site_id, local_month, unit, product_line_id, category_id, route, "
        "quantity_milli, line_count FROM waste_month_total) "
        "SELECT 0, * FROM (SELECT * FROM kept EXCEPT SELECT * FROM recount) "
        "UNION ALL SELECT 1, * FROM (SELECT * FROM recount EXCEPT SELECT * FROM kept)"));
    if (!totals)
        return fail(totals.error());
    QMap<TotalKey, std::pair<std::optional<Sum>, std::optional<Sum>>> differences;
    while (totals->next()) {
        const TotalKey key {totals->value(1).toLongLong(), totals->value(2).toInt(),
                            totals->value(3).toString(),   totals->value(4).toLongLong(),
                            totals->value(5).toLongLong(), totals->value(6).toString()};
        const Sum sum {totals->value(7).toLongLong(), totals->value(8).toLongLong()};
        auto &pair = differences[key];
        (totals->value(0).toInt() == 0 ? pair.first : pair.second) = sum;
    }

    QStringList findings;
    for (auto it = differences.cbegin(); it != differences.cend(); ++it) {
        const auto &[site, month, unit, line, category, route] = it.key();
        const auto &[kept, recount] = it.value();
        const QString where = Tr::tr("site %1, month %2, %3, product line %4, category %5, route "
                                     "%6")
                                  .arg(codeOf(*sites, site), monthText(month), unit,
                                       codeOf(*lines, line), codeOf(*categories, category), route);
        const QString keptText = kept
            ? Tr::tr("the monthly totals hold %1 %2 from %n line(s)", nullptr, int(kept->lines))
                  .arg(Quantity::toDecimalString(kept->milli), unit)
            : Tr::tr("the monthly totals hold nothing");
        const QString recountText = recount
            ? Tr::tr("a recount of the waste lines gives %1 %2 from %n line(s)", nullptr,
                     int(recount->lines))
                  .arg(Quantity::toDecimalString(recount->milli), unit)
            : Tr::tr("a recount of the waste lines finds nothing");
        findings
            << Tr::tr("Waste totals disagree at %1: %2, but %3.").arg(where, keptText, recountText);
    }

    // A line counts while it and its batch are live and the batch is not archived; it carries
    // its batch's site, month and product line (only live lines are kept in step). Only the
    // lines that disagree are grouped, so a sound file sorts nothing.
    const QString shouldCount
        = QStringLiteral("(w.deleted = 0 AND b.deleted = 0 AND b.status <> 'archived')");
    const QString copiedDiffer = QStringLiteral(
        "(w.deleted = 0 AND (w.site_id <> b.site_id OR w.local_month <> b.local_month OR "
        "w.product_line_id <> b.product_line_id))");
    auto flags = db.exec(QStringLiteral("SELECT w.site_id, w.local_month, SUM(w.counted <> %1), "
                                        "SUM(%2) FROM waste_line w JOIN batch b ON b.id = "
                                        "w.batch_id WHERE w.counted <> %1 OR %2 GROUP BY "
                                        "w.site_id, w.local_month ORDER BY w.site_id, "
                                        "w.local_month")
                             .arg(shouldCount, copiedDiffer));
    if (!flags)
        return fail(flags.error());
    while (flags->next()) {
        const QString where = Tr::tr("site %1, month %2")
                                  .arg(codeOf(*sites, flags->value(0).toLongLong()),
                                       monthText(flags->value(1).toInt()));
        if (const int wrong = flags->value(2).toInt(); wrong > 0)
            findings << Tr::tr("At %1, %n waste line(s) are counted in the figures or left out "
                               "against the state of their batch (live, archived or deleted).",
                               nullptr, wrong)
                            .arg(where);
        if (const int moved = flags->value(3).toInt(); moved > 0)
            findings << Tr::tr("At %1, %n waste line(s) carry another site, month or product "
                               "line than their batch.",
                               nullptr, moved)
                            .arg(where);
    }

    if (limit >= 0 && findings.size() > limit) {
        const int more = int(findings.size()) - limit;
        findings = findings.mid(0, limit);
        findings << Tr::tr("And %n more finding(s).", nullptr, more);
    }
    return findings;
}

Result<IntegrityCheck::Report> IntegrityCheck::run(const QString &databasePath, bool full)
{
    Database::Options options;
    options.path = databasePath;
    options.migrate = false;
    auto db = Database::open(options);
    if (!db)
        return fail(db.error());
    return run(**db, full);
}

Result<IntegrityCheck::Report> IntegrityCheck::run(const Database &db, bool full)
{
    Report report;
    report.full = full;
    report.schemaVersion = db.schemaVersion();
    auto q = db.exec(full ? QStringLiteral("PRAGMA integrity_check")
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
        auto fk = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
        if (!fk)
            return fail(fk.error());
        while (fk->next())
            report.problems << QStringLiteral("foreign key: %1 row %2 refers to a missing %3")
                                   .arg(fk->value(0).toString(), fk->value(1).toString(),
                                        fk->value(2).toString());
    }
    // Sums over a damaged file would only repeat SQLite's findings less clearly.
    if (full && report.problems.isEmpty() && report.schemaVersion >= 3) {
        auto waste = wasteTotals(db);
        if (!waste)
            return fail(waste.error());
        report.wasteChecked = true;
        report.wasteProblems = *waste;
    }
    report.ok = report.problems.isEmpty() && report.wasteProblems.isEmpty();
    return report;
}

} // namespace Rpb
