#pragma once

#include "domain/result.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <array>
#include <initializer_list>
#include <memory>
#include <vector>

namespace Rpb {

class Database;
class Transaction;

// Writes generated rows fast: one prepared statement per table, reused with bound values,
// integer keys assigned here instead of asked back, and a commit every chunkRows rows so that a
// national run neither holds one huge transaction nor pays for a commit per row. Outside a
// caller's transaction it relaxes the connection for the run (synchronous=OFF, a larger page
// cache, foreign keys checked once at the end rather than row by row) and puts every setting
// back, read back, when the run ends. A run that fails or is abandoned removes what it wrote, so
// the database is left as it was found.
class DemoWriter final
{
    Q_DISABLE_COPY_MOVE(DemoWriter)
public:
    enum class Table {
        Site,
        ProductLine,
        Equipment,
        Member,
        WasteCategory,
        Booking,
        MaintenanceWindow,
        Batch,
        WasteLine,
        EquipmentProductLine, // links: no meta columns
        BatchEquipment,
    };
    static constexpr int TableCount = 11;

    // chunkRows 0: everything in one transaction.
    DemoWriter(Database &db, qint64 chunkRows);
    ~DemoWriter();

    Status begin();
    // A synchronised record: the writer adds id, a UUID made at createdMs, created_ms,
    // updated_ms and row version 1 in front of values, which follow the table's columns.
    Result<qint64> insert(Table table, qint64 createdMs, qint64 updatedMs,
                          std::initializer_list<QVariant> values, QUuid *uuid = nullptr);
    Status link(Table table, qint64 first, qint64 second);
    // Commits the last chunk and puts the pragmas back; on failure the run is undone.
    Status finish();
    // Undoes everything written so far.
    void abandon();

    qint64 count(Table table) const { return m_counts[size_t(table)]; }

private:
    Status execute(QSqlQuery &query);
    Status beginChunk();
    Status afterRow();
    Status restorePragmas();
    Status checkForeignKeys();
    // Adds the waste lines written since the last call to the monthly totals (schema 4: the
    // lines come numbered, so the insert trigger leaves them to the writer).
    Status totalWaste();
    void removeWritten();

    Database &m_db;
    qint64 m_chunkRows;
    qint64 m_rowsInChunk = 0;
    qint64 m_committedChunks = 0;
    bool m_ownsTransactions = false; // false inside a caller's transaction
    bool m_active = false;
    bool m_pragmasChanged = false;
    QList<std::pair<QString, QString>> m_savedPragmas; // name, value to put back
    std::unique_ptr<Transaction> m_transaction;
    std::vector<QSqlQuery> m_queries; // by Table
    std::vector<QStringList> m_placeholders; // by Table, in the order values are given
    std::array<qint64, TableCount> m_nextId {};
    std::array<qint64, TableCount> m_firstId {};
    std::array<qint64, TableCount> m_counts {};
    qint64 m_untotalledWaste = 0; // the first waste line id not yet in the totals
};

} // namespace Rpb
