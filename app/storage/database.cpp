#include "database.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

namespace Rpb {

Q_LOGGING_CATEGORY(lcDatabase, "rpb.database")

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString uniqueConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("rpb-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const Options &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Error::storage(Tr::tr("The SQLite driver of Qt is not installed.")));

    std::unique_ptr<Database> db(new Database);
    db->m_path = options.path;
    db->m_connectionName
        = options.connectionName.isEmpty() ? uniqueConnectionName() : options.connectionName;
    const QFileInfo info(options.path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return fail(Error::storage(
            Tr::tr("Cannot create the folder %1 for the database.").arg(info.absolutePath())));

    QSqlDatabase connection
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    connection.setDatabaseName(options.path);
    connection.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!connection.open()) {
        const QString detail = connection.lastError().text();
        return fail(
            Error::storage(Tr::tr("Cannot open the database %1.").arg(options.path), detail));
    }
    // Refuse a newer file before the pragmas touch it (switching to WAL rewrites its header).
    if (auto s = Migrations::refuseNewer(*db); !s)
        return fail(s.error());
    if (auto s = db->applyPragmas(options.busyTimeoutMs); !s)
        return fail(s.error());
    if (options.migrate) {
        if (auto s = Migrations::migrate(*db); !s)
            return fail(s.error());
    }
    return db;
}

Database::~Database()
{
    waitForCheckpoint();
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::suspendAutoCheckpoint(bool suspended)
{
    // SQLite's default: a checkpoint whenever a commit leaves the log over 1,000 pages.
    auto r = exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(suspended ? 0 : 1000));
    if (!r)
        return fail(r.error());
    return {};
}

void Database::checkpointInBackground()
{
    waitForCheckpoint();
    if (m_path.isEmpty() || m_path == QLatin1String(":memory:"))
        return;
    static QAtomicInteger<quint32> serial;
    const QString name = m_connectionName + QStringLiteral("-checkpoint-")
        + QString::number(serial.fetchAndAddRelaxed(1));
    const QString path = m_path;
    m_checkpointer.reset(QThread::create([name, path] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open()) {
                qCWarning(lcDatabase) << "checkpoint: cannot open" << db.lastError().text();
            } else {
                // PASSIVE: copies what no reader still needs and never blocks the writer; what
                // is left goes with a later checkpoint.
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                    qCWarning(lcDatabase) << "checkpoint failed:" << q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }));
    m_checkpointer->start();
}

void Database::waitForCheckpoint()
{
    if (m_checkpointer) {
        m_checkpointer->wait();
        m_checkpointer.reset();
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::applyPragmas(int busyTimeoutMs)
{
    // A file that is not a database fails on the first read, which is the clearest place to say so.
    auto check = scalar(QStringLiteral("PRAGMA schema_version"));
    if (!check)
        return fail(
            Error::storage(Tr::tr("%1 is not an RPB Hijau database, or it is damaged.").arg(m_path),
                           check.error().detail));

    struct Pragma
    {
        QString set;
        QString read;
        QString expected;
    };
    const QList<Pragma> pragmas {
        {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA journal_mode"),
         QStringLiteral("wal")},
        {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA synchronous"),
         QStringLiteral("2")},
        {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA foreign_keys"),
         QStringLiteral("1")},
        {QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs),
         QStringLiteral("PRAGMA busy_timeout"), QString::number(busyTimeoutMs)},
    };
    // A larger page cache keeps the indexes of a national-size file in memory (the default is
    // 2 MB); it is a performance setting, so it is not read back.
    if (auto r = exec(QStringLiteral("PRAGMA cache_size = -65536")); !r)
        return fail(r.error());
    for (const Pragma &p : pragmas) {
        if (auto r = exec(p.set); !r)
            return fail(r.error());
        auto value = scalar(p.read);
        if (!value)
            return fail(value.error());
        const QString actual = value->toString().toLower();
        if (actual != p.expected) {
            qCCritical(lcDatabase) << p.set << "did not take; it reads" << actual;
            return fail(Error::storage(
                Tr::tr("The database %1 could not be set up safely (%2 reads %3, not %4).")
                    .arg(m_path, p.read, actual, p.expected)));
        }
    }
    return {};
}

int Database::schemaVersion() const
{
    auto v = scalar(QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

QString Database::sqliteVersion() const
{
    auto v = scalar(QStringLiteral("SELECT sqlite_version()"));
    return v ? v->toString() : QString();
}

void Database::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
}

Status Database::ensureWritable() const
{
    if (!m_readOnly)
        return {};
    return fail(
        Error::storage(Tr::tr("The database is open for reading only: %1").arg(m_readOnlyReason)));
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcDatabase) << "prepare failed:" << sql << query.lastError().text();
        return fail(Error::storage(Tr::tr("The database could not run a query."),
                                   query.lastError().text()));
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // Qt binds a null QString as SQL NULL; an empty text is meant, NULL is asked for with an
        // explicitly null QVariant.
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, value);
    }
    if (!query.exec()) {
        const QString text = query.lastError().text();
        qCWarning(lcDatabase) << "exec failed:" << sql << text;
        return fail(refusal(query.lastError()));
    }
    return query;
}

