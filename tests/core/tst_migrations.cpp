#include "storage/database.h"
#include "storage/integritycheck.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Rpb;

// Upgrades the checked-in database of the first schema, as an early site would have it.
class TestMigrations final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upgradesTheFirstSchemaKeepingItsData();
    void takesABackupFirst();
    void batchCodesContinueAfterTheUpgrade();
    void freshAndUpgradedSchemasAreTheSame();
    void wasteTotalsEqualARecountAfterTheUpgrade();

private:
    QString copyFixture(QTemporaryDir &dir);
};

QString TestMigrations::copyFixture(QTemporaryDir &dir)
{
    const QString source = qEnvironmentVariable("RPB_TEST_SOURCE_DIR")
        + QStringLiteral("/tests/fixtures/schema-v1.sqlite");
    const QString target = dir.filePath(QStringLiteral("site.sqlite"));
    if (!QFile::copy(source, target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

void TestMigrations::upgradesTheFirstSchemaKeepingItsData()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    QVERIFY(!path.isEmpty());
    Database::Options options;
    options.path = path;
    auto db = Database::open(options);
    QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message + db.error().detail));
    QCOMPARE((*db)->schemaVersion(), Migrations::CurrentVersion);
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM booking"))->toInt(), 20);
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM batch"))->toInt(), 10);
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM waste_line"))->toInt(), 34);
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM member"))->toInt(), 11);
    // The new columns exist with their defaults.
    QCOMPARE((*db)
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM batch WHERE warning_note = '' AND "
                                         "operator_id IS NULL"))
                 ->toInt(),
             10);
    auto check = (*db)->scalar(QStringLiteral("PRAGMA integrity_check"));
    QCOMPARE(check->toString(), QStringLiteral("ok"));
}

void TestMigrations::takesABackupFirst()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    Database::Options options;
    options.path = path;
    QVERIFY(Database::open(options).has_value());
    const QStringList backups
        = QDir(dir.path()).entryList({QStringLiteral("site.sqlite.v1-*.bak")});
    QCOMPARE(backups.size(), 1);
    // The backup is the old file, still at version 1.
    Database::Options old;
    old.path = dir.filePath(backups.first());
    old.migrate = false;
    auto backup = Database::open(old);
    QVERIFY(backup.has_value());
    QCOMPARE((*backup)->schemaVersion(), 1);
}

void TestMigrations::batchCodesContinueAfterTheUpgrade()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    Database::Options options;
    options.path = path;
    auto db = Database::open(options);
    QVERIFY(db.has_value());
    // The counter starts from the highest code each site used in each month.
    auto q = (*db)->exec(QStringLiteral(
        "SELECT c.last_number, (SELECT MAX(CAST(substr(code, length(code) - 3) AS INTEGER)) FROM "
        "batch b WHERE b.site_id = c.site_id AND b.local_month = c.month) FROM batch_code_counter "
        "c"));
    QVERIFY(q.has_value());
    int rows = 0;
    while (q->next()) {
        QCOMPARE(q->value(0).toInt(), q->value(1).toInt());
        ++rows;
    }
    QVERIFY(rows > 0);
}

void TestMigrations::freshAndUpgradedSchemasAreTheSame()
{
    QTemporaryDir dir;
    const QString upgradedPath = copyFixture(dir);
    Database::Options options;
    options.path = upgradedPath;
    auto upgraded = Database::open(options);
    options.path = dir.filePath(QStringLiteral("fresh.sqlite"));
    auto fresh = Database::open(options);
    QVERIFY(upgraded.has_value() && fresh.has_value());
    auto schemaOf = [](Database &db) {
        QStringList items;
        auto q = db.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master WHERE name "
                                        "NOT LIKE 'sqlite_%' ORDER BY type, name"));
        while (q && q->next())
            items << q->value(0).toString() + QLatin1Char(' ') + q->value(1).toString();
        auto columns = db.exec(QStringLiteral("SELECT m.name, p.name, p.type, p.\"notnull\" FROM "
                                              "sqlite_master m JOIN pragma_table_info(m.name) p "
                                              "WHERE m.type = 'table' ORDER BY m.name, p.name"));
        while (columns && columns->next())
            items << columns->value(0).toString() + QLatin1Char('.') + columns->value(1).toString()
                    + QLatin1Char(' ') + columns->value(2).toString()
                    + columns->value(3).toString();
        return items;
    };
    QCOMPARE(schemaOf(**upgraded), schemaOf(**fresh));
}

