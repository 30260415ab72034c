#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "demo/demowriter.h"
#include "domain/validator.h"
#include "services/accountservice.h"
#include "services/changehub.h"
#include "services/session.h"
#include "storage/database.h"
#include "storage/integritycheck.h"
#include "storage/masterdatarepository.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Rpb;

namespace {
const QDate today(2026, 11, 28);

std::unique_ptr<Database> openDatabase(const QString &path)
{
    auto db = Database::open({path, {}, 5000, true});
    if (!db) {
        qWarning() << db.error().message << db.error().detail;
        return {};
    }
    return std::move(*db);
}

DemoGenerator::Options smallOptions(quint32 seed = 2022)
{
    DemoGenerator::Options options;
    options.scale = DemoGenerator::Scale::Small;
    options.seed = seed;
    options.today = today;
    return options;
}

// Every row of a query, its columns joined by '|', for comparing whole data sets.
QStringList rows(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QStringList out;
    auto q = db.exec(sql, binds);
    if (!q) {
        qWarning() << sql << q.error().detail;
        return {QStringLiteral("query failed")};
    }
    while (q->next()) {
        QStringList columns;
        for (int c = 0; c < q->record().count(); ++c)
            columns << q->value(c).toString();
        out << columns.join(QLatin1Char('|'));
    }
    return out;
}

qint64 number(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = db.scalar(sql, binds);
    return v ? v->toLongLong() : -1;
}

// The business content of a database: everything but keys, UUIDs and audit times. siteCode
// limits it to one site.
QStringList businessData(const Database &db, const QString &siteCode = {})
{
    const QString where = siteCode.isEmpty() ? QStringLiteral("1 = 1")
                                             : QStringLiteral("s.code = '%1'").arg(siteCode);
    QStringList all;
    all << rows(db,
                QStringLiteral("SELECT s.code, s.name, s.province, s.time_zone, s.open_minute, "
                               "s.close_minute, s.auto_confirm, s.created_ms FROM site s "
                               "WHERE %1 ORDER BY s.code")
                    .arg(where));
    all << rows(db,
                QStringLiteral("SELECT m.code, m.name, m.owner, m.nib, m.women_led, "
                               "m.youth_led, m.phone, m.joined, m.created_ms FROM member m "
                               "JOIN site s ON s.id = m.site_id WHERE %1 ORDER BY m.code")
                    .arg(where));
    all << rows(db,
                QStringLiteral("SELECT e.code, e.name, e.type, e.capacity, e.buffer_minutes "
                               "FROM equipment e JOIN site s ON s.id = e.site_id WHERE %1 "
                               "ORDER BY e.code")
                    .arg(where));
    all << rows(db,
                QStringLiteral("SELECT e.code, m.code, p.code, b.start_utc, b.end_utc, "
                               "b.status, b.actual_start_utc, b.actual_end_utc, b.created_ms, "
                               "b.updated_ms FROM booking b JOIN site s ON s.id = b.site_id "
                               "JOIN equipment e ON e.id = b.equipment_id "
                               "JOIN member m ON m.id = b.member_id "
                               "JOIN product_line p ON p.id = b.product_line_id "
                               "WHERE %1 ORDER BY e.code, b.start_utc, m.code")
                    .arg(where));
    all << rows(db,
                QStringLiteral("SELECT e.code, w.start_utc, w.end_utc, w.reason FROM "
                               "maintenance_window w JOIN site s ON s.id = w.site_id "
                               "JOIN equipment e ON e.id = w.equipment_id WHERE %1 "
                               "ORDER BY e.code, w.start_utc")
                    .arg(where));
    all << rows(db,
                QStringLiteral("SELECT b.code, p.code, m.code, b.production_date, b.shift, "
                               "b.input_material, b.input_milli, b.output_milli, b.energy_wh, "
                               "b.water_ml, b.status, b.created_ms FROM batch b "
                               "JOIN site s ON s.id = b.site_id "
                               "JOIN product_line p ON p.id = b.product_line_id "
                               "JOIN member m ON m.id = b.member_id WHERE %1 ORDER BY b.code")
                    .arg(where));
    all << rows(db,
                QStringLiteral("SELECT b.code, e.code FROM batch_equipment be "
                               "JOIN batch b ON b.id = be.batch_id "
                               "JOIN equipment e ON e.id = be.equipment_id "
                               "JOIN site s ON s.id = b.site_id WHERE %1 "
                               "ORDER BY b.code, e.code")
                    .arg(where));
    all << rows(db,
                QStringLiteral("SELECT b.code, c.code, w.route, w.unit, w.quantity_milli FROM "
                               "waste_line w JOIN batch b ON b.id = w.batch_id "
                               "JOIN waste_category c ON c.id = w.category_id "
                               "JOIN site s ON s.id = w.site_id WHERE %1 "
                               "ORDER BY b.code, w.id")
                    .arg(where));
    return all;
}

QStringList schema(const Database &db)
{
    return rows(db,
                QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                               "ORDER BY type, name"));
}

const QStringList recordTables {
    QStringLiteral("site"),   QStringLiteral("product_line"),       QStringLiteral("equipment"),
    QStringLiteral("member"), QStringLiteral("waste_category"),     QStringLiteral("booking"),
    QStringLiteral("batch"),  QStringLiteral("maintenance_window"), QStringLiteral("waste_line"),
};
} // namespace

class TestDemo final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void makesTheFiveSites();
    void productLinesOfEachSite_data();
    void productLinesOfEachSite();
    void machinesAndWasteCategories();
    void membersAreMostlyWomenOrYouthLed();
    void referenceDataPassesValidation();
    void bookingsInsideOpeningHours();
    void bookingsNeverClash();
    void bookingStatusesFollowTheDate();
    void batchCodesAreUniqueAndWellFormed();
    void batchesUseMachinesOfTheirLine();
    void wasteLinesMatchTheirBatch();
    void massBalanceAndRatiosAreBelievable();
    void everyRowIsASynchronisedRecord();
    void oneAuditEntryPerSite();
    void schemaAndPragmasUnchanged();
    void progressIsReported();

    void refusesADatabaseWithData();
    void refusesAnUnknownSiteCode();
    void failureLeavesTheDatabaseUnchanged();
    void abandonedChunksAreRemoved();
    void wasteTotalsKeptChunkByChunk();
    void brokenKeysAreCaughtAtTheEnd();
    void sameSeedAndDateGiveTheSameData();
    void oneSiteAlone();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db; // the small demo, made once and only read by the tests
    DemoGenerator::Summary m_summary;
    QList<std::pair<int, QString>> m_progress;
    QStringList m_freshSchema;
    QString m_cacheSizeBefore;
};

void TestDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    {
        auto fresh = openDatabase(m_dir.filePath(QStringLiteral("fresh.sqlite")));
        QVERIFY(fresh);
        m_freshSchema = schema(*fresh);
    }
    m_db = openDatabase(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(m_db);
    m_cacheSizeBefore = m_db->scalar(QStringLiteral("PRAGMA cache_size"))->toString();
    auto options = smallOptions();
    options.progress = [this](int percent, const QString &what) {
        m_progress.append({percent, what});
    };
    auto summary = DemoGenerator::run(*m_db, options);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message + summary.error().detail));
    m_summary = *summary;
}

void TestDemo::makesTheFiveSites()
{
    const QStringList codes {QStringLiteral("ACH"), QStringLiteral("JTG"), QStringLiteral("NTT"),
                             QStringLiteral("SLU"), QStringLiteral("KTM")};
    QCOMPARE(m_summary.siteCodes, codes);
    QCOMPARE(DemoGenerator::siteCodes(DemoGenerator::Scale::Small), codes);
    QCOMPARE(DemoGenerator::siteCodes(DemoGenerator::Scale::National).size(), 18);
    // One manager and two operators per site, and a viewer for all sites, who can sign in.
    QCOMPARE(m_summary.accounts.size(), 5 * 3 + 1);
    QCOMPARE(number(*m_db, QStringLiteral("SELECT COUNT(*) FROM app_user")), 16);
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM app_user WHERE role = 'manager' "
                                   "AND site_id IS NOT NULL")),
             5);
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM app_user WHERE role = 'viewer' "
                                   "AND site_id IS NULL")),
             1);
    QCOMPARE(m_summary.accounts.last().name, QStringLiteral("pusat"));
    Session session;
    ChangeHub hub;
    AccountService accounts(*m_db, session, hub);
    for (const DemoGenerator::Account &a :
         {m_summary.accounts.first(), m_summary.accounts.last()}) {
        auto actor = accounts.signIn(a.name, a.password);
        QVERIFY2(actor.has_value(), qPrintable(a.name));
        QCOMPARE(roleCode(actor->role), a.role);
    }
    // The passwords follow from the seed, so the README can list them.
    QCOMPARE(DemoAccounts::plan(codes, 2022).first().password, m_summary.accounts.first().password);

    const QStringList sites = rows(*m_db,
                                   QStringLiteral("SELECT code, name, province, time_zone, "
                                                  "open_minute, close_minute, open_days, "
                                                  "buffer_minutes, book_ahead_days, "
                                                  "weekly_quota_minutes FROM site "
                                                  "ORDER BY id"));
    const QStringList expected {
        QStringLiteral("ACH|RPB Minyak Atsiri|Aceh|Asia/Jakarta|420|1020|63|15|180|1200"),
        QStringLiteral("JTG|RPB Mebel|Jawa Tengah|Asia/Jakarta|420|1020|63|15|180|1200"),
        QStringLiteral("NTT|RPB Daging Sapi|Nusa Tenggara Timur|Asia/Makassar|420|1020|63|15|180|"
                       "1200"),
        QStringLiteral("SLU|RPB Serat Kelapa|Sulawesi Utara|Asia/Makassar|420|1020|63|15|180|1200"),
        QStringLiteral("KTM|RPB Biofarmaka|Kalimantan Timur|Asia/Makassar|420|1020|63|15|180|1200"),
    };
    QCOMPARE(sites, expected);

    // The summary counts what is in the file.
    QCOMPARE(m_summary.members, number(*m_db, QStringLiteral("SELECT COUNT(*) FROM member")));
    QCOMPARE(m_summary.bookings, number(*m_db, QStringLiteral("SELECT COUNT(*) FROM booking")));
    QCOMPARE(m_summary.batches, number(*m_db, QStringLiteral("SELECT COUNT(*) FROM batch")));
    QCOMPARE(m_summary.wasteLines,
             number(*m_db, QStringLiteral("SELECT COUNT(*) FROM waste_line")));
    QVERIFY2(m_summary.bookings > 3000, qPrintable(QString::number(m_summary.bookings)));
    QVERIFY2(m_summary.batches > 1000, qPrintable(QString::number(m_summary.batches)));
}

void TestDemo::productLinesOfEachSite_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("ACH") << QStringLiteral(
        "ACH") << QStringList {QStringLiteral("CITRONELLA|kg"), QStringLiteral("PATCHOULI|kg")};
    QTest::newRow("JTG") << QStringLiteral("JTG")
                         << QStringList {QStringLiteral("CABINET|pcs"), QStringLiteral("CHAIR|pcs"),
                                         QStringLiteral("TABLE|pcs")};
    QTest::newRow("NTT") << QStringLiteral("NTT")
                         << QStringList {QStringLiteral("ABON|kg"),
                                         QStringLiteral("FROZEN_CUTS|kg"),
                                         QStringLiteral("SEI|kg")};
    QTest::newRow("SLU") << QStringLiteral("SLU")
                         << QStringList {QStringLiteral("COCOPEAT|kg"),
                                         QStringLiteral("COCO_FIBRE|kg"),
                                         QStringLiteral("COIR_NET|pcs")};
    QTest::newRow("KTM") << QStringLiteral("KTM")
                         << QStringList {QStringLiteral("CAPSULES|pcs"),
                                         QStringLiteral("EXTRACT|L"),
                                         QStringLiteral("SIMPLISIA|kg")};
}

void TestDemo::productLinesOfEachSite()
{
    QFETCH(QString, site);
    QFETCH(QStringList, lines);
    QCOMPARE(rows(*m_db,
                  QStringLiteral("SELECT p.code, p.unit FROM product_line p JOIN site s ON "
                                 "s.id = p.site_id WHERE s.code = ? ORDER BY p.code"),
                  {site}),
             lines);
    // Each line is made by some member, on some machine, in some batch.
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM product_line p JOIN site s ON s.id = "
                                   "p.site_id WHERE s.code = ? AND NOT EXISTS (SELECT 1 FROM "
                                   "batch b WHERE b.product_line_id = p.id)"),
                    {site}),
             0);
}

