#include "masterdatarepository.h"

#include "database.h"
#include "domain/uuid7.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(MasterDataRepository)
};

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

// Columns of the meta part, in the order readMeta expects them first in every SELECT.
const QString metaSelect = QStringLiteral(
    "id, uuid, created_ms, updated_ms, row_version, archived");

void readMeta(const QSqlQuery &q, RecordMeta &meta)
{
    meta.id = q.value(0).toLongLong();
    meta.uuid = Uuid7::fromBytes(q.value(1).toByteArray());
    meta.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    meta.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    meta.rowVersion = q.value(4).toLongLong();
    meta.archived = q.value(5).toBool();
}

// Per-type knowledge: which columns, in which order, and how to read a row back.
template<typename T>
struct Mapping;

template<>
struct Mapping<Site>
{
    static QStringList names()
    {
        return {QStringLiteral("code"),
                QStringLiteral("name"),
                QStringLiteral("province"),
                QStringLiteral("time_zone"),
                QStringLiteral("open_minute"),
                QStringLiteral("close_minute"),
                QStringLiteral("open_days"),
                QStringLiteral("buffer_minutes"),
                QStringLiteral("min_booking_minutes"),
                QStringLiteral("max_booking_minutes"),
                QStringLiteral("book_ahead_days"),
                QStringLiteral("weekly_quota_minutes"),
                QStringLiteral("mass_balance_tolerance_percent"),
                QStringLiteral("auto_confirm"),
                QStringLiteral("manager_name")};
    }
    static QVariantList values(const Site &s)
    {
        return {s.code,
                s.name,
                s.province,
                s.timeZone,
                s.openMinute,
                s.closeMinute,
                s.openDays,
                s.bufferMinutes,
                s.minBookingMinutes,
                s.maxBookingMinutes,
                s.bookAheadDays,
                s.weeklyQuotaMinutes,
                s.massBalanceTolerancePercent,
                s.autoConfirm ? 1 : 0,
                s.managerName};
    }
    static void read(const QSqlQuery &q, int c, Site &s)
    {
        s.code = q.value(c++).toString();
        s.name = q.value(c++).toString();
        s.province = q.value(c++).toString();
        s.timeZone = q.value(c++).toString();
        s.openMinute = q.value(c++).toInt();
        s.closeMinute = q.value(c++).toInt();
        s.openDays = q.value(c++).toInt();
        s.bufferMinutes = q.value(c++).toInt();
        s.minBookingMinutes = q.value(c++).toInt();
        s.maxBookingMinutes = q.value(c++).toInt();
        s.bookAheadDays = q.value(c++).toInt();
        s.weeklyQuotaMinutes = q.value(c++).toInt();
        s.massBalanceTolerancePercent = q.value(c++).toInt();
        s.autoConfirm = q.value(c++).toBool();
        s.managerName = q.value(c++).toString();
        s.meta.siteId = s.meta.id;
    }
    static constexpr bool hasSite = false;
};

template<>
struct Mapping<ProductLine>
{
    static QStringList names()
    {
        return {QStringLiteral("site_id"), QStringLiteral("code"), QStringLiteral("name"),
                QStringLiteral("unit")};
    }
    static QVariantList values(const ProductLine &p)
    {
        return {p.meta.siteId, p.code, p.name, unitCode(p.unit)};
    }
    static void read(const QSqlQuery &q, int c, ProductLine &p)
    {
        p.meta.siteId = q.value(c++).toLongLong();
        p.code = q.value(c++).toString();
        p.name = q.value(c++).toString();
        p.unit = unitFromCode(q.value(c++).toString()).value_or(Unit::Kg);
    }
    static constexpr bool hasSite = true;
};

