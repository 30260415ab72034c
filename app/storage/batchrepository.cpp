#include "batchrepository.h"

#include "database.h"
#include "domain/uuid7.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchRepository)
};

const QString batchColumns = QStringLiteral(
    "id, uuid, created_ms, updated_ms, row_version, site_id, code, product_line_id, member_id, "
    "production_date, shift, input_material, input_milli, input_unit, output_milli, energy_wh, "
    "water_ml, status, notes, created_by, operator_id, warning_note");

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Batch readBatch(const QSqlQuery &q)
{
    Batch b;
    int c = 0;
    b.meta.id = q.value(c++).toLongLong();
    b.meta.uuid = Uuid7::fromBytes(q.value(c++).toByteArray());
    b.meta.createdAt = fromMs(q.value(c++));
    b.meta.updatedAt = fromMs(q.value(c++));
    b.meta.rowVersion = q.value(c++).toLongLong();
    b.meta.siteId = q.value(c++).toLongLong();
    b.code = q.value(c++).toString();
    b.productLineId = q.value(c++).toLongLong();
    b.memberId = q.value(c++).toLongLong();
    b.productionDate = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    b.shift = q.value(c++).toInt();
    b.inputMaterial = q.value(c++).toString();
    b.inputMilli = q.value(c++).toLongLong();
    b.inputUnit = unitFromCode(q.value(c++).toString()).value_or(Unit::Kg);
    b.outputMilli = q.value(c++).toLongLong();
    b.energyWh = q.value(c++).toLongLong();
    b.waterMl = q.value(c++).toLongLong();
    b.status = batchStatusFromCode(q.value(c++).toString()).value_or(BatchStatus::Recorded);
    b.notes = q.value(c++).toString();
    b.createdBy = q.value(c++).toString();
    const QVariant op = q.value(c++);
    b.operatorId = op.isNull() ? std::nullopt : std::optional<qint64>(op.toLongLong());
    b.warningNote = q.value(c++).toString();
    b.meta.archived = b.status == BatchStatus::Archived;
    return b;
}

Error conflict(const Batch &b)
{
    return Error::conflict(Tr::tr("Someone else changed or deleted batch %1 after you opened it. "
                                  "Reload it and make your change again.")
                               .arg(b.code),
                           b.code);
}

