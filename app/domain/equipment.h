#pragma once

#include "recordmeta.h"
#include "units.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rpb {

// A shared machine. Capacity above one lets several members use it at once.
struct Equipment
{
    static constexpr const char *table = "equipment";

    RecordMeta meta;
    QString code; // unique within the site: "ACH-KET1"
    QString name;
    QString type; // "distillation kettle"
    EquipmentStatus status = EquipmentStatus::Active;
    int capacity = 1;
    std::optional<int> bufferMinutes; // overrides the site's buffer when set
    QString notes;
    QList<qint64> productLineIds; // product lines it serves
};

} // namespace Rpb
