#pragma once

#include "domain/equipment.h"
#include "domain/member.h"
#include "domain/productline.h"
#include "domain/result.h"
#include "domain/site.h"
#include "domain/wastecategory.h"

#include <QList>
#include <QVariantMap>

#include <optional>

namespace Rpb {

class Database;

// SQL for the reference records a site keeps: sites, product lines, machines, members and waste
// categories. It knows nothing of permissions or audit; MasterDataService adds those and the
// transaction around them. T is one of the five record types.
class MasterDataRepository final
{
public:
    explicit MasterDataRepository(const Database &db);

    // siteId empty: every site. Archived records only when asked. Sorted by code.
    template<typename T>
    Result<QList<T>> list(std::optional<qint64> siteId, bool includeArchived) const;
    template<typename T>
    Result<std::optional<T>> byId(qint64 id) const;
    template<typename T>
    Result<std::optional<T>> byCode(std::optional<qint64> siteId, const QString &code) const;
    template<typename T>
    Result<std::optional<T>> byUuid(const QUuid &uuid) const;

    // Fills meta (id, UUID unless set, times, row version 1).
    template<typename T>
    Status insert(T &record) const;
    // Refuses when the stored row version is no longer record.meta.rowVersion (someone else
    // saved in between); bumps the row version and updated time on success.
    template<typename T>
    Status update(T &record) const;

    // The stored field values of a record, by column name: for audit entries and sync.
    template<typename T>
    static QVariantMap columns(const T &record);

private:
    template<typename T>
    Status writeLinks(const T &record) const;
    template<typename T>
    Status loadLinks(QList<T> &records) const;

    const Database &m_db;
};

} // namespace Rpb