// "%text%" for LIKE, with the wildcards a person may type taken literally.
QString likePattern(const QString &text)
{
    QString escaped = text.trimmed().toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The WHERE clause of the list statements over `batch b` (joined with `member m` when a search
// needs it). Dates are ISO text, so ranges compare as text and read the (site, date) index.
// byMonth: whole months are asked for, so the bounds can be the local month instead, which the
// covering (site, month, ...) index answers for counts and sums without reading any batch.
struct Filter
{
    QString where;
    QVariantList binds;
    bool needsMember = false;
};

bool wholeMonths(const BatchQuery &q)
{
    return (!q.from.isValid() || q.from.day() == 1)
        && (!q.to.isValid() || q.to.day() == q.to.daysInMonth());
}

int monthOf(const QDate &d)
{
    return d.year() * 100 + d.month();
}

Filter filterFor(const BatchQuery &q, bool byMonth = false)
{
    Filter f;
    QStringList parts {QStringLiteral("b.deleted = 0")};
    if (q.siteId) {
        parts << QStringLiteral("b.site_id = ?");
        f.binds << *q.siteId;
    } else if (q.from.isValid() || q.to.isValid()) {
        // Lets the planner walk the site-first indexes once per site instead of every batch.
        parts << QStringLiteral("b.site_id IN (SELECT id FROM site)");
    }
    if (byMonth) {
        if (q.from.isValid()) {
            parts << QStringLiteral("b.local_month >= ?");
            f.binds << monthOf(q.from);
        }
        if (q.to.isValid()) {
            parts << QStringLiteral("b.local_month <= ?");
            f.binds << monthOf(q.to);
        }
    } else {
        if (q.from.isValid()) {
            parts << QStringLiteral("b.production_date >= ?");
            f.binds << q.from.toString(Qt::ISODate);
        }
        if (q.to.isValid()) {
            parts << QStringLiteral("b.production_date <= ?");
            f.binds << q.to.toString(Qt::ISODate);
        }
    }
    if (q.productLineId) {
        parts << QStringLiteral("b.product_line_id = ?");
        f.binds << *q.productLineId;
    }
    if (q.memberId) {
        parts << QStringLiteral("b.member_id = ?");
        f.binds << *q.memberId;
    }
    if (q.equipmentId) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM batch_equipment be WHERE be.batch_id = "
                                "b.id AND be.equipment_id = ?)");
        f.binds << *q.equipmentId;
    }
    if (q.status) {
        parts << QStringLiteral("b.status = ?");
        f.binds << batchStatusCode(*q.status);
    } else {
        parts << QStringLiteral("b.status <> 'archived'");
    }
    if (!q.search.trimmed().isEmpty()) {
        parts << QStringLiteral("(LOWER(b.code) LIKE ? ESCAPE '\\' OR LOWER(m.name) LIKE ? "
                                "ESCAPE '\\' OR LOWER(b.notes) LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(q.search);
        f.binds << pattern << pattern << pattern;
        f.needsMember = true;
    }
    f.where = parts.join(QStringLiteral(" AND "));
    return f;
}

QString direction(const BatchSort &sort)
{
    return sort.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

QString orderBy(const BatchSort &sort)
{
    const QString dir = direction(sort);
    switch (sort.column) {
    case BatchSort::Column::Date:
        return QStringLiteral("b.production_date") + dir + QStringLiteral(", b.id") + dir;
    case BatchSort::Column::Code:
        return QStringLiteral("b.code") + dir;
    case BatchSort::Column::Member:
        return QStringLiteral("m.name") + dir
            + QStringLiteral(", b.production_date DESC, b.id DESC");
    case BatchSort::Column::Output:
        return QStringLiteral("b.output_milli") + dir + QStringLiteral(", b.id") + dir;
    }
    return QStringLiteral("b.id");
}

const QString pageColumns = QStringLiteral(
    "b.id, b.uuid, b.site_id, s.code, b.code, b.production_date, b.shift, b.product_line_id, "
    "p.code, p.name, p.unit, b.member_id, m.code, m.name, b.output_milli, b.status, "
    "b.operator_id, b.created_by, b.row_version");

const QString pageJoins = QStringLiteral(
    " JOIN member m ON m.id = b.member_id JOIN product_line p ON p.id = b.product_line_id JOIN "
    "site s ON s.id = b.site_id");

QString memberJoin(const Filter &f)
{
    return f.needsMember ? QStringLiteral(" JOIN member m ON m.id = b.member_id") : QString();
}

// A statement and its values.
struct SqlStatement
{
    QString sql;
    QVariantList binds;
};

// Newest first over all sites has no index of its own: sorting every batch of the country took
// half a second. The first pages are the newest of each site's own (site, date) index, merged;
// deep pages (rare, and slow either way) sort the lot.
constexpr int PerSiteRowLimit = 10'000;

SqlStatement pageStatement(const BatchQuery &query, const BatchSort &sort, int offset, int limit,
                           const QList<qint64> &sites)
{
    const bool perSite = !query.siteId && !query.memberId && sort.column == BatchSort::Column::Date
        && sites.size() > 1 && sites.size() <= 100 && qint64(offset) + limit <= PerSiteRowLimit;
    if (!perSite) {
        const Filter f = filterFor(query);
        QVariantList binds = f.binds;
        binds << limit << offset;
        return {QStringLiteral("SELECT ") + pageColumns + QStringLiteral(" FROM batch b")
                    + pageJoins + QStringLiteral(" WHERE ") + f.where + QStringLiteral(" ORDER BY ")
                    + orderBy(sort) + QStringLiteral(" LIMIT ? OFFSET ?"),
                binds};
    }
    BatchQuery oneSite = query;
    oneSite.siteId = 0; // stands for each site in turn: the first value bound
    const Filter f = filterFor(oneSite);
    const QString dir = direction(sort);
    const QString one = QStringLiteral("SELECT * FROM (SELECT b.id FROM batch b") + memberJoin(f)
        + QStringLiteral(" WHERE ") + f.where + QStringLiteral(" ORDER BY b.production_date") + dir
        + QStringLiteral(", b.id") + dir + QStringLiteral(" LIMIT ?)");
    QStringList parts;
    QVariantList binds;
    for (qint64 site : sites) {
        parts << one;
        QVariantList siteBinds = f.binds;
        siteBinds[0] = site;
        binds += siteBinds;
        binds << offset + limit;
    }
    binds << limit << offset;
    return {QStringLiteral("SELECT ") + pageColumns + QStringLiteral(" FROM (")
                + parts.join(QStringLiteral(" UNION ALL "))
                + QStringLiteral(") AS newest JOIN batch b ON b.id = newest.id") + pageJoins
                + QStringLiteral(" ORDER BY ") + orderBy(sort)
                + QStringLiteral(" LIMIT ? OFFSET ?"),
            binds};
}

SqlStatement countStatement(const BatchQuery &query)
{
    const Filter f = filterFor(query, wholeMonths(query));
    return {QStringLiteral("SELECT COUNT(*) FROM batch b") + memberJoin(f)
                + QStringLiteral(" WHERE ") + f.where,
            f.binds};
}

// Output per product line (its unit is looked up after): grouping the covering index by line is
// cheaper than joining every batch to its product line.
SqlStatement outputTotalsStatement(const BatchQuery &query)
{
    const Filter f = filterFor(query, wholeMonths(query));
    return {QStringLiteral("SELECT b.product_line_id, COUNT(*), COALESCE(SUM(b.output_milli), 0) "
                           "FROM batch b")
                + memberJoin(f) + QStringLiteral(" WHERE ") + f.where
                + QStringLiteral(" GROUP BY b.product_line_id"),
            f.binds};
}

SqlStatement wasteTotalsStatement(const BatchQuery &q)
{
    // Whole months of batches that are neither archived nor deleted, without a filter that needs
    // the batch itself: exactly the waste lines marked `counted`, whose covering index the
    // figures also read.
    if (!q.status && !q.memberId && !q.equipmentId && q.search.trimmed().isEmpty()
        && wholeMonths(q)) {
        QStringList parts {QStringLiteral("w.counted = 1")};
        QVariantList binds;
        if (q.siteId) {
            parts << QStringLiteral("w.site_id = ?");
            binds << *q.siteId;
        } else if (q.from.isValid() || q.to.isValid()) {
            parts << QStringLiteral("w.site_id IN (SELECT id FROM site)");
        }
        if (q.from.isValid()) {
            parts << QStringLiteral("w.local_month >= ?");
            binds << monthOf(q.from);
        }
        if (q.to.isValid()) {
            parts << QStringLiteral("w.local_month <= ?");
            binds << monthOf(q.to);
        }
        if (q.productLineId) {
            parts << QStringLiteral("w.product_line_id = ?");
            binds << *q.productLineId;
        }
        return {QStringLiteral("SELECT w.unit, COALESCE(SUM(w.quantity_milli), 0) FROM "
                               "waste_line w WHERE ")
                    + parts.join(QStringLiteral(" AND ")) + QStringLiteral(" GROUP BY w.unit"),
                binds};
    }
    const Filter f = filterFor(q);
    return {QStringLiteral("SELECT w.unit, COALESCE(SUM(w.quantity_milli), 0) FROM batch b JOIN "
                           "waste_line w ON w.batch_id = b.id AND w.deleted = 0")
                + memberJoin(f) + QStringLiteral(" WHERE ") + f.where
                + QStringLiteral(" GROUP BY w.unit"),
            f.binds};
}
} // namespace

BatchRepository::BatchRepository(const Database &db)
    : m_db(db)
{ }

Result<std::optional<Batch>> BatchRepository::readOne(const QString &where,
                                                      const QVariantList &binds,
                                                      const QString &order) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + batchColumns
                           + QStringLiteral(" FROM batch WHERE deleted = 0 AND ") + where
                           + (order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order)
                           + QStringLiteral(" LIMIT 1"),
                       binds);
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<Batch>();
    Batch b = readBatch(*q);
    if (auto s = loadChildren(b); !s)
        return fail(s.error());
    return std::optional<Batch>(b);
}