Error Database::refusal(const QSqlError &error)
{
    const QString text = error.text();
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return Error::storage(Tr::tr("The database is busy: another program kept it locked too "
                                     "long. Try again."),
                              text);
    // SQLite says "NOT NULL constraint failed: booking.end_utc", "UNIQUE constraint failed:
    // member.site_id, member.code", "CHECK constraint failed: end_utc > start_utc".
    static const QRegularExpression constraint(
        QStringLiteral("(NOT NULL|UNIQUE|CHECK|FOREIGN KEY) constraint failed:?\\s*([^\\n]*?)"
                       "(?:\\s+Unable to .*)?$"));
    const QRegularExpressionMatch m
        = constraint.match(error.databaseText().isEmpty() ? text : error.databaseText());
    if (!m.hasMatch())
        return Error::storage(Tr::tr("The database refused a change."), text);
    const QString kind = m.captured(1);
    const QString subject = m.captured(2).trimmed();
    // "booking.end_utc" or an expression: its first name is the field the rule is about.
    static const QRegularExpression name(QStringLiteral("([a-z_]+)(?:\\.([a-z_]+))?"));
    const QRegularExpressionMatch n = name.match(subject);
    const QString table = n.hasMatch() && !n.captured(2).isEmpty() ? n.captured(1) : QString();
    const QString field
        = n.hasMatch() ? (n.captured(2).isEmpty() ? n.captured(1) : n.captured(2)) : QString();
    QString message;
    if (kind == QLatin1String("NOT NULL"))
        message = Tr::tr("The database refused the change: the field %1 of the %2 record may "
                         "not be empty.")
                      .arg(field, table);
    else if (kind == QLatin1String("UNIQUE"))
        message = Tr::tr("The database refused the change: another %1 record already has this "
                         "%2.")
                      .arg(table, field);
    else if (kind == QLatin1String("FOREIGN KEY"))
        message = Tr::tr("The database refused the change: it refers to a record that does not "
                         "exist.");
    else
        message = Tr::tr("The database refused the change: the value of the field %1 breaks a "
                         "rule of the database (%2).")
                      .arg(field, subject);
    Error e = Error::storage(message, text);
    e.field = field;
    return e;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values) const
{
    auto query = exec(sql, values);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Status Database::backupTo(const QString &file) const
{
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo::exists(target))
        return fail(
            Error::invalid(Tr::tr("The backup file already exists; choose a new name."), target));
    if (auto r = exec(QStringLiteral("VACUUM INTO ?"), {target}); !r)
        return fail(
            Error::storage(Tr::tr("Cannot write the backup to %1.").arg(target), r.error().detail));
    return {};
}

QString Database::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.rpb-hijau");
    return folder + QStringLiteral("/rpb-hijau.sqlite");
}

} // namespace Rpb
