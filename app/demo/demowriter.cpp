#include "demowriter.h"

#include "domain/uuid7.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/wastetotals.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

namespace Rpb {

Q_LOGGING_CATEGORY(lcDemoWriter, "rpb.demo")

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoWriter)
};

struct TableDef
{
    const char *name;
    const char *columns;
    bool hasMeta; // id, uuid, created_ms, updated_ms, row_version come first
};

// In the order of DemoWriter::Table.
constexpr std::array<TableDef, DemoWriter::TableCount> tables {{
    {"site",
     "code, name, province, time_zone, open_minute, close_minute, open_days, buffer_minutes, "
     "min_booking_minutes, max_booking_minutes, book_ahead_days, weekly_quota_minutes, "
     "mass_balance_tolerance_percent, auto_confirm",
     true},
    {"product_line", "site_id, code, name, unit", true},
    {"equipment", "site_id, code, name, type, status, capacity, buffer_minutes, notes", true},
    {"member", "site_id, code, name, owner, nib, women_led, youth_led, phone, joined", true},
    {"waste_category", "site_id, code, name, unit, hazardous", true},
    {"booking",
     "site_id, equipment_id, member_id, product_line_id, start_utc, end_utc, status, "
     "actual_start_utc, actual_end_utc, purpose, created_by",
     true},
    {"maintenance_window", "site_id, equipment_id, start_utc, end_utc, reason", true},
    {"batch",
     "site_id, code, product_line_id, member_id, production_date, local_month, shift, "
     "input_material, input_milli, input_unit, output_milli, energy_wh, water_ml, status, notes, "
     "created_by",
     true},
    {"waste_line",
     "site_id, batch_id, local_month, product_line_id, category_id, route, unit, quantity_milli",
     true},
    {"equipment_product_line", "equipment_id, product_line_id", false},
    {"batch_equipment", "batch_id, equipment_id", false},
}};

// Rows are removed children first, so that no foreign key points at a missing row meanwhile.
constexpr std::array<DemoWriter::Table, DemoWriter::TableCount> removalOrder {
    DemoWriter::Table::WasteLine,
    DemoWriter::Table::BatchEquipment,
    DemoWriter::Table::Batch,
    DemoWriter::Table::Booking,
    DemoWriter::Table::MaintenanceWindow,
    DemoWriter::Table::EquipmentProductLine,
    DemoWriter::Table::Member,
    DemoWriter::Table::Equipment,
    DemoWriter::Table::WasteCategory,
    DemoWriter::Table::ProductLine,
    DemoWriter::Table::Site,
};

QStringList columnNames(const TableDef &def)
{
    QStringList names;
    if (def.hasMeta)
        names << QStringLiteral("id") << QStringLiteral("uuid") << QStringLiteral("created_ms")
              << QStringLiteral("updated_ms");
    for (const QString &column : QString::fromLatin1(def.columns).split(QLatin1Char(',')))
        names << column.trimmed();
    return names;
}

// Named placeholders (":site_id"), bound by names made once: Qt 6.4 formats a placeholder name
// inside every positional bindValue(int, ...), which cost about a sixth of a national run.
QStringList placeholders(const TableDef &def)
{
    QStringList names;
    for (const QString &column : columnNames(def))
        names << QLatin1Char(':') + column;
    return names;
}

QString insertSql(const TableDef &def)
{
    QStringList columns = columnNames(def);
    QStringList values = placeholders(def);
    if (def.hasMeta) {
        // Every demo record is change number 1 of its site: the first export takes them all,
        // and the change-counter triggers stand aside for rows that come numbered.
        columns.insert(4, QStringLiteral("row_version"));
        values.insert(4, QStringLiteral("1"));
        columns.insert(5, QStringLiteral("change_seq"));
        values.insert(5, QStringLiteral("1"));
    }
    return QStringLiteral("INSERT INTO ") + QLatin1String(def.name) + QStringLiteral(" (")
        + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
        + values.join(QStringLiteral(", ")) + QLatin1Char(')');
}

Error writeError(const QString &detail)
{
    return Error::storage(Tr::tr("The demo data could not be written; nothing was kept."), detail);
}
} // namespace

DemoWriter::DemoWriter(Database &db, qint64 chunkRows)
    : m_db(db)
    , m_chunkRows(chunkRows)
{ }

DemoWriter::~DemoWriter()
{
    if (m_active)
        abandon();
}

