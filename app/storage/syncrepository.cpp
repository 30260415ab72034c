#include "syncrepository.h"

#include "database.h"
#include "wastetotals.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncRepository)
};

using Type = SyncField::Type;

// Beyond this many remembered ids per kind the cache starts again: a national import must not
// grow without bound, and most references are to records read a moment before.
constexpr qsizetype maxCachedIds = 200000;

// The columns every read of a record starts with, before the fields of its kind.
constexpr int firstField = 8;

QString latin(const char *text)
{
    return QString::fromLatin1(text);
}

// Named placeholders, made once: Qt 6.4 formats a name inside every positional bindValue(), which
// an import of a national site would do millions of times.
const QString &placeholder(int index)
{
    static const QStringList names = [] {
        QStringList list;
        for (int i = 0; i < 64; ++i)
            list << QStringLiteral(":p%1").arg(i);
        return list;
    }();
    return names.at(index);
}

QVariant nullOf(QMetaType::Type type)
{
    return QVariant(QMetaType(type));
}

QVariant textValue(const QByteArray &utf8)
{
    // Qt binds a null QString as NULL; an empty text is meant here.
    return utf8.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(QString::fromUtf8(utf8));
}

Error queryError(const QSqlQuery &q)
{
    return Error::storage(Tr::tr("The database could not run a query."), q.lastError().text());
}

Error refusedError(const QSqlQuery &q)
{
    return Database::refusal(q.lastError());
}

Status prepare(QSqlQuery &q, const QString &sql)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(Error::storage(Tr::tr("The database could not run a query."),
                                   q.lastError().text() + QStringLiteral(": ") + sql));
    return {};
}

Result<QSqlQuery> run(const Database &db, const QString &sql, const QVariantList &values = {})
{
    return db.exec(sql, values);
}

// What reads a record as a package carries it: the local keys, identity, bookkeeping, then one
// column per field (references as their UUIDs, an account as its name, links as a list).
QString selectColumns(const SyncKindInfo &k, QString &joins)
{
    const bool isSite = k.kind == SyncKind::Site;
    QStringList columns {QStringLiteral("t.id"),
                         QStringLiteral("t.") + latin(k.siteColumn()),
                         isSite ? QStringLiteral("t.uuid") : QStringLiteral("s.uuid"),
                         QStringLiteral("t.uuid"),
                         QStringLiteral("t.row_version"),
                         QStringLiteral("t.deleted"),
                         QStringLiteral("t.created_ms"),
                         QStringLiteral("t.updated_ms")};
    if (!isSite)
        joins += QStringLiteral(" JOIN site s ON s.id = t.site_id");
    int alias = 0;
    for (const SyncField &f : k.fields) {
        const QString column = latin(f.column);
        switch (f.type) {
        case Type::Reference:
        case Type::OptionalReference: {
            const QString a = QStringLiteral("r%1").arg(++alias);
            joins += QStringLiteral(" LEFT JOIN %1 %2 ON %2.id = t.%3")
                         .arg(latin(SyncSchema::info(f.target).table), a, column);
            columns << a + QStringLiteral(".uuid");
            break;
        }
        case Type::AccountName: {
            const QString a = QStringLiteral("r%1").arg(++alias);
            joins += QStringLiteral(" LEFT JOIN app_user %1 ON %1.id = t.%2").arg(a, column);
            columns << a + QStringLiteral(".name");
            break;
        }
        case Type::Links:
            columns << QStringLiteral("(SELECT group_concat(hex(x.uuid)) FROM %1 l JOIN %2 x ON "
                                      "x.id = l.%3 WHERE l.%4 = t.id)")
                           .arg(column, latin(SyncSchema::info(f.target).table),
                                latin(f.linkTarget), latin(f.linkOwner));
            break;
        default:
            columns << QStringLiteral("t.") + column;
            break;
        }
    }
    return columns.join(QStringLiteral(", "));
}

void readRecord(const QSqlQuery &q, SyncKind kind, SyncRepository::Local &out)
{
    const SyncKindInfo &k = SyncSchema::info(kind);
    SyncRecord &r = out.record;
    out.id = q.value(0).toLongLong();
    out.siteId = q.value(1).toLongLong();
    r.kind = kind;
    r.site = q.value(2).toByteArray();
    r.uuid = q.value(3).toByteArray();
    r.rowVersion = q.value(4).toLongLong();
    r.deleted = q.value(5).toLongLong() != 0;
    r.createdMs = q.value(6).toLongLong();
    r.updatedMs = q.value(7).toLongLong();
    r.values.resize(k.fields.size());
    for (qsizetype i = 0; i < k.fields.size(); ++i) {
        const SyncField &f = k.fields.at(i);
        const QVariant v = q.value(firstField + int(i));
        SyncValue &value = r.values[i];
        value.null = v.isNull();
        value.integer = 0;
        value.bytes.clear();
        value.links.clear();
        switch (f.type) {
        case Type::Text:
        case Type::OptionalText:
        case Type::AccountName:
            if (!value.null)
                value.bytes = v.toString().toUtf8();
            break;
        case Type::Integer:
        case Type::OptionalInteger:
            value.integer = v.toLongLong();
            break;
        case Type::Boolean:
            value.integer = v.toLongLong() != 0 ? 1 : 0;
            break;
        case Type::Reference:
        case Type::OptionalReference:
            if (!value.null)
                value.bytes = v.toByteArray();
            break;
        case Type::Links:
            value.null = false;
            for (const QByteArray &hex : v.toByteArray().split(',')) {
                if (!hex.isEmpty())
                    value.links.append(QByteArray::fromHex(hex));
            }
            std::sort(value.links.begin(), value.links.end());
            break;
        }
    }
}