Status BatchRepository::loadChildren(Batch &b) const
{
    auto machines = m_db.exec(QStringLiteral("SELECT be.equipment_id FROM batch_equipment be JOIN "
                                             "equipment e ON e.id = be.equipment_id WHERE "
                                             "be.batch_id = ? ORDER BY e.code, e.id"),
                              {b.meta.id});
    if (!machines)
        return fail(machines.error());
    b.equipmentIds.clear();
    while (machines->next())
        b.equipmentIds.append(machines->value(0).toLongLong());

    auto lines = m_db.exec(QStringLiteral("SELECT id, uuid, created_ms, updated_ms, row_version, "
                                          "category_id, quantity_milli, unit, route FROM "
                                          "waste_line WHERE batch_id = ? AND deleted = 0 ORDER "
                                          "BY id"),
                           {b.meta.id});
    if (!lines)
        return fail(lines.error());
    b.waste.clear();
    while (lines->next()) {
        WasteLine w;
        w.meta.id = lines->value(0).toLongLong();
        w.meta.uuid = Uuid7::fromBytes(lines->value(1).toByteArray());
        w.meta.createdAt = fromMs(lines->value(2));
        w.meta.updatedAt = fromMs(lines->value(3));
        w.meta.rowVersion = lines->value(4).toLongLong();
        w.meta.siteId = b.meta.siteId;
        w.categoryId = lines->value(5).toLongLong();
        w.quantityMilli = lines->value(6).toLongLong();
        w.unit = unitFromCode(lines->value(7).toString()).value_or(Unit::Kg);
        w.route = routeFromCode(lines->value(8).toString()).value_or(Route::Landfill);
        b.waste.append(w);
    }
    return {};
}

