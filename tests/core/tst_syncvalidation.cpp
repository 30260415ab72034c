// A sync package whose checksum is right but whose content breaks the rules: every record of
// every kind is checked with the rules the forms and services use, and a package with one bad
// field is refused (exit code 2) with a message that names the line, the record and the field,
// the database untouched and still passing the full check. A conflict's incoming version is
// checked the same way before it is taken.

#include "storage/integritycheck.h"
#include "sync/packageformat.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

using namespace Rpb;
using Rpb::Test::TestDatabase;
using Rpb::Test::why;
using Rpb::Test::fingerprint;
using Rpb::Test::rows;

namespace {
QString L(const char *text)
{
    return QString::fromLatin1(text);
}

const QString badName = QStringLiteral("bad.rpbsync");

// Monday 23 November 2026, 08:00 in Aceh (WIB): the clock the site's bookings are made by.
const QDateTime monday(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC);

qint64 siteId(TestDatabase &t, const QString &code)
{
    auto id = t.db().scalar(QStringLiteral("SELECT id FROM site WHERE code = ?"), {code});
    return id && id->isValid() ? id->toLongLong() : 0;
}

// A small site made through the services as its people would: two product lines, two machines,
// two members, a kg and an L waste category, a booking checked in and out, a weekly series, a
// maintenance window, a batch with a waste line of each category, and a closed month.
bool buildSite(TestDatabase &t)
{
    const auto ok = [](const auto &result, const char *what) {
        if (!result)
            qWarning() << what << result.error().toLine() << result.error().detail;
        return bool(result);
    };
    auto site = t.masterData().save(TestDatabase::sampleSite(L("ACH")));
    if (!ok(site, "site"))
        return false;
    const qint64 ach = site->meta.id;
    ProductLine oil;
    oil.meta.siteId = ach;
    oil.code = L("PATCHOULI");
    oil.name = L("Minyak nilam");
    ProductLine soap = oil;
    soap.code = L("SOAP");
    soap.name = L("Sabun nilam");
    soap.unit = Unit::Piece;
    auto savedOil = t.masterData().save(oil);
    auto savedSoap = t.masterData().save(soap);
    if (!ok(savedOil, "product line") || !ok(savedSoap, "product line"))
        return false;
    Equipment kettle;
    kettle.meta.siteId = ach;
    kettle.code = L("ACH-KET1");
    kettle.name = L("Ketel suling 1");
    kettle.type = L("distillation kettle");
    kettle.productLineIds = {savedOil->meta.id};
    Equipment boiler = kettle;
    boiler.code = L("ACH-BLR");
    boiler.name = L("Boiler");
    boiler.type = L("boiler");
    boiler.productLineIds = {};
    auto savedKettle = t.masterData().save(kettle);
    auto savedBoiler = t.masterData().save(boiler);
    if (!ok(savedKettle, "machine") || !ok(savedBoiler, "machine"))
        return false;
    Member first;
    first.meta.siteId = ach;
    first.code = L("ACH-M01");
    first.name = L("Koperasi Nilam Seulawah");
    first.owner = L("Fitriani Yusuf");
    first.nib = L("9125465867088");
    first.womenLed = true;
    first.phone = L("0813-3866-9693");
    first.joined = QDate(2025, 1, 15);
    Member second = first;
    second.code = L("ACH-M02");
    second.name = L("UD Atsiri Gayo");
    second.owner = L("Teuku Rahman");
    second.joined = QDate();
    auto savedFirst = t.masterData().save(first);
    auto savedSecond = t.masterData().save(second);
    if (!ok(savedFirst, "member") || !ok(savedSecond, "member"))
        return false;
    WasteCategory leaves;
    leaves.meta.siteId = ach;
    leaves.code = L("SPENT_BIOMASS");
    leaves.name = L("Ampas daun suling");
    WasteCategory condensate = leaves;
    condensate.code = L("CONDENSATE");
    condensate.name = L("Air kondensat");
    condensate.unit = Unit::Litre;
    auto savedLeaves = t.masterData().save(leaves);
    auto savedCondensate = t.masterData().save(condensate);
    if (!ok(savedLeaves, "waste category") || !ok(savedCondensate, "waste category"))
        return false;

    SchedulingService &scheduling = t.context().scheduling();
    QDateTime now = monday;
    scheduling.setClock([&now] { return now; });
    SchedulingService::Request request;
    request.equipmentId = savedKettle->meta.id;
    request.memberId = savedFirst->meta.id;
    request.start = monday.addSecs(3600);
    request.end = monday.addSecs(3 * 3600);
    request.productLineId = savedOil->meta.id;
    request.purpose = L("penyulingan");
    auto booked = scheduling.book(request);
    if (!ok(booked, "booking"))
        return false;
    Booking b = booked->created.first();
    now = request.start.addSecs(300);
    auto in = scheduling.checkIn(b.meta.id, b.meta.rowVersion);
    if (!ok(in, "check-in"))
        return false;
    now = request.end.addSecs(-600);
    auto out = scheduling.checkOut(in->meta.id, in->meta.rowVersion);
    if (!ok(out, "check-out"))
        return false;
    now = monday;
    SchedulingService::Request series = request;
    series.memberId = savedSecond->meta.id;
    series.start = monday.addDays(1).addSecs(3600);
    series.end = series.start.addSecs(7200);
    series.rrule = L("FREQ=WEEKLY;COUNT=3");
    if (!ok(scheduling.book(series), "series"))
        return false;
    if (!ok(scheduling.addMaintenance(savedBoiler->meta.id, monday.addDays(2),
                                      monday.addDays(2).addSecs(5 * 3600),
                                      L("pembersihan kerak boiler"), false),
            "maintenance"))
        return false;
    scheduling.setClock({});

    auto today = t.context().batches().today(ach);
    if (!ok(today, "today"))
        return false;
    Batch batch;
    batch.meta.siteId = ach;
    batch.productLineId = savedOil->meta.id;
    batch.memberId = savedFirst->meta.id;
    batch.productionDate = today->addDays(-1);
    batch.equipmentIds = {savedKettle->meta.id};
    batch.inputMaterial = L("daun nilam kering");
    batch.inputMilli = 250000;
    batch.outputMilli = 6500;
    batch.energyWh = 120000;
    batch.waterMl = 800000;
    WasteLine spent;
    spent.categoryId = savedLeaves->meta.id;
    spent.quantityMilli = 225500;
    spent.route = Route::Compost;
    WasteLine water;
    water.categoryId = savedCondensate->meta.id;
    water.unit = Unit::Litre;
    water.quantityMilli = 12250;
    water.route = Route::Reuse;
    batch.waste = {spent, water};
    if (!ok(t.context().batches().save(batch), "batch"))
        return false;
    return ok(t.context().batches().closeMonth(ach, 2025, 6), "month close");
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The lines of a package without their line ends.
QList<QByteArray> linesOf(const QByteArray &package)
{
    QList<QByteArray> lines = package.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// A package of these lines (the manifest first, no trailer), its counts and trailer made to fit:
// damage no checksum can see, because whoever made it sealed the package again afterwards.
QByteArray reseal(QList<QByteArray> lines)
{
    QJsonObject manifest = QJsonDocument::fromJson(lines.first()).object();
    QJsonObject counts;
    for (const QString &kind : manifest.value(L("counts")).toObject().keys())
        counts.insert(kind, 0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString kind
            = QJsonDocument::fromJson(lines.at(i)).object().value(L("kind")).toString();
        counts.insert(kind, counts.value(kind).toInt() + 1);
    }
    manifest.insert(L("counts"), counts);
    lines[0] = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    QByteArray body;
    for (const QByteArray &line : lines)
        body += line + '\n';
    const QByteArray sha256 = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return body + PackageFormat::trailerLine({sha256, lines.size() - 1}) + '\n';
}

using RecordTest = std::function<bool(const QJsonObject &record)>;
using DataChange = std::function<void(QJsonObject &data)>;

QJsonObject recordAt(const QList<QByteArray> &lines, int index)
{
    return QJsonDocument::fromJson(lines.at(index)).object();
}

// The index of the first record line of the kind that passes the test.
int find(const QList<QByteArray> &lines, const QString &kind, const RecordTest &test = {})
{
    for (int i = 1; i < lines.size(); ++i) {
        const QJsonObject record = recordAt(lines, i);
        if (record.value(L("kind")).toString() == kind && (!test || test(record)))
            return i;
    }
    return -1;
}

// The package's body (no trailer) with one record's data changed and its row version raised,
// as the site would have sent a newer version.
struct Edit
{
    QList<QByteArray> lines;
    int line = 0; // the changed record's line in the file, from 1
};

Edit edit(const QByteArray &package, const QString &kind, const DataChange &change,
          const RecordTest &test = {}, bool newer = true)
{
    Edit e;
    e.lines = linesOf(package);
    e.lines.removeLast();
    const int at = find(e.lines, kind, test);
    if (at < 0)
        return {};
    QJsonObject record = recordAt(e.lines, at);
    QJsonObject data = record.value(L("data")).toObject();
    change(data);
    record.insert(L("data"), data);
    if (newer)
        record.insert(L("row_version"), record.value(L("row_version")).toInteger() + 1);
    e.lines[at] = QJsonDocument(record).toJson(QJsonDocument::Compact);
    e.line = at + 1;
    return e;
}

// The lines without the records of a kind: they are then those stored in the database.
void drop(Edit &e, const QString &kind)
{
    for (int i = int(e.lines.size()) - 1; i > 0; --i) {
        if (recordAt(e.lines, i).value(L("kind")).toString() == kind) {
            e.lines.removeAt(i);
            if (i < e.line)
                --e.line;
        }
    }
}

QString monthOf(qint64 yyyymm, int add)
{
    const QDate d = QDate(int(yyyymm / 100), int(yyyymm % 100), 1).addMonths(add);
    return QString::number(d.year() * 100 + d.month());
}


QString fullCheck(const QString &path)
{
    auto report = IntegrityCheck::run(path, true);
    if (!report)
        return why(report);
    if (!report->ok || !report->wasteChecked)
        return (report->problems + report->wasteProblems).join(L("; ")) + L(" (not ok)");
    return {};
}
} // namespace

class TestSyncValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodPackage();
    void badField_data();
    void badField();
    void damageBeforeContent();
    void conflictsAreJudgedWhenTaken();
    void resolveTakesNoInvalidVersion();
    void resolveKeepsLinesWithTheirCategory();

private:
    void addRow(const char *name, const Edit &e, const QString &kind, const QString &key,
                const QString &message, bool stored = false);

    TestDatabase m_site;
    QByteArray m_package;
    // An empty central database but for a site of its own, and one that holds the package's
    // site already.
    TestDatabase m_central;
    TestDatabase m_stored;
    QByteArray m_otherSiteMachine; // the UUID of a machine of the central office's own site
};

void TestSyncValidation::initTestCase()
{
    QVERIFY(buildSite(m_site));
    const QString path = m_site.folder() + L("/ach.rpbsync");
    auto exported = m_site.context().sync().exportPackage(siteId(m_site, L("ACH")), path, true);
    QVERIFY2(exported, qPrintable(why(exported)));
    m_package = fileBytes(path);
    QVERIFY(!m_package.isEmpty());
    for (const char *kind :
         {"site", "product_line", "equipment", "member", "waste_category", "booking_series",
          "booking", "maintenance_window", "batch", "waste_line", "month_close"})
        QVERIFY2(find(linesOf(m_package), QString::fromLatin1(kind)) > 0, kind);

    Site own = TestDatabase::sampleSite(L("KTM"));
    own.name = L("RPB Biofarmaka");
    auto saved = m_central.masterData().save(own);
    QVERIFY2(saved, qPrintable(why(saved)));
    Equipment oven;
    oven.meta.siteId = saved->meta.id;
    oven.code = L("KTM-OVEN");
    oven.name = L("Oven pengering");
    oven.type = L("drying oven");
    auto machine = m_central.masterData().save(oven);
    QVERIFY2(machine, qPrintable(why(machine)));
    m_otherSiteMachine = machine->meta.uuid.toByteArray(QUuid::WithoutBraces);

    auto stored = m_stored.context().sync().importPackageData(m_package, L("ach.rpbsync"),
                                                              SyncService::ConflictPolicy::Refuse);
    QVERIFY2(stored, qPrintable(why(stored)));
}

void TestSyncValidation::goodPackage()
{
    // The package as the site wrote it imports whole, and the result passes the full check.
    TestDatabase central;
    auto preview = central.context().sync().previewImportData(m_package, L("ach.rpbsync"));
    QVERIFY2(preview, qPrintable(why(preview)));
    auto imported = central.context().sync().importPackageData(m_package, L("ach.rpbsync"),
                                                               SyncService::ConflictPolicy::Refuse);
    QVERIFY2(imported, qPrintable(why(imported)));
    QCOMPARE(imported->changes(), imported->records());
    QCOMPARE(imported->records(), linesOf(m_package).size() - 2);
    QVERIFY2(fullCheck(central.path()).isEmpty(), qPrintable(fullCheck(central.path())));
    QVERIFY2(fullCheck(m_stored.path()).isEmpty(), qPrintable(fullCheck(m_stored.path())));
    // The batch list shows the date the site gave.
    QCOMPARE(rows(central.db(), L("SELECT production_date FROM batch")),
             rows(m_site.db(), L("SELECT production_date FROM batch")));
}

void TestSyncValidation::addRow(const char *name, const Edit &e, const QString &kind,
                                const QString &key, const QString &message, bool stored)
{
    if (e.lines.isEmpty()) {
        qWarning() << "no record for" << name;
        return;
    }
    QTest::newRow(name) << reseal(e.lines) << e.line << kind << key << message << stored;
}

void TestSyncValidation::badField_data()
{
    QTest::addColumn<QByteArray>("package");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("stored"); // into the database that holds the site already

    const QByteArray &p = m_package;
    const auto set = [](const char *key, const QJsonValue &value) -> DataChange {
        return [key, value](QJsonObject &data) {
            data.insert(QString::fromLatin1(key), value);
        };
    };
    const auto add
        = [&](const char *name, const char *kind, const char *key, const DataChange &change,
              const char *message, const RecordTest &test = {}) {
              addRow(name, edit(p, L(kind), change, test), L(kind), L(key), L(message));
          };
    const QList<QByteArray> lines = linesOf(p);
    const auto dataOf = [&](const char *kind, const RecordTest &test) {
        const int at = find(lines, L(kind), test);
        return at < 0 ? QJsonObject() : recordAt(lines, at).value(L("data")).toObject();
    };
    const RecordTest done = [](const QJsonObject &r) {
        return r.value(L("data")).toObject().value(L("status")).toString() == L("done");
    };
    const RecordTest kgLine = [](const QJsonObject &r) {
        return r.value(L("data")).toObject().value(L("unit")).toString() == L("kg");
    };
    const QJsonObject booking = dataOf("booking", done);
    const QJsonObject window = dataOf("maintenance_window", {});
    const QJsonObject batch = dataOf("batch", {});
    const qint64 batchMonth = batch.value(L("local_month")).toInteger();

    // Site.
    add("site: time zone Mars/Olympus", "site", "time_zone", set("time_zone", L("Mars/Olympus")),
        "not a known time zone");
    add("site: empty code", "site", "code", set("code", L("")), "is required");
    add("site: code in small letters", "site", "code", set("code", L("ach")), "capital letters");
    add("site: empty name", "site", "name", set("name", L(" ")), "is required");
    add("site: closing before opening", "site", "close_minute", set("close_minute", 300),
        "Closing time must be after opening time");
    add("site: no open day", "site", "open_days", set("open_days", 0), "at least one day");
    add("site: shortest booking of a minute", "site", "min_booking_minutes",
        set("min_booking_minutes", 1), "shortest booking");
    add("site: tolerance over 100%", "site", "mass_balance_tolerance_percent",
        set("mass_balance_tolerance_percent", 101), "tolerance");
    add("site: 2^32 minutes of buffer", "site", "buffer_minutes",
        set("buffer_minutes", qint64(1) << 32), "buffer must be between");
    // Product line.
    add("product line: empty code", "product_line", "code", set("code", L("")), "is required");
    add("product line: empty name", "product_line", "name", set("name", L("")), "is required");
    // Machine.
    add("machine: capacity 0", "equipment", "capacity", set("capacity", 0), "Capacity");
    add("machine: capacity 2^32 + 1", "equipment", "capacity",
        set("capacity", (qint64(1) << 32) + 1), "Capacity");
    add("machine: no type", "equipment", "type", set("type", L("")), "is required");
    add("machine: buffer of 300 minutes", "equipment", "buffer_minutes", set("buffer_minutes", 300),
        "buffer must be between");
    add("machine: code with a space", "equipment", "code", set("code", L("ACH KET1")),
        "capital letters");
    // Member.
    add("member: joined kemarin", "member", "joined", set("joined", L("kemarin")), "not a date");
    add("member: joined 2026-02-30", "member", "joined", set("joined", L("2026-02-30")),
        "not a date");
    add("member: joined in the future", "member", "joined", set("joined", L("2099-01-01")),
        "future");
    add("member: empty code", "member", "code", set("code", L("")), "is required");
    add("member: no owner", "member", "owner", set("owner", L("")), "is required");
    add("member: NIB of five digits", "member", "nib", set("nib", L("12345")), "13 digits");
    add("member: phone in words", "member", "phone", set("phone", L("call me")), "phone number");
    add("member: a control character in the name", "member", "name",
        set("name", QString(L("Koperasi") + QChar(0x07))), "not valid text");
    // Waste category.
    add("waste category: code with spaces", "waste_category", "code",
        set("code", L("spent biomass")), "capital letters");
    add("waste category: empty name", "waste_category", "name", set("name", L("")), "is required");
    // Series.
    add("series: FREQ=SOMETIMES", "booking_series", "rrule", set("rrule", L("FREQ=SOMETIMES")),
        "not a valid repeat rule");
    add("series: hourly", "booking_series", "rrule", set("rrule", L("FREQ=HOURLY;COUNT=5")),
        "daily, weekly");
    add("series: no duration", "booking_series", "duration_minutes", set("duration_minutes", 0),
        "end must be after the start");
    // Booking.
    add("booking: end before start", "booking", "end_utc",
        set("end_utc", booking.value(L("start_utc")).toInteger() - 3600),
        "end must be after the start", done);
    add("booking: start beyond the year 9999", "booking", "start_utc",
        set("start_utc", qint64(1) << 40), "Give both a start and an end", done);
    add("booking: done without a check-in", "booking", "actual_start_utc",
        set("actual_start_utc", QJsonValue::Null), "must have a check-in time", done);
    add("booking: checked out before checked in", "booking", "actual_end_utc",
        set("actual_end_utc", booking.value(L("actual_start_utc")).toInteger() - 60),
        "check-out cannot be before the check-in", done);
    add("booking: cancelled with a check-in", "booking", "actual_start_utc",
        set("status", L("cancelled")), "cannot have a check-in time", done);
    add("booking: purpose of 501 characters", "booking", "purpose",
        set("purpose", QString(501, QLatin1Char('x'))), "too long", done);
    add("booking: a machine of another site", "booking", "equipment",
        set("equipment", QString::fromLatin1(m_otherSiteMachine)), "belongs to another site", done);
    // Maintenance window.
    add("maintenance: no reason", "maintenance_window", "reason", set("reason", L("  ")),
        "Say why");
    add("maintenance: ends when it starts", "maintenance_window", "end_utc",
        set("end_utc", window.value(L("start_utc"))), "end must be after the start");
    add("maintenance: two years", "maintenance_window", "end_utc",
        set("end_utc", window.value(L("start_utc")).toInteger() + 2 * 366 * 86400),
        "at most a year");
    // Batch.
    add("batch: production date 2026-02-30", "batch", "production_date",
        set("production_date", L("2026-02-30")), "not a date");
    add("batch: production date kemarin", "batch", "production_date",
        set("production_date", L("kemarin")), "not a date");
    add(
        "batch: production date in 1999", "batch", "production_date",
        [](QJsonObject &d) {
            d.insert(L("production_date"), L("1999-12-31"));
            d.insert(L("local_month"), 199912);
        },
        "2000 or later");
    add("batch: month not that of its date", "batch", "local_month",
        set("local_month", monthOf(batchMonth, -1).toInt()), "counts in the month");
    add("batch: shift 4", "batch", "shift", set("shift", 4), "shift is 1, 2 or 3");
    add("batch: empty code", "batch", "code", set("code", L("")), "is required");
    add("batch: code in small letters", "batch", "code", set("code", L("ach-2612-0001")),
        "capital letters");
    add("batch: no input", "batch", "input_milli", set("input_milli", 0), "more than zero");
    add("batch: no raw material", "batch", "input_material", set("input_material", L("")),
        "is required");
    add("batch: output of two million tonnes", "batch", "output_milli",
        set("output_milli", qint64(2'000'000'000'000)), "implausibly large");
    add("batch: notes of 2001 characters", "batch", "notes",
        set("notes", QString(2001, QLatin1Char('n'))), "too long");
    // Waste line.
    add("waste line: L for a kg category", "waste_line", "unit", set("unit", L("L")),
        "is measured in kg, not L", kgLine);
    add("waste line: another month than its batch", "waste_line", "local_month",
        set("local_month", monthOf(batchMonth, 1).toInt()), "its batch counts in", kgLine);
    add("waste line: month 13", "waste_line", "local_month", set("local_month", 202613),
        "Give a month", kgLine);
    add("waste line: no quantity", "waste_line", "quantity_milli", set("quantity_milli", 0), "zero",
        kgLine);
    const RecordTest isSoap = [](const QJsonObject &r) {
        return r.value(L("data")).toObject().value(L("code")).toString() == L("SOAP");
    };
    const int soapLine = find(lines, L("product_line"), isSoap);
    QVERIFY(soapLine > 0);
    const QString soapUuid = recordAt(lines, soapLine).value(L("uuid")).toString();
    add("waste line: another product line than its batch", "waste_line", "product_line",
        set("product_line", soapUuid), "another product line than its batch", kgLine);
    // Month close.
    add("month close: month 13", "month_close", "month", set("month", 202613), "Give a month");
    add("month close: before 2000", "month_close", "month", set("month", 199901), "Give a month");

    // Into the database that holds the site: what a record refers to is stored there.
    Edit line
        = edit(p, L("waste_line"), set("local_month", monthOf(batchMonth, 1).toInt()), kgLine);
    drop(line, L("batch"));
    addRow("stored batch: a waste line of another month", line, L("waste_line"), L("local_month"),
           L("its batch counts in"), true);
    Edit unit = edit(p, L("waste_line"), set("unit", L("L")), kgLine);
    drop(unit, L("waste_category"));
    addRow("stored category: a waste line in L for kg", unit, L("waste_line"), L("unit"),
           L("is measured in kg, not L"), true);
    // A batch moved to another month without its waste lines, and a category given another unit
    // without its lines: the lines stored there would disagree with them.
    const QDate date = QDate::fromString(batch.value(L("production_date")).toString(), Qt::ISODate);
    Edit moved = edit(p, L("batch"), [&](QJsonObject &d) {
        const QDate earlier = date.addMonths(-1);
        d.insert(L("production_date"), earlier.toString(Qt::ISODate));
        d.insert(L("local_month"), earlier.year() * 100 + earlier.month());
    });
    drop(moved, L("waste_line"));
    addRow("stored lines: a batch moved to another month", moved, L("batch"), L("local_month"),
           L("still count in another month"), true);
    Edit relined = edit(p, L("batch"), set("product_line", soapUuid));
    drop(relined, L("waste_line"));
    addRow("stored lines: a batch of another product line", relined, L("batch"), L("product_line"),
           L("still name another product line"), true);
    Edit litres = edit(p, L("waste_category"), set("unit", L("L")), [](const QJsonObject &r) {
        return r.value(L("data")).toObject().value(L("unit")).toString() == L("kg");
    });
    drop(litres, L("waste_line"));
    addRow("stored lines: a kg category made L", litres, L("waste_category"), L("unit"),
           L("counted in another unit"), true);
}

void TestSyncValidation::badField()
{
    QFETCH(QByteArray, package);
    QFETCH(int, line);
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QString, message);
    QFETCH(bool, stored);
    TestDatabase &central = stored ? m_stored : m_central;
    SyncService &sync = central.context().sync();
    const QByteArray before = fingerprint(central.db());

