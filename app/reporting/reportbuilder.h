#pragma once

#include "domain/result.h"
#include "monthlyreport.h"

#include <optional>

namespace Rpb {

class AppContext;

// Computes the monthly summary of one site (or all sites) for one local month from grouped SQL:
// the waste and output sums of WasteRepository, the machine utilisation of SchedulingService,
// members served from ReportRepository and the month's closing from BatchService. Nothing loads
// batches or bookings one by one.
class ReportBuilder final
{
    Q_DISABLE_COPY_MOVE(ReportBuilder)
public:
    explicit ReportBuilder(AppContext &context);

    // siteId empty: all sites, with a row per site.
    Result<MonthlyReport> build(std::optional<qint64> siteId, int year, int month) const;

private:
    AppContext &m_context;
};

} // namespace Rpb
