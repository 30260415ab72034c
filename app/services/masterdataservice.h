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

class ChangeHub;
class Database;
class Session;

// Keeps the reference records of the sites: sites, product lines, machines, members and waste
// categories. Every read keeps to the sites the actor may read (a list of every site is narrowed
// to a one-site account's own; another site's record is refused). Every write checks the rules
// and the actor's permission, runs in one transaction with its audit entry, and then publishes
// the change on the hub so that views refresh.
class MasterDataService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MasterDataService)
public:
    MasterDataService(Database &db, const Session &session, ChangeHub &hub,
                      QObject *parent = nullptr);

    const Actor &actor() const;

    // siteId empty: every site the actor may read. Sorted by code.
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

    // Whether the actor may change this kind of record at the site now (siteId 0 with Site: add
    // a site); the window enables its buttons by it, the service asks it again.
    Status checkEditable(EntityKind kind, qint64 siteId) const;

    Result<Site> save(const Site &site);
    Result<ProductLine> save(const ProductLine &line);
    Result<Equipment> save(const Equipment &equipment);
    Result<Member> save(const Member &member);
    Result<WasteCategory> save(const WasteCategory &category);

    // Archived records stay in reports and history but leave pickers and lists. expectedVersion:
    // the row version the person saw; a record changed since is refused (Conflict), naming who
    // changed it and when.
    template<typename T> Result<T> setArchived(qint64 id, bool archived, qint64 expectedVersion);

    // Tells the hub after a commit that wrote records of a kind at a site (member import).
    void publish(EntityKind kind, qint64 siteId, const QList<qint64> &ids = {});

private:
    template<typename T>
    Result<QList<T>> listOf(std::optional<qint64> siteId, bool includeArchived) const;
    template<typename T> Result<T> saveRecord(T record, EntityKind kind);
    Status checkReferences(const Equipment &equipment) const;
    template<typename T>
    Status checkReferences(const T &) const
    {
        return {};
    }

    Database &m_db;
    const Session &m_session;
    ChangeHub &m_hub;
};

} // namespace Rpb
