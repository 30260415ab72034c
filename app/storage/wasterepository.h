#pragma once

#include "domain/result.h"
#include "domain/units.h"

#include <QList>
#include <QString>

namespace Rpb {

class Database;

// The SQL behind waste charts and summaries: sums grouped in the database, read from covering
// indexes (waste_line_counted, batch_site_month), never by loading batches.
class WasteRepository final
{
public:
    struct WasteSum
    {
        qint64 siteId = 0;
        int month = 0; // YYYYMM
        qint64 productLineId = 0;
        qint64 categoryId = 0;
        QString route;
        qint64 milli = 0;
    };
    struct OutputSum
    {
        qint64 siteId = 0;
        int month = 0;
        qint64 productLineId = 0;
        qint64 batches = 0;
        qint64 outputMilli = 0;
        qint64 energyWh = 0;
        qint64 waterMl = 0;
    };
    struct BatchShare
    {
        qint64 batchId = 0;
        QString code;
        QString productionDate;
        QString memberName;
        qint64 milli = 0;
    };

    explicit WasteRepository(const Database &db);

    // siteIds empty: every site.
    Result<QList<WasteSum>> waste(const QList<qint64> &siteIds, int fromMonth, int toMonth,
                                  Unit unit) const;
    Result<QList<OutputSum>> output(const QList<qint64> &siteIds, int fromMonth,
                                    int toMonth) const;
    // The batches behind one bar segment, largest first.
    Result<QList<BatchShare>> batches(const QList<qint64> &siteIds, int fromMonth, int toMonth,
                                      Unit unit, std::optional<qint64> productLineId,
                                      std::optional<qint64> categoryId, const QString &route,
                                      int limit) const;

private:
    const Database &m_db;
};

} // namespace Rpb