    auto preview = sync.previewImportData(package, badName);
    QVERIFY(!preview);
    const Error &e = preview.error();
    QCOMPARE(e.kind, Error::Kind::Invalid);
    QCOMPARE(e.exitCode(), 2);
    // "bad.rpbsync, line 14" and "batch ACH-2612-0001, field production_date: ..."
    QCOMPARE(e.where, badName + L(", line ") + QString::number(line));
    QVERIFY2(e.message.startsWith(kind + QLatin1Char(' ')), qPrintable(e.toLine()));
    QVERIFY2(e.message.contains(L(", field ") + key + L(": ")), qPrintable(e.toLine()));
    QVERIFY2(e.message.contains(message), qPrintable(e.toLine()));
    QCOMPARE(e.field, key);

    // The import refuses exactly what the preview refuses, whatever it does with conflicts.
    for (const auto policy :
         {SyncService::ConflictPolicy::KeepAside, SyncService::ConflictPolicy::Refuse}) {
        auto imported = sync.importPackageData(package, badName, policy);
        QVERIFY(!imported);
        QCOMPARE(imported.error().exitCode(), 2);
        QCOMPARE(imported.error().message, e.message);
        QCOMPARE(imported.error().where, e.where);
    }
    QCOMPARE(fingerprint(central.db()), before);
    QVERIFY2(fullCheck(central.path()).isEmpty(), qPrintable(fullCheck(central.path())));
}