void TestDemo::machinesAndWasteCategories()
{
    // Four to six machines a site, most for one member at a time, most with the site's buffer.
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM site s WHERE (SELECT COUNT(*) "
                                   "FROM equipment e WHERE e.site_id = s.id) NOT BETWEEN "
                                   "4 AND 6")),
             0);
    const qint64 machines = number(*m_db, QStringLiteral("SELECT COUNT(*) FROM equipment"));
    QVERIFY(number(*m_db, QStringLiteral("SELECT COUNT(*) FROM equipment WHERE capacity = 1"))
            > machines / 2);
    QVERIFY(number(*m_db, QStringLiteral("SELECT COUNT(*) FROM equipment WHERE capacity = 2")) > 0);
    QVERIFY(
        number(*m_db, QStringLiteral("SELECT COUNT(*) FROM equipment WHERE buffer_minutes IS NULL"))
        > machines / 2);
    // Every machine serves at least one line, and only lines of its own site.
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM equipment e WHERE NOT EXISTS "
                                   "(SELECT 1 FROM equipment_product_line l WHERE "
                                   "l.equipment_id = e.id)")),
             0);
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM equipment_product_line l "
                                   "JOIN equipment e ON e.id = l.equipment_id "
                                   "JOIN product_line p ON p.id = l.product_line_id "
                                   "WHERE e.site_id <> p.site_id")),
             0);

    QCOMPARE(rows(*m_db, QStringLiteral("SELECT DISTINCT unit FROM waste_category ORDER BY unit")),
             (QStringList {QStringLiteral("L"), QStringLiteral("kg")}));
    QCOMPARE(rows(*m_db,
                  QStringLiteral("SELECT s.code, c.unit FROM waste_category c JOIN site s "
                                 "ON s.id = c.site_id WHERE c.hazardous = 1")),
             QStringList {QStringLiteral("JTG|L")});
    const QStringList spent = rows(*m_db,
                                   QStringLiteral("SELECT c.code, c.unit FROM waste_category c "
                                                  "JOIN site s ON s.id = c.site_id WHERE s.code "
                                                  "= 'ACH' ORDER BY c.code"));
    QVERIFY(spent.contains(QStringLiteral("SPENT_BIOMASS|kg")));
    QVERIFY(spent.contains(QStringLiteral("CONDENSATE|L")));
    // The demo speaks Indonesian: machine types are what the operators call them, as the free
    // slot search and the machine lists show them.
    QCOMPARE(rows(*m_db,
                  QStringLiteral("SELECT DISTINCT e.type FROM equipment e JOIN site s "
                                 "ON s.id = e.site_id WHERE s.code = 'ACH' ORDER BY e.type")),
             (QStringList {QStringLiteral("boiler"), QStringLiteral("ketel suling uap"),
                           QStringLiteral("mesin pencacah"), QStringLiteral("separator minyak")}));
    for (const char *english : {"kettle", "freezer", "dryer", "grinder", "packer", "mill"})
        QCOMPARE(number(*m_db,
                        QStringLiteral("SELECT COUNT(*) FROM equipment WHERE type "
                                       "LIKE '%%1%'")
                            .arg(QLatin1String(english))),
                 0);
}

void TestDemo::membersAreMostlyWomenOrYouthLed()
{
    const qint64 members = number(*m_db, QStringLiteral("SELECT COUNT(*) FROM member"));
    QVERIFY2(members >= 55 && members <= 65, qPrintable(QString::number(members)));
    const qint64 either = number(*m_db,
                                 QStringLiteral("SELECT COUNT(*) FROM member WHERE "
                                                "women_led = 1 OR youth_led = 1"));
    const double share = double(either) / double(members);
    QVERIFY2(share >= 0.65 && share <= 0.75, qPrintable(QString::number(share)));
    QVERIFY(number(*m_db, QStringLiteral("SELECT COUNT(*) FROM member WHERE women_led = 1")) > 0);
    QVERIFY(number(*m_db, QStringLiteral("SELECT COUNT(*) FROM member WHERE youth_led = 1")) > 0);

    const QRegularExpression code(QStringLiteral("^(ACH|JTG|NTT|SLU|KTM)-M\\d{2}$"));
    const QRegularExpression phone(QStringLiteral("^08\\d{2}-\\d{4}-\\d{3,4}$"));
    int withNib = 0;
    const QStringList all = rows(*m_db,
                                 QStringLiteral("SELECT code, nib, phone, joined, name, "
                                                "owner FROM member"));
    QSet<QString> names;
    for (const QString &row : all) {
        const QStringList c = row.split(QLatin1Char('|'));
        QVERIFY2(code.match(c[0]).hasMatch(), qPrintable(row));
        QVERIFY2(c[1].isEmpty() || c[1].size() == 13, qPrintable(row));
        withNib += c[1].isEmpty() ? 0 : 1;
        QVERIFY2(phone.match(c[2]).hasMatch(), qPrintable(row));
        const QDate joined = QDate::fromString(c[3], Qt::ISODate);
        QVERIFY2(joined.isValid() && joined < today && joined.year() >= 2022, qPrintable(row));
        QVERIFY2(!c[4].isEmpty() && !c[5].isEmpty(), qPrintable(row));
        names.insert(c[0].left(3) + c[4]);
    }
    QCOMPARE(names.size(), all.size()); // business names are unique within a site
    QVERIFY2(withNib >= all.size() * 3 / 4, qPrintable(QString::number(withNib)));
}

void TestDemo::referenceDataPassesValidation()
{
    // What the demo writes must be what a person could have typed in.
    const MasterDataRepository repository(*m_db);
    auto check = [](const auto &records) {
        QVERIFY(records);
        QVERIFY(!records->isEmpty());
        for (const auto &record : *records) {
            const QList<Error> errors = Validator::validate(record);
            QVERIFY2(errors.isEmpty(),
                     qPrintable(record.code + QStringLiteral(": ") + errors.value(0).message));
        }
    };
    check(repository.list<Site>(std::nullopt, true));
    check(repository.list<ProductLine>(std::nullopt, true));
    check(repository.list<Equipment>(std::nullopt, true));
    check(repository.list<Member>(std::nullopt, true));
    check(repository.list<WasteCategory>(std::nullopt, true));
}