template<>
struct Mapping<Equipment>
{
    static QStringList names()
    {
        return {QStringLiteral("site_id"), QStringLiteral("code"),     QStringLiteral("name"),
                QStringLiteral("type"),    QStringLiteral("status"),   QStringLiteral("capacity"),
                QStringLiteral("buffer_minutes"), QStringLiteral("notes")};
    }
    static QVariantList values(const Equipment &e)
    {
        return {e.meta.siteId,
                e.code,
                e.name,
                e.type,
                equipmentStatusCode(e.status),
                e.capacity,
                e.bufferMinutes ? QVariant(*e.bufferMinutes) : nullInt(),
                e.notes};
    }
    static void read(const QSqlQuery &q, int c, Equipment &e)
    {
        e.meta.siteId = q.value(c++).toLongLong();
        e.code = q.value(c++).toString();
        e.name = q.value(c++).toString();
        e.type = q.value(c++).toString();
        e.status = equipmentStatusFromCode(q.value(c++).toString())
                       .value_or(EquipmentStatus::Active);
        e.capacity = q.value(c++).toInt();
        const QVariant buffer = q.value(c++);
        e.bufferMinutes = buffer.isNull() ? std::nullopt : std::optional<int>(buffer.toInt());
        e.notes = q.value(c++).toString();
    }
    static constexpr bool hasSite = true;
};

template<>
struct Mapping<Member>
{
    static QStringList names()
    {
        return {QStringLiteral("site_id"),   QStringLiteral("code"),      QStringLiteral("name"),
                QStringLiteral("owner"),     QStringLiteral("nib"),       QStringLiteral("women_led"),
                QStringLiteral("youth_led"), QStringLiteral("phone"),     QStringLiteral("joined")};
    }
    static QVariantList values(const Member &m)
    {
        return {m.meta.siteId,
                m.code,
                m.name,
                m.owner,
                m.nib,
                m.womenLed ? 1 : 0,
                m.youthLed ? 1 : 0,
                m.phone,
                m.joined.isValid() ? QVariant(m.joined.toString(Qt::ISODate))
                                   : QVariant(QMetaType(QMetaType::QString))};
    }
    static void read(const QSqlQuery &q, int c, Member &m)
    {
        m.meta.siteId = q.value(c++).toLongLong();
        m.code = q.value(c++).toString();
        m.name = q.value(c++).toString();
        m.owner = q.value(c++).toString();
        m.nib = q.value(c++).toString();
        m.womenLed = q.value(c++).toBool();
        m.youthLed = q.value(c++).toBool();
        m.phone = q.value(c++).toString();
        m.joined = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    }
    static constexpr bool hasSite = true;
};

template<>
struct Mapping<WasteCategory>
{
    static QStringList names()
    {
        return {QStringLiteral("site_id"), QStringLiteral("code"), QStringLiteral("name"),
                QStringLiteral("unit"), QStringLiteral("hazardous")};
    }
    static QVariantList values(const WasteCategory &w)
    {
        return {w.meta.siteId, w.code, w.name, unitCode(w.unit), w.hazardous ? 1 : 0};
    }
    static void read(const QSqlQuery &q, int c, WasteCategory &w)
    {
        w.meta.siteId = q.value(c++).toLongLong();
        w.code = q.value(c++).toString();
        w.name = q.value(c++).toString();
        w.unit = unitFromCode(q.value(c++).toString()).value_or(Unit::Kg);
        w.hazardous = q.value(c++).toBool();
    }
    static constexpr bool hasSite = true;
};

template<typename T>
QString selectSql(const QString &where)
{
    return QStringLiteral("SELECT ") + metaSelect + QStringLiteral(", ")
           + Mapping<T>::names().join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
           + QLatin1String(T::table) + QStringLiteral(" WHERE deleted = 0")
           + (where.isEmpty() ? QString() : QStringLiteral(" AND ") + where);
}

template<typename T>
Result<QList<T>> readAll(const Database &db, const QString &sql, const QVariantList &binds)
{
    auto q = db.exec(sql, binds);
    if (!q)
        return fail(q.error());
    QList<T> out;
    while (q->next()) {
        T record;
        readMeta(*q, record.meta);
        Mapping<T>::read(*q, 6, record);
        out.append(record);
    }
    return out;
}
} // namespace

