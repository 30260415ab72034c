#pragma once

#include "domain/member.h"
#include "masterdatamodel.h"

namespace Rpb {

// The member businesses (UMKM) of the selected site.
class MemberTableModel final : public MasterDataModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberTableModel)
public:
    enum Column { Code, Name, Owner, Nib, Phone, Joined, WomenLed, YouthLed, Count };

    MemberTableModel(MasterDataService &service, ChangeHub &hub, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    const Member &memberAt(int row) const { return m_members.at(row); }

protected:
    Status fetch(std::optional<qint64> siteId, bool includeArchived) override;
    int recordCount() const override { return int(m_members.size()); }
    const RecordMeta &metaAt(int row) const override { return m_members.at(row).meta; }
    QString columnTitle(int column) const override;
    QVariant displayValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    bool isNumeric(int column) const override;

private:
    QList<Member> m_members;
};

} // namespace Rpb