void TestDemo::bookingsInsideOpeningHours()
{
    QHash<qint64, QTimeZone> zones;
    for (const QString &row : rows(*m_db, QStringLiteral("SELECT id, time_zone FROM site"))) {
        const QStringList c = row.split(QLatin1Char('|'));
        zones.insert(c[0].toLongLong(), QTimeZone(c[1].toLatin1()));
    }
    auto q = m_db->exec(QStringLiteral("SELECT b.id, b.site_id, b.start_utc, b.end_utc, "
                                       "s.open_minute, s.close_minute, s.open_days, "
                                       "s.min_booking_minutes, s.max_booking_minutes "
                                       "FROM booking b JOIN site s ON s.id = b.site_id"));
    QVERIFY(q);
    int checked = 0;
    while (q->next()) {
        const QTimeZone zone = zones.value(q->value(1).toLongLong());
        QVERIFY(zone.isValid());
        const QDateTime start = QDateTime::fromSecsSinceEpoch(q->value(2).toLongLong(), zone);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(q->value(3).toLongLong(), zone);
        const int startMinute = start.time().hour() * 60 + start.time().minute();
        const int endMinute = end.date() == start.date()
            ? end.time().hour() * 60 + end.time().minute()
            : 24 * 60 + end.time().hour() * 60 + end.time().minute();
        const QString where = QStringLiteral("booking %1 %2 to %3")
                                  .arg(q->value(0).toString(), start.toString(Qt::ISODate),
                                       end.toString(Qt::ISODate));
        QVERIFY2(startMinute >= q->value(4).toInt(), qPrintable(where));
        QVERIFY2(endMinute <= q->value(5).toInt(), qPrintable(where));
        QVERIFY2(q->value(6).toInt() & (1 << (start.date().dayOfWeek() - 1)), qPrintable(where));
        const int length = int(start.secsTo(end) / 60);
        QVERIFY2(length >= q->value(7).toInt() && length <= q->value(8).toInt(), qPrintable(where));
        QVERIFY2(startMinute % 15 == 0, qPrintable(where));
        ++checked;
    }
    QCOMPARE(checked, int(m_summary.bookings));
}

void TestDemo::bookingsNeverClash()
{
    // No two bookings of a one-place machine overlap, the cleaning buffer after each included.
    // Cancelled bookings are counted too: the demo never double-books, even on paper.
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM booking a "
                                   "JOIN equipment e ON e.id = a.equipment_id "
                                   "JOIN site s ON s.id = a.site_id "
                                   "JOIN booking b ON b.equipment_id = a.equipment_id "
                                   "AND b.id <> a.id AND b.start_utc >= a.start_utc "
                                   "AND b.start_utc < a.end_utc + 60 * COALESCE(e.buffer_minutes, "
                                   "s.buffer_minutes) "
                                   "WHERE e.capacity = 1")),
             0);
    // At any moment a machine holds no more bookings than its capacity: the most that overlap
    // happen at some booking's start.
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM booking a "
                                   "JOIN equipment e ON e.id = a.equipment_id "
                                   "JOIN site s ON s.id = a.site_id "
                                   "WHERE (SELECT COUNT(*) FROM booking b WHERE b.equipment_id = "
                                   "a.equipment_id AND b.start_utc <= a.start_utc AND b.end_utc + "
                                   "60 * COALESCE(e.buffer_minutes, s.buffer_minutes) > "
                                   "a.start_utc) > e.capacity")),
             0);
    // The capacity is used: a two-place machine does hold two bookings at once somewhere.
    QVERIFY(number(*m_db,
                   QStringLiteral("SELECT COUNT(*) FROM booking a "
                                  "JOIN equipment e ON e.id = a.equipment_id "
                                  "JOIN booking b ON b.equipment_id = a.equipment_id "
                                  "AND b.id <> a.id AND b.start_utc < a.end_utc "
                                  "AND a.start_utc < b.end_utc WHERE e.capacity = 2"))
            > 0);
    // Nor is a machine booked while it is down for maintenance.
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM booking b JOIN maintenance_window "
                                   "m ON m.equipment_id = b.equipment_id AND b.start_utc < "
                                   "m.end_utc AND m.start_utc < b.end_utc")),
             0);
    const qint64 windows = number(*m_db, QStringLiteral("SELECT COUNT(*) FROM maintenance_window"));
    QVERIFY2(windows >= 5 && windows <= 60, qPrintable(QString::number(windows)));
    // Each member keeps to the weekly fair-use quota.
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM (SELECT b.member_id, "
                                   "strftime('%Y-%W', b.start_utc, 'unixepoch', '+8 hours') "
                                   "AS week, SUM(b.end_utc - b.start_utc) AS seconds "
                                   "FROM booking b WHERE b.status <> 'cancelled' "
                                   "GROUP BY b.member_id, week) t "
                                   "WHERE t.seconds > 20 * 3600")),
             0);
}