Result<std::optional<Batch>> BatchRepository::byId(qint64 id) const
{
    return readOne(QStringLiteral("id = ?"), {id});
}

Result<std::optional<Batch>> BatchRepository::byCode(const QString &code) const
{
    return readOne(QStringLiteral("code = ?"), {code});
}

Result<std::optional<Batch>> BatchRepository::byUuid(const QUuid &uuid) const
{
    return readOne(QStringLiteral("uuid = ?"), {Uuid7::toBytes(uuid)});
}

Result<std::optional<Batch>> BatchRepository::lastOfMember(qint64 memberId) const
{
    return readOne(QStringLiteral("member_id = ? AND status <> 'archived'"), {memberId},
                   QStringLiteral("production_date DESC, id DESC"));
}

Result<qint64> BatchRepository::nextCodeNumber(qint64 siteId, int month,
                                               const QString &codePrefix) const
{
    auto counter = m_db.scalar(QStringLiteral("SELECT last_number FROM batch_code_counter WHERE "
                                              "site_id = ? AND month = ?"),
                               {siteId, month});
    if (!counter)
        return fail(counter.error());
    // The prefix as a range ("ACH-2610-" up to "ACH-2610.") reads the unique index on code;
    // '.' is the character after '-'.
    QString upper = codePrefix;
    upper.chop(1);
    upper += QLatin1Char('.');
    auto highest = m_db.scalar(QStringLiteral("SELECT MAX(CAST(substr(code, ?) AS INTEGER)) FROM "
                                              "batch WHERE code >= ? AND code < ? AND site_id = ?"),
                               {int(codePrefix.size()) + 1, codePrefix, upper, siteId});
    if (!highest)
        return fail(highest.error());
    return std::max(counter->toLongLong(), highest->toLongLong()) + 1;
}

Status BatchRepository::storeCodeNumber(qint64 siteId, int month, qint64 number) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO batch_code_counter (site_id, month, "
                                      "last_number) VALUES (?, ?, ?) ON CONFLICT (site_id, month) "
                                      "DO UPDATE SET last_number = excluded.last_number"),
                       {siteId, month, number});
    if (!q)
        return fail(q.error());
    return {};
}

