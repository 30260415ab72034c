#include "masterdataservice.h"

#include "changehub.h"
#include "domain/permissions.h"
#include "domain/uuid7.h"
#include "domain/validator.h"
#include "editconflict.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/masterdatarepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(MasterDataService)
};

template<typename T>
constexpr EntityKind kindOf()
{
    if constexpr (std::is_same_v<T, Site>)
        return EntityKind::Site;
    else if constexpr (std::is_same_v<T, ProductLine>)
        return EntityKind::ProductLine;
    else if constexpr (std::is_same_v<T, Equipment>)
        return EntityKind::Equipment;
    else if constexpr (std::is_same_v<T, Member>)
        return EntityKind::Member;
    else
        return EntityKind::WasteCategory;
}

// The site a record belongs to: a site's own id for a site.
template<typename T> qint64 siteOf(const T &record)
{
    if constexpr (std::is_same_v<T, Site>)
        return record.meta.id;
    else
        return record.meta.siteId;
}

Error withWhere(Error e, const QString &where)
{
    if (e.where.isEmpty())
        e.where = where;
    return e;
}

template<typename T>
QString summaryOf(const T &record)
{
    return record.code + QLatin1Char(' ') + record.name;
}

// Leading and trailing spaces are never meant; trimming here keeps codes and names comparable.
void tidy(Site &s)
{
    s.code = s.code.trimmed();
    s.name = s.name.trimmed();
    s.province = s.province.trimmed();
    s.timeZone = s.timeZone.trimmed();
    s.managerName = s.managerName.simplified();
}
void tidy(ProductLine &p)
{
    p.code = p.code.trimmed();
    p.name = p.name.trimmed();
}
void tidy(Equipment &e)
{
    e.code = e.code.trimmed();
    e.name = e.name.trimmed();
    e.type = e.type.trimmed();
    e.notes = e.notes.trimmed();
}
void tidy(Member &m)
{
    m.code = m.code.trimmed();
    m.name = m.name.trimmed();
    m.owner = m.owner.trimmed();
    m.nib = m.nib.trimmed();
    m.phone = m.phone.trimmed();
}
void tidy(WasteCategory &w)
{
    w.code = w.code.trimmed();
    w.name = w.name.trimmed();
}
} // namespace

