#pragma once

#include "monthlyreport.h"

#include <QJsonObject>

namespace Rpb {

// The monthly summary's figures as `report --json` prints them: quantities as C-locale decimal
// strings with their unit beside them, shares as decimal strings from 0 to 1, machine time in
// whole seconds, months as YYYY-MM (the conventions of docs/cli.md).
class ReportJson final
{
public:
    static QJsonObject toJson(const MonthlyReport &report);
};

} // namespace Rpb