// A package that is damaged as well as wrong is reported as damaged: only its end decides
// whether it is the package that was sealed, and a small package is read whole first.
void TestSyncValidation::damageBeforeContent()
{
    Edit e = edit(m_package, L("member"),
                  [](QJsonObject &data) { data.insert(L("joined"), L("kemarin")); });
    QVERIFY(!e.lines.isEmpty());
    QByteArray package = reseal(e.lines);
    const qsizetype trailer = package.lastIndexOf("\"sha256\":\"") + 10;
    package[trailer] = package.at(trailer) == 'a' ? 'b' : 'a';
    const QByteArray before = fingerprint(m_central.db());
    auto preview = m_central.context().sync().previewImportData(package, badName);
    QVERIFY(!preview);
    QCOMPARE(preview.error().exitCode(), 2);
    QVERIFY2(preview.error().message.contains(L("altered or damaged")),
             qPrintable(preview.error().toLine()));
    auto imported = m_central.context().sync().importPackageData(
        package, badName, SyncService::ConflictPolicy::KeepAside);
    QVERIFY(!imported);
    QCOMPARE(imported.error().message, preview.error().message);
    QCOMPARE(fingerprint(m_central.db()), before);
}

// The same versions of a batch and its waste lines with another month: conflicts, kept aside
// without being written, so they are not judged against the batch kept here; taking the batch
// alone would leave its lines in the other month, and is refused.
void TestSyncValidation::conflictsAreJudgedWhenTaken()
{
    TestDatabase central;
    auto first = central.context().sync().importPackageData(m_package, L("ach.rpbsync"),
                                                            SyncService::ConflictPolicy::Refuse);
    QVERIFY2(first, qPrintable(why(first)));
    const QList<QByteArray> lines = linesOf(m_package);
    const QJsonObject batch = recordAt(lines, find(lines, L("batch"))).value(L("data")).toObject();
    const QDate earlier
        = QDate::fromString(batch.value(L("production_date")).toString(), Qt::ISODate)
              .addMonths(-1);
    const int month = earlier.year() * 100 + earlier.month();
    Edit e = edit(
        m_package, L("batch"),
        [&](QJsonObject &d) {
            d.insert(L("production_date"), earlier.toString(Qt::ISODate));
            d.insert(L("local_month"), month);
        },
        {}, false);
    for (int i = 1; i < e.lines.size(); ++i) {
        QJsonObject record = recordAt(e.lines, i);
        if (record.value(L("kind")).toString() != L("waste_line"))
            continue;
        QJsonObject data = record.value(L("data")).toObject();
        data.insert(L("local_month"), month);
        record.insert(L("data"), data);
        e.lines[i] = QJsonDocument(record).toJson(QJsonDocument::Compact);
    }
    auto kept = central.context().sync().importPackageData(reseal(e.lines), L("moved.rpbsync"),
                                                           SyncService::ConflictPolicy::KeepAside);
    QVERIFY2(kept, qPrintable(why(kept)));
    QCOMPARE(kept->conflicts.size(), 3); // the batch and its two lines
    QVERIFY2(fullCheck(central.path()).isEmpty(), qPrintable(fullCheck(central.path())));

    auto open = central.context().sync().openConflicts();
    QVERIFY(open);
    const auto batchConflict = std::find_if(open->cbegin(), open->cend(),
                                            [](const auto &c) { return c.kind == L("batch"); });
    QVERIFY(batchConflict != open->cend());
    const QByteArray before = fingerprint(central.db());
    auto taken = central.context().sync().resolveConflict(batchConflict->id,
                                                          SyncService::Resolution::TakeIncoming);
    QVERIFY(!taken);
    QCOMPARE(taken.error().exitCode(), 2);
    QVERIFY2(taken.error().message.contains(L("still count in another month")),
             qPrintable(taken.error().toLine()));
    QCOMPARE(fingerprint(central.db()), before);
}