MasterDataService::MasterDataService(Database &db, const Session &session, ChangeHub &hub,
                                     QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_session(session)
    , m_hub(hub)
{}

const Actor &MasterDataService::actor() const
{
    return m_session.actor();
}

Result<QList<Site>> MasterDataService::sites(bool includeArchived) const
{
    auto site = Permissions::narrowRead(actor(), std::nullopt);
    if (!site)
        return fail(site.error());
    auto all = MasterDataRepository(m_db).list<Site>(std::nullopt, includeArchived);
    if (!all || !*site)
        return all;
    QList<Site> own;
    for (const Site &s : std::as_const(*all))
        if (s.meta.id == **site)
            own << s;
    return own;
}

template<typename T>
Result<QList<T>> MasterDataService::listOf(std::optional<qint64> siteId, bool includeArchived) const
{
    auto site = Permissions::narrowRead(actor(), siteId);
    if (!site)
        return fail(site.error());
    return MasterDataRepository(m_db).list<T>(*site, includeArchived);
}

Result<QList<ProductLine>> MasterDataService::productLines(std::optional<qint64> siteId,
                                                           bool includeArchived) const
{
    return listOf<ProductLine>(siteId, includeArchived);
}

Result<QList<Equipment>> MasterDataService::equipment(std::optional<qint64> siteId,
                                                      bool includeArchived) const
{
    return listOf<Equipment>(siteId, includeArchived);
}

Result<QList<Member>> MasterDataService::members(std::optional<qint64> siteId,
                                                 bool includeArchived) const
{
    return listOf<Member>(siteId, includeArchived);
}

Result<QList<WasteCategory>> MasterDataService::wasteCategories(std::optional<qint64> siteId,
                                                                bool includeArchived) const
{
    return listOf<WasteCategory>(siteId, includeArchived);
}

template<typename T>
Result<T> MasterDataService::get(qint64 id) const
{
    auto record = MasterDataRepository(m_db).byId<T>(id);
    if (!record)
        return fail(record.error());
    if (!*record)
        return fail(Error::notFound(Tr::tr("There is no such %1.")
                                        .arg(entityDisplayName(kindOf<T>()).toLower()),
                                    QString::number(id)));
    if (auto s = Permissions::checkRead(actor(), siteOf(**record)); !s)
        return fail(s.error());
    return **record;
}

template<typename T>
Result<T> MasterDataService::find(std::optional<qint64> siteId, const QString &idOrCode) const
{
    const MasterDataRepository repository(m_db);
    Result<std::optional<T>> record = std::optional<T>();
    const QUuid uuid = QUuid::fromString(idOrCode);
    if (!uuid.isNull())
        record = repository.byUuid<T>(uuid);
    else
        record = repository.byCode<T>(siteId, idOrCode.trimmed());
    if (!record)
        return fail(record.error());
    if (!*record || (siteId && kindOf<T>() != EntityKind::Site && (*record)->meta.siteId != *siteId))
        return fail(Error::notFound(Tr::tr("There is no %1 with the code or id \"%2\".")
                                        .arg(entityDisplayName(kindOf<T>()).toLower(), idOrCode),
                                    idOrCode));
    if (auto s = Permissions::checkRead(actor(), siteOf(**record)); !s)
        return fail(withWhere(s.error(), idOrCode));
    return **record;
}

Status MasterDataService::checkEditable(EntityKind kind, qint64 siteId) const
{
    if (auto s = m_db.ensureWritable(); !s)
        return s;
    if (kind == EntityKind::Site && siteId == 0)
        return Permissions::check(actor(), Permissions::Action::AddSite);
    return Permissions::check(actor(), Permissions::Action::EditMasterData, siteId);
}

void MasterDataService::publish(EntityKind kind, qint64 siteId, const QList<qint64> &ids)
{
    m_hub.publish({kind, siteId, ids});
}

Status MasterDataService::checkReferences(const Equipment &equipment) const
{
    const MasterDataRepository repository(m_db);
    for (qint64 lineId : equipment.productLineIds) {
        auto line = repository.byId<ProductLine>(lineId);
        if (!line)
            return fail(line.error());
        if (!*line || (*line)->meta.siteId != equipment.meta.siteId)
            return fail(Error::invalid(
                Tr::tr("A machine can only serve product lines of its own site."),
                Tr::tr("Product lines"), QStringLiteral("product_lines")));
    }
    return {};
}

template<typename T>
Result<T> MasterDataService::saveRecord(T record, EntityKind kind)
{
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    tidy(record);
    const QList<Error> errors = Validator::validate(record);
    if (!errors.isEmpty())
        return fail(errors.first());
    const bool isNew = record.meta.isNew();
    if (auto s = checkEditable(kind, std::is_same_v<T, Site> && isNew ? 0 : record.meta.siteId); !s)
        return fail(s.error());

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    const MasterDataRepository repository(m_db);
    auto sameCode = repository.byCode<T>(record.meta.siteId, record.code);
    if (!sameCode)
        return fail(sameCode.error());
    if (*sameCode && (*sameCode)->meta.id != record.meta.id)
        return fail(Error::invalid(Tr::tr("The code %1 is already used by \"%2\".")
                                       .arg(record.code, (*sameCode)->name),
                                   Tr::tr("Code"), QStringLiteral("code")));
    if (auto s = checkReferences(record); !s)
        return fail(s.error());

    QVariantMap before;
    if (isNew) {
        if (auto s = repository.insert(record); !s)
            return fail(s.error());
    } else {
        auto old = repository.byId<T>(record.meta.id);
        if (!old)
            return fail(old.error());
        if (!*old)
            return fail(Error::notFound(Tr::tr("The record was removed by someone else."),
                                        record.code));
        if constexpr (!std::is_same_v<T, Site>) {
            if ((*old)->meta.siteId != record.meta.siteId)
                return fail(Error::invalid(Tr::tr("A record cannot move to another site."),
                                           Tr::tr("Site"), QStringLiteral("site")));
        }
        if (auto s = EditConflict::check(m_db, (*old)->meta, record.meta.rowVersion, record.code);
            !s)
            return fail(s.error());
        before = MasterDataRepository::columns(**old);
        if (auto s = repository.update(record); !s)
            return fail(s.error());
    }
    const QJsonObject changes = AuditLog::diff(before, MasterDataRepository::columns(record));
    if (auto s = AuditLog::append(
            m_db, actor(), isNew ? QStringLiteral("create") : QStringLiteral("update"),
            entityTable(kind), record.meta.uuid, record.meta.siteId, summaryOf(record), changes);
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s)
        return fail(s.error());
    publish(kind, siteOf(record), {record.meta.id});
    return record;
}

Result<Site> MasterDataService::save(const Site &site)
{
    return saveRecord(site, EntityKind::Site);
}

Result<ProductLine> MasterDataService::save(const ProductLine &line)
{
    return saveRecord(line, EntityKind::ProductLine);
}

Result<Equipment> MasterDataService::save(const Equipment &equipment)
{
    return saveRecord(equipment, EntityKind::Equipment);
}

Result<Member> MasterDataService::save(const Member &member)
{
    return saveRecord(member, EntityKind::Member);
}

Result<WasteCategory> MasterDataService::save(const WasteCategory &category)
{
    return saveRecord(category, EntityKind::WasteCategory);
}

template<typename T>
Result<T> MasterDataService::setArchived(qint64 id, bool archived, qint64 expectedVersion)
{
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    const MasterDataRepository repository(m_db);
    auto found = repository.byId<T>(id);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::notFound(Tr::tr("The record was removed by someone else."),
                                    QString::number(id)));
    T record = **found;
    if (auto s = checkEditable(kindOf<T>(), siteOf(record)); !s)
        return fail(s.error());
    if (auto s = EditConflict::check(m_db, record.meta, expectedVersion, record.code); !s)
        return fail(s.error());
    if (record.meta.archived == archived)
        return record;
    const QVariantMap before = MasterDataRepository::columns(record);
    record.meta.archived = archived;
    if (auto s = repository.update(record); !s)
        return fail(s.error());
    if (auto s = AuditLog::append(
            m_db, actor(), archived ? QStringLiteral("archive") : QStringLiteral("restore"),
            entityTable(kindOf<T>()), record.meta.uuid, record.meta.siteId, summaryOf(record),
            AuditLog::diff(before, MasterDataRepository::columns(record)));
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s)
        return fail(s.error());
    publish(kindOf<T>(), siteOf(record), {record.meta.id});
    return record;
}

#define RPB_INSTANTIATE(T)                                                                         \
    template Result<T> MasterDataService::get<T>(qint64) const;                                    \
    template Result<T> MasterDataService::find<T>(std::optional<qint64>, const QString &) const;   \
    template Result<T> MasterDataService::setArchived<T>(qint64, bool, qint64);

RPB_INSTANTIATE(Site)
RPB_INSTANTIATE(ProductLine)
RPB_INSTANTIATE(Equipment)
RPB_INSTANTIATE(Member)
RPB_INSTANTIATE(WasteCategory)
#undef RPB_INSTANTIATE

} // namespace Rpb