void TestMigrations::wasteTotalsEqualARecountAfterTheUpgrade()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    QVERIFY(!path.isEmpty());
    // An archived batch and a deleted line, as an early site may have them, written into the
    // old file directly: the upgrade must leave both out of the totals.
    {
        const QString name = QStringLiteral("fixture-edit");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("UPDATE batch SET status = 'archived' WHERE id = (SELECT "
                                          "MIN(batch_id) FROM waste_line)")));
            QCOMPARE(q.numRowsAffected(), 1);
            QVERIFY(q.exec(QStringLiteral("UPDATE waste_line SET deleted = 1 WHERE id = (SELECT "
                                          "MAX(id) FROM waste_line)")));
            QCOMPARE(q.numRowsAffected(), 1);
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    Database::Options options;
    options.path = path;
    auto db = Database::open(options);
    QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().message + db.error().detail));
    QCOMPARE((*db)->schemaVersion(), Migrations::CurrentVersion);
    Database &d = **db;
    QVERIFY(d.scalar(QStringLiteral("SELECT COUNT(*) FROM waste_month_total"))->toInt() > 0);

    // The totals, row by row, against a recount written independently of the schema's own: by
    // the batch's site, month and product line, live lines of live batches only.
    const QString recount = QStringLiteral(
        "SELECT b.site_id, b.local_month, w.unit, b.product_line_id, w.category_id, w.route, "
        "SUM(w.quantity_milli), COUNT(*) FROM waste_line w JOIN batch b ON b.id = w.batch_id "
        "WHERE w.deleted = 0 AND b.deleted = 0 AND b.status <> 'archived' GROUP BY 1, 2, 3, 4, "
        "5, 6");
    const QString kept = QStringLiteral("SELECT * FROM waste_month_total");
    QCOMPARE(d.scalar(QStringLiteral("SELECT COUNT(*) FROM (") + kept + QStringLiteral(" EXCEPT ")
                      + recount + QLatin1Char(')'))
                 ->toInt(),
             0);
    QCOMPARE(d.scalar(QStringLiteral("SELECT COUNT(*) FROM (") + recount
                      + QStringLiteral(" EXCEPT ") + kept + QLatin1Char(')'))
                 ->toInt(),
             0);
    // What was left out is really missing from the sums: the fixture's 34 lines less the
    // archived batch's and the deleted one.
    const int liveLines = d.scalar(QStringLiteral("SELECT COUNT(*) FROM waste_line w JOIN batch b "
                                                  "ON b.id = w.batch_id WHERE w.deleted = 0 AND "
                                                  "b.status <> 'archived'"))
                              ->toInt();
    QVERIFY(liveLines > 0 && liveLines < 33);
    QCOMPARE(d.scalar(QStringLiteral("SELECT SUM(line_count) FROM waste_month_total"))->toInt(),
             liveLines);
    for (const char *unit : {"kg", "L"}) {
        const QVariant total = *d.scalar(
            QStringLiteral("SELECT SUM(quantity_milli) FROM waste_month_total WHERE unit = ?"),
            {QString::fromLatin1(unit)});
        const QVariant lines = *d.scalar(
            QStringLiteral("SELECT SUM(w.quantity_milli) FROM waste_line w JOIN batch b ON b.id = "
                           "w.batch_id WHERE w.deleted = 0 AND b.status <> 'archived' AND w.unit "
                           "= ?"),
            {QString::fromLatin1(unit)});
        QVERIFY(total.toLongLong() > 0);
        QCOMPARE(total.toLongLong(), lines.toLongLong());
    }
    // And the full check says the same.
    auto findings = IntegrityCheck::wasteTotals(d);
    QVERIFY(findings.has_value());
    QVERIFY2(findings->isEmpty(), qPrintable(findings->join(QLatin1Char('\n'))));
    auto report = IntegrityCheck::run(path, true);
    QVERIFY(report.has_value());
    QVERIFY(report->ok && report->wasteChecked);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
