#pragma once

#include "domain/wastecategory.h"
#include "masterdatamodel.h"

namespace Rpb {

// The waste categories of the selected site.
class WasteCategoryTableModel final : public MasterDataModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WasteCategoryTableModel)
public:
    enum Column { Code, Name, Unit, Hazardous, Count };

    WasteCategoryTableModel(MasterDataService &service, ChangeHub &hub, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    const WasteCategory &categoryAt(int row) const { return m_categories.at(row); }

protected:
    Status fetch(std::optional<qint64> siteId, bool includeArchived) override;
    int recordCount() const override { return int(m_categories.size()); }
    const RecordMeta &metaAt(int row) const override { return m_categories.at(row).meta; }
    QString columnTitle(int column) const override;
    QVariant displayValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;

private:
    QList<WasteCategory> m_categories;
};

} // namespace Rpb
