#pragma once

#include "recordmeta.h"
#include "units.h"

#include <QString>

namespace Rpb {

// A kind of waste a site produces, measured in kg or L (never pieces).
struct WasteCategory
{
    static constexpr const char *table = "waste_category";

    RecordMeta meta;
    QString code; // unique within the site: "SPENT_BIOMASS"
    QString name;
    Unit unit = Unit::Kg;
    bool hazardous = false;
};

} // namespace Rpb
