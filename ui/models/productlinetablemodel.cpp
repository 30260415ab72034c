#include "productlinetablemodel.h"

#include "services/masterdataservice.h"

namespace Rpb {

ProductLineTableModel::ProductLineTableModel(MasterDataService &service, ChangeHub &hub,
                                             QObject *parent)
    : MasterDataModel(service, hub, EntityKind::ProductLine, parent)
{}

int ProductLineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

Status ProductLineTableModel::fetch(std::optional<qint64> siteId, bool includeArchived)
{
    m_lines.clear();
    if (!siteId)
        return {};
    auto lines = service().productLines(siteId, includeArchived);
    if (!lines)
        return fail(lines.error());
    m_lines = *lines;
    return {};
}

QString ProductLineTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Unit:
        return tr("Unit");
    case Count:
        break;
    }
    return {};
}

QVariant ProductLineTableModel::displayValue(int row, int column) const
{
    const ProductLine &line = m_lines.at(row);
    switch (Column(column)) {
    case Code:
        return line.code;
    case Name:
        return line.name;
    case Unit:
        return unitDisplayName(line.unit);
    case Count:
        break;
    }
    return {};
}

} // namespace Rpb
