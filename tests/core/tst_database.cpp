#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Rpb;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes a SQLite file directly, bypassing Database, to make files the app must refuse.
void writeRawDatabase(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

class TestDatabaseOpen final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pragmasTakeEffect_data();
    void pragmasTakeEffect();
    void freshFileIsAtCurrentSchema();
    void newerSchemaIsRefusedAndFileUntouched();
    void notADatabaseIsRefused();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionCommitsWithOuter();
    void readOnlyRefusesWrites();
    void backupIsAConsistentCopy();
    void backupRefusesExistingFile();
    void checkpointInTheBackground();
    void wasteLinesCountOnlyForLiveBatches();
    void refusedChangesAreSentences_data();
    void refusedChangesAreSentences();
};

void TestDatabaseOpen::pragmasTakeEffect_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");
    QTest::newRow("journal_mode") << QStringLiteral("journal_mode") << QStringLiteral("wal");
    QTest::newRow("synchronous") << QStringLiteral("synchronous") << QStringLiteral("2");
    QTest::newRow("foreign_keys") << QStringLiteral("foreign_keys") << QStringLiteral("1");
    QTest::newRow("busy_timeout") << QStringLiteral("busy_timeout") << QStringLiteral("5000");
}

void TestDatabaseOpen::pragmasTakeEffect()
{
    QFETCH(QString, pragma);
    QFETCH(QString, expected);
    Test::TestDatabase t;
    auto value = t.db().scalar(QStringLiteral("PRAGMA ") + pragma);
    QVERIFY(value.has_value());
    QCOMPARE(value->toString().toLower(), expected);
}

void TestDatabaseOpen::freshFileIsAtCurrentSchema()
{
    Test::TestDatabase t;
    QCOMPARE(t.db().schemaVersion(), Migrations::CurrentVersion);
    // Every entity of the brief has its table.
    for (const char *table : {"site", "product_line", "equipment", "member", "app_user", "booking",
                              "booking_series", "maintenance_window", "batch", "waste_line",
                              "waste_category", "audit_log", "sync_state", "month_close"}) {
        auto n = t.db().scalar(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
            {QString::fromLatin1(table)});
        QVERIFY(n.has_value());
        QVERIFY2(n->toInt() == 1, table);
    }
    // The queries of later pages have their indexes.
    for (const char *index :
         {"booking_equipment_time", "batch_site_date", "batch_site_month", "waste_line_counted"}) {
        auto n = t.db().scalar(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?"),
            {QString::fromLatin1(index)});
        QVERIFY(n.has_value());
        QVERIFY2(n->toInt() == 1, index);
    }
}

void TestDatabaseOpen::newerSchemaIsRefusedAndFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    writeRawDatabase(
        path, {QStringLiteral("CREATE TABLE x (a)"), QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = fileHash(path);
    Database::Options options;
    options.path = path;
    auto db = Database::open(options);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().kind, Error::Kind::Storage);
    QCOMPARE(db.error().exitCode(), 5);
    QVERIFY(db.error().message.contains(QLatin1String("newer version")));
    QCOMPARE(fileHash(path), before);
}

void TestDatabaseOpen::notADatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    Database::Options options;
    options.path = path;
    auto db = Database::open(options);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().kind, Error::Kind::Storage);
    QVERIFY(db.error().message.contains(path));
}

void TestDatabaseOpen::transactionRollsBackUnlessCommitted()
{
    Test::TestDatabase t;
    {
        Transaction tx(t.db());
        QVERIFY(tx.begin().has_value());
        QVERIFY(t.db().exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', '1')")));
        // No commit: the destructor rolls back.
    }
    QCOMPARE(t.count(QStringLiteral("setting")), 0);
    QCOMPARE(t.db().transactionDepth(), 0);
}

void TestDatabaseOpen::refusedChangesAreSentences_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("field");

    QTest::newRow("check") << QStringLiteral("INSERT INTO t (a, b, c) VALUES ('x', 5, 1)")
                           << QStringLiteral("the field b breaks a rule") << QStringLiteral("b");
    QTest::newRow("not null") << QStringLiteral("INSERT INTO t (a, b, c) VALUES (NULL, 1, 5)")
                              << QStringLiteral("field a of the t record may not be empty")
                              << QStringLiteral("a");
    QTest::newRow("unique") << QStringLiteral("INSERT INTO t (a, b, c) VALUES ('one', 1, 5)")
                            << QStringLiteral("another t record already has this a")
                            << QStringLiteral("a");
}

