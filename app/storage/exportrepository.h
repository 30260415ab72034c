#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <limits>
#include <optional>

namespace Rpb {

class Database;

// The SQL behind the spreadsheet export: forward-only queries that hand over one row at a time,
// so that a million bookings never sit in memory together. Tombstones (deleted = 1) are left
// out; archived records stay in, since a spreadsheet is history. Names of sites, machines,
// members, product lines and categories are not joined in: they are few and the caller reads
// them once. A row callback that returns false stops the query.
class ExportRepository final
{
public:
    // Open ends of a range of site-local dates are empty strings; of UTC seconds, the limits.
    struct DateRange
    {
        QString from; // YYYY-MM-DD, inclusive
        QString to; // YYYY-MM-DD, inclusive
    };
    struct TimeRange
    {
        qint64 fromUtc = std::numeric_limits<qint64>::min(); // seconds, inclusive
        qint64 toUtc = std::numeric_limits<qint64>::max(); // seconds, exclusive
    };

    struct BookingRow
    {
        QByteArray uuid;
        qint64 equipmentId = 0;
        qint64 memberId = 0;
        std::optional<qint64> productLineId;
        QByteArray seriesUuid; // empty: not part of a series
        qint64 startUtc = 0;
        qint64 endUtc = 0;
        QString status;
        std::optional<qint64> actualStartUtc;
        std::optional<qint64> actualEndUtc;
        QString purpose;
        QString createdBy;
    };

    struct BatchRow
    {
        QByteArray uuid;
        QString code;
        qint64 productLineId = 0;
        qint64 memberId = 0;
        QString productionDate;
        int shift = 1;
        QString inputMaterial;
        qint64 inputMilli = 0;
        QString inputUnit;
        qint64 outputMilli = 0;
        qint64 energyWh = 0;
        qint64 waterMl = 0;
        QString status;
        QString notes;
        QString warningNote;
        QString createdBy;
        qint64 wasteKgMilli = 0;
        qint64 wasteLitreMilli = 0;
        QList<qint64> equipmentIds;
    };

    struct WasteRow
    {
        QByteArray uuid;
        QByteArray batchUuid;
        QString batchCode;
        QString productionDate;
        QString batchStatus;
        qint64 memberId = 0;
        qint64 productLineId = 0;
        qint64 categoryId = 0;
        QString route;
        QString unit;
        qint64 quantityMilli = 0;
    };

    struct MemberRow
    {
        QByteArray uuid;
        QString code;
        QString name;
        QString owner;
        QString nib;
        bool womenLed = false;
        bool youthLed = false;
        QString phone;
        QString joined; // YYYY-MM-DD or empty
        bool archived = false;
    };

    template<typename Row> using RowCallback = std::function<bool(const Row &row)>;

    explicit ExportRepository(const Database &db);

    // Bookings of a site starting within the range, by start.
    Result<qint64> countBookings(qint64 siteId, const TimeRange &range) const;
    Status bookings(qint64 siteId, const TimeRange &range,
                    const RowCallback<BookingRow> &row) const;

    // Batches of a site by production date (then code), with their waste in kg and L apart.
    Result<qint64> countBatches(qint64 siteId, const DateRange &range) const;
    Status batches(qint64 siteId, const DateRange &range, const RowCallback<BatchRow> &row) const;

    // Waste lines of the batches of a site, in the order of their batches.
    Result<qint64> countWasteLines(qint64 siteId, const DateRange &range) const;
    Status wasteLines(qint64 siteId, const DateRange &range,
                      const RowCallback<WasteRow> &row) const;

    // Members of a site by code.
    Result<qint64> countMembers(qint64 siteId) const;
    Status members(qint64 siteId, const RowCallback<MemberRow> &row) const;

private:
    const Database &m_db;
};

} // namespace Rpb