QString stateSelect()
{
    return QStringLiteral(
        "SELECT s.id, s.uuid, s.code, s.name, COALESCE(st.imported, 0), "
        "COALESCE(st.change_seq, 0), COALESCE(st.last_export_seq, 0), st.last_export_ms, "
        "COALESCE(st.last_export_records, 0), COALESCE(st.last_import_seq, 0), "
        "st.last_import_ms, COALESCE(st.last_import_records, 0), (SELECT COUNT(*) FROM "
        "sync_conflict c WHERE c.site_id = s.id AND c.resolved_ms IS NULL) FROM site s LEFT JOIN "
        "sync_state st ON st.site_id = s.id ");
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

SyncRepository::SiteState readState(const QSqlQuery &q)
{
    SyncRepository::SiteState s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toByteArray();
    s.code = q.value(2).toString();
    s.name = q.value(3).toString();
    s.imported = q.value(4).toLongLong() != 0;
    s.changeSeq = q.value(5).toLongLong();
    s.lastExportSeq = q.value(6).toLongLong();
    s.lastExportMs = optionalInt(q.value(7));
    s.lastExportRecords = q.value(8).toLongLong();
    s.lastImportSeq = q.value(9).toLongLong();
    s.lastImportMs = optionalInt(q.value(10));
    s.lastImportRecords = q.value(11).toLongLong();
    s.openConflicts = q.value(12).toLongLong();
    return s;
}

QString conflictSelect()
{
    return QStringLiteral("SELECT c.id, c.site_id, s.code, c.package_uuid, c.entity, "
                          "c.record_uuid, c.row_version, c.incoming, c.local, c.found_ms, "
                          "c.resolved_ms, COALESCE(c.resolution, '') FROM sync_conflict c JOIN "
                          "site s ON s.id = c.site_id ");
}

SyncRepository::ConflictRow readConflict(const QSqlQuery &q)
{
    SyncRepository::ConflictRow c;
    c.id = q.value(0).toLongLong();
    c.siteId = q.value(1).toLongLong();
    c.siteCode = q.value(2).toString();
    c.packageUuid = q.value(3).toByteArray();
    c.entity = q.value(4).toString();
    c.recordUuid = q.value(5).toByteArray();
    c.rowVersion = q.value(6).toLongLong();
    c.incoming = q.value(7).toString().toUtf8();
    c.local = q.value(8).toString().toUtf8();
    c.foundMs = q.value(9).toLongLong();
    c.resolvedMs = optionalInt(q.value(10));
    c.resolution = q.value(11).toString();
    return c;
}
} // namespace

namespace {
// A statement prepared when it is first used: an import of a few records asks few of them, and
// preparing is most of what a small import costs.
class LazyQuery
{
public:
    LazyQuery(const QSqlDatabase &connection, QString sql)
        : m_query(connection)
        , m_sql(std::move(sql))
    { }

    QSqlQuery &get()
    {
        if (!m_prepared) {
            m_prepared = true;
            (void)prepare(m_query, m_sql);
        }
        return m_query;
    }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};
} // namespace

// The statements of one kind and the ids of its records met lately.
struct SyncRepository::Statements
{
    std::unique_ptr<LazyQuery> find;
    std::unique_ptr<LazyQuery> idOf;
    std::unique_ptr<LazyQuery> insert;
    std::unique_ptr<LazyQuery> update;
    // Per Links field: the link table's statements.
    std::vector<std::pair<std::unique_ptr<LazyQuery>, std::unique_ptr<LazyQuery>>>
        links; // delete, insert
    QHash<QByteArray, qint64> ids;

    // New records wait in temporary tables and go in with one INSERT ... SELECT per kind.
    bool stagePrepared = false;
    std::unique_ptr<QSqlQuery> stage;
    QList<QSqlQuery> stageLinks; // per Links field
    QStringList flush; // the statements that move staged rows in, in order
};

SyncRepository::SyncRepository(const Database &db)
    : m_db(db)
{ }

void SyncRepository::beginImport()
{
    for (const auto &slot : m_statements) {
        if (slot)
            slot->ids.clear();
    }
    m_stagedKind = SyncKind::Site;
    m_stagedRows = 0;
    m_firstStagedLine = 0;
    m_stageTablesMade = false;
}

Result<QSqlQuery *> SyncRepository::cached(const QString &sql, const QVariantList &values) const
{
    std::unique_ptr<QSqlQuery> &slot = m_cached[sql];
    if (!slot) {
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        if (auto p = prepare(*q, sql); !p) {
            m_cached.erase(sql);
            return fail(p.error());
        }
        slot = std::move(q);
    }
    QSqlQuery &q = *slot;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return fail(queryError(q));
    return &q;
}

// The staging tables stay with the connection, empty: every flush empties them, a refused import
// takes its rows back with its transaction, and they go when temp_store changes (an import sets
// it and puts it back). Dropping them here and making them again in the next import would
// change the schema twice an import, which costs a small package more than its reading, and
// inside a transaction that is rolled back (a preview) makes SQLite read the whole schema again.
SyncRepository::~SyncRepository() = default;

namespace {
// A staged row: identity and bookkeeping, the site's UUID, then each field as the package has it
// (references as UUIDs); links in a table of their own.
QStringList stageColumns(const SyncKindInfo &k)
{
    QStringList columns {QStringLiteral("uuid"),       QStringLiteral("row_version"),
                         QStringLiteral("deleted"),    QStringLiteral("created_ms"),
                         QStringLiteral("updated_ms"), QStringLiteral("change_seq"),
                         QStringLiteral("site")};
    for (const SyncField &f : k.fields) {
        if (f.type != Type::Links)
            columns << latin(f.column);
    }
    return columns;
}
} // namespace

Status SyncRepository::makeStageTables()
{
    if (m_stageTablesMade)
        return {};
    // Every kind's at once, the first time any is needed: made one at a time inside imports that
    // are then rolled back (a preview, a refused package), each would change the schema again
    // for the next import. One look when they are there already.
    QStringList statements;
    for (const SyncKindInfo &k : SyncSchema::kinds()) {
        if (k.kind == SyncKind::Site)
            continue; // a site goes in at once (see insert())
        statements << QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_stage_%1 (%2)")
                          .arg(latin(k.table), stageColumns(k).join(QStringLiteral(", ")));
        for (const SyncField &f : k.fields) {
            if (f.type == Type::Links)
                statements << QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_stage_%1 "
                                             "(owner BLOB NOT NULL, target BLOB NOT NULL)")
                                  .arg(latin(f.column));
        }
    }
    auto made = cached(QStringLiteral("SELECT COUNT(*) FROM temp.sqlite_master WHERE type = "
                                      "'table' AND name LIKE 'sync!_stage!_%' ESCAPE '!'"));
    if (!made)
        return fail(made.error());
    const qint64 tables = (*made)->next() ? (*made)->value(0).toLongLong() : 0;
    (*made)->finish();
    if (tables != statements.size()) {
        for (const QString &sql : std::as_const(statements)) {
            if (auto r = run(m_db, sql); !r)
                return fail(r.error());
        }
    }
    m_stageTablesMade = true;
    return {};
}

