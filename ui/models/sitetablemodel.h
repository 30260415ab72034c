#pragma once

#include "domain/site.h"
#include "masterdatamodel.h"

namespace Rpb {

// All sites (the site filter does not apply: the list of sites is what the filter chooses from).
class SiteTableModel final : public MasterDataModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteTableModel)
public:
    enum Column {
        Code,
        Name,
        Province,
        Manager,
        TimeZone,
        OpeningHours,
        OpenDays,
        Buffer,
        ShortestBooking,
        LongestBooking,
        BookAhead,
        WeeklyQuota,
        MassBalanceTolerance,
        AutoConfirm,
        Count
    };

    SiteTableModel(MasterDataService &service, ChangeHub &hub, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    const Site &siteAt(int row) const { return m_sites.at(row); }

protected:
    Status fetch(std::optional<qint64> siteId, bool includeArchived) override;
    int recordCount() const override { return int(m_sites.size()); }
    const RecordMeta &metaAt(int row) const override { return m_sites.at(row).meta; }
    QString columnTitle(int column) const override;
    QVariant displayValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    bool isNumeric(int column) const override;

private:
    QList<Site> m_sites;
};

} // namespace Rpb