void TestDemo::bookingStatusesFollowTheDate()
{
    QHash<qint64, QTimeZone> zones;
    for (const QString &row : rows(*m_db, QStringLiteral("SELECT id, time_zone FROM site"))) {
        const QStringList c = row.split(QLatin1Char('|'));
        zones.insert(c[0].toLongLong(), QTimeZone(c[1].toLatin1()));
    }
    auto q
        = m_db->exec(QStringLiteral("SELECT b.site_id, b.start_utc, b.end_utc, b.status, "
                                    "b.actual_start_utc, b.actual_end_utc, s.auto_confirm, "
                                    "b.created_ms FROM booking b JOIN site s ON s.id = b.site_id"));
    QVERIFY(q);
    QHash<QString, int> past;
    QHash<QString, int> future;
    QDate first = today;
    QDate last = today;
    while (q->next()) {
        const QDate date = QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(),
                                                         zones.value(q->value(0).toLongLong()))
                               .date();
        first = qMin(first, date);
        last = qMax(last, date);
        const QString status = q->value(3).toString();
        const bool done = status == QLatin1String("done");
        QCOMPARE(!q->value(4).isNull(), done);
        QCOMPARE(!q->value(5).isNull(), done);
        QVERIFY(q->value(7).toLongLong() < q->value(1).toLongLong() * 1000); // booked beforehand
        if (done) {
            QVERIFY(q->value(4).toLongLong() >= q->value(1).toLongLong());
            QVERIFY(q->value(4).toLongLong() <= q->value(1).toLongLong() + 600);
            QVERIFY(q->value(5).toLongLong() > q->value(4).toLongLong());
        }
        if (date < today) {
            ++past[status];
        } else {
            ++future[status];
            if (status == QLatin1String("requested"))
                QCOMPARE(q->value(6).toInt(), 0); // only where the manager approves bookings
        }
    }
    QVERIFY2(first >= today.addMonths(-6) && first <= today.addMonths(-6).addDays(3),
             qPrintable(first.toString(Qt::ISODate)));
    QVERIFY2(last < today.addDays(14) && last >= today.addDays(10),
             qPrintable(last.toString(Qt::ISODate)));

    QCOMPARE(QSet<QString>(past.keyBegin(), past.keyEnd()),
             (QSet<QString> {QStringLiteral("done"), QStringLiteral("cancelled"),
                             QStringLiteral("no_show")}));
    QCOMPARE(QSet<QString>(future.keyBegin(), future.keyEnd()),
             (QSet<QString> {QStringLiteral("confirmed"), QStringLiteral("requested")}));
    const int pastTotal = past.value(QStringLiteral("done"))
        + past.value(QStringLiteral("cancelled")) + past.value(QStringLiteral("no_show"));
    QVERIFY(past.value(QStringLiteral("done")) > pastTotal * 3 / 4);
    QVERIFY(past.value(QStringLiteral("cancelled")) < pastTotal / 10);
    QVERIFY(past.value(QStringLiteral("no_show")) < pastTotal / 10);
    QVERIFY(future.value(QStringLiteral("confirmed")) > future.value(QStringLiteral("requested")));
}

void TestDemo::batchCodesAreUniqueAndWellFormed()
{
    const QRegularExpression pattern(QStringLiteral("^([A-Z]{3})-(\\d{2})(\\d{2})-(\\d{4})$"));
    const QStringList batches = rows(*m_db,
                                     QStringLiteral("SELECT s.code, b.code, "
                                                    "b.production_date, b.local_month, "
                                                    "b.shift FROM batch b JOIN site s ON "
                                                    "s.id = b.site_id ORDER BY b.code"));
    QCOMPARE(batches.size(), int(m_summary.batches));
    QString month;
    int expectedSequence = 0;
    QDate previous;
    QSet<QString> codes;
    for (const QString &row : batches) {
        const QStringList c = row.split(QLatin1Char('|'));
        const auto m = pattern.match(c[1]);
        QVERIFY2(m.hasMatch(), qPrintable(row));
        QCOMPARE(m.captured(1), c[0]);
        const QDate date = QDate::fromString(c[2], Qt::ISODate);
        QVERIFY2(date.isValid() && date < today && date >= today.addMonths(-6), qPrintable(row));
        QCOMPARE(m.captured(2).toInt(), date.year() % 100);
        QCOMPARE(m.captured(3).toInt(), date.month());
        QCOMPARE(c[3].toInt(), date.year() * 100 + date.month());
        QVERIFY2(c[4] == QLatin1String("1") || c[4] == QLatin1String("2"), qPrintable(row));
        // Numbers run from 0001 per site and month without gaps, in the order of production.
        const QString key = c[0] + c[3];
        if (key != month) {
            month = key;
            expectedSequence = 0;
            previous = QDate();
        }
        QCOMPARE(m.captured(4).toInt(), ++expectedSequence);
        QVERIFY2(!previous.isValid() || previous <= date, qPrintable(row));
        previous = date;
        codes.insert(c[1]);
    }
    QCOMPARE(codes.size(), batches.size());
}

void TestDemo::batchesUseMachinesOfTheirLine()
{
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM batch b WHERE NOT EXISTS (SELECT 1 "
                                   "FROM batch_equipment be WHERE be.batch_id = b.id)")),
             0);
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM batch_equipment be "
                                   "JOIN batch b ON b.id = be.batch_id "
                                   "JOIN equipment e ON e.id = be.equipment_id "
                                   "WHERE e.site_id <> b.site_id OR NOT EXISTS (SELECT 1 "
                                   "FROM equipment_product_line l WHERE l.equipment_id = "
                                   "e.id AND l.product_line_id = b.product_line_id)")),
             0);
    // The member used that machine that day: a batch follows from a booking that was used.
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM batch_equipment be "
                                   "JOIN batch b ON b.id = be.batch_id WHERE NOT EXISTS "
                                   "(SELECT 1 FROM booking k WHERE k.equipment_id = "
                                   "be.equipment_id AND k.member_id = b.member_id AND "
                                   "k.status = 'done' AND k.product_line_id = "
                                   "b.product_line_id AND k.start_utc < b.created_ms / 1000 "
                                   "AND k.start_utc > b.created_ms / 1000 - 86400)")),
             0);
}

void TestDemo::wasteLinesMatchTheirBatch()
{
    // The writer keeps the monthly totals of the lines it writes (see wasteTotalsKeptChunkByChunk).
    QVERIFY(number(*m_db, QStringLiteral("SELECT COUNT(*) FROM waste_month_total")) > 0);
    auto findings = IntegrityCheck::wasteTotals(*m_db);
    QVERIFY2(findings && findings->isEmpty(),
             findings ? qPrintable(findings->join(QStringLiteral("; "))) : "");
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM waste_line w JOIN batch b ON "
                                   "b.id = w.batch_id WHERE w.site_id <> b.site_id OR "
                                   "w.local_month <> b.local_month OR w.product_line_id <> "
                                   "b.product_line_id")),
             0);
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM waste_line w JOIN waste_category c "
                                   "ON c.id = w.category_id WHERE w.unit <> c.unit OR "
                                   "c.site_id <> w.site_id")),
             0);
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT DISTINCT unit FROM waste_line ORDER BY unit")),
             (QStringList {QStringLiteral("L"), QStringLiteral("kg")}));
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM batch b WHERE (SELECT COUNT(*) "
                                   "FROM waste_line w WHERE w.batch_id = b.id) NOT BETWEEN "
                                   "2 AND 4")),
             0);
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM waste_line WHERE quantity_milli "
                                   "<= 0")),
             0);
    // Believable handling: most waste is diverted, open burning is rare but not hidden.
    const qint64 lines = m_summary.wasteLines;
    const qint64 burnt = number(*m_db,
                                QStringLiteral("SELECT COUNT(*) FROM waste_line WHERE "
                                               "route = 'open_burning'"));
    QVERIFY2(burnt > 0 && burnt < lines / 50, qPrintable(QString::number(burnt)));
    const qint64 disposed = number(*m_db,
                                   QStringLiteral("SELECT COUNT(*) FROM waste_line WHERE "
                                                  "route IN ('landfill', "
                                                  "'treated_discharge', 'open_burning')"));
    QVERIFY(disposed < lines / 2);
    QCOMPARE(number(*m_db, QStringLiteral("SELECT COUNT(DISTINCT route) FROM waste_line")), 8);
}

