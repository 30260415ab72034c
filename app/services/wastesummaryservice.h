#pragma once

#include "domain/batch.h"
#include "domain/result.h"
#include "wastefigures.h"

#include <optional>

namespace Rpb {

class Database;
class Session;

// Computes the waste figures of a selection (one site or all, a range of local months, one unit)
// with one grouped query per view, all read in one snapshot: waste per product line stacked by
// category or route, waste per period and product line, waste by route in the selection and in
// the period of equal length before it (the key figures and their change), and output per
// product line. The chart, the table, the command line and the printed summary all show these
// figures, so they cannot disagree.
class WasteSummaryService final
{
    Q_DISABLE_COPY_MOVE(WasteSummaryService)
public:
    struct Query
    {
        std::optional<qint64> siteId; // empty: all sites (refused for an account of one site)
        int fromMonth = 0; // YYYYMM, inclusive
        int toMonth = 0;
        Unit unit = Unit::Kg;
        WasteFigures::Stack stack = WasteFigures::Stack::Category;
        WasteFigures::Period period = WasteFigures::Period::Month;
    };

    WasteSummaryService(Database &db, const Session &session);

    Result<WasteFigures> figures(const Query &query) const;
    // The batches behind a bar segment: a product line key and a stack key of the figures.
    Result<QList<WasteBatchShare>> batchesBehind(const Query &query, const QString &lineKey,
                                                 const QString &stackKey, int limit = 200) const;

    static Status validate(const Query &query);
    static int monthsBetween(int fromMonth, int toMonth); // inclusive count
    static int addMonths(int yyyymm, int months);
    static QString periodKey(int yyyymm, WasteFigures::Period period);

private:
    Database &m_db; // not const: the views are read inside one read transaction
    const Session &m_session;
};

} // namespace Rpb