MasterDataRepository::MasterDataRepository(const Database &db)
    : m_db(db)
{}

template<typename T>
QVariantMap MasterDataRepository::columns(const T &record)
{
    QVariantMap map;
    const QStringList names = Mapping<T>::names();
    const QVariantList values = Mapping<T>::values(record);
    for (int i = 0; i < names.size(); ++i)
        map.insert(names.at(i), values.at(i));
    map.insert(QStringLiteral("archived"), record.meta.archived ? 1 : 0);
    if constexpr (std::is_same_v<T, Equipment>) {
        QVariantList ids;
        for (qint64 id : record.productLineIds)
            ids.append(id);
        map.insert(QStringLiteral("product_line_ids"), ids);
    }
    return map;
}

template<typename T>
Result<QList<T>> MasterDataRepository::list(std::optional<qint64> siteId,
                                            bool includeArchived) const
{
    QStringList where;
    QVariantList binds;
    if (siteId) {
        where << (Mapping<T>::hasSite ? QStringLiteral("site_id = ?") : QStringLiteral("id = ?"));
        binds << *siteId;
    }
    if (!includeArchived)
        where << QStringLiteral("archived = 0");
    auto records = readAll<T>(m_db,
                              selectSql<T>(where.join(QStringLiteral(" AND ")))
                                  + QStringLiteral(" ORDER BY code"),
                              binds);
    if (!records)
        return records;
    if (auto s = loadLinks(*records); !s)
        return fail(s.error());
    return records;
}

template<typename T>
Result<std::optional<T>> MasterDataRepository::byId(qint64 id) const
{
    auto records = readAll<T>(m_db, selectSql<T>(QStringLiteral("id = ?")), {id});
    if (!records)
        return fail(records.error());
    if (records->isEmpty())
        return std::optional<T>();
    if (auto s = loadLinks(*records); !s)
        return fail(s.error());
    return std::optional<T>(records->first());
}

template<typename T>
Result<std::optional<T>> MasterDataRepository::byCode(std::optional<qint64> siteId,
                                                      const QString &code) const
{
    QString where = QStringLiteral("code = ?");
    QVariantList binds{code};
    if (siteId && Mapping<T>::hasSite) {
        where += QStringLiteral(" AND site_id = ?");
        binds << *siteId;
    }
    auto records = readAll<T>(m_db, selectSql<T>(where) + QStringLiteral(" ORDER BY id"), binds);
    if (!records)
        return fail(records.error());
    if (records->isEmpty())
        return std::optional<T>();
    if (auto s = loadLinks(*records); !s)
        return fail(s.error());
    return std::optional<T>(records->first());
}

template<typename T>
Result<std::optional<T>> MasterDataRepository::byUuid(const QUuid &uuid) const
{
    auto records = readAll<T>(m_db, selectSql<T>(QStringLiteral("uuid = ?")),
                              {Uuid7::toBytes(uuid)});
    if (!records)
        return fail(records.error());
    if (records->isEmpty())
        return std::optional<T>();
    if (auto s = loadLinks(*records); !s)
        return fail(s.error());
    return std::optional<T>(records->first());
}

template<typename T>
Status MasterDataRepository::insert(T &record) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (record.meta.uuid.isNull())
        record.meta.uuid = Uuid7::generate(now.toMSecsSinceEpoch());
    const QStringList names = Mapping<T>::names();
    QVariantList values{Uuid7::toBytes(record.meta.uuid), now.toMSecsSinceEpoch(),
                        now.toMSecsSinceEpoch(), record.meta.archived ? 1 : 0};
    values += Mapping<T>::values(record);
    QString placeholders = QStringLiteral("?, ?, ?, ?");
    for (int i = 0; i < names.size(); ++i)
        placeholders += QStringLiteral(", ?");
    const QString sql = QStringLiteral("INSERT INTO ") + QLatin1String(T::table)
                        + QStringLiteral(" (uuid, created_ms, updated_ms, archived, ")
                        + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                        + placeholders + QLatin1Char(')');
    auto q = m_db.exec(sql, values);
    if (!q)
        return fail(q.error());
    record.meta.id = q->lastInsertId().toLongLong();
    if constexpr (std::is_same_v<T, Site>)
        record.meta.siteId = record.meta.id;
    record.meta.createdAt = now;
    record.meta.updatedAt = now;
    record.meta.rowVersion = 1;
    return writeLinks(record);
}