Status BatchRepository::writeMachines(const Batch &b) const
{
    if (auto q
        = m_db.exec(QStringLiteral("DELETE FROM batch_equipment WHERE batch_id = ?"), {b.meta.id});
        !q)
        return fail(q.error());
    for (qint64 equipmentId : b.equipmentIds) {
        if (auto q = m_db.exec(QStringLiteral("INSERT INTO batch_equipment (batch_id, "
                                              "equipment_id) VALUES (?, ?)"),
                               {b.meta.id, equipmentId});
            !q)
            return fail(q.error());
    }
    return {};
}

Status BatchRepository::insertWasteLine(const Batch &b, WasteLine &w, qint64 now) const
{
    w.meta.uuid = Uuid7::generate(now);
    auto q = m_db.exec(QStringLiteral("INSERT INTO waste_line (uuid, created_ms, updated_ms, "
                                      "site_id, batch_id, local_month, product_line_id, "
                                      "category_id, route, unit, quantity_milli) VALUES (?, ?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?)"),
                       {Uuid7::toBytes(w.meta.uuid), now, now, b.meta.siteId, b.meta.id,
                        b.localMonth(), b.productLineId, w.categoryId, routeCode(w.route),
                        unitCode(w.unit), w.quantityMilli});
    if (!q)
        return fail(q.error());
    w.meta.id = q->lastInsertId().toLongLong();
    w.meta.siteId = b.meta.siteId;
    w.meta.rowVersion = 1;
    w.meta.createdAt = w.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return {};
}

Status BatchRepository::insert(Batch &b) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (b.meta.uuid.isNull())
        b.meta.uuid = Uuid7::generate(now);
    auto q
        = m_db.exec(QStringLiteral("INSERT INTO batch (uuid, created_ms, updated_ms, site_id, "
                                   "code, product_line_id, member_id, production_date, "
                                   "local_month, shift, input_material, input_milli, "
                                   "input_unit, output_milli, energy_wh, water_ml, status, "
                                   "notes, created_by, operator_id, warning_note) VALUES (?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {Uuid7::toBytes(b.meta.uuid),
                     now,
                     now,
                     b.meta.siteId,
                     b.code,
                     b.productLineId,
                     b.memberId,
                     b.productionDate.toString(Qt::ISODate),
                     b.localMonth(),
                     b.shift,
                     b.inputMaterial,
                     b.inputMilli,
                     unitCode(b.inputUnit),
                     b.outputMilli,
                     b.energyWh,
                     b.waterMl,
                     batchStatusCode(b.status),
                     b.notes,
                     b.createdBy,
                     optionalId(b.operatorId),
                     b.warningNote});
    if (!q)
        return fail(q.error());
    b.meta.id = q->lastInsertId().toLongLong();
    b.meta.rowVersion = 1;
    b.meta.createdAt = b.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    b.meta.archived = b.status == BatchStatus::Archived;
    if (auto s = writeMachines(b); !s)
        return s;
    for (WasteLine &w : b.waste) {
        w.meta = RecordMeta {};
        if (auto s = insertWasteLine(b, w, now); !s)
            return s;
    }
    return {};
}