void TestDemo::massBalanceAndRatiosAreBelievable()
{
    // Output (when counted in kg) and kg waste never exceed the input by more than the site's
    // tolerance.
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM batch b "
                                   "JOIN product_line p ON p.id = b.product_line_id "
                                   "JOIN site s ON s.id = b.site_id "
                                   "WHERE (CASE WHEN p.unit = 'kg' THEN b.output_milli "
                                   "ELSE 0 END) + (SELECT COALESCE(SUM(w.quantity_milli), "
                                   "0) FROM waste_line w WHERE w.batch_id = b.id AND "
                                   "w.unit = 'kg') > b.input_milli * (100 + "
                                   "s.mass_balance_tolerance_percent) / 100")),
             0);
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM batch WHERE input_milli <= 0 OR "
                                   "output_milli <= 0 OR energy_wh <= 0 OR input_unit <> "
                                   "'kg'")),
             0);
    // Patchouli: about 250 kg of leaves give about 6.5 kg of oil and 230 kg of spent leaves.
    auto q = m_db->exec(QStringLiteral(
        "SELECT AVG(b.input_milli), AVG(b.output_milli), AVG((SELECT SUM(w.quantity_milli) FROM "
        "waste_line w JOIN waste_category c ON c.id = w.category_id WHERE w.batch_id = b.id AND "
        "c.code = 'SPENT_BIOMASS')) FROM batch b JOIN product_line p ON p.id = b.product_line_id "
        "WHERE p.code = 'PATCHOULI'"));
    QVERIFY(q && q->next());
    const double input = q->value(0).toDouble();
    const double oil = q->value(1).toDouble() / input;
    const double spent = q->value(2).toDouble() / input;
    QVERIFY2(input > 150000 && input < 300000, qPrintable(QString::number(input)));
    QVERIFY2(oil > 0.02 && oil < 0.032, qPrintable(QString::number(oil)));
    QVERIFY2(spent > 0.85 && spent < 0.95, qPrintable(QString::number(spent)));
    // Pieces are whole.
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM batch b JOIN product_line p ON "
                                   "p.id = b.product_line_id WHERE p.unit = 'pcs' AND "
                                   "b.output_milli % 1000 <> 0")),
             0);
}

void TestDemo::everyRowIsASynchronisedRecord()
{
    for (const QString &table : recordTables) {
        // A version-7 UUID made at the record's creation time, so keys follow time.
        // (Concatenated: QString::arg would take the %01 of printf for a placeholder.)
        const qint64 wrong = number(*m_db,
                                    QStringLiteral("SELECT COUNT(*) FROM ") + table
                                        + QStringLiteral(" WHERE length(uuid) <> 16 OR "
                                                         "hex(substr(uuid, 1, 6)) <> "
                                                         "printf('%012X', created_ms) OR "
                                                         "substr(hex(uuid), 13, 1) <> '7' OR "
                                                         "row_version <> 1 OR deleted <> 0 OR "
                                                         "updated_ms < created_ms"));
        QVERIFY2(wrong == 0, qPrintable(table));
        QVERIFY2(number(*m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) > 0,
                 qPrintable(table));
    }
    // Nothing happened after the day the data is made for.
    const qint64 end = QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (const QString &table : recordTables)
        QCOMPARE(number(*m_db,
                        QStringLiteral("SELECT COUNT(*) FROM %1 WHERE updated_ms > ?").arg(table),
                        {end}),
                 0);
}

void TestDemo::oneAuditEntryPerSite()
{
    // One entry per site for its data, and one per demo account.
    QCOMPARE(number(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'site'")),
             5);
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'app_user' "
                                   "AND user_name = 'demo'")),
             16);
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN site s ON "
                                   "s.id = a.site_id AND s.uuid = a.entity_uuid WHERE "
                                   "a.action = 'demo' AND a.user_name = 'demo' AND "
                                   "a.entity = 'site' AND a.summary LIKE s.code || ' %'")),
             5);
    // What was made is in fields, counted from the tables, so that the audit page can say it in
    // the reader's language; the summary is only the site's code and name.
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN site s ON "
                                   "s.id = a.site_id WHERE a.action = 'demo' AND "
                                   "a.summary = s.code || ' ' || s.name AND "
                                   "json_extract(a.changes, '$.bookings[1]') = (SELECT COUNT(*) "
                                   "FROM booking b WHERE b.site_id = s.id) AND "
                                   "json_extract(a.changes, '$.batches[1]') = (SELECT COUNT(*) "
                                   "FROM batch b WHERE b.site_id = s.id) AND "
                                   "json_extract(a.changes, '$.members[1]') = (SELECT COUNT(*) "
                                   "FROM member m WHERE m.site_id = s.id) AND "
                                   "json_extract(a.changes, '$.first_date[1]') IS NOT NULL")),
             5);
}

void TestDemo::schemaAndPragmasUnchanged()
{
    QCOMPARE(schema(*m_db), m_freshSchema);
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA synchronous"))->toString(), QStringLiteral("2"));
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toString(), QStringLiteral("1"));
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(),
             QStringLiteral("wal"));
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA cache_size"))->toString(), m_cacheSizeBefore);
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA temp_store"))->toString(), QStringLiteral("0"));
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA foreign_key_check"))->isValid(), false);
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA quick_check"))->toString(), QStringLiteral("ok"));
    QCOMPARE(m_db->transactionDepth(), 0);
}

void TestDemo::progressIsReported()
{
    QVERIFY(m_progress.size() >= 5);
    QCOMPARE(m_progress.last().first, 100);
    for (qsizetype i = 1; i < m_progress.size(); ++i) {
        QVERIFY(m_progress[i].first >= m_progress[i - 1].first);
        QVERIFY(!m_progress[i].second.isEmpty());
    }
}

