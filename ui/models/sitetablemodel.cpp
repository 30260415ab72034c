#include "sitetablemodel.h"

#include "displayformat.h"
#include "services/masterdataservice.h"

namespace Rpb {

SiteTableModel::SiteTableModel(MasterDataService &service, ChangeHub &hub, QObject *parent)
    : MasterDataModel(service, hub, EntityKind::Site, parent)
{}

int SiteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

Status SiteTableModel::fetch(std::optional<qint64>, bool includeArchived)
{
    auto sites = service().sites(includeArchived);
    m_sites = sites ? *sites : QList<Site>();
    if (!sites)
        return fail(sites.error());
    return {};
}

QString SiteTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Province:
        return tr("Province");
    case Manager:
        return tr("Responsible manager");
    case TimeZone:
        return tr("Time zone");
    case OpeningHours:
        return tr("Opening hours");
    case OpenDays:
        return tr("Open days");
    case Buffer:
        return tr("Buffer");
    case ShortestBooking:
        return tr("Shortest booking");
    case LongestBooking:
        return tr("Longest booking");
    case BookAhead:
        return tr("Book ahead");
    case WeeklyQuota:
        return tr("Weekly quota");
    case MassBalanceTolerance:
        return tr("Mass-balance tolerance");
    case AutoConfirm:
        return tr("Auto-confirm");
    case Count:
        break;
    }
    return {};
}

QVariant SiteTableModel::displayValue(int row, int column) const
{
    const Site &s = m_sites.at(row);
    switch (Column(column)) {
    case Code:
        return s.code;
    case Name:
        return s.name;
    case Province:
        return s.province;
    case Manager:
        return s.managerName;
    case TimeZone:
        return DisplayFormat::timeZoneAbbreviation(s.timeZone);
    case OpeningHours:
        return QString(DisplayFormat::timeOfDay(s.openMinute) + QChar(0x2013)
                       + DisplayFormat::timeOfDay(s.closeMinute));
    case OpenDays:
        return DisplayFormat::openDays(s.openDays);
    case Buffer:
        return DisplayFormat::duration(s.bufferMinutes);
    case ShortestBooking:
        return DisplayFormat::duration(s.minBookingMinutes);
    case LongestBooking:
        return DisplayFormat::duration(s.maxBookingMinutes);
    case BookAhead:
        return tr("%n day(s)", nullptr, s.bookAheadDays);
    case WeeklyQuota:
        return DisplayFormat::duration(s.weeklyQuotaMinutes);
    case MassBalanceTolerance:
        return DisplayFormat::percent(s.massBalanceTolerancePercent);
    case AutoConfirm:
        return DisplayFormat::yesNo(s.autoConfirm);
    case Count:
        break;
    }
    return {};
}

QVariant SiteTableModel::sortValue(int row, int column) const
{
    const Site &s = m_sites.at(row);
    switch (Column(column)) {
    case OpeningHours:
        return s.openMinute * 10000 + s.closeMinute;
    case OpenDays:
        return s.openDays;
    case Buffer:
        return s.bufferMinutes;
    case ShortestBooking:
        return s.minBookingMinutes;
    case LongestBooking:
        return s.maxBookingMinutes;
    case BookAhead:
        return s.bookAheadDays;
    case WeeklyQuota:
        return s.weeklyQuotaMinutes;
    case MassBalanceTolerance:
        return s.massBalanceTolerancePercent;
    case AutoConfirm:
        return int(s.autoConfirm);
    default:
        return displayValue(row, column);
    }
}

bool SiteTableModel::isNumeric(int column) const
{
    switch (Column(column)) {
    case Buffer:
    case ShortestBooking:
    case LongestBooking:
    case BookAhead:
    case WeeklyQuota:
    case MassBalanceTolerance:
        return true;
    default:
        return false;
    }
}

} // namespace Rpb