Status BatchRepository::update(Batch &b) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto q
        = m_db.exec(QStringLiteral("UPDATE batch SET updated_ms = ?, row_version = row_version "
                                   "+ 1, product_line_id = ?, member_id = ?, production_date = "
                                   "?, local_month = ?, shift = ?, input_material = ?, "
                                   "input_milli = ?, input_unit = ?, output_milli = ?, "
                                   "energy_wh = ?, water_ml = ?, status = ?, notes = ?, "
                                   "warning_note = ? WHERE id = ? AND row_version = ? AND "
                                   "deleted = 0"),
                    {now, b.productLineId, b.memberId, b.productionDate.toString(Qt::ISODate),
                     b.localMonth(), b.shift, b.inputMaterial, b.inputMilli, unitCode(b.inputUnit),
                     b.outputMilli, b.energyWh, b.waterMl, batchStatusCode(b.status), b.notes,
                     b.warningNote, b.meta.id, b.meta.rowVersion});
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(conflict(b));
    ++b.meta.rowVersion;
    b.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    b.meta.archived = b.status == BatchStatus::Archived;
    if (auto s = writeMachines(b); !s)
        return s;

    // The stored lines, to keep the identity of those still listed.
    auto stored = m_db.exec(QStringLiteral("SELECT id, uuid, created_ms, row_version FROM "
                                           "waste_line WHERE batch_id = ? AND deleted = 0"),
                            {b.meta.id});
    if (!stored)
        return fail(stored.error());
    QHash<qint64, RecordMeta> storedLines;
    while (stored->next()) {
        RecordMeta m;
        m.id = stored->value(0).toLongLong();
        m.uuid = Uuid7::fromBytes(stored->value(1).toByteArray());
        m.createdAt = fromMs(stored->value(2));
        m.rowVersion = stored->value(3).toLongLong();
        storedLines.insert(m.id, m);
    }
    for (WasteLine &w : b.waste) {
        const auto kept = storedLines.constFind(w.meta.id);
        if (w.meta.id == 0 || kept == storedLines.cend()) {
            w.meta = RecordMeta {};
            if (auto s = insertWasteLine(b, w, now); !s)
                return s;
            continue;
        }
        // The batch's month and product line travel with each line, so every kept line is
        // rewritten; the row version tells sync that it changed.
        auto u = m_db.exec(QStringLiteral("UPDATE waste_line SET updated_ms = ?, row_version = "
                                          "row_version + 1, local_month = ?, product_line_id = ?, "
                                          "category_id = ?, route = ?, unit = ?, quantity_milli = "
                                          "? WHERE id = ? AND batch_id = ? AND deleted = 0"),
                           {now, b.localMonth(), b.productLineId, w.categoryId, routeCode(w.route),
                            unitCode(w.unit), w.quantityMilli, w.meta.id, b.meta.id});
        if (!u)
            return fail(u.error());
        w.meta = *kept;
        w.meta.siteId = b.meta.siteId;
        ++w.meta.rowVersion;
        w.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        storedLines.remove(w.meta.id);
    }
    for (auto it = storedLines.cbegin(); it != storedLines.cend(); ++it) {
        if (auto d = m_db.exec(QStringLiteral("UPDATE waste_line SET deleted = 1, updated_ms = ?, "
                                              "row_version = row_version + 1 WHERE id = ?"),
                               {now, it.key()});
            !d)
            return fail(d.error());
    }
    return {};
}

Status BatchRepository::updateStatus(Batch &b) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto q = m_db.exec(QStringLiteral("UPDATE batch SET updated_ms = ?, row_version = row_version "
                                      "+ 1, status = ? WHERE id = ? AND row_version = ? AND "
                                      "deleted = 0"),
                       {now, batchStatusCode(b.status), b.meta.id, b.meta.rowVersion});
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(conflict(b));
    ++b.meta.rowVersion;
    b.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    b.meta.archived = b.status == BatchStatus::Archived;
    return {};
}

Status BatchRepository::markDeleted(Batch &b) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto q = m_db.exec(QStringLiteral("UPDATE batch SET deleted = 1, updated_ms = ?, row_version = "
                                      "row_version + 1 WHERE id = ? AND row_version = ? AND "
                                      "deleted = 0"),
                       {now, b.meta.id, b.meta.rowVersion});
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(conflict(b));
    if (auto w = m_db.exec(QStringLiteral("UPDATE waste_line SET deleted = 1, updated_ms = ?, "
                                          "row_version = row_version + 1 WHERE batch_id = ? AND "
                                          "deleted = 0"),
                           {now, b.meta.id});
        !w)
        return fail(w.error());
    ++b.meta.rowVersion;
    b.meta.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return {};
}

Result<bool> BatchRepository::isMonthClosed(qint64 siteId, int month) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT closed FROM month_close WHERE site_id = ? AND "
                                        "month = ? AND deleted = 0"),
                         {siteId, month});
    if (!v)
        return fail(v.error());
    return v->toInt() == 1;
}

