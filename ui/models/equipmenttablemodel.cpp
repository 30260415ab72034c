#include "equipmenttablemodel.h"

#include "displayformat.h"
#include "services/masterdataservice.h"

namespace Rpb {

EquipmentTableModel::EquipmentTableModel(MasterDataService &service, ChangeHub &hub,
                                         QObject *parent)
    : MasterDataModel(service, hub, EntityKind::Equipment, parent)
{}

int EquipmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

bool EquipmentTableModel::dependsOn(EntityKind kind) const
{
    return kind == EntityKind::Equipment || kind == EntityKind::ProductLine;
}

Status EquipmentTableModel::fetch(std::optional<qint64> siteId, bool includeArchived)
{
    m_equipment.clear();
    m_productLineNames.clear();
    if (!siteId)
        return {};
    auto equipment = service().equipment(siteId, includeArchived);
    if (!equipment)
        return fail(equipment.error());
    // Archived lines too: a machine may still name a line that was archived after it was linked.
    auto lines = service().productLines(siteId, true);
    if (!lines)
        return fail(lines.error());
    m_equipment = *equipment;
    for (const ProductLine &line : *lines)
        m_productLineNames.insert(line.meta.id, line.name);
    return {};
}

QString EquipmentTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Capacity:
        return tr("Capacity");
    case Buffer:
        return tr("Buffer");
    case ProductLines:
        return tr("Product lines");
    case Notes:
        return tr("Notes");
    case Count:
        break;
    }
    return {};
}

QVariant EquipmentTableModel::displayValue(int row, int column) const
{
    const Equipment &e = m_equipment.at(row);
    switch (Column(column)) {
    case Code:
        return e.code;
    case Name:
        return e.name;
    case Type:
        return e.type;
    case Status:
        return equipmentStatusDisplayName(e.status);
    case Capacity:
        return DisplayFormat::number(e.capacity);
    case Buffer:
        return e.bufferMinutes ? DisplayFormat::duration(*e.bufferMinutes) : tr("site default");
    case ProductLines: {
        QStringList names;
        for (qint64 id : e.productLineIds)
            names << m_productLineNames.value(id);
        names.sort(Qt::CaseInsensitive);
        return names.join(QStringLiteral(", "));
    }
    case Notes:
        // One line in the table; the dialog shows the whole text.
        return e.notes.section(QLatin1Char('\n'), 0, 0);
    case Count:
        break;
    }
    return {};
}

QVariant EquipmentTableModel::sortValue(int row, int column) const
{
    const Equipment &e = m_equipment.at(row);
    switch (Column(column)) {
    case Status:
        return int(e.status);
    case Capacity:
        return e.capacity;
    case Buffer:
        return e.bufferMinutes ? *e.bufferMinutes : -1;
    default:
        return displayValue(row, column);
    }
}

bool EquipmentTableModel::isNumeric(int column) const
{
    return column == Capacity || column == Buffer;
}

} // namespace Rpb
