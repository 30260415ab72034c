#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

class QThread;

namespace Rpb {

// The one place that opens the database. Each Database owns a named Qt SQL connection; a thread
// that needs the database opens its own. Every pragma that the data's safety depends on is read
// back after it is set, and opening fails loudly when one did not take.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    struct Options
    {
        QString path;
        QString connectionName; // empty: made unique
        int busyTimeoutMs = 5000;
        bool migrate = true; // bring the schema to the current version (with a backup first)
    };

    static Result<std::unique_ptr<Database>> open(const Options &options);
    ~Database();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;
    QString sqliteVersion() const;

    // A database whose check failed is kept open for reading only.
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly, const QString &reason = {});
    QString readOnlyReason() const { return m_readOnlyReason; }
    Status ensureWritable() const;

    // Prepares, binds positionally and runs one statement; a failure carries the driver's text.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    // A change the database refused, as a sentence: a broken constraint names its table and
    // field instead of the driver's text, which stays in the error's detail for the log.
    static Error refusal(const QSqlError &error);
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;

    // A consistent copy while others use the file (VACUUM INTO).
    Status backupTo(const QString &file) const;

    // After a large write (a site's package): the write-ahead log is copied into the file on a
    // thread of its own, with a connection of its own, so that the writer goes on meanwhile
    // instead of waiting for the copy and its flush to disk. The write is durable before that,
    // in the log. Suspend the automatic checkpoint before committing such a write, and call this
    // after; the next call, and closing, wait for the one before.
    Status suspendAutoCheckpoint(bool suspended);
    void checkpointInBackground();
    void waitForCheckpoint();

    // Transaction depth lets a service compose others inside its own transaction.
    int transactionDepth() const { return m_transactionDepth; }

    // The folder-independent default location in the platform's application-data folder.
    static QString defaultPath();

private:
    friend class Transaction; // keeps the nesting depth
    Database() = default;
    Status applyPragmas(int busyTimeoutMs);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_transactionDepth = 0;
    std::unique_ptr<QThread> m_checkpointer;
};

} // namespace Rpb
