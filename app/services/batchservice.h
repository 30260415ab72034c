#pragma once

#include "domain/actor.h"
#include "domain/batch.h"
#include "domain/batchrules.h"
#include "domain/result.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

namespace Rpb {

class ChangeHub;
class Database;
class Session;

// Production batches and their waste lines, batch codes and month closing. Every write checks
// the rules and the actor's permission, runs in one BEGIN IMMEDIATE transaction together with its
// one audit entry, and then announces the change so that lists refresh.
//
// Who may write: viewers never; operators record batches and change, archive or delete only the
// ones they recorded; managers everything at their site (checking batches and closing months
// included). A closed month makes its batches read-only for everyone until a manager reopens it.
class BatchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchService)
public:
    // What a person may do with a stored batch; asked by the window for its buttons and again
    // by every write.
    enum class Step { Edit, Archive, Restore, Check, Uncheck, Delete };
    using Check = BatchRules::Check;
    using Query = BatchQuery;
    using Sort = BatchSort;
    using Row = BatchRow;
    using Totals = BatchTotals;

    BatchService(Database &db, const Session &session, ChangeHub &hub, QObject *parent = nullptr);

    const Actor &actor() const;
    // Tests move the clock; everything else uses the real one.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    QDateTime now() const { return m_now ? m_now() : QDateTime::currentDateTimeUtc(); }

    // The site's local date now: the default production date, and the last date a batch may have.
    Result<QDate> today(qint64 siteId) const;

    // Every error (blocks saving) and warning (needs an acknowledgement note) of the batch as it
    // stands, each naming its field ("waste[2].quantity"). Writes nothing; for checks while typing.
    Check check(const Batch &batch) const;

    // Inserts a new batch (meta.id 0; it gets its code) or updates a stored one (meta.rowVersion
    // must be the version that was read, else Conflict naming who changed it since and when),
    // replacing its machines and waste lines.
    // Warnings refuse the save unless an acknowledgement note is given here or already carried
    // in batch.warningNote; the note is stored with the batch. Returns the batch as stored.
    Result<Batch> save(Batch batch, const QString &acknowledgement = {});

    Result<Batch> get(qint64 id) const;
    Result<Batch> byCode(const QString &code) const;
    Result<Batch> byUuid(const QUuid &uuid) const;
    // By code ("ACH-2610-0001", any case) or UUID, as the command line names a batch.
    Result<Batch> find(const QString &codeOrId) const;
    // The member's latest batch by production date, for "copy the last batch of this member"
    // (use Batch::copyForNew on it). Empty when the member has none.
    Result<std::optional<Batch>> lastOfMember(qint64 memberId) const;
    // Machines the member has booked at its site on a local date (not cancelled, not no-show),
    // to offer as the machines a batch used.
    Result<QList<qint64>> bookedMachines(qint64 memberId, const QDate &date) const;

    // Whether the actor may change this batch now (permission, closed month, archived); the form
    // opens read-only when not, and says why.
    Status checkEditable(const Batch &batch) const;
    // Whether the actor may take the step with the batch now: a writable database, the
    // permission (own batches for operators, check marks for managers), not archived where that
    // matters, and its month not closed.
    Status allowed(Step step, const Batch &batch) const;
    Status allowed(Step step, const BatchRow &row) const;
    // Whether the actor may record batches at the site.
    Status mayRecord(qint64 siteId) const;

    // Tombstones the batch and its waste lines. Its code is never given again. expectedVersion,
    // here and below: the row version the person saw; a batch changed since is refused.
    Status remove(qint64 id, qint64 expectedVersion);
    // Archived batches leave the lists and the figures; restoring makes them recorded again.
    Result<Batch> setArchived(qint64 id, bool archived, qint64 expectedVersion);
    // Managers mark a batch checked (or take the mark back).
    Result<Batch> markChecked(qint64 id, bool checked, qint64 expectedVersion);

    // Managers close a site's local month (not one still to come): its batches become read-only
    // for everyone and no batch may be added to it until it is reopened. Closing a closed month
    // or reopening an open one changes nothing.
    Status closeMonth(qint64 siteId, int year, int month);
    Status reopenMonth(qint64 siteId, int year, int month);
    Result<bool> isMonthClosed(qint64 siteId, int year, int month) const;
    Result<QList<ClosedMonth>> closedMonths(qint64 siteId) const;

    // The batch list, a page at a time, with sums aggregated in SQL; never loads every batch.
    // A query of every site is narrowed to a one-site account's own; another site is refused.
    Result<QList<Row>> page(const Query &query, const Sort &sort, int offset, int limit) const;
    Result<qint64> count(const Query &query) const;
    Result<Totals> totals(const Query &query) const;

private:
    Result<Batch> readable(Batch batch) const;
    Result<Query> readable(Query query) const;
    void publish(const Batch &batch);
    Result<BatchRules::Context> contextFor(const Batch &batch,
                                           const std::optional<Batch> &stored) const;
    struct StepFacts
    {
        qint64 siteId = 0;
        std::optional<qint64> operatorId;
        BatchStatus status = BatchStatus::Recorded;
        int localMonth = 0; // YYYYMM
        QString code;
    };
    Status checkStep(Step step, const StepFacts &batch) const;
    Result<Batch> load(qint64 id) const;
    Result<Batch> changeStatus(qint64 id, qint64 expectedVersion, BatchStatus to,
                               const QString &action);
    Status setMonthClosed(qint64 siteId, int year, int month, bool closed);
    QVariantMap auditColumns(const Batch &batch, const BatchRules::Context *known = nullptr) const;
    static QString summaryOf(const QVariantMap &auditColumns);

    Database &m_db;
    const Session &m_session;
    ChangeHub &m_hub;
    std::function<QDateTime()> m_now;
};

} // namespace Rpb