Status SyncRepository::prepareStage(SyncKind kind)
{
    Statements &s = statements(kind);
    if (s.stagePrepared)
        return {};
    if (auto made = makeStageTables(); !made)
        return made;
    const SyncKindInfo &k = SyncSchema::info(kind);
    const QString table = latin(k.table);
    const QString stage = QStringLiteral("temp.sync_stage_") + table;
    const QStringList columns = stageColumns(k);
    QStringList targets {QStringLiteral("uuid"),       QStringLiteral("row_version"),
                         QStringLiteral("deleted"),    QStringLiteral("created_ms"),
                         QStringLiteral("updated_ms"), QStringLiteral("change_seq"),
                         QStringLiteral("site_id")};
    QStringList values {QStringLiteral("s.uuid"),
                        QStringLiteral("s.row_version"),
                        QStringLiteral("s.deleted"),
                        QStringLiteral("s.created_ms"),
                        QStringLiteral("s.updated_ms"),
                        QStringLiteral("s.change_seq"),
                        QStringLiteral("coalesce(st.id, -1)")};
    // Whatever is not found becomes -1, which the foreign key refuses, never a silent NULL.
    QString joins = QStringLiteral(" LEFT JOIN main.site st ON st.uuid = s.site");
    int alias = 0;
    QString batchId; // a waste line's, for whether it counts
    for (const SyncField &f : k.fields) {
        const QString column = latin(f.column);
        if (f.type == Type::Links) {
            const QString linkStage = QStringLiteral("temp.sync_stage_") + column;
            QSqlQuery add(m_db.connection());
            if (auto p = prepare(add,
                                 QStringLiteral("INSERT INTO %1 (owner, target) VALUES (%2, "
                                                "%3)")
                                     .arg(linkStage, placeholder(0), placeholder(1)));
                !p)
                return p;
            s.stageLinks.append(std::move(add));
            // After the owners are in.
            s.flush << QStringLiteral("INSERT OR FAIL INTO main.%1 (%2, %3) SELECT coalesce(o.id, "
                                      "-1), coalesce(x.id, -1) FROM %4 l LEFT JOIN main.%5 o ON "
                                      "o.uuid = l.owner LEFT JOIN main.%6 x ON x.uuid = l.target "
                                      "ORDER BY l.rowid")
                           .arg(column, latin(f.linkOwner), latin(f.linkTarget), linkStage, table,
                                latin(SyncSchema::info(f.target).table))
                    << QStringLiteral("DELETE FROM ") + linkStage;
            continue;
        }
        targets << column;
        switch (f.type) {
        case Type::Reference:
        case Type::OptionalReference: {
            const QString a = QStringLiteral("r%1").arg(++alias);
            joins += QStringLiteral(" LEFT JOIN main.%1 %2 ON %2.uuid = s.%3")
                         .arg(latin(SyncSchema::info(f.target).table), a, column);
            values << QStringLiteral("CASE WHEN s.%1 IS NULL THEN NULL ELSE coalesce(%2.id, "
                                     "-1) END")
                          .arg(column, a);
            if (f.target == SyncKind::Batch)
                batchId = a + QStringLiteral(".id");
            break;
        }
        case Type::AccountName:
            values << QStringLiteral("NULL");
            break;
        case Type::Text:
        case Type::OptionalText:
            // Staged as the package's UTF-8 bytes (see stage()); the cast keeps them as text.
            values << QStringLiteral("CAST(s.%1 AS TEXT)").arg(column);
            break;
        default:
            values << QStringLiteral("s.") + column;
            break;
        }
    }
    if (kind == SyncKind::WasteLine) {
        // The lines come numbered, so the insert trigger leaves them out of the monthly totals
        // (schema 4): they count as their batch says, and totalStagedLines() adds them.
        Q_ASSERT(!batchId.isEmpty());
        targets << QStringLiteral("counted");
        values << WasteTotals::countedSql(QStringLiteral("s.deleted"), batchId);
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << placeholder(int(i));
    s.stage = std::make_unique<QSqlQuery>(m_db.connection());
    if (auto p = prepare(*s.stage,
                         QStringLiteral("INSERT INTO %1 VALUES (%2)")
                             .arg(stage, marks.join(QStringLiteral(", "))));
        !p)
        return p;
    s.flush.prepend(QStringLiteral("DELETE FROM ") + stage);
    s.flush.prepend(QStringLiteral("INSERT OR FAIL INTO main.%1 (%2) SELECT %3 FROM %4 s%5 ORDER "
                                   "BY s.rowid")
                        .arg(table, targets.join(QStringLiteral(", ")),
                             values.join(QStringLiteral(", ")), stage, joins));
    // The owners go in before their links, the staged rows are cleared last.
    s.flush.move(1, s.flush.size() - 1);
    s.stagePrepared = true;
    return {};
}

Status SyncRepository::stage(const SyncRecord &r, qint64 changeSeq)
{
    if (r.kind == SyncKind::Site)
        return fail(Error::storage(Tr::tr("A site is not staged."))); // it needs its id at once
    if (m_stagedRows > 0 && r.kind != m_stagedKind) {
        if (auto s = flushStaged(); !s)
            return s;
    }
    if (auto s = makeStageTables(); !s)
        return s;
    if (auto s = prepareStage(r.kind); !s)
        return s;
    const SyncKindInfo &k = SyncSchema::info(r.kind);
    Statements &st = statements(r.kind);
    QSqlQuery &q = *st.stage;
    int at = 0;
    q.bindValue(placeholder(at++), r.uuid);
    q.bindValue(placeholder(at++), r.rowVersion);
    q.bindValue(placeholder(at++), r.deleted ? 1 : 0);
    q.bindValue(placeholder(at++), r.createdMs);
    q.bindValue(placeholder(at++), r.updatedMs);
    q.bindValue(placeholder(at++), changeSeq);
    q.bindValue(placeholder(at++), r.site);
    int link = 0;
    for (qsizetype i = 0; i < k.fields.size(); ++i) {
        const SyncField &f = k.fields.at(i);
        const SyncValue &v = r.values.at(i);
        switch (f.type) {
        case Type::Text:
        case Type::OptionalText:
            // The UTF-8 bytes as they are, not through UTF-16 and back (the flush casts them):
            // text is most of what an import binds. An empty text stays a text, not NULL.
            q.bindValue(placeholder(at++),
                        v.null                 ? nullOf(QMetaType::QByteArray)
                            : v.bytes.isNull() ? QVariant(QByteArray("", 0))
                                               : QVariant(v.bytes));
            break;
        case Type::AccountName: // never stored: the flush writes NULL
            q.bindValue(placeholder(at++), nullOf(QMetaType::QByteArray));
            break;
        case Type::Integer:
        case Type::OptionalInteger:
        case Type::Boolean:
            q.bindValue(placeholder(at++),
                        v.null ? nullOf(QMetaType::LongLong) : QVariant(v.integer));
            break;
        case Type::Reference:
        case Type::OptionalReference:
            q.bindValue(placeholder(at++),
                        v.null ? nullOf(QMetaType::QByteArray) : QVariant(v.bytes));
            break;
        case Type::Links: {
            QSqlQuery &add = st.stageLinks[link++];
            for (const QByteArray &target : v.links) {
                add.bindValue(placeholder(0), r.uuid);
                add.bindValue(placeholder(1), target);
                if (!add.exec())
                    return fail(refusedError(add));
            }
            break;
        }
        }
    }
    if (!q.exec())
        return fail(refusedError(q));
    m_stagedKind = r.kind;
    ++m_stagedRows;
    return {};
}

Status SyncRepository::flushStaged()
{
    if (m_stagedRows == 0)
        return {};
    m_stagedRows = 0;
    if (m_stagedKind == SyncKind::WasteLine && m_firstStagedLine == 0) {
        auto last = cached(QStringLiteral("SELECT coalesce(max(id), 0) FROM waste_line"));
        if (!last)
            return fail(last.error());
        m_firstStagedLine = ((*last)->next() ? (*last)->value(0).toLongLong() : 0) + 1;
        (*last)->finish();
    }
    for (const QString &sql : std::as_const(statements(m_stagedKind).flush)) {
        if (auto r = cached(sql); !r)
            return fail(Error::storage(Tr::tr("The database refused a change."), r.error().detail));
    }
    return {};
}

Status SyncRepository::totalStagedLines(qint64 siteId)
{
    if (m_firstStagedLine == 0)
        return {};
    const qint64 first = std::exchange(m_firstStagedLine, 0);
    return WasteTotals::addSiteLines(m_db, siteId, first);
}

SyncRepository::Statements &SyncRepository::statements(SyncKind kind)
{
    auto &slot = m_statements[size_t(SyncSchema::index(kind))];
    if (slot)
        return *slot;
    slot = std::make_unique<Statements>();
    Statements &s = *slot;
    const QSqlDatabase connection = m_db.connection();
    const SyncKindInfo &k = SyncSchema::info(kind);
    const QString table = latin(k.table);
    const bool isSite = kind == SyncKind::Site;

    QString joins;
    const QString columns = selectColumns(k, joins);
    s.find = std::make_unique<LazyQuery>(
        connection,
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + table
            + QStringLiteral(" t") + joins + QStringLiteral(" WHERE t.uuid = ") + placeholder(0));
    s.idOf = std::make_unique<LazyQuery>(connection,
                                         QStringLiteral("SELECT id FROM ") + table
                                             + QStringLiteral(" WHERE uuid = ") + placeholder(0));

    QStringList names {QStringLiteral("uuid"),       QStringLiteral("row_version"),
                       QStringLiteral("deleted"),    QStringLiteral("created_ms"),
                       QStringLiteral("updated_ms"), QStringLiteral("change_seq")};
    QStringList assignments {QStringLiteral("row_version"), QStringLiteral("deleted"),
                             QStringLiteral("created_ms"), QStringLiteral("updated_ms"),
                             QStringLiteral("change_seq")};
    if (!isSite) {
        names << QStringLiteral("site_id");
        assignments << QStringLiteral("site_id");
    }
    for (const SyncField &f : k.fields) {
        if (f.type == Type::Links) {
            s.links.emplace_back(
                std::make_unique<LazyQuery>(
                    connection,
                    QStringLiteral("DELETE FROM %1 WHERE %2 = %3")
                        .arg(latin(f.column), latin(f.linkOwner), placeholder(0))),
                std::make_unique<LazyQuery>(
                    connection,
                    QStringLiteral("INSERT OR FAIL INTO %1 (%2, %3) VALUES (%4, %5)")
                        .arg(latin(f.column), latin(f.linkOwner), latin(f.linkTarget),
                             placeholder(0), placeholder(1))));
            continue;
        }
        names << latin(f.column);
        // The account stays as it is: accounts are local, so a package never names ours.
        if (f.type != Type::AccountName)
            assignments << latin(f.column);
    }
    QStringList marks;
    for (qsizetype i = 0; i < names.size(); ++i)
        marks << placeholder(int(i));
    QStringList sets;
    for (qsizetype i = 0; i < assignments.size(); ++i)
        sets << assignments.at(i) + QStringLiteral(" = ") + placeholder(int(i));
    int next = int(assignments.size());
    if (kind == SyncKind::WasteLine) {
        // Whether the line counts follows from it and its batch, as the triggers keep it.
        sets << QStringLiteral("counted = ")
                + WasteTotals::countedSql(placeholder(next), placeholder(next + 1));
        next += 2;
    }
    // OR FAIL: a refused row fails its statement without undoing it, which spares SQLite a
    // statement journal (a copy of every page the statement touches); the whole import is
    // rolled back instead.
    s.insert = std::make_unique<LazyQuery>(
        connection,
        QStringLiteral("INSERT OR FAIL INTO ") + table + QStringLiteral(" (")
            + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
            + marks.join(QStringLiteral(", ")) + QLatin1Char(')'));
    s.update = std::make_unique<LazyQuery>(
        connection,
        QStringLiteral("UPDATE OR FAIL ") + table + QStringLiteral(" SET ")
            + sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ") + placeholder(next));
    return s;
}

Result<QList<SyncRepository::SiteState>> SyncRepository::sites() const
{
    auto q = run(m_db, stateSelect() + QStringLiteral("ORDER BY s.code"));
    if (!q)
        return fail(q.error());
    QList<SiteState> result;
    while (q->next())
        result << readState(*q);
    return result;
}

Result<std::optional<SyncRepository::SiteState>> SyncRepository::site(qint64 id) const
{
    auto q = run(m_db, stateSelect() + QStringLiteral("WHERE s.id = ?"), {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<SiteState>();
    return std::optional<SiteState>(readState(*q));
}

Result<std::optional<SyncRepository::SiteIdentity>>
SyncRepository::siteByUuid(const QByteArray &uuid) const
{
    auto q = cached(QStringLiteral("SELECT s.id, s.code, COALESCE(st.imported, 0) FROM site s "
                                   "LEFT JOIN sync_state st ON st.site_id = s.id WHERE s.uuid = ?"),
                    {uuid});
    if (!q)
        return fail(q.error());
    std::optional<SiteIdentity> site;
    if ((*q)->next())
        site = SiteIdentity {(*q)->value(0).toLongLong(), (*q)->value(1).toString(),
                             (*q)->value(2).toInt() != 0};
    (*q)->finish();
    return site;
}

Result<std::optional<qint64>> SyncRepository::siteIdByCode(const QString &code) const
{
    auto q = cached(QStringLiteral("SELECT id FROM site WHERE code = ?"), {code});
    if (!q)
        return fail(q.error());
    std::optional<qint64> id;
    if ((*q)->next())
        id = (*q)->value(0).toLongLong();
    (*q)->finish();
    return id;
}

Result<qint64> SyncRepository::changesAfter(qint64 siteId, qint64 seq) const
{
    qint64 total = 0;
    for (const SyncKindInfo &k : SyncSchema::kinds()) {
        auto v
            = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ? AND change_seq > ?")
                              .arg(latin(k.table), latin(k.siteColumn())),
                          {siteId, seq});
        if (!v)
            return fail(v.error());
        total += v->toLongLong();
    }
    return total;
}

Result<SyncRepository::Counts> SyncRepository::pick(qint64 siteId,
                                                    std::optional<std::pair<qint64, qint64>> range)
{
    clearPicked();
    m_pickedSite = siteId;
    m_pickedAll = !range;
    if (m_pickedAll) {
        // Everything of the site: read straight from the tables. Records refer only to records
        // of their own site, so nothing else comes along.
        Counts counts {};
        for (const SyncKindInfo &k : SyncSchema::kinds()) {
            auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?")
                                     .arg(latin(k.table), latin(k.siteColumn())),
                                 {siteId});
            if (!n)
                return fail(n.error());
            counts[size_t(SyncSchema::index(k.kind))] = n->toLongLong();
        }
        return counts;
    }
    if (auto r = run(m_db,
                     QStringLiteral("CREATE TEMP TABLE sync_pick (kind INTEGER NOT NULL, id "
                                    "INTEGER NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID"));
        !r)
        return fail(r.error());
    for (const SyncKindInfo &k : SyncSchema::kinds()) {
        QString sql = QStringLiteral("INSERT OR IGNORE INTO temp.sync_pick (kind, id) SELECT %1, "
                                     "id FROM %2 WHERE %3 = ?")
                          .arg(SyncSchema::index(k.kind))
                          .arg(latin(k.table), latin(k.siteColumn()));
        QVariantList values {siteId};
        if (range) {
            sql += QStringLiteral(" AND change_seq > ? AND change_seq <= ?");
            values << range->first << range->second;
        }
        if (auto r = run(m_db, sql, values); !r)
            return fail(r.error());
    }
    // What the picked records refer to comes along, so that the package imports on its own.
    // References point only to kinds listed earlier: one pass from the last kind back is enough.
    const QList<SyncKindInfo> &kinds = SyncSchema::kinds();
    for (auto it = kinds.crbegin(); it != kinds.crend(); ++it) {
        const SyncKindInfo &k = *it;
        const QString table = latin(k.table);
        const int kind = SyncSchema::index(k.kind);
        QStringList statements;
        for (const SyncField &f : k.fields) {
            if (f.isReference())
                statements << QStringLiteral("INSERT OR IGNORE INTO temp.sync_pick (kind, id) "
                                             "SELECT %1, t.%2 FROM temp.sync_pick p CROSS JOIN %3 "
                                             "t ON t.id = p.id WHERE p.kind = %4 AND t.%2 IS NOT "
                                             "NULL")
                                  .arg(SyncSchema::index(f.target))
                                  .arg(latin(f.column), table)
                                  .arg(kind);
            else if (f.type == Type::Links)
                statements << QStringLiteral("INSERT OR IGNORE INTO temp.sync_pick (kind, id) "
                                             "SELECT %1, l.%2 FROM temp.sync_pick p CROSS JOIN %3 "
                                             "l ON l.%4 = p.id WHERE p.kind = %5")
                                  .arg(SyncSchema::index(f.target))
                                  .arg(latin(f.linkTarget), latin(f.column), latin(f.linkOwner))
                                  .arg(kind);
        }
        if (k.kind != SyncKind::Site)
            statements << QStringLiteral("INSERT OR IGNORE INTO temp.sync_pick (kind, id) SELECT "
                                         "0, t.site_id FROM temp.sync_pick p CROSS JOIN %1 t ON "
                                         "t.id = p.id WHERE p.kind = %2")
                              .arg(table)
                              .arg(kind);
        for (const QString &sql : std::as_const(statements)) {
            if (auto r = run(m_db, sql); !r)
                return fail(r.error());
        }
    }
    auto q = run(m_db, QStringLiteral("SELECT kind, COUNT(*) FROM temp.sync_pick GROUP BY kind"));
    if (!q)
        return fail(q.error());
    Counts counts {};
    while (q->next()) {
        const int kind = q->value(0).toInt();
        if (kind >= 0 && kind < SyncSchema::kindCount)
            counts[size_t(kind)] = q->value(1).toLongLong();
    }
    return counts;
}

Status SyncRepository::readPicked(SyncKind kind,
                                  const std::function<Status(const SyncRecord &)> &sink)
{
    const SyncKindInfo &k = SyncSchema::info(kind);
    QString joins;
    const QString columns = selectColumns(k, joins);
    QSqlQuery q(m_db.connection());
    // A whole site in the order of the (site, change number) index, which needs no sorting; a
    // pick in the order of local ids.
    const QString sql = m_pickedAll
        ? QString(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + latin(k.table)
                  + QStringLiteral(" t") + joins + QStringLiteral(" WHERE t.")
                  + latin(k.siteColumn()) + QStringLiteral(" = ? ORDER BY t.change_seq, t.id"))
        : QString(QStringLiteral("SELECT ") + columns
                  + QStringLiteral(" FROM temp.sync_pick p CROSS JOIN ") + latin(k.table)
                  + QStringLiteral(" t ON t.id = p.id") + joins
                  + QStringLiteral(" WHERE p.kind = ? ORDER BY p.id"));
    if (auto s = prepare(q, sql); !s)
        return s;
    q.bindValue(0, m_pickedAll ? m_pickedSite : qint64(SyncSchema::index(kind)));
    if (!q.exec())
        return fail(queryError(q));
    Local local;
    while (q.next()) {
        readRecord(q, kind, local);
        if (auto s = sink(local.record); !s)
            return s;
    }
    if (q.lastError().isValid())
        return fail(queryError(q));
    return {};
}

void SyncRepository::clearPicked()
{
    // Dropped rather than emptied: a national pick would otherwise keep its temporary pages.
    (void)run(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.sync_pick"));
}

Result<std::optional<SyncRepository::Local>> SyncRepository::find(SyncKind kind,
                                                                  const QByteArray &uuid)
{
    QSqlQuery &q = statements(kind).find->get();
    q.bindValue(placeholder(0), uuid);
    if (!q.exec())
        return fail(queryError(q));
    std::optional<Local> found;
    if (q.next()) {
        found.emplace();
        readRecord(q, kind, *found);
    }
    q.finish();
    return found;
}

Result<std::optional<qint64>> SyncRepository::idOf(SyncKind kind, const QByteArray &uuid)
{
    Statements &s = statements(kind);
    if (const auto it = s.ids.constFind(uuid); it != s.ids.cend())
        return std::optional<qint64>(it.value());
    QSqlQuery &q = s.idOf->get();
    q.bindValue(placeholder(0), uuid);
    if (!q.exec())
        return fail(queryError(q));
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    if (id) {
        if (s.ids.size() >= maxCachedIds)
            s.ids.clear();
        s.ids.insert(uuid, *id);
    }
    return id;
}

Result<qint64> SyncRepository::resolve(SyncKind kind, const QByteArray &uuid,
                                       const SyncRecord &record)
{
    auto id = idOf(kind, uuid);
    if (!id)
        return fail(id.error());
    if (!*id)
        return fail(
            Error::invalid(Tr::tr("A %1 record refers to a %2 that is not in this database.")
                               .arg(SyncSchema::name(record.kind), SyncSchema::name(kind)),
                           QString::fromLatin1(record.uuid.toHex())));
    return **id;
}

Result<SyncRepository::Bound> SyncRepository::bind(QSqlQuery &q, const SyncRecord &r,
                                                   qint64 changeSeq, bool inserting)
{
    const SyncKindInfo &k = SyncSchema::info(r.kind);
    Bound out;
    int &at = out.next;
    if (inserting)
        q.bindValue(placeholder(at++), r.uuid);
    q.bindValue(placeholder(at++), r.rowVersion);
    q.bindValue(placeholder(at++), r.deleted ? 1 : 0);
    q.bindValue(placeholder(at++), r.createdMs);
    q.bindValue(placeholder(at++), r.updatedMs);
    q.bindValue(placeholder(at++), changeSeq);
    if (r.kind != SyncKind::Site) {
        auto site = resolve(SyncKind::Site, r.site, r);
        if (!site)
            return fail(site.error());
        q.bindValue(placeholder(at++), *site);
    }
    qint64 batchId = 0; // a waste line's
    for (qsizetype i = 0; i < k.fields.size(); ++i) {
        const SyncField &f = k.fields.at(i);
        const SyncValue &v = r.values.at(i);
        switch (f.type) {
        case Type::Text:
        case Type::OptionalText:
            q.bindValue(placeholder(at++),
                        v.null ? nullOf(QMetaType::QString) : textValue(v.bytes));
            break;
        case Type::AccountName:
            // Accounts are local: a new record names none, a replaced one keeps ours.
            if (inserting)
                q.bindValue(placeholder(at++), nullOf(QMetaType::LongLong));
            break;
        case Type::Integer:
        case Type::OptionalInteger:
        case Type::Boolean:
            q.bindValue(placeholder(at++),
                        v.null ? nullOf(QMetaType::LongLong) : QVariant(v.integer));
            break;
        case Type::Reference:
        case Type::OptionalReference: {
            if (v.null) {
                q.bindValue(placeholder(at++), nullOf(QMetaType::LongLong));
                break;
            }
            auto target = resolve(f.target, v.bytes, r);
            if (!target)
                return fail(target.error());
            if (f.target == SyncKind::Batch)
                batchId = *target;
            q.bindValue(placeholder(at++), *target);
            break;
        }
        case Type::Links: {
            QList<qint64> ids;
            for (const QByteArray &uuid : v.links) {
                auto target = resolve(f.target, uuid, r);
                if (!target)
                    return fail(target.error());
                ids << *target;
            }
            out.links << ids;
            break;
        }
        }
    }
    if (!inserting && r.kind == SyncKind::WasteLine) {
        // What decides whether the replaced line counts (see statements()).
        q.bindValue(placeholder(at++), r.deleted ? 1 : 0);
        q.bindValue(placeholder(at++), batchId);
    }
    return out;
}

Result<qint64> SyncRepository::insert(const SyncRecord &r, qint64 changeSeq)
{
    // A numbered waste line would pass the totals' trigger by (schema 4); those are staged.
    Q_ASSERT(r.kind != SyncKind::WasteLine);
    Statements &s = statements(r.kind);
    QSqlQuery &q = s.insert->get();
    auto bound = bind(q, r, changeSeq, true);
    if (!bound)
        return fail(bound.error());
    if (!q.exec())
        return fail(refusedError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    if (s.ids.size() >= maxCachedIds)
        s.ids.clear();
    s.ids.insert(r.uuid, id);
    if (auto linked = writeLinks(s, id, bound->links, false); !linked)
        return fail(linked.error());
    return id;
}

Status SyncRepository::update(qint64 id, const SyncRecord &r, qint64 changeSeq)
{
    Statements &s = statements(r.kind);
    QSqlQuery &q = s.update->get();
    auto bound = bind(q, r, changeSeq, false);
    if (!bound)
        return fail(bound.error());
    q.bindValue(placeholder(bound->next), id);
    if (!q.exec())
        return fail(refusedError(q));
    q.finish();
    return writeLinks(s, id, bound->links, true);
}

Status SyncRepository::writeLinks(Statements &s, qint64 owner, const QList<QList<qint64>> &links,
                                  bool replacing)
{
    for (qsizetype l = 0; l < links.size(); ++l) {
        if (replacing) {
            QSqlQuery &remove = s.links[size_t(l)].first->get();
            remove.bindValue(placeholder(0), owner);
            if (!remove.exec())
                return fail(refusedError(remove));
        }
        if (links.at(l).isEmpty())
            continue;
        QSqlQuery &add = s.links[size_t(l)].second->get();
        for (qint64 target : links.at(l)) {
            add.bindValue(placeholder(0), owner);
            add.bindValue(placeholder(1), target);
            if (!add.exec())
                return fail(refusedError(add));
        }
    }
    return {};
}

Result<SyncRepository::Disagreeing> SyncRepository::wasteLinesAgainst(SyncKind kind,
                                                                      qint64 id) const
{
    Disagreeing out;
    if (kind == SyncKind::Batch) {
        auto q = run(m_db,
                     QStringLiteral("SELECT COALESCE(SUM(CASE WHEN w.local_month <> b.local_month "
                                    "THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN "
                                    "w.product_line_id <> b.product_line_id THEN 1 ELSE 0 END), "
                                    "0) FROM waste_line w JOIN batch b ON b.id = w.batch_id WHERE "
                                    "w.batch_id = ? AND w.deleted = 0"),
                     {id});
        if (!q)
            return fail(q.error());
        if (q->next()) {
            out.month = q->value(0).toLongLong();
            out.productLine = q->value(1).toLongLong();
        }
    } else if (kind == SyncKind::WasteCategory) {
        // By the category's site first: waste lines have no index of their category.
        auto q = run(m_db,
                     QStringLiteral("SELECT COUNT(*) FROM waste_line w JOIN waste_category c ON "
                                    "c.id = w.category_id WHERE w.site_id = (SELECT site_id FROM "
                                    "waste_category WHERE id = ?) AND w.category_id = ? AND "
                                    "w.deleted = 0 AND w.unit <> c.unit"),
                     {id, id});
        if (!q)
            return fail(q.error());
        if (q->next())
            out.unit = q->value(0).toLongLong();
    }
    return out;
}

Result<qint64> SyncRepository::reserveChangeNumbers(qint64 siteId, qint64 count, bool markImported)
{
    const QString sql = markImported
        ? QStringLiteral("INSERT INTO sync_state (site_id, change_seq, imported) VALUES (?, 0, 1) "
                         "ON CONFLICT (site_id) DO UPDATE SET imported = 1")
        : QStringLiteral("INSERT INTO sync_state (site_id) VALUES (?) ON CONFLICT (site_id) DO "
                         "NOTHING");
    if (auto r = cached(sql, {siteId}); !r)
        return fail(r.error());
    auto current
        = cached(QStringLiteral("SELECT change_seq FROM sync_state WHERE site_id = ?"), {siteId});
    if (!current)
        return fail(current.error());
    const qint64 seq = (*current)->next() ? (*current)->value(0).toLongLong() : 0;
    (*current)->finish();
    if (auto r = cached(QStringLiteral("UPDATE sync_state SET change_seq = change_seq + ? WHERE "
                                       "site_id = ?"),
                        {count, siteId});
        !r)
        return fail(r.error());
    return seq + 1;
}

Status SyncRepository::returnChangeNumbers(qint64 siteId, qint64 lastUsed, qint64 reservedLast)
{
    auto r = cached(QStringLiteral("UPDATE sync_state SET change_seq = ? WHERE site_id = ? AND "
                                   "change_seq = ?"),
                    {lastUsed, siteId, reservedLast});
    if (!r)
        return fail(r.error());
    return {};
}

Result<bool> SyncRepository::setTempStoreInMemory(bool inMemory)
{
    auto current = m_db.scalar(QStringLiteral("PRAGMA temp_store"));
    if (!current)
        return fail(current.error());
    const bool was = current->toInt() == 2;
    // A change deletes every temporary table of the connection: made only when needed.
    if (was != inMemory) {
        if (auto r = run(m_db, QStringLiteral("PRAGMA temp_store = %1").arg(inMemory ? 2 : 0)); !r)
            return fail(r.error());
    }
    return was;
}

Status SyncRepository::beginUndoable()
{
    if (auto r = cached(QStringLiteral("SAVEPOINT sync_preview")); !r)
        return fail(r.error());
    return {};
}

void SyncRepository::undo()
{
    (void)cached(QStringLiteral("ROLLBACK TO sync_preview"));
    (void)cached(QStringLiteral("RELEASE sync_preview"));
}

Result<qint64> SyncRepository::cacheKiB() const
{
    auto v = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    if (!v)
        return fail(v.error());
    const qint64 size = v->toLongLong();
    // Negative: KiB; positive: pages.
    if (size < 0)
        return -size;
    auto page = m_db.scalar(QStringLiteral("PRAGMA page_size"));
    if (!page)
        return fail(page.error());
    return size * page->toLongLong() / 1024;
}

Status SyncRepository::setCacheKiB(qint64 kib)
{
    if (auto r = run(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(-kib)); !r)
        return fail(r.error());
    return {};
}

Status SyncRepository::noteImport(qint64 siteId, qint64 toSeq, qint64 atMs, qint64 records)
{
    auto r = run(m_db,
                 QStringLiteral("UPDATE sync_state SET last_import_seq = MAX(last_import_seq, "
                                "?), last_import_ms = ?, last_import_records = ? WHERE "
                                "site_id = ?"),
                 {toSeq, atMs, records, siteId});
    if (!r)
        return fail(r.error());
    return {};
}

Status SyncRepository::noteExport(qint64 siteId, qint64 toSeq, qint64 atMs, qint64 records)
{
    if (auto r = run(m_db,
                     QStringLiteral("INSERT INTO sync_state (site_id) VALUES (?) ON CONFLICT "
                                    "(site_id) DO NOTHING"),
                     {siteId});
        !r)
        return fail(r.error());
    auto r = run(m_db,
                 QStringLiteral("UPDATE sync_state SET last_export_seq = MAX(last_export_seq, "
                                "?), last_export_ms = ?, last_export_records = ? WHERE "
                                "site_id = ?"),
                 {toSeq, atMs, records, siteId});
    if (!r)
        return fail(r.error());
    return {};
}

Result<bool> SyncRepository::packageKnown(const QByteArray &uuid, const QString &direction) const
{
    auto q = cached(QStringLiteral("SELECT COUNT(*) FROM sync_package WHERE uuid = ? AND "
                                   "direction = ?"),
                    {uuid, direction});
    if (!q)
        return fail(q.error());
    const bool known = (*q)->next() && (*q)->value(0).toLongLong() > 0;
    (*q)->finish();
    return known;
}

Status SyncRepository::logPackage(const PackageLog &log)
{
    auto r
        = run(m_db,
              QStringLiteral("INSERT INTO sync_package (uuid, site_id, direction, first_seq, "
                             "last_seq, full, at_ms, records, changed, sha256, file_name, "
                             "user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                             "(uuid, direction) DO UPDATE SET at_ms = excluded.at_ms, changed = "
                             "excluded.changed, file_name = excluded.file_name, user_name = "
                             "excluded.user_name"),
              {log.uuid, log.siteId, log.direction, log.firstSeq, log.lastSeq, log.full ? 1 : 0,
               log.atMs, log.records, log.changed, log.sha256, log.fileName, log.userName});
    if (!r)
        return fail(r.error());
    return {};
}

Result<std::optional<QString>> SyncRepository::conflictState(const QByteArray &recordUuid,
                                                             qint64 rowVersion,
                                                             const QByteArray &incoming) const
{
    auto q = cached(QStringLiteral("SELECT COALESCE(resolution, '') FROM sync_conflict WHERE "
                                   "record_uuid = ? AND row_version = ? AND incoming = ?"),
                    {recordUuid, rowVersion, QString::fromUtf8(incoming)});
    if (!q)
        return fail(q.error());
    std::optional<QString> state;
    if ((*q)->next())
        state = (*q)->value(0).toString();
    (*q)->finish();
    return state;
}

Status SyncRepository::keepConflict(const ConflictRow &c)
{
    auto r
        = run(m_db,
              QStringLiteral("INSERT INTO sync_conflict (site_id, package_uuid, entity, "
                             "record_uuid, row_version, incoming, local, found_ms) VALUES (?, ?, "
                             "?, ?, ?, ?, ?, ?) ON CONFLICT (record_uuid, row_version, incoming) "
                             "DO NOTHING"),
              {c.siteId, c.packageUuid, c.entity, c.recordUuid, c.rowVersion,
               QString::fromUtf8(c.incoming), QString::fromUtf8(c.local), c.foundMs});
    if (!r)
        return fail(r.error());
    return {};
}

Result<QList<SyncRepository::ConflictRow>> SyncRepository::conflicts(std::optional<qint64> siteId,
                                                                     bool openOnly) const
{
    QString sql = conflictSelect() + QStringLiteral("WHERE 1 = 1");
    QVariantList values;
    if (siteId) {
        sql += QStringLiteral(" AND c.site_id = ?");
        values << *siteId;
    }
    if (openOnly)
        sql += QStringLiteral(" AND c.resolved_ms IS NULL");
    sql += QStringLiteral(" ORDER BY c.found_ms, c.id");
    auto q = run(m_db, sql, values);
    if (!q)
        return fail(q.error());
    QList<ConflictRow> result;
    while (q->next())
        result << readConflict(*q);
    return result;
}

Result<std::optional<SyncRepository::ConflictRow>> SyncRepository::conflict(qint64 id) const
{
    auto q = run(m_db, conflictSelect() + QStringLiteral("WHERE c.id = ?"), {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return std::optional<ConflictRow>();
    return std::optional<ConflictRow>(readConflict(*q));
}

Status SyncRepository::resolveConflict(qint64 id, const QString &resolution, const QString &by,
                                       qint64 atMs)
{
    auto r = run(m_db,
                 QStringLiteral("UPDATE sync_conflict SET resolved_ms = ?, resolution = ?, "
                                "resolved_by = ? WHERE id = ? AND resolved_ms IS NULL"),
                 {atMs, resolution, by, id});
    if (!r)
        return fail(r.error());
    return {};
}

} // namespace Rpb