template<typename T>
Status MasterDataRepository::update(T &record) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList names = Mapping<T>::names();
    QString assignments = QStringLiteral("updated_ms = ?, row_version = row_version + 1, "
                                         "archived = ?");
    for (const QString &name : names)
        assignments += QStringLiteral(", ") + name + QStringLiteral(" = ?");
    QVariantList values{now.toMSecsSinceEpoch(), record.meta.archived ? 1 : 0};
    values += Mapping<T>::values(record);
    values << record.meta.id << record.meta.rowVersion;
    auto q = m_db.exec(QStringLiteral("UPDATE ") + QLatin1String(T::table) + QStringLiteral(" SET ")
                           + assignments
                           + QStringLiteral(" WHERE id = ? AND row_version = ? AND deleted = 0"),
                       values);
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::conflict(
            Tr::tr("Someone else changed or removed this record after you opened it. Reload it "
                   "and make your change again."),
            record.code));
    record.meta.updatedAt = now;
    ++record.meta.rowVersion;
    return writeLinks(record);
}

template<typename T>
Status MasterDataRepository::writeLinks(const T &record) const
{
    if constexpr (std::is_same_v<T, Equipment>) {
        if (auto q = m_db.exec(QStringLiteral("DELETE FROM equipment_product_line WHERE "
                                              "equipment_id = ?"),
                               {record.meta.id});
            !q)
            return fail(q.error());
        for (qint64 lineId : record.productLineIds) {
            if (auto q = m_db.exec(QStringLiteral("INSERT INTO equipment_product_line "
                                                  "(equipment_id, product_line_id) VALUES (?, ?)"),
                                   {record.meta.id, lineId});
                !q)
                return fail(q.error());
        }
    } else {
        Q_UNUSED(record);
    }
    return {};
}

template<typename T>
Status MasterDataRepository::loadLinks(QList<T> &records) const
{
    if constexpr (std::is_same_v<T, Equipment>) {
        for (Equipment &e : records) {
            auto q = m_db.exec(QStringLiteral("SELECT product_line_id FROM equipment_product_line "
                                              "WHERE equipment_id = ? ORDER BY product_line_id"),
                               {e.meta.id});
            if (!q)
                return fail(q.error());
            e.productLineIds.clear();
            while (q->next())
                e.productLineIds.append(q->value(0).toLongLong());
        }
    } else {
        Q_UNUSED(records);
    }
    return {};
}

#define RPB_INSTANTIATE(T)                                                                      \
    template Result<QList<T>> MasterDataRepository::list<T>(std::optional<qint64>, bool) const; \
    template Result<std::optional<T>> MasterDataRepository::byId<T>(qint64) const;             \
    template Result<std::optional<T>> MasterDataRepository::byCode<T>(std::optional<qint64>,   \
                                                                      const QString &) const;  \
    template Result<std::optional<T>> MasterDataRepository::byUuid<T>(const QUuid &) const;    \
    template Status MasterDataRepository::insert<T>(T &) const;                                 \
    template Status MasterDataRepository::update<T>(T &) const;                                 \
    template QVariantMap MasterDataRepository::columns<T>(const T &);

RPB_INSTANTIATE(Site)
RPB_INSTANTIATE(ProductLine)
RPB_INSTANTIATE(Equipment)
RPB_INSTANTIATE(Member)
RPB_INSTANTIATE(WasteCategory)
#undef RPB_INSTANTIATE

} // namespace Rpb
