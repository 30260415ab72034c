#pragma once

#include "domain/equipment.h"
#include "domain/member.h"
#include "domain/productline.h"
#include "domain/result.h"
#include "domain/site.h"

#include <QHash>

#include <optional>

namespace Rpb {

class MasterDataService;

// The records a command line names (by code or UUID) and the codes it prints for the records it
// shows. An unknown name is invalid input whose WHERE is the option it came from
// ("--equipment ACH-KETX").
class RecordLookup final
{
    Q_DISABLE_COPY_MOVE(RecordLookup)
public:
    explicit RecordLookup(const MasterDataService &masterData);

    Result<Site> site(const QString &idOrCode) const;
    // Within the site when one is given.
    Result<Equipment> equipment(std::optional<qint64> siteId, const QString &idOrCode) const;
    Result<ProductLine> productLine(qint64 siteId, const QString &idOrCode) const;
    // A member of the site, else one of another site (so that the booking rules can say so).
    Result<Member> member(std::optional<qint64> siteId, const QString &idOrCode) const;

    // For output, archived records included; each record is read once.
    Result<Site> siteById(qint64 id);
    QString siteCode(qint64 id);
    QString equipmentCode(qint64 id);
    QString equipmentName(qint64 id);
    QString memberCode(qint64 id);
    QString memberName(qint64 id);
    QString productLineCode(qint64 id);

private:
    template<typename T>
    const T *cached(QHash<qint64, T> &cache, qint64 id);

    const MasterDataService &m_masterData;
    QHash<qint64, Site> m_sites;
    QHash<qint64, Equipment> m_equipment;
    QHash<qint64, Member> m_members;
    QHash<qint64, ProductLine> m_productLines;
};

} // namespace Rpb
