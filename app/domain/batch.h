#pragma once

#include "recordmeta.h"
#include "units.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Rpb {

// A batch is recorded by an operator, checked by a manager, and archived when it should leave
// the lists and the figures without being deleted.
enum class BatchStatus { Recorded, Checked, Archived };

QString batchStatusCode(BatchStatus status); // "recorded", "checked", "archived"
std::optional<BatchStatus> batchStatusFromCode(const QString &code);
QString batchStatusDisplayName(BatchStatus status);

// A quantity of one waste category sent down one handling route. Its unit is always the
// category's unit (kg or L).
struct WasteLine
{
    RecordMeta meta; // id 0: a line not stored yet
    qint64 categoryId = 0;
    qint64 quantityMilli = 0; // grams or millilitres
    Unit unit = Unit::Kg;
    Route route = Route::Compost;

    bool operator==(const WasteLine &other) const
    {
        return categoryId == other.categoryId && quantityMilli == other.quantityMilli
            && unit == other.unit && route == other.route;
    }
};

// One production run. Quantities are integer thousandths of their unit: grams, millilitres or
// thousandths of a piece; energy in watt-hours (thousandths of a kWh), water in millilitres.
// The output is counted in the product line's unit.
struct Batch
{
    RecordMeta meta; // meta.siteId is the product line's site
    QString code; // SITE-YYMM-NNNN, given on the first save, never changed or reused
    qint64 productLineId = 0;
    qint64 memberId = 0;
    QDate productionDate; // the site's local date
    int shift = 1; // 1 to 3
    QList<qint64> equipmentIds; // the machines used; read back in the order of their codes
    QString inputMaterial;
    qint64 inputMilli = 0;
    Unit inputUnit = Unit::Kg;
    qint64 outputMilli = 0;
    qint64 energyWh = 0;
    qint64 waterMl = 0;
    QString notes;
    BatchStatus status = BatchStatus::Recorded;
    QString warningNote; // why a warning (mass balance, no output) was accepted
    std::optional<qint64> operatorId; // the account that recorded it; operators edit their own
    QString createdBy; // that account's name, travels with sync
    QList<WasteLine> waste;

    // YYYYMM of the production date: the site-local month the batch counts in.
    int localMonth() const { return productionDate.year() * 100 + productionDate.month(); }
    qint64 wasteMilli(Unit unit) const;
    // What usually repeats, as a new unsaved batch on another date ("copy the last batch of this
    // member"): no id, code, status, author, notes or acknowledgement.
    Batch copyForNew(const QDate &date) const;
    // Same content (what a person enters), ignoring identity, code, status and bookkeeping.
    bool sameContent(const Batch &other) const;
};

// What the batch list asks for. Every part is optional; an empty query is every batch.
struct BatchQuery
{
    std::optional<qint64> siteId; // empty: all sites
    QDate from; // site-local production dates, inclusive; invalid: open
    QDate to;
    std::optional<qint64> productLineId;
    std::optional<qint64> memberId;
    std::optional<qint64> equipmentId;
    // Empty: recorded and checked batches; archived ones only when asked for by status.
    std::optional<BatchStatus> status;
    QString search; // part of the code, the member's name or the notes
};

// One batch behind a bar segment of the waste chart: its share of the segment.
struct WasteBatchShare
{
    qint64 batchId = 0;
    QString code;
    QString productionDate;
    QString memberName;
    qint64 milli = 0;
};

struct BatchSort
{
    enum class Column { Date, Code, Member, Output };
    Column column = Column::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// One line of the batch list: what a table shows, aggregated in SQL.
struct BatchRow
{
    qint64 id = 0;
    QUuid uuid;
    qint64 siteId = 0;
    QString siteCode;
    QString code;
    QDate productionDate;
    int shift = 1;
    qint64 productLineId = 0;
    QString productLineCode;
    QString productLineName;
    Unit unit = Unit::Kg; // of the output
    qint64 memberId = 0;
    QString memberCode;
    QString memberName;
    qint64 outputMilli = 0;
    qint64 wasteKgMilli = 0;
    qint64 wasteLitreMilli = 0;
    BatchStatus status = BatchStatus::Recorded;
    std::optional<qint64> operatorId;
    QString createdBy;
    qint64 rowVersion = 0; // as read, for an edit based on this row
};

// Sums over everything a query matches (not only the page shown). kg, L and pieces stay apart.
struct BatchTotals
{
    qint64 batches = 0;
    qint64 outputKgMilli = 0;
    qint64 outputLitreMilli = 0;
    qint64 outputPieceMilli = 0;
    qint64 wasteKgMilli = 0;
    qint64 wasteLitreMilli = 0;

    qint64 output(Unit unit) const;
};

// A month a manager closed for a site: its batches are read-only until it is reopened.
struct ClosedMonth
{
    int year = 0;
    int month = 0;
    QString closedBy;
    QDateTime closedAt; // UTC
};

} // namespace Rpb
