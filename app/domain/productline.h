#pragma once

#include "recordmeta.h"
#include "units.h"

#include <QString>

namespace Rpb {

// What a site makes, with the unit its output is counted in.
struct ProductLine
{
    static constexpr const char *table = "product_line";

    RecordMeta meta;
    QString code; // unique within the site: "PATCHOULI"
    QString name;
    Unit unit = Unit::Kg;
};

} // namespace Rpb