Status DemoWriter::begin()
{
    if (auto s = m_db.ensureWritable(); !s)
        return s;
    m_ownsTransactions = m_db.transactionDepth() == 0;

    // Keys continue after whatever is there, so that removing a failed run touches nothing else.
    for (int t = 0; t < TableCount; ++t) {
        m_counts[size_t(t)] = 0;
        if (!tables[size_t(t)].hasMeta)
            continue;
        auto max = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ")
                               + QLatin1String(tables[size_t(t)].name));
        if (!max)
            return fail(max.error());
        m_nextId[size_t(t)] = max->toLongLong() + 1;
        m_firstId[size_t(t)] = m_nextId[size_t(t)];
    }

    // Durability per commit buys nothing while the whole run is undone on failure anyway, and
    // the keys are checked once at the end instead of row by row; finish() puts the settings
    // back and reads them back.
    if (m_ownsTransactions) {
        const QList<std::pair<QString, QString>> relaxed {
            {QStringLiteral("synchronous"), QStringLiteral("OFF")},
            {QStringLiteral("cache_size"), QStringLiteral("-262144")}, // 256 MiB
            {QStringLiteral("foreign_keys"), QStringLiteral("OFF")},
            // Every insert fires triggers (the change counter), so SQLite keeps a statement
            // journal for it; in a temporary file that was some 45 million small writes and
            // half the time of a national run. (Setting it drops this connection's temporary
            // tables, which a run does not use.)
            {QStringLiteral("temp_store"), QStringLiteral("MEMORY")},
        };
        for (const auto &[name, value] : relaxed) {
            auto saved = m_db.scalar(QStringLiteral("PRAGMA ") + name);
            if (!saved) {
                (void)restorePragmas();
                return fail(saved.error());
            }
            m_savedPragmas.append({name, saved->toString()});
            m_pragmasChanged = true;
            if (auto r = m_db.exec(QStringLiteral("PRAGMA %1=%2").arg(name, value)); !r) {
                (void)restorePragmas();
                return fail(r.error());
            }
        }
    }

    m_queries.clear();
    m_queries.reserve(TableCount);
    m_placeholders.clear();
    for (const TableDef &def : tables) {
        m_placeholders.push_back(placeholders(def));
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.prepare(insertSql(def))) {
            const QString detail = query.lastError().text();
            m_queries.clear();
            (void)restorePragmas();
            return fail(writeError(detail));
        }
        m_queries.push_back(std::move(query));
    }
    m_untotalledWaste = m_firstId[size_t(Table::WasteLine)];
    m_active = true;
    m_committedChunks = 0;
    if (auto s = beginChunk(); !s) {
        abandon();
        return s;
    }
    return {};
}

Status DemoWriter::beginChunk()
{
    m_transaction = std::make_unique<Transaction>(m_db, Transaction::Mode::Immediate);
    m_rowsInChunk = 0;
    return m_transaction->begin();
}

Status DemoWriter::execute(QSqlQuery &query)
{
    if (!query.exec()) {
        const QString detail = query.lastError().text();
        qCWarning(lcDemoWriter) << "insert failed:" << query.lastQuery() << detail;
        return fail(writeError(detail));
    }
    return {};
}

Status DemoWriter::afterRow()
{
    ++m_rowsInChunk;
    if (m_chunkRows <= 0 || m_rowsInChunk < m_chunkRows || !m_ownsTransactions)
        return {};
    if (auto s = totalWaste(); !s)
        return s;
    if (auto s = m_transaction->commit(); !s)
        return s;
    ++m_committedChunks;
    return beginChunk();
}

Result<qint64> DemoWriter::insert(Table table, qint64 createdMs, qint64 updatedMs,
                                  std::initializer_list<QVariant> values, QUuid *uuid)
{
    const size_t t = size_t(table);
    Q_ASSERT(m_active);
    Q_ASSERT(tables[t].hasMeta);
    const QStringList &names = m_placeholders[t];
    Q_ASSERT(values.size() + 4 == size_t(names.size()));
    QSqlQuery &query = m_queries[t];
    const qint64 id = m_nextId[t];
    const QUuid made = Uuid7::generate(createdMs);
    query.bindValue(names.at(0), id);
    query.bindValue(names.at(1), Uuid7::toBytes(made));
    query.bindValue(names.at(2), createdMs);
    query.bindValue(names.at(3), updatedMs);
    qsizetype position = 4;
    for (const QVariant &value : values)
        query.bindValue(names.at(position++), value);
    if (auto s = execute(query); !s)
        return fail(s.error());
    ++m_nextId[t];
    ++m_counts[t];
    if (uuid)
        *uuid = made;
    if (auto s = afterRow(); !s)
        return fail(s.error());
    return id;
}

Status DemoWriter::link(Table table, qint64 first, qint64 second)
{
    const size_t t = size_t(table);
    Q_ASSERT(m_active);
    Q_ASSERT(!tables[t].hasMeta);
    QSqlQuery &query = m_queries[t];
    query.bindValue(m_placeholders[t].at(0), first);
    query.bindValue(m_placeholders[t].at(1), second);
    if (auto s = execute(query); !s)
        return s;
    ++m_counts[t];
    return afterRow();
}