Result<QList<ClosedMonth>> BatchRepository::closedMonths(qint64 siteId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT month, closed_by, updated_ms FROM month_close WHERE "
                                      "site_id = ? AND closed = 1 AND deleted = 0 ORDER BY month"),
                       {siteId});
    if (!q)
        return fail(q.error());
    QList<ClosedMonth> out;
    while (q->next()) {
        const int month = q->value(0).toInt();
        out.append(
            ClosedMonth {month / 100, month % 100, q->value(1).toString(), fromMs(q->value(2))});
    }
    return out;
}

Result<QUuid> BatchRepository::setMonthClosed(qint64 siteId, int month, bool closed,
                                              const QString &by) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto existing = m_db.exec(QStringLiteral("SELECT id, uuid FROM month_close WHERE site_id = ? "
                                             "AND month = ?"),
                              {siteId, month});
    if (!existing)
        return fail(existing.error());
    if (existing->next()) {
        const qint64 id = existing->value(0).toLongLong();
        const QUuid uuid = Uuid7::fromBytes(existing->value(1).toByteArray());
        auto u = m_db.exec(QStringLiteral("UPDATE month_close SET closed = ?, closed_by = ?, "
                                          "updated_ms = ?, row_version = row_version + 1, "
                                          "deleted = 0 WHERE id = ?"),
                           {closed ? 1 : 0, by, now, id});
        if (!u)
            return fail(u.error());
        return uuid;
    }
    const QUuid uuid = Uuid7::generate(now);
    auto i = m_db.exec(QStringLiteral("INSERT INTO month_close (uuid, created_ms, updated_ms, "
                                      "site_id, month, closed, closed_by) VALUES (?, ?, ?, ?, ?, "
                                      "?, ?)"),
                       {Uuid7::toBytes(uuid), now, now, siteId, month, closed ? 1 : 0, by});
    if (!i)
        return fail(i.error());
    return uuid;
}

Result<QList<qint64>> BatchRepository::siteIds() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM site ORDER BY id"));
    if (!q)
        return fail(q.error());
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<QList<BatchRow>> BatchRepository::page(const BatchQuery &query, const BatchSort &sort,
                                              int offset, int limit) const
{
    offset = std::max(0, offset);
    limit = std::max(0, limit);
    QList<qint64> sites;
    if (!query.siteId) {
        auto ids = siteIds();
        if (!ids)
            return fail(ids.error());
        sites = *ids;
    }
    const SqlStatement statement = pageStatement(query, sort, offset, limit, sites);
    auto q = m_db.exec(statement.sql, statement.binds);
    if (!q)
        return fail(q.error());
    QList<BatchRow> rows;
    QHash<qint64, qsizetype> indexOf;
    while (q->next()) {
        BatchRow r;
        int c = 0;
        r.id = q->value(c++).toLongLong();
        r.uuid = Uuid7::fromBytes(q->value(c++).toByteArray());
        r.siteId = q->value(c++).toLongLong();
        r.siteCode = q->value(c++).toString();
        r.code = q->value(c++).toString();
        r.productionDate = QDate::fromString(q->value(c++).toString(), Qt::ISODate);
        r.shift = q->value(c++).toInt();
        r.productLineId = q->value(c++).toLongLong();
        r.productLineCode = q->value(c++).toString();
        r.productLineName = q->value(c++).toString();
        r.unit = unitFromCode(q->value(c++).toString()).value_or(Unit::Kg);
        r.memberId = q->value(c++).toLongLong();
        r.memberCode = q->value(c++).toString();
        r.memberName = q->value(c++).toString();
        r.outputMilli = q->value(c++).toLongLong();
        r.status = batchStatusFromCode(q->value(c++).toString()).value_or(BatchStatus::Recorded);
        const QVariant op = q->value(c++);
        r.operatorId = op.isNull() ? std::nullopt : std::optional<qint64>(op.toLongLong());
        r.createdBy = q->value(c++).toString();
        r.rowVersion = q->value(c++).toLongLong();
        indexOf.insert(r.id, rows.size());
        rows.append(r);
    }
    if (rows.isEmpty())
        return rows;

    // Waste sums for the page's batches only, kg and L apart, from the (batch) index.
    QStringList marks;
    QVariantList ids;
    for (const BatchRow &r : rows) {
        marks << QStringLiteral("?");
        ids << r.id;
    }
    auto w = m_db.exec(QStringLiteral("SELECT batch_id, unit, SUM(quantity_milli) FROM waste_line "
                                      "WHERE deleted = 0 AND batch_id IN (")
                           + marks.join(QStringLiteral(", "))
                           + QStringLiteral(") GROUP BY batch_id, unit"),
                       ids);
    if (!w)
        return fail(w.error());
    while (w->next()) {
        BatchRow &r = rows[indexOf.value(w->value(0).toLongLong())];
        const QString unit = w->value(1).toString();
        if (unit == unitCode(Unit::Kg))
            r.wasteKgMilli = w->value(2).toLongLong();
        else if (unit == unitCode(Unit::Litre))
            r.wasteLitreMilli = w->value(2).toLongLong();
    }
    return rows;
}

