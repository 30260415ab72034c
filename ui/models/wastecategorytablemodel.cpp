#include "wastecategorytablemodel.h"

#include "displayformat.h"
#include "services/masterdataservice.h"

namespace Rpb {

WasteCategoryTableModel::WasteCategoryTableModel(MasterDataService &service, ChangeHub &hub,
                                                 QObject *parent)
    : MasterDataModel(service, hub, EntityKind::WasteCategory, parent)
{}

int WasteCategoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

Status WasteCategoryTableModel::fetch(std::optional<qint64> siteId, bool includeArchived)
{
    m_categories.clear();
    if (!siteId)
        return {};
    auto categories = service().wasteCategories(siteId, includeArchived);
    if (!categories)
        return fail(categories.error());
    m_categories = *categories;
    return {};
}

QString WasteCategoryTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Unit:
        return tr("Unit");
    case Hazardous:
        return tr("Hazardous");
    case Count:
        break;
    }
    return {};
}

QVariant WasteCategoryTableModel::displayValue(int row, int column) const
{
    const WasteCategory &category = m_categories.at(row);
    switch (Column(column)) {
    case Code:
        return category.code;
    case Name:
        return category.name;
    case Unit:
        return unitDisplayName(category.unit);
    case Hazardous:
        return DisplayFormat::yesNo(category.hazardous);
    case Count:
        break;
    }
    return {};
}

QVariant WasteCategoryTableModel::sortValue(int row, int column) const
{
    if (column == Hazardous)
        return int(m_categories.at(row).hazardous);
    return displayValue(row, column);
}

} // namespace Rpb
