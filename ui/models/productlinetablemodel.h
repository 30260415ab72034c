#pragma once

#include "domain/productline.h"
#include "masterdatamodel.h"

namespace Rpb {

// The product lines of the selected site.
class ProductLineTableModel final : public MasterDataModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductLineTableModel)
public:
    enum Column { Code, Name, Unit, Count };

    ProductLineTableModel(MasterDataService &service, ChangeHub &hub, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    const ProductLine &productLineAt(int row) const { return m_lines.at(row); }

protected:
    Status fetch(std::optional<qint64> siteId, bool includeArchived) override;
    int recordCount() const override { return int(m_lines.size()); }
    const RecordMeta &metaAt(int row) const override { return m_lines.at(row).meta; }
    QString columnTitle(int column) const override;
    QVariant displayValue(int row, int column) const override;

private:
    QList<ProductLine> m_lines;
};

} // namespace Rpb