Status DemoWriter::totalWaste()
{
    const qint64 last = m_nextId[size_t(Table::WasteLine)] - 1;
    if (auto s = WasteTotals::addLines(m_db, m_untotalledWaste, last); !s)
        return fail(writeError(s.error().detail));
    if (auto s = WasteTotals::settleCounted(m_db, m_untotalledWaste, last); !s)
        return fail(writeError(s.error().detail));
    m_untotalledWaste = last + 1;
    return {};
}

Status DemoWriter::finish()
{
    Q_ASSERT(m_active);
    if (auto s = checkForeignKeys(); !s) {
        abandon();
        return s;
    }
    if (auto s = totalWaste(); !s) {
        abandon();
        return s;
    }
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO sync_state (site_id, change_seq) SELECT id, "
                                          "1 FROM site WHERE id >= ? ON CONFLICT (site_id) DO "
                                          "NOTHING"),
                           {m_firstId[size_t(Table::Site)]});
        !r) {
        abandon();
        return fail(writeError(r.error().detail));
    }
    if (auto s = m_transaction->commit(); !s) {
        abandon();
        return s;
    }
    m_transaction.reset();
    m_active = false;
    m_queries.clear();
    m_placeholders.clear();
    if (m_ownsTransactions) {
        // A long run leaves a large write-ahead log behind; fold it into the file now rather
        // than on the next start.
        (void)m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return restorePragmas();
}

void DemoWriter::abandon()
{
    if (!m_active)
        return;
    m_active = false;
    m_queries.clear();
    if (m_transaction) {
        m_transaction->rollback();
        m_transaction.reset();
    }
    if (m_committedChunks > 0)
        removeWritten();
    (void)restorePragmas();
}

void DemoWriter::removeWritten()
{
    Transaction tx(m_db, Transaction::Mode::Immediate);
    if (!tx.begin())
        return;
    (void)m_db.exec(QStringLiteral("DELETE FROM sync_state WHERE site_id >= ?"),
                    {m_firstId[size_t(Table::Site)]});
    for (const Table table : removalOrder) {
        const size_t t = size_t(table);
        QString sql = QStringLiteral("DELETE FROM ") + QLatin1String(tables[t].name);
        qint64 first = 0;
        if (table == Table::EquipmentProductLine) {
            sql += QStringLiteral(" WHERE equipment_id >= ?");
            first = m_firstId[size_t(Table::Equipment)];
        } else if (table == Table::BatchEquipment) {
            sql += QStringLiteral(" WHERE batch_id >= ?");
            first = m_firstId[size_t(Table::Batch)];
        } else {
            sql += QStringLiteral(" WHERE id >= ?");
            first = m_firstId[t];
        }
        if (auto r = m_db.exec(sql, {first}); !r) {
            qCCritical(lcDemoWriter)
                << "could not remove the partial demo data:" << r.error().detail;
            return;
        }
    }
    if (auto s = tx.commit(); !s)
        qCCritical(lcDemoWriter) << "could not remove the partial demo data:" << s.error().detail;
}

Status DemoWriter::checkForeignKeys()
{
    if (!m_ownsTransactions)
        return {}; // the keys were enforced row by row
    auto q = m_db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!q)
        return fail(q.error());
    if (q->next()) {
        const QString detail
            = QStringLiteral("%1 row %2 refers to a missing %3")
                  .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString());
        qCCritical(lcDemoWriter) << "foreign key check failed:" << detail;
        return fail(writeError(detail));
    }
    return {};
}

Status DemoWriter::restorePragmas()
{
    if (!m_pragmasChanged)
        return {};
    m_pragmasChanged = false;
    const QList<std::pair<QString, QString>> settings = m_savedPragmas;
    m_savedPragmas.clear();
    for (const auto &[name, value] : settings) {
        if (auto r = m_db.exec(QStringLiteral("PRAGMA %1=%2").arg(name, value)); !r)
            return fail(r.error());
        auto actual = m_db.scalar(QStringLiteral("PRAGMA ") + name);
        if (!actual)
            return fail(actual.error());
        if (actual->toString() != value) {
            qCCritical(lcDemoWriter)
                << "PRAGMA" << name << "reads" << actual->toString() << "instead of" << value;
            return fail(Error::storage(
                Tr::tr("The database settings could not be put back after making the demo "
                       "data (%1 reads %2, not %3). Close RPB Hijau and open it again.")
                    .arg(name, actual->toString(), value)));
        }
    }
    return {};
}

} // namespace Rpb
