#include "recordlookup.h"

#include "services/masterdataservice.h"

namespace Rpb {

namespace {
template<typename T>
Result<T> named(Result<T> found, const QString &option, const QString &value)
{
    if (!found) {
        Error error = found.error();
        error.where = QStringLiteral("--") + option + QLatin1Char(' ') + value;
        return fail(error);
    }
    return found;
}
} // namespace

RecordLookup::RecordLookup(const MasterDataService &masterData)
    : m_masterData(masterData)
{}

Result<Site> RecordLookup::site(const QString &idOrCode) const
{
    return named(m_masterData.find<Site>(std::nullopt, idOrCode), QStringLiteral("site"),
                 idOrCode);
}

Result<Equipment> RecordLookup::equipment(std::optional<qint64> siteId,
                                          const QString &idOrCode) const
{
    return named(m_masterData.find<Equipment>(siteId, idOrCode), QStringLiteral("equipment"),
                 idOrCode);
}

Result<ProductLine> RecordLookup::productLine(qint64 siteId, const QString &idOrCode) const
{
    return named(m_masterData.find<ProductLine>(siteId, idOrCode), QStringLiteral("product-line"),
                 idOrCode);
}

Result<Member> RecordLookup::member(std::optional<qint64> siteId, const QString &idOrCode) const
{
    auto found = m_masterData.find<Member>(siteId, idOrCode);
    if (!found && siteId && found.error().kind == Error::Kind::NotFound)
        found = m_masterData.find<Member>(std::nullopt, idOrCode);
    return named(found, QStringLiteral("member"), idOrCode);
}

template<typename T>
const T *RecordLookup::cached(QHash<qint64, T> &cache, qint64 id)
{
    auto it = cache.constFind(id);
    if (it == cache.constEnd()) {
        auto record = m_masterData.get<T>(id);
        if (!record)
            return nullptr;
        it = cache.insert(id, *record);
    }
    return &*it;
}

Result<Site> RecordLookup::siteById(qint64 id)
{
    if (const Site *site = cached(m_sites, id))
        return *site;
    return m_masterData.get<Site>(id);
}

QString RecordLookup::siteCode(qint64 id)
{
    const Site *site = cached(m_sites, id);
    return site ? site->code : QString();
}

QString RecordLookup::equipmentCode(qint64 id)
{
    const Equipment *machine = cached(m_equipment, id);
    return machine ? machine->code : QString();
}

QString RecordLookup::equipmentName(qint64 id)
{
    const Equipment *machine = cached(m_equipment, id);
    return machine ? machine->name : QString();
}

QString RecordLookup::memberCode(qint64 id)
{
    const Member *member = cached(m_members, id);
    return member ? member->code : QString();
}

QString RecordLookup::memberName(qint64 id)
{
    const Member *member = cached(m_members, id);
    return member ? member->name : QString();
}

QString RecordLookup::productLineCode(qint64 id)
{
    const ProductLine *line = cached(m_productLines, id);
    return line ? line->code : QString();
}

} // namespace Rpb
