#pragma once

#include "domain/batch.h"
#include "domain/result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Rpb {

class Database;

// SQL for production batches, their waste lines and machine links, batch codes and month
// closing. It knows nothing of permissions, rules or audit; BatchService adds those and the
// transaction around them. Lists are read a page at a time and aggregated in SQL, because the
// national dataset holds hundreds of thousands of batches.
class BatchRepository final
{
public:
    enum class Statement { Page, Count, OutputTotals, WasteTotals };

    explicit BatchRepository(const Database &db);

    // Batches that are not deleted, with their machines and waste lines.
    Result<std::optional<Batch>> byId(qint64 id) const;
    Result<std::optional<Batch>> byCode(const QString &code) const;
    Result<std::optional<Batch>> byUuid(const QUuid &uuid) const;
    // The member's latest batch by production date (archived ones left out).
    Result<std::optional<Batch>> lastOfMember(qint64 memberId) const;

    // One above both the site-month's counter and the highest number ever given under the code
    // prefix ("ACH-2610-"), deleted batches included, so that no code is ever given twice even
    // when the counter is missing or behind (data written before the counter existed).
    Result<qint64> nextCodeNumber(qint64 siteId, int month, const QString &codePrefix) const;
    Status storeCodeNumber(qint64 siteId, int month, qint64 number) const;

    // Writes the batch with its machine links and waste lines; fills the ids and meta.
    Status insert(Batch &batch) const;
    // Refuses when the stored row version is no longer batch.meta.rowVersion. Waste lines whose
    // id belongs to the batch are updated in place, the others inserted, and stored lines that
    // are no longer listed get a tombstone. The site, code and author never change.
    Status update(Batch &batch) const;
    // Status only (checked, archived), with the row-version check.
    Status updateStatus(Batch &batch) const;
    // Tombstones the batch and its waste lines.
    Status markDeleted(Batch &batch) const;

    Result<bool> isMonthClosed(qint64 siteId, int month) const;
    Result<QList<ClosedMonth>> closedMonths(qint64 siteId) const;
    // Closes or reopens a site-month; returns the UUID of its month_close record.
    Result<QUuid> setMonthClosed(qint64 siteId, int month, bool closed, const QString &by) const;

    Result<QList<BatchRow>> page(const BatchQuery &query, const BatchSort &sort, int offset,
                                 int limit) const;
    Result<qint64> count(const BatchQuery &query) const;
    Result<BatchTotals> totals(const BatchQuery &query) const;
    // EXPLAIN QUERY PLAN of a list statement, one line per step: tests and benchmarks check that
    // the lists read an index rather than every batch.
    Result<QStringList> queryPlan(Statement statement, const BatchQuery &query,
                                  const BatchSort &sort = {}) const;

private:
    Result<QList<qint64>> siteIds() const;
    Result<std::optional<Batch>> readOne(const QString &where, const QVariantList &binds,
                                         const QString &order = {}) const;
    Status loadChildren(Batch &batch) const;
    Status writeMachines(const Batch &batch) const;
    Status insertWasteLine(const Batch &batch, WasteLine &line, qint64 now) const;

    const Database &m_db;
};

} // namespace Rpb