Result<qint64> BatchRepository::count(const BatchQuery &query) const
{
    const SqlStatement statement = countStatement(query);
    auto v = m_db.scalar(statement.sql, statement.binds);
    if (!v)
        return fail(v.error());
    return v->toLongLong();
}

Result<BatchTotals> BatchRepository::totals(const BatchQuery &query) const
{
    BatchTotals t;
    auto lines = m_db.exec(QStringLiteral("SELECT id, unit FROM product_line"));
    if (!lines)
        return fail(lines.error());
    QHash<qint64, Unit> unitOf;
    while (lines->next())
        unitOf.insert(lines->value(0).toLongLong(),
                      unitFromCode(lines->value(1).toString()).value_or(Unit::Kg));
    const SqlStatement outputSql = outputTotalsStatement(query);
    auto output = m_db.exec(outputSql.sql, outputSql.binds);
    if (!output)
        return fail(output.error());
    while (output->next()) {
        t.batches += output->value(1).toLongLong();
        const qint64 sum = output->value(2).toLongLong();
        switch (unitOf.value(output->value(0).toLongLong(), Unit::Kg)) {
        case Unit::Kg:
            t.outputKgMilli += sum;
            break;
        case Unit::Litre:
            t.outputLitreMilli += sum;
            break;
        case Unit::Piece:
            t.outputPieceMilli += sum;
            break;
        }
    }
    const SqlStatement wasteSql = wasteTotalsStatement(query);
    auto waste = m_db.exec(wasteSql.sql, wasteSql.binds);
    if (!waste)
        return fail(waste.error());
    while (waste->next()) {
        const QString unit = waste->value(0).toString();
        if (unit == unitCode(Unit::Kg))
            t.wasteKgMilli += waste->value(1).toLongLong();
        else if (unit == unitCode(Unit::Litre))
            t.wasteLitreMilli += waste->value(1).toLongLong();
    }
    return t;
}

Result<QStringList> BatchRepository::queryPlan(Statement statement, const BatchQuery &query,
                                               const BatchSort &sort) const
{
    SqlStatement s;
    switch (statement) {
    case Statement::Page: {
        QList<qint64> sites;
        if (!query.siteId) {
            auto ids = siteIds();
            if (!ids)
                return fail(ids.error());
            sites = *ids;
        }
        s = pageStatement(query, sort, 0, 50, sites);
        break;
    }
    case Statement::Count:
        s = countStatement(query);
        break;
    case Statement::OutputTotals:
        s = outputTotalsStatement(query);
        break;
    case Statement::WasteTotals:
        s = wasteTotalsStatement(query);
        break;
    }
    auto q = m_db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + s.sql, s.binds);
    if (!q)
        return fail(q.error());
    QStringList steps;
    while (q->next())
        steps << q->value(3).toString();
    return steps;
}

} // namespace Rpb
