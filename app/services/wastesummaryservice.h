#pragma once

#include "domain/result.h"
#include "storage/wasterepository.h"
#include "wastefigures.h"

#include <optional>

namespace Rpb {

class Database;

// Computes the waste figures of a selection (one site or all, a range of local months, one unit)
// from two grouped queries: waste by site, month, product line, category and route, and output
// by site, month and product line. Every view (per product line, over time, by category or
// route, the key figures and the change against the previous period) is folded from those sums,
// so the chart, the table, the command line and the printed summary cannot disagree.
class WasteSummaryService final
{
    Q_DISABLE_COPY_MOVE(WasteSummaryService)
public:
    struct Query
    {
        std::optional<qint64> siteId; // empty: all sites
        int fromMonth = 0;            // YYYYMM, inclusive
        int toMonth = 0;
        Unit unit = Unit::Kg;
        WasteFigures::Stack stack = WasteFigures::Stack::Category;
        WasteFigures::Period period = WasteFigures::Period::Month;
    };

    explicit WasteSummaryService(const Database &db);

    Result<WasteFigures> figures(const Query &query) const;
    // The batches behind a bar segment: a product line key and a stack key of the figures.
    Result<QList<WasteRepository::BatchShare>> batchesBehind(const Query &query,
                                                             const QString &lineKey,
                                                             const QString &stackKey,
                                                             int limit = 200) const;

    static Status validate(const Query &query);
    static int monthsBetween(int fromMonth, int toMonth); // inclusive count
    static int addMonths(int yyyymm, int months);
    static QString periodKey(int yyyymm, WasteFigures::Period period);

private:
    const Database &m_db;
};

} // namespace Rpb
