#pragma once

#include "domain/equipment.h"
#include "masterdatamodel.h"

#include <QHash>

namespace Rpb {

// The machines of the selected site, with the names of the product lines each serves.
class EquipmentTableModel final : public MasterDataModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EquipmentTableModel)
public:
    enum Column { Code, Name, Type, Status, Capacity, Buffer, ProductLines, Notes, Count };

    EquipmentTableModel(MasterDataService &service, ChangeHub &hub, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    const Equipment &equipmentAt(int row) const { return m_equipment.at(row); }

protected:
    Rpb::Status fetch(std::optional<qint64> siteId, bool includeArchived) override;
    int recordCount() const override { return int(m_equipment.size()); }
    const RecordMeta &metaAt(int row) const override { return m_equipment.at(row).meta; }
    QString columnTitle(int column) const override;
    QVariant displayValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    bool isNumeric(int column) const override;
    bool dependsOn(EntityKind kind) const override;

private:
    QList<Equipment> m_equipment;
    QHash<qint64, QString> m_productLineNames;
};

} // namespace Rpb