// A conflict kept aside by an earlier version, whose incoming record breaks a rule: taking it
// is refused, and the record stays as it was.
void TestSyncValidation::resolveTakesNoInvalidVersion()
{
    TestDatabase site;
    QVERIFY(buildSite(site));
    const qint64 ach = siteId(site, L("ACH"));
    const QString p0 = site.folder() + L("/p0.rpbsync");
    QVERIFY(site.context().sync().exportPackage(ach, p0, true));
    TestDatabase central;
    QVERIFY(central.context().sync().importPackage(p0, SyncService::ConflictPolicy::Refuse));

    // The same row version with other content: the site's file was restored and edited again.
    QVERIFY(site.db().exec(L("UPDATE member SET phone = '0811-1111' WHERE code = 'ACH-M01'")));
    const QString p1 = site.folder() + L("/p1.rpbsync");
    QVERIFY(site.context().sync().exportPackage(ach, p1, false));
    auto kept = central.context().sync().importPackage(p1, SyncService::ConflictPolicy::KeepAside);
    QVERIFY2(kept, qPrintable(why(kept)));
    auto open = central.context().sync().openConflicts();
    QVERIFY(open && open->size() == 1);
    // What an earlier version kept: the package's record with a joining date that is no date.
    QVERIFY(central.db().exec(L("UPDATE sync_conflict SET incoming = replace(incoming, "
                                "'\"joined\":\"2025-01-15\"', '\"joined\":\"kemarin\"')")));
    QVERIFY(
        rows(central.db(), L("SELECT incoming FROM sync_conflict")).first().contains(L("kemarin")));

    const QByteArray before = fingerprint(central.db());
    auto taken = central.context().sync().resolveConflict(open->first().id,
                                                          SyncService::Resolution::TakeIncoming);
    QVERIFY(!taken);
    QCOMPARE(taken.error().exitCode(), 2);
    QVERIFY2(taken.error().message.contains(L("member ACH-M01, field joined: ")),
             qPrintable(taken.error().toLine()));
    QVERIFY2(taken.error().message.contains(L("not a date")), qPrintable(taken.error().toLine()));
    QCOMPARE(fingerprint(central.db()), before);
    QCOMPARE(rows(central.db(), L("SELECT phone, joined FROM member WHERE code = 'ACH-M01'")),
             QStringList {L("0813-3866-9693|2025-01-15")});
    QVERIFY2(fullCheck(central.path()).isEmpty(), qPrintable(fullCheck(central.path())));
    // Keeping ours is still possible.
    QVERIFY(central.context().sync().resolveConflict(open->first().id,
                                                     SyncService::Resolution::KeepLocal));
}