void TestDatabaseOpen::refusedChangesAreSentences()
{
    // What the command line and the window print is a sentence, never the driver's text; the
    // driver's text stays in the detail for the log.
    QFETCH(QString, sql);
    QFETCH(QString, says);
    QFETCH(QString, field);
    Test::TestDatabase t;
    QVERIFY(t.db().exec(QStringLiteral("CREATE TABLE t (a TEXT NOT NULL UNIQUE, b INTEGER, "
                                       "c INTEGER, CHECK (b < c))")));
    QVERIFY(t.db().exec(QStringLiteral("INSERT INTO t (a, b, c) VALUES ('one', 1, 2)")));
    auto refused = t.db().exec(sql);
    QVERIFY(!refused);
    const Error e = refused.error();
    QVERIFY2(e.message.contains(says), qPrintable(e.message));
    QVERIFY2(!e.message.contains(QLatin1String("constraint")), qPrintable(e.message));
    QVERIFY2(!e.message.contains(QLatin1String("Unable to")), qPrintable(e.message));
    QVERIFY2(e.detail.contains(QLatin1String("constraint failed")), qPrintable(e.detail));
    QCOMPARE(e.field, field);
    QCOMPARE(t.count(QStringLiteral("t")), 1);
}

void TestDatabaseOpen::nestedTransactionCommitsWithOuter()
{
    Test::TestDatabase t;
    Transaction outer(t.db());
    QVERIFY(outer.begin().has_value());
    {
        Transaction inner(t.db());
        QVERIFY(inner.begin().has_value());
        QCOMPARE(t.db().transactionDepth(), 2);
        QVERIFY(t.db().exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('b', '2')")));
        QVERIFY(inner.commit().has_value());
    }
    QCOMPARE(t.db().transactionDepth(), 1);
    QVERIFY(outer.commit().has_value());
    QCOMPARE(t.count(QStringLiteral("setting")), 1);
}

void TestDatabaseOpen::readOnlyRefusesWrites()
{
    Test::TestDatabase t;
    t.db().setReadOnly(true, QStringLiteral("check failed"));
    auto saved = t.masterData().save(Test::TestDatabase::sampleSite());
    QVERIFY(!saved.has_value());
    QCOMPARE(saved.error().kind, Error::Kind::Storage);
    QCOMPARE(t.count(QStringLiteral("site")), 0);
}

void TestDatabaseOpen::backupIsAConsistentCopy()
{
    Test::TestDatabase t;
    QVERIFY(t.masterData().save(Test::TestDatabase::sampleSite()).has_value());
    const QString copy = t.folder() + QStringLiteral("/copy.sqlite");
    QVERIFY(t.db().backupTo(copy).has_value());
    auto other = AppContext::open(copy);
    QVERIFY(other.has_value());
    (*other)->setActor(Actor::setupAdministrator());
    auto sites = (*other)->masterData().sites();
    QVERIFY(sites.has_value());
    QCOMPARE(sites->size(), 1);
    QCOMPARE(sites->first().code, QStringLiteral("ACH"));
}

// A large write commits with the automatic checkpoint suspended, so the log keeps its pages;
// a connection of its own then copies them into the file while this one goes on writing.
void TestDatabaseOpen::checkpointInTheBackground()
{
    Test::TestDatabase t;
    // Frames in the log, and how many of them are in the file (wal_checkpoint's 2nd and 3rd).
    const auto logState = [&t] {
        auto q = t.db().exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        return q && q->next() ? std::pair {q->value(1).toInt(), q->value(2).toInt()}
                              : std::pair {-1, -1};
    };
    QVERIFY(t.db().suspendAutoCheckpoint(true));
    QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA wal_autocheckpoint"))->toInt(), 0);
    {
        Transaction tx(t.db());
        QVERIFY(tx.begin().has_value());
        for (int i = 0; i < 3000; ++i) {
            QVERIFY(t.db().exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"),
                                {QStringLiteral("k%1").arg(i), QString(200, QLatin1Char('x'))}));
        }
        QVERIFY(tx.commit().has_value());
    }
    const QFileInfo log(t.db().path() + QStringLiteral("-wal"));
    QVERIFY2(log.size() > 100 * 4096, qPrintable(QString::number(log.size())));
    QVERIFY(t.db().suspendAutoCheckpoint(false));
    QCOMPARE(t.db().scalar(QStringLiteral("PRAGMA wal_autocheckpoint"))->toInt(), 1000);

    t.db().checkpointInBackground();
    // This connection goes on meanwhile.
    QVERIFY(t.db().exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('after', '1')")));
    t.db().waitForCheckpoint();
    t.db().waitForCheckpoint(); // nothing left to wait for
    const auto [frames, copied] = logState();
    QVERIFY(frames > 0);
    QCOMPARE(copied, frames);
    QCOMPARE(t.count(QStringLiteral("setting")), 3001);
    QVERIFY(!QSqlDatabase::connectionNames().join(u' ').contains(QStringLiteral("checkpoint")));
}

void TestDatabaseOpen::backupRefusesExistingFile()
{
    Test::TestDatabase t;
    const QString copy = t.folder() + QStringLiteral("/exists.sqlite");
    QFile f(copy);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto s = t.db().backupTo(copy);
    QVERIFY(!s.has_value());
    QCOMPARE(s.error().exitCode(), 2);
}

void TestDatabaseOpen::wasteLinesCountOnlyForLiveBatches()
{
    Test::TestDatabase t;
    auto site = t.masterData().save(Test::TestDatabase::sampleSite());
    QVERIFY(site.has_value());
    const qint64 s = site->meta.id;
    Database &db = t.db();
    // Minimal rows straight in SQL: the triggers, not the services, are under test.
    QVERIFY(
        db.exec(QStringLiteral("INSERT INTO product_line (uuid, created_ms, updated_ms, site_id, "
                               "code, name, unit) VALUES (randomblob(16), 0, 0, ?, 'P', 'P', "
                               "'kg')"),
                {s}));
    QVERIFY(
        db.exec(QStringLiteral("INSERT INTO member (uuid, created_ms, updated_ms, site_id, code, "
                               "name, owner) VALUES (randomblob(16), 0, 0, ?, 'M', 'M', 'O')"),
                {s}));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO waste_category (uuid, created_ms, updated_ms, "
                                   "site_id, code, name, unit) VALUES (randomblob(16), 0, 0, ?, "
                                   "'W', 'W', 'kg')"),
                    {s}));
    for (const char *code : {"ACH-2612-0001", "ACH-2612-0002"})
        QVERIFY(db.exec(QStringLiteral("INSERT INTO batch (uuid, created_ms, updated_ms, site_id, "
                                       "code, product_line_id, member_id, production_date, "
                                       "local_month, output_milli) VALUES (randomblob(16), 0, 0, "
                                       "?, ?, 1, 1, '2026-12-01', 202612, 1000)"),
                        {s, QString::fromLatin1(code)}));
    auto addLine = [&](int batch) {
        return db.exec(
            QStringLiteral("INSERT INTO waste_line (uuid, created_ms, updated_ms, site_id, "
                           "batch_id, local_month, product_line_id, category_id, route, "
                           "unit, quantity_milli) VALUES (randomblob(16), 0, 0, ?, ?, "
                           "202612, 1, 1, 'compost', 'kg', 500)"),
            {s, batch});
    };
    QVERIFY(addLine(1) && addLine(1) && addLine(2));
    auto counted = [&] {
        return db.scalar(QStringLiteral("SELECT COUNT(*) FROM waste_line WHERE counted = 1"))
            ->toInt();
    };
    // The monthly totals follow the flag in the same statement: 500 g a counted line.
    auto kept = [&] {
        return db
            .scalar(QStringLiteral("SELECT COALESCE(SUM(quantity_milli), 0) || '/' || "
                                   "COALESCE(SUM(line_count), 0) FROM waste_month_total"))
            ->toString();
    };
    auto expected = [](int lines) {
        return QStringLiteral("%1/%2").arg(lines * 500).arg(lines);
    };
    QCOMPARE(counted(), 3);
    QCOMPARE(kept(), expected(3));
    QVERIFY(db.exec(QStringLiteral("UPDATE batch SET status = 'archived' WHERE id = 1")));
    QCOMPARE(counted(), 1);
    QCOMPARE(kept(), expected(1));
    QVERIFY(addLine(1)); // a line added to an archived batch does not count either
    QCOMPARE(counted(), 1);
    QCOMPARE(kept(), expected(1));
    QVERIFY(db.exec(QStringLiteral("UPDATE batch SET status = 'recorded' WHERE id = 1")));
    QCOMPARE(counted(), 4);
    QCOMPARE(kept(), expected(4));
    QVERIFY(db.exec(QStringLiteral("UPDATE waste_line SET deleted = 1 WHERE id = 3")));
    QCOMPARE(counted(), 3);
    QCOMPARE(kept(), expected(3));
    QVERIFY(db.exec(QStringLiteral("UPDATE batch SET deleted = 1 WHERE id = 1")));
    QCOMPARE(counted(), 0);
    QCOMPARE(kept(), expected(0));
    // No row is left behind at zero.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM waste_month_total"))->toInt(), 0);
    // The figures' query reads the partial index only.
    auto plan = db.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT product_line_id, category_id, "
                                       "SUM(quantity_milli) FROM waste_line WHERE counted = 1 AND "
                                       "site_id = 1 AND local_month BETWEEN 202601 AND 202612 AND "
                                       "unit = 'kg' GROUP BY product_line_id, category_id"));
    QVERIFY(plan.has_value());
    QString text;
    while (plan->next())
        text += plan->value(3).toString();
    QVERIFY2(text.contains(QLatin1String("COVERING INDEX waste_line_counted")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
