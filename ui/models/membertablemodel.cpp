#include "membertablemodel.h"

#include "displayformat.h"
#include "services/masterdataservice.h"

namespace Rpb {

MemberTableModel::MemberTableModel(MasterDataService &service, ChangeHub &hub, QObject *parent)
    : MasterDataModel(service, hub, EntityKind::Member, parent)
{}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

Status MemberTableModel::fetch(std::optional<qint64> siteId, bool includeArchived)
{
    m_members.clear();
    if (!siteId)
        return {};
    auto members = service().members(siteId, includeArchived);
    if (!members)
        return fail(members.error());
    m_members = *members;
    return {};
}

QString MemberTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Business name");
    case Owner:
        return tr("Owner");
    case Nib:
        return tr("NIB");
    case WomenLed:
        return tr("Women-led");
    case YouthLed:
        return tr("Youth-led");
    case Phone:
        return tr("Phone");
    case Joined:
        return tr("Joined");
    case Count:
        break;
    }
    return {};
}

QVariant MemberTableModel::displayValue(int row, int column) const
{
    const Member &m = m_members.at(row);
    switch (Column(column)) {
    case Code:
        return m.code;
    case Name:
        return m.name;
    case Owner:
        return m.owner;
    case Nib:
        return m.nib;
    case WomenLed:
        return DisplayFormat::yesNo(m.womenLed);
    case YouthLed:
        return DisplayFormat::yesNo(m.youthLed);
    case Phone:
        return m.phone;
    case Joined:
        return DisplayFormat::date(m.joined);
    case Count:
        break;
    }
    return {};
}

QVariant MemberTableModel::sortValue(int row, int column) const
{
    const Member &m = m_members.at(row);
    switch (Column(column)) {
    case WomenLed:
        return int(m.womenLed);
    case YouthLed:
        return int(m.youthLed);
    case Joined:
        return m.joined.isValid() ? m.joined.toJulianDay() : qint64(0);
    default:
        return displayValue(row, column);
    }
}

bool MemberTableModel::isNumeric(int column) const
{
    return column == Joined;
}

} // namespace Rpb