void TestDemo::refusesADatabaseWithData()
{
    auto db = openDatabase(m_dir.filePath(QStringLiteral("used.sqlite")));
    QVERIFY(db);
    Site site;
    site.code = QStringLiteral("BGR");
    site.name = QStringLiteral("RPB Bogor");
    site.province = QStringLiteral("Jawa Barat");
    QVERIFY(MasterDataRepository(*db).insert(site));
    const QStringList before = businessData(*db);
    const QStringList schemaBefore = schema(*db);

    auto result = DemoGenerator::run(*db, smallOptions());
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QVERIFY2(result.error().message.contains(QLatin1String("already has data")),
             qPrintable(result.error().message));
    QCOMPARE(businessData(*db), before);
    QCOMPARE(schema(*db), schemaBefore);
    QCOMPARE(number(*db, QStringLiteral("SELECT COUNT(*) FROM site")), 1);
    QCOMPARE(number(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    QVERIFY(!DemoGenerator::isEmpty(*db));

    // The filled demo database is refused the same way.
    QVERIFY(!DemoGenerator::run(*m_db, smallOptions()));
    QCOMPARE(number(*m_db, QStringLiteral("SELECT COUNT(*) FROM site")), 5);
}

void TestDemo::refusesAnUnknownSiteCode()
{
    auto db = openDatabase(m_dir.filePath(QStringLiteral("unknown.sqlite")));
    QVERIFY(db);
    auto options = smallOptions();
    options.siteCode = QStringLiteral("XYZ");
    auto result = DemoGenerator::run(*db, options);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    QVERIFY(result.error().message.contains(QLatin1String("XYZ")));
    QVERIFY(result.error().message.contains(QLatin1String("KTM"))); // says what would do
    QCOMPARE(result.error().where, QStringLiteral("XYZ"));
    QVERIFY(DemoGenerator::isEmpty(*db));
    QCOMPARE(number(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);

    // A national site is not one of the five.
    options.siteCode = QStringLiteral("PPA");
    QVERIFY(!DemoGenerator::run(*db, options));
    QVERIFY(DemoGenerator::isEmpty(*db));
}

void TestDemo::failureLeavesTheDatabaseUnchanged()
{
    auto db = openDatabase(m_dir.filePath(QStringLiteral("failing.sqlite")));
    QVERIFY(db);
    // A trigger made for this test fails the run halfway. (Not a temporary one: the writer
    // keeps temporary data in memory for the run, and changing that drops temporary objects.)
    QVERIFY(db->exec(QStringLiteral("CREATE TRIGGER fail_halfway BEFORE INSERT ON waste_line "
                                    "WHEN NEW.id = 500 BEGIN SELECT RAISE(ABORT, 'disk full'); "
                                    "END")));
    const QStringList schemaBefore = schema(*db);
    const QString cacheBefore = db->scalar(QStringLiteral("PRAGMA cache_size"))->toString();
    const QString tempStoreBefore = db->scalar(QStringLiteral("PRAGMA temp_store"))->toString();
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("insert failed.*disk full")));
    auto result = DemoGenerator::run(*db, smallOptions());
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::Storage);
    QVERIFY(result.error().detail.contains(QLatin1String("disk full")));
    for (const QString &table : recordTables)
        QCOMPARE(number(*db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)), 0);
    QCOMPARE(number(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    QCOMPARE(schema(*db), schemaBefore);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA synchronous"))->toString(), QStringLiteral("2"));
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toString(), QStringLiteral("1"));
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA cache_size"))->toString(), cacheBefore);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA temp_store"))->toString(), tempStoreBefore);
    QCOMPARE(db->transactionDepth(), 0);
}

// The writer numbers its rows, so the insert trigger leaves the monthly waste totals to it: it
// adds each chunk's lines at the chunk's commit, and takes out again those of a batch that does
// not count. Chunks of three rows, lines of a live and of an archived batch.
void TestDemo::wasteTotalsKeptChunkByChunk()
{
    auto db = openDatabase(m_dir.filePath(QStringLiteral("totals.sqlite")));
    QVERIFY(db);
    DemoWriter writer(*db, 3);
    QVERIFY(writer.begin());
    auto site = writer.insert(DemoWriter::Table::Site, 1000, 1000,
                              {QStringLiteral("TTT"), QStringLiteral("RPB Uji"),
                               QStringLiteral("Aceh"), QStringLiteral("Asia/Jakarta"), 420, 1020,
                               63, 15, 30, 480, 180, 1200, 10, 1});
    QVERIFY(site);
    auto line = writer.insert(
        DemoWriter::Table::ProductLine, 1000, 1000,
        {*site, QStringLiteral("OIL"), QStringLiteral("Minyak"), QStringLiteral("kg")});
    auto member = writer.insert(DemoWriter::Table::Member, 1000, 1000,
                                {*site, QStringLiteral("TTT-M01"), QStringLiteral("Usaha"),
                                 QStringLiteral("Pemilik"), QStringLiteral("9121440854100"), 1, 0,
                                 QStringLiteral("0813-2340-4634"), QStringLiteral("2021-11-05")});
    auto category = writer.insert(
        DemoWriter::Table::WasteCategory, 1000, 1000,
        {*site, QStringLiteral("SPENT"), QStringLiteral("Ampas"), QStringLiteral("kg"), 0});
    QVERIFY(line && member && category);
    const auto batch = [&](const QString &code, const QString &status) {
        return writer.insert(DemoWriter::Table::Batch, 1000, 1000,
                             {*site, code, *line, *member, QStringLiteral("2026-10-05"), 202610, 1,
                              QStringLiteral("daun"), 100000, QStringLiteral("kg"), 50000, 1000,
                              1000, status, QStringLiteral(""), QStringLiteral("demo")});
    };
    auto live = batch(QStringLiteral("TTT-2610-0001"), QStringLiteral("checked"));
    auto archived = batch(QStringLiteral("TTT-2610-0002"), QStringLiteral("archived"));
    QVERIFY(live && archived);
    for (int i = 1; i <= 5; ++i) {
        for (qint64 b : {*live, *archived}) {
            QVERIFY(writer.insert(DemoWriter::Table::WasteLine, 1000, 1000,
                                  {*site, b, 202610, *line, *category,
                                   i % 2 ? QStringLiteral("compost") : QStringLiteral("landfill"),
                                   QStringLiteral("kg"), i * 1000}));
        }
    }
    QVERIFY(writer.finish());

    QCOMPARE(rows(*db,
                  QStringLiteral("SELECT route, quantity_milli, line_count FROM "
                                 "waste_month_total ORDER BY route")),
             (QStringList {QStringLiteral("compost|9000|3"), QStringLiteral("landfill|6000|2")}));
    QCOMPARE(number(*db,
                    QStringLiteral("SELECT COUNT(*) FROM waste_line w JOIN batch b ON b.id = "
                                   "w.batch_id WHERE w.counted <> (b.status <> "
                                   "'archived')")),
             0);
    auto findings = IntegrityCheck::wasteTotals(*db);
    QVERIFY2(findings && findings->isEmpty(),
             findings ? qPrintable(findings->join(QStringLiteral("; "))) : "");
}

