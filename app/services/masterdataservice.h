#pragma once

#include "domain/actor.h"
#include "domain/entitykind.h"
#include "domain/equipment.h"
#include "domain/member.h"
#include "domain/productline.h"
#include "domain/result.h"
#include "domain/site.h"
#include "domain/wastecategory.h"

#include <QObject>

#include <optional>

namespace Rpb {

class Database;

// Keeps the reference records of the sites: sites, product lines, machines, members and waste
// categories. Every write checks the rules and the actor's permission, runs in one transaction
// with its audit entry, and then announces the change so that views refresh.
class MasterDataService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MasterDataService)
public:
    explicit MasterDataService(Database &db, QObject *parent = nullptr);

    void setActor(const Actor &actor) { m_actor = actor; }
    const Actor &actor() const { return m_actor; }

    // siteId empty: all sites. Sorted by code.
    Result<QList<Site>> sites(bool includeArchived = false) const;
    Result<QList<ProductLine>> productLines(std::optional<qint64> siteId,
                                            bool includeArchived = false) const;
    Result<QList<Equipment>> equipment(std::optional<qint64> siteId,
                                       bool includeArchived = false) const;
    Result<QList<Member>> members(std::optional<qint64> siteId, bool includeArchived = false) const;
    Result<QList<WasteCategory>> wasteCategories(std::optional<qint64> siteId,
                                                 bool includeArchived = false) const;

    template<typename T>
    Result<T> get(qint64 id) const;
    // By UUID or by code (within the site when given); a not-found error names what was asked.
    template<typename T>
    Result<T> find(std::optional<qint64> siteId, const QString &idOrCode) const;

    Result<Site> save(const Site &site);
    Result<ProductLine> save(const ProductLine &line);
    Result<Equipment> save(const Equipment &equipment);
    Result<Member> save(const Member &member);
    Result<WasteCategory> save(const WasteCategory &category);

    // Archived records stay in reports and history but leave pickers and lists.
    template<typename T>
    Result<T> setArchived(qint64 id, bool archived);

Q_SIGNALS:
    void changed(Rpb::EntityKind kind, qint64 siteId);

private:
    template<typename T>
    Result<T> saveRecord(T record, EntityKind kind);
    Status authorizeWrite(qint64 siteId) const;
    Status checkReferences(const Equipment &equipment) const;
    template<typename T>
    Status checkReferences(const T &) const
    {
        return {};
    }

    Database &m_db;
    Actor m_actor;
};

} // namespace Rpb