// A conflict over a waste category's unit: taking the package's unit would leave the category's
// live waste lines in another unit, so it is refused, the category as it was.
void TestSyncValidation::resolveKeepsLinesWithTheirCategory()
{
    TestDatabase site;
    QVERIFY(buildSite(site));
    const qint64 ach = siteId(site, L("ACH"));
    const QString p0 = site.folder() + L("/p0.rpbsync");
    QVERIFY(site.context().sync().exportPackage(ach, p0, true));
    TestDatabase central;
    QVERIFY(central.context().sync().importPackage(p0, SyncService::ConflictPolicy::Refuse));

    QVERIFY(site.db().exec(L("UPDATE waste_category SET unit = 'L' WHERE code = 'SPENT_BIOMASS'")));
    const QString p1 = site.folder() + L("/p1.rpbsync");
    QVERIFY(site.context().sync().exportPackage(ach, p1, false));
    auto kept = central.context().sync().importPackage(p1, SyncService::ConflictPolicy::KeepAside);
    QVERIFY2(kept, qPrintable(why(kept)));
    auto open = central.context().sync().openConflicts();
    QVERIFY(open && open->size() == 1);
    QCOMPARE(open->first().kind, L("waste_category"));

    const QByteArray before = fingerprint(central.db());
    auto taken = central.context().sync().resolveConflict(open->first().id,
                                                          SyncService::Resolution::TakeIncoming);
    QVERIFY(!taken);
    QCOMPARE(taken.error().exitCode(), 2);
    QVERIFY2(taken.error().message.contains(L("waste_category SPENT_BIOMASS, field unit: ")),
             qPrintable(taken.error().toLine()));
    QCOMPARE(fingerprint(central.db()), before);
    QCOMPARE(rows(central.db(), L("SELECT unit FROM waste_category WHERE code = 'SPENT_BIOMASS'")),
             QStringList {L("kg")});
    QVERIFY2(fullCheck(central.path()).isEmpty(), qPrintable(fullCheck(central.path())));
}

QTEST_GUILESS_MAIN(TestSyncValidation)
#include "tst_syncvalidation.moc"