void TestDemo::abandonedChunksAreRemoved()
{
    // The national scale commits every 50,000 rows; a run that fails after some chunks must still
    // leave nothing behind. Shown here with chunks of two rows.
    auto db = openDatabase(m_dir.filePath(QStringLiteral("chunks.sqlite")));
    QVERIFY(db);
    {
        DemoWriter writer(*db, 2);
        QVERIFY(writer.begin());
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA synchronous"))->toString(), QStringLiteral("0"));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toString(),
                 QStringLiteral("0"));
        for (const char *code : {"AAA", "BBB", "CCC", "DDD", "EEE"}) {
            auto id = writer.insert(DemoWriter::Table::Site, 1000, 1000,
                                    {QString::fromLatin1(code), QStringLiteral("RPB Uji"),
                                     QStringLiteral("Aceh"), QStringLiteral("Asia/Jakarta"), 420,
                                     1020, 63, 15, 30, 480, 180, 1200, 10, 1});
            QVERIFY(id);
        }
        QCOMPARE(writer.count(DemoWriter::Table::Site), 5);
        writer.abandon();
    }
    QCOMPARE(number(*db, QStringLiteral("SELECT COUNT(*) FROM site")), 0);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA synchronous"))->toString(), QStringLiteral("2"));
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toString(), QStringLiteral("1"));

    // And one that is dropped without a word is undone by its destructor.
    {
        DemoWriter writer(*db, 2);
        QVERIFY(writer.begin());
        for (const char *code : {"AAA", "BBB", "CCC"})
            QVERIFY(writer.insert(DemoWriter::Table::Site, 1000, 1000,
                                  {QString::fromLatin1(code), QStringLiteral("RPB Uji"),
                                   QStringLiteral("Aceh"), QStringLiteral("Asia/Jakarta"), 420,
                                   1020, 63, 15, 30, 480, 180, 1200, 10, 1}));
    }
    QCOMPARE(number(*db, QStringLiteral("SELECT COUNT(*) FROM site")), 0);
    QCOMPARE(db->transactionDepth(), 0);
}

void TestDemo::brokenKeysAreCaughtAtTheEnd()
{
    // Keys are not checked row by row during a run, so the check at the end must catch a row
    // that points nowhere, and the run must keep nothing.
    auto db = openDatabase(m_dir.filePath(QStringLiteral("keys.sqlite")));
    QVERIFY(db);
    DemoWriter writer(*db, 0);
    QVERIFY(writer.begin());
    QVERIFY(writer.insert(
        DemoWriter::Table::ProductLine, 1000, 1000,
        {999, QStringLiteral("PATCHOULI"), QStringLiteral("Minyak nilam"), QStringLiteral("kg")}));
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("foreign key check")));
    auto finished = writer.finish();
    QVERIFY(!finished);
    QCOMPARE(finished.error().kind, Error::Kind::Storage);
    QVERIFY2(finished.error().detail.contains(QLatin1String("product_line")),
             qPrintable(finished.error().detail));
    QCOMPARE(number(*db, QStringLiteral("SELECT COUNT(*) FROM product_line")), 0);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toString(), QStringLiteral("1"));
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA synchronous"))->toString(), QStringLiteral("2"));
}

void TestDemo::sameSeedAndDateGiveTheSameData()
{
    auto first = openDatabase(m_dir.filePath(QStringLiteral("again.sqlite")));
    auto other = openDatabase(m_dir.filePath(QStringLiteral("otherseed.sqlite")));
    QVERIFY(first && other);
    QVERIFY(DemoGenerator::run(*first, smallOptions()));
    QVERIFY(DemoGenerator::run(*other, smallOptions(7)));

    const QStringList expected = businessData(*m_db);
    QVERIFY(expected.size() > 10000);
    QCOMPARE(businessData(*first), expected);
    // The UUIDs are new, only the business content repeats.
    QVERIFY(rows(*first, QStringLiteral("SELECT hex(uuid) FROM booking ORDER BY id LIMIT 20"))
            != rows(*m_db, QStringLiteral("SELECT hex(uuid) FROM booking ORDER BY id LIMIT 20")));

    const QStringList different = businessData(*other);
    QVERIFY(different != expected);
    // Still the same five sites; another seed changes who books what and when.
    QCOMPARE(rows(*other, QStringLiteral("SELECT code FROM site ORDER BY id")),
             rows(*m_db, QStringLiteral("SELECT code FROM site ORDER BY id")));
}

void TestDemo::oneSiteAlone()
{
    auto db = openDatabase(m_dir.filePath(QStringLiteral("ntt.sqlite")));
    QVERIFY(db);
    auto options = smallOptions();
    options.siteCode = QStringLiteral("ntt"); // as typed
    auto result = DemoGenerator::run(*db, options);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->siteCodes, QStringList {QStringLiteral("NTT")});
    QCOMPARE(rows(*db, QStringLiteral("SELECT code, time_zone FROM site")),
             QStringList {QStringLiteral("NTT|Asia/Makassar")});
    QCOMPARE(number(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'site'")),
             1);
    QCOMPARE(result->accounts.size(), 4);
    QVERIFY(result->bookings > 0 && result->batches > 0 && result->wasteLines > 0);
    QVERIFY(result->members >= 10 && result->members <= 15);
    // The site comes out as it does among the five.
    const QStringList alone = businessData(*db);
    QCOMPARE(alone, businessData(*m_db, QStringLiteral("NTT")));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
