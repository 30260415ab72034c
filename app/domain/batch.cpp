#include "batch.h"

#include <QCoreApplication>

#include <algorithm>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};
} // namespace

QString batchStatusCode(BatchStatus status)
{
    switch (status) {
    case BatchStatus::Recorded:
        return QStringLiteral("recorded");
    case BatchStatus::Checked:
        return QStringLiteral("checked");
    case BatchStatus::Archived:
        return QStringLiteral("archived");
    }
    return {};
}

std::optional<BatchStatus> batchStatusFromCode(const QString &code)
{
    for (BatchStatus s : {BatchStatus::Recorded, BatchStatus::Checked, BatchStatus::Archived})
        if (batchStatusCode(s) == code)
            return s;
    return std::nullopt;
}

QString batchStatusDisplayName(BatchStatus status)
{
    switch (status) {
    case BatchStatus::Recorded:
        return Tr::tr("Recorded");
    case BatchStatus::Checked:
        return Tr::tr("Checked");
    case BatchStatus::Archived:
        return Tr::tr("Archived");
    }
    return {};
}

qint64 Batch::wasteMilli(Unit unit) const
{
    qint64 sum = 0;
    for (const WasteLine &line : waste)
        if (line.unit == unit)
            sum += line.quantityMilli;
    return sum;
}

Batch Batch::copyForNew(const QDate &date) const
{
    Batch copy = *this;
    copy.meta = RecordMeta {};
    copy.meta.siteId = meta.siteId;
    copy.code.clear();
    copy.productionDate = date;
    copy.status = BatchStatus::Recorded;
    copy.warningNote.clear();
    copy.operatorId.reset();
    copy.createdBy.clear();
    copy.notes.clear();
    for (WasteLine &line : copy.waste)
        line.meta = RecordMeta {};
    return copy;
}

bool Batch::sameContent(const Batch &o) const
{
    // The machines of a batch are a set: they come back in the order of their codes.
    QList<qint64> machines = equipmentIds;
    QList<qint64> otherMachines = o.equipmentIds;
    std::sort(machines.begin(), machines.end());
    std::sort(otherMachines.begin(), otherMachines.end());
    return productLineId == o.productLineId && memberId == o.memberId
        && productionDate == o.productionDate && shift == o.shift && machines == otherMachines
        && inputMaterial == o.inputMaterial && inputMilli == o.inputMilli
        && inputUnit == o.inputUnit && outputMilli == o.outputMilli && energyWh == o.energyWh
        && waterMl == o.waterMl && notes == o.notes && waste == o.waste;
}

qint64 BatchTotals::output(Unit unit) const
{
    switch (unit) {
    case Unit::Kg:
        return outputKgMilli;
    case Unit::Litre:
        return outputLitreMilli;
    case Unit::Piece:
        return outputPieceMilli;
    }
    return 0;
}

} // namespace Rpb
