// The sync package format: the JSON reader, the record codec, the file as standard tools see it,
// and every kind of bad package, each refused with a clear message and the database untouched.

#include "demo/demogenerator.h"
#include "sync/jsonreader.h"
#include "sync/jsonwriter.h"
#include "sync/packageformat.h"
#include "sync/recordcodec.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <functional>

using namespace Rpb;
using Rpb::Test::TestDatabase;
using Rpb::Test::why;

namespace {
QString L(const char *text)
{
    return QString::fromLatin1(text);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// The lines of a package without their line ends.
QList<QByteArray> linesOf(const QByteArray &package)
{
    QList<QByteArray> lines = package.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// A package from a manifest and record lines, with a correct trailer: damage that a checksum
// cannot see, because whoever made it computed the checksum afterwards.
QByteArray assemble(const QList<QByteArray> &manifestAndRecords)
{
    QByteArray body;
    for (const QByteArray &line : manifestAndRecords)
        body += line + '\n';
    return body + PackageFormat::trailerLine({sha256Hex(body), manifestAndRecords.size() - 1})
        + '\n';
}

QByteArray changedManifest(const QByteArray &package,
                           const std::function<void(QJsonObject &)> &change)
{
    QList<QByteArray> lines = linesOf(package);
    lines.removeLast();
    QJsonObject manifest = QJsonDocument::fromJson(lines.first()).object();
    change(manifest);
    lines[0] = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    return assemble(lines);
}

int firstLineOf(const QList<QByteArray> &lines, const char *kind)
{
    const QByteArray marker = QByteArray("{\"kind\":\"") + kind + "\"";
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(marker))
            return i;
    }
    return -1;
}

// A record line changed and the package made consistent again around it.
QByteArray changedRecord(const QByteArray &package, const char *kind,
                         const std::function<void(QByteArray &)> &change)
{
    QList<QByteArray> lines = linesOf(package);
    lines.removeLast();
    const int at = firstLineOf(lines, kind);
    if (at < 0)
        return {};
    change(lines[at]);
    return assemble(lines);
}

QByteArray fingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto tables = db.exec(L("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables && tables->next())
        names << tables->value(0).toString();
    for (const QString &table : names) {
        auto q = db.exec(L("SELECT * FROM ") + table);
        QStringList rows;
        while (q && q->next()) {
            QStringList cells;
            for (int i = 0; q->value(i).isValid(); ++i)
                cells << q->value(i).toString()
                        + QString::fromLatin1(q->value(i).toByteArray().toHex());
            rows << cells.join(QLatin1Char('|'));
        }
        rows.sort();
        hash.addData(table.toUtf8());
        hash.addData(rows.join(QLatin1Char('\n')).toUtf8());
    }
    return hash.result().toHex();
}
} // namespace

class TestSyncPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonReader_data();
    void jsonReader();
    void jsonWriterEscapes();
    void uuidText();
    void recordsAreCanonical();
    void packageAsStandardToolsSeeIt();
    void badPackage_data();
    void badPackage();
    void ownSiteIsRefused();
    void otherSiteWithTheSameCode();
    void damageNeverCrashes();
    void responsibleManagerRoundTrip();
    void olderSchemaStillImports();
    void invalidResponsibleManagerIsRefused();

private:
    TestDatabase m_site;
    QByteArray m_package;
    QString m_packagePath;
    QTemporaryDir m_centralDir;
    QString m_central; // a closed database that holds the site already
};

void TestSyncPackage::initTestCase()
{
    DemoGenerator::Options options;
    options.siteCode = L("ACH");
    options.today = QDate(2026, 11, 28);
    QVERIFY(DemoGenerator::run(m_site.db(), options));
    auto id = m_site.db().scalar(L("SELECT id FROM site WHERE code = 'ACH'"));
    QVERIFY(id && id->isValid());
    // The site names its responsible manager, who travels with it.
    auto site = m_site.masterData().find<Site>(std::nullopt, L("ACH"));
    QVERIFY2(site, qPrintable(why(site)));
    site->managerName = L("Dewi Lestari");
    auto saved = m_site.masterData().save(*site);
    QVERIFY2(saved, qPrintable(why(saved)));
    m_packagePath = m_site.folder() + L("/ach.rpbsync");
    auto exported = m_site.context().sync().exportPackage(id->toLongLong(), m_packagePath, true);
    QVERIFY2(exported, qPrintable(why(exported)));
    m_package = fileBytes(m_packagePath);
    QVERIFY(m_package.size() > 100000);

    m_central = m_centralDir.filePath(L("central.sqlite"));
    auto central = AppContext::open(m_central);
    QVERIFY(central);
    (*central)->setActor(Actor::setupAdministrator());
    auto imported = (*central)->sync().importPackageData(m_package, L("ach.rpbsync"),
                                                         SyncService::ConflictPolicy::Refuse);
    QVERIFY2(imported, qPrintable(why(imported)));
}

void TestSyncPackage::jsonReader_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("object") << QByteArray(R"({"a":1,"b":[true,false,null],"c":{"d":"e"}})") << true;
    QTest::newRow("spaces") << QByteArray(" { \"a\" : [ 1 , 2 ] } ") << true;
    QTest::newRow("escapes") << QByteArray(R"("\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00")") << true;
    QTest::newRow("utf-8") << QByteArray("\"Se'i \xc3\xa9 \xe2\x80\x93 \xf0\x9f\x98\x80\"") << true;
    QTest::newRow("smallest integer") << QByteArray("-9223372036854775808") << true;
    QTest::newRow("largest integer") << QByteArray("9223372036854775807") << true;
    QTest::newRow("too large") << QByteArray("9223372036854775808") << false;
    QTest::newRow("too small") << QByteArray("-9223372036854775809") << false;
    QTest::newRow("fraction") << QByteArray("1.5") << false;
    QTest::newRow("exponent") << QByteArray("1e3") << false;
    QTest::newRow("leading zero") << QByteArray("012") << false;
    QTest::newRow("plus sign") << QByteArray("+1") << false;
    QTest::newRow("duplicate key") << QByteArray(R"({"a":1,"a":2})") << false;
    QTest::newRow("trailing comma") << QByteArray(R"([1,2,])") << false;
    QTest::newRow("unclosed object") << QByteArray(R"({"a":1)") << false;
    QTest::newRow("unclosed string") << QByteArray("\"abc") << false;
    QTest::newRow("text after") << QByteArray("{} {}") << false;
    QTest::newRow("control character") << QByteArray("\"a\x01z\"") << false;
    QTest::newRow("invalid UTF-8") << QByteArray("\"\xff\"") << false;
    QTest::newRow("overlong UTF-8") << QByteArray("\"\xc0\xaf\"") << false;
    QTest::newRow("UTF-8 surrogate") << QByteArray("\"\xed\xa0\x80\"") << false;
    QTest::newRow("cut UTF-8") << QByteArray("\"\xe2\x80\"") << false;
    QTest::newRow("lone low surrogate") << QByteArray(R"("\udc00")") << false;
    QTest::newRow("lone high surrogate") << QByteArray(R"("\ud800x")") << false;
    QTest::newRow("NUL escape") << QByteArray(R"("\u0000")") << false;
    QTest::newRow("unknown escape") << QByteArray(R"("\x41")") << false;
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << false;
    QTest::newRow("bare word") << QByteArray("nope") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("deep nesting") << QByteArray(20, '[') + QByteArray(20, ']') << false;
    QTest::newRow("allowed nesting") << QByteArray(8, '[') + QByteArray(8, ']') << true;
}

void TestSyncPackage::jsonReader()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QString error;
    const auto value = JsonReader::parse(text, &error);
    QCOMPARE(value.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        QVERIFY2(error.contains(L("byte")), qPrintable(error));
}

void TestSyncPackage::jsonWriterEscapes()
{
    const QByteArray text("a\"b\\c\nd\te\x01"
                          "f \xc3\xa9");
    QByteArray out;
    JsonWriter::appendString(out, text);
    QCOMPARE(out, QByteArray("\"a\\\"b\\\\c\\nd\\te\\u0001f \xc3\xa9\""));
    const auto back = JsonReader::parse(out, nullptr);
    QVERIFY(back);
    QCOMPARE(back->text, text);
    // What QJsonDocument reads from it is the same text.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + out + "]");
    QCOMPARE(doc.array().at(0).toString().toUtf8(), text);
    QByteArray number;
    JsonWriter::appendInteger(number, std::numeric_limits<qint64>::min());
    QCOMPARE(number, QByteArray("-9223372036854775808"));
}

void TestSyncPackage::uuidText()
{
    const QUuid uuid = QUuid::fromString(L("0190f3a2-7c4d-7e1f-8a9b-0c1d2e3f4a5b"));
    const QByteArray bytes = uuid.toRfc4122();
    QCOMPARE(JsonWriter::uuidText(bytes), QByteArray("0190f3a2-7c4d-7e1f-8a9b-0c1d2e3f4a5b"));
    QCOMPARE(JsonWriter::uuidBytes("0190F3A2-7C4D-7E1F-8A9B-0C1D2E3F4A5B"), bytes);
    QVERIFY(JsonWriter::uuidBytes("{0190f3a2-7c4d-7e1f-8a9b-0c1d2e3f4a5b}").isEmpty());
    QVERIFY(JsonWriter::uuidBytes("0190f3a2-7c4d-7e1f-8a9b-0c1d2e3f4a5").isEmpty());
    QVERIFY(JsonWriter::uuidBytes("0190f3a2x7c4d-7e1f-8a9b-0c1d2e3f4a5b").isEmpty());
    QVERIFY(JsonWriter::uuidBytes("0190f3a2-7c4d-7e1f-8a9b-0c1d2e3f4g5b").isEmpty());
}

void TestSyncPackage::recordsAreCanonical()
{
    const QList<QByteArray> lines = linesOf(m_package);
    QSet<SyncKind> kinds;
    for (qsizetype i = 1; i < lines.size() - 1; ++i) {
        auto record = RecordCodec::read(lines.at(i));
        QVERIFY2(record, qPrintable(why(record)));
        kinds.insert(record->kind);
        // Written again, a record gives exactly the bytes it was read from.
        QCOMPARE(RecordCodec::toJson(*record), lines.at(i));
        // Another writer's key order and spacing read as the same record.
        QJsonObject object = QJsonDocument::fromJson(lines.at(i)).object();
        const QByteArray reordered
            = QJsonDocument(object).toJson(QJsonDocument::Indented).replace('\n', ' ');
        auto again = RecordCodec::read(reordered);
        QVERIFY2(again, qPrintable(why(again)));
        QCOMPARE(RecordCodec::toJson(*again), lines.at(i));
    }
    for (SyncKind k : {SyncKind::Site, SyncKind::ProductLine, SyncKind::Equipment, SyncKind::Member,
                       SyncKind::WasteCategory, SyncKind::Booking, SyncKind::MaintenanceWindow,
                       SyncKind::Batch, SyncKind::WasteLine})
        QVERIFY2(kinds.contains(k), qPrintable(SyncSchema::name(k)));

    // The name of a local account is carried but not compared: accounts never travel.
    const int batchLine = firstLineOf(lines, "batch");
    auto batch = RecordCodec::read(lines.at(batchLine));
    QVERIFY(batch);
    SyncRecord other = *batch;
    const int operatorField = SyncSchema::info(SyncKind::Batch).fieldIndex("operator");
    other.values[operatorField].null = false;
    other.values[operatorField].bytes = "someone.else";
    QVERIFY(RecordCodec::toJson(other) != RecordCodec::toJson(*batch));
    QCOMPARE(RecordCodec::comparable(other), RecordCodec::comparable(*batch));
    const int notesField = SyncSchema::info(SyncKind::Batch).fieldIndex("notes");
    other.values[notesField].bytes += "!";
    QVERIFY(RecordCodec::comparable(other) != RecordCodec::comparable(*batch));
}

void TestSyncPackage::packageAsStandardToolsSeeIt()
{
    QVERIFY(m_package.endsWith('\n'));
    const QList<QByteArray> lines = linesOf(m_package);
    QVERIFY(lines.size() > 3);
    // head -n -1 FILE | sha256sum
    const qsizetype trailerStart = m_package.lastIndexOf('\n', m_package.size() - 2) + 1;
    const QJsonObject trailer = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(trailer.size(), 2);
    QCOMPARE(trailer.value(L("sha256")).toString().toLatin1(),
             sha256Hex(m_package.left(trailerStart)));
    QCOMPARE(trailer.value(L("records")).toInteger(), lines.size() - 2);

    const QJsonObject manifest = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(manifest.value(L("format")).toString(), L("rpb-hijau-sync"));
    QCOMPARE(manifest.value(L("format_version")).toInt(), 1);
    QCOMPARE(manifest.value(L("schema_version")).toInt(), 5);
    QCOMPARE(manifest.value(L("site")).toObject().value(L("code")).toString(), L("ACH"));
    QVERIFY(manifest.value(L("full")).toBool());
    QVERIFY(QDateTime::fromString(manifest.value(L("created")).toString(), Qt::ISODateWithMs)
                .isValid());
    qint64 counted = 0;
    const QJsonObject counts = manifest.value(L("counts")).toObject();
    QCOMPARE(counts.size(), SyncSchema::kindCount);
    for (auto it = counts.begin(); it != counts.end(); ++it)
        counted += it.value().toInteger();
    QCOMPARE(counted, lines.size() - 2);

    // Records in dependency order, each a plain JSON object any reader can take.
    int lastKind = -1;
    for (qsizetype i = 1; i < lines.size() - 1; ++i) {
        QJsonParseError error;
        const QJsonObject record = QJsonDocument::fromJson(lines.at(i), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const auto kind = SyncSchema::kindFromName(record.value(L("kind")).toString().toLatin1());
        QVERIFY(kind);
        QVERIFY(int(*kind) >= lastKind);
        lastKind = int(*kind);
        QVERIFY(lines.at(i).size() < PackageFormat::maxLineBytes);
    }

    // Read back whole, it is what the database holds.
    TestDatabase central;
    auto preview = central.context().sync().previewImportData(m_package, L("ach.rpbsync"));
    QVERIFY2(preview, qPrintable(why(preview)));
    QCOMPARE(preview->records(), lines.size() - 2);
    QCOMPARE(preview->sha256.toLatin1(), trailer.value(L("sha256")).toString().toLatin1());
    QCOMPARE(preview->changes(), preview->records());
}

void TestSyncPackage::badPackage_data()
{
    QTest::addColumn<QByteArray>("package");
    QTest::addColumn<QString>("message");
    const QByteArray &good = m_package;
    const QList<QByteArray> lines = linesOf(good);
    const qsizetype manifestEnd = good.indexOf('\n') + 1;
    const qsizetype trailerStart = good.lastIndexOf('\n', good.size() - 2) + 1;
    const QString incomplete = L("incomplete");
    const QString altered = L("altered or damaged");
    const QString notPackage = L("not an RPB Hijau sync package");

    QTest::newRow("empty file") << QByteArray() << L("empty");
    QTest::newRow("not a package: a letter")
        << QByteArray("Dear central office,\nhere are our numbers.\n") << notPackage;
    QByteArray binary(8192, '\0');
    QRandomGenerator random(8);
    for (char &c : binary)
        c = char(random.bounded(256));
    QTest::newRow("not a package: binary") << binary << notPackage;
    QTest::newRow("not a package: another JSON")
        << QByteArray("{\"format\":\"something-else\",\"format_version\":1}\n{}\n") << notPackage;
    QTest::newRow("not a package: CSV") << QByteArray("name,owner,site\nA,B,ACH\n") << notPackage;
    QTest::newRow("not a package: a JSON array") << QByteArray("[1,2,3]\n") << notPackage;

    QTest::newRow("truncated: one byte") << good.left(1) << incomplete;
    QTest::newRow("truncated: inside the manifest") << good.left(manifestEnd / 2) << incomplete;
    QTest::newRow("truncated: after the manifest") << good.left(manifestEnd) << incomplete;
    QTest::newRow("truncated: inside a record") << good.left(good.size() / 2) << incomplete;
    const qsizetype lineEnd = good.indexOf('\n', good.size() / 2) + 1;
    QTest::newRow("truncated: at a line end") << good.left(lineEnd) << incomplete;
    QTest::newRow("truncated: without the trailer") << good.left(trailerStart) << incomplete;
    QTest::newRow("truncated: inside the trailer") << good.left(good.size() - 12) << incomplete;
    QTest::newRow("truncated: last line end") << good.left(good.size() - 1) << incomplete;

    QByteArray digit = good;
    const qsizetype quantity = digit.indexOf("\"quantity_milli\":") + 17;
    digit[quantity] = digit.at(quantity) == '9' ? '8' : char(digit.at(quantity) + 1);
    QTest::newRow("altered: a quantity") << digit << altered;
    QByteArray name = good;
    const qsizetype inName = name.indexOf("Minyak Atsiri");
    name[inName] = 'm';
    QTest::newRow("altered: the manifest's site name") << name << altered;
    QByteArray checksum = good;
    checksum[trailerStart + 12] = checksum.at(trailerStart + 12) == 'a' ? 'b' : 'a';
    QTest::newRow("altered: the checksum") << checksum << altered;
    QByteArray swapped = good;
    swapped.replace("\"deleted\":false", "\"deleted\":true ");
    QTest::newRow("altered: records tombstoned") << swapped << altered;
    QList<QByteArray> appended = lines;
    appended.insert(appended.size() - 1, appended.at(appended.size() - 2));
    QByteArray appendedBytes;
    for (const QByteArray &line : appended)
        appendedBytes += line + '\n';
    QTest::newRow("altered: a line repeated") << appendedBytes << altered;

    QTest::newRow("newer format") << changedManifest(good, [](QJsonObject &m) {
        m.insert(L("format_version"), 2);
    }) << L("newer format");
    QTest::newRow("unknown schema")
        << changedManifest(good, [](QJsonObject &m) { m.insert(L("schema_version"), 99); })
        << L("schema 99");
    QTest::newRow("older schema") << changedManifest(good, [](QJsonObject &m) {
        m.insert(L("schema_version"), 2);
    }) << L("schema 2");
    QTest::newRow("schema 4, never written")
        << changedManifest(good, [](QJsonObject &m) { m.insert(L("schema_version"), 4); })
        << L("schema 4");
    QTest::newRow("responsible manager too long") << changedRecord(
        good, "site", [](QByteArray &line) {
            line.replace("\"manager_name\":\"Dewi Lestari\"",
                         QByteArray("\"manager_name\":\"" + QByteArray(121, 'x') + "\""));
        }) << L("site ACH, field manager_name: Responsible manager is too long");
    QTest::newRow("responsible manager with a control character") << changedRecord(
        good, "site", [](QByteArray &line) {
            line.replace("\"manager_name\":\"Dewi Lestari\"",
                         "\"manager_name\":\"Dewi\\u0007Lestari\"");
        }) << L("site ACH, field manager_name");
    QTest::newRow("responsible manager not a text") << changedRecord(
        good, "site", [](QByteArray &line) {
            line.replace("\"manager_name\":\"Dewi Lestari\"", "\"manager_name\":7");
        }) << L("\"manager_name\" must be a text");
    QTest::newRow("responsible manager missing") << changedRecord(
        good, "site", [](QByteArray &line) {
            line.replace("\"manager_name\":\"Dewi Lestari\",", "");
        }) << L("lacks the field \"manager_name\"");
    QTest::newRow("responsible manager in a schema-3 package")
        << changedManifest(good, [](QJsonObject &m) { m.insert(L("schema_version"), 3); })
        << L("unknown field \"manager_name\"");
    QTest::newRow("manifest without counts")
        << changedManifest(good, [](QJsonObject &m) { m.remove(L("counts")); }) << L("counts");
    QTest::newRow("manifest counts a kind it does not know") << changedManifest(
        good, [](QJsonObject &m) {
            QJsonObject counts = m.value(L("counts")).toObject();
            counts.insert(L("gadget"), 0);
            m.insert(L("counts"), counts);
        }) << L("gadget");
    QTest::newRow("manifest counts wrong") << changedManifest(good, [](QJsonObject &m) {
        QJsonObject counts = m.value(L("counts")).toObject();
        counts.insert(L("member"), counts.value(L("member")).toInt() + 1);
        m.insert(L("counts"), counts);
    }) << L("counts");

    QList<QByteArray> duplicate = lines;
    duplicate.removeLast();
    const int member = firstLineOf(duplicate, "member");
    duplicate.insert(member + 1, duplicate.at(member));
    QJsonObject manifest = QJsonDocument::fromJson(duplicate.first()).object();
    QJsonObject counts = manifest.value(L("counts")).toObject();
    counts.insert(L("member"), counts.value(L("member")).toInt() + 1);
    manifest.insert(L("counts"), counts);
    duplicate[0] = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    QTest::newRow("duplicate UUIDs") << assemble(duplicate) << L("appears twice");

    QTest::newRow("broken reference") << changedRecord(good, "waste_line", [](QByteArray &line) {
        const qsizetype at = line.indexOf("\"batch\":\"") + 9;
        line.replace(at, 36, "0190f3a2-7c4d-7e1f-8a9b-0c1d2e3f4a5b");
    }) << L("neither earlier in the package nor in this database");
    QList<QByteArray> ahead = lines;
    ahead.removeLast();
    const int wasteLine = firstLineOf(ahead, "waste_line");
    ahead.move(wasteLine, firstLineOf(ahead, "batch"));
    QTest::newRow("reference ahead") << assemble(ahead) << L("order of their kinds");
    QTest::newRow("unknown kind") << changedRecord(good, "member", [](QByteArray &line) {
        line.replace("\"kind\":\"member\"", "\"kind\":\"gadget\"");
    }) << L("kind of record");
    QTest::newRow("unknown field") << changedRecord(good, "member", [](QByteArray &line) {
        line.replace("\"data\":{", "\"data\":{\"colour\":\"red\",");
    }) << L("unknown field \"colour\"");
    QTest::newRow("missing field") << changedRecord(good, "waste_category", [](QByteArray &line) {
        line.replace("\"hazardous\":false,", "");
    }) << L("lacks the field \"hazardous\"");
    QTest::newRow("text for a number") << changedRecord(good, "waste_line", [](QByteArray &line) {
        const qsizetype at = line.indexOf("\"quantity_milli\":") + 17;
        line.insert(at, "\"");
        line.insert(line.indexOf('}', at), "\"");
    }) << L("whole number");
    QTest::newRow("fraction") << changedRecord(good, "waste_line", [](QByteArray &line) {
        line.insert(line.indexOf('}', line.indexOf("\"quantity_milli\":")), ".5");
    }) << L("only whole numbers");
    QTest::newRow("negative quantity") << changedRecord(good, "waste_line", [](QByteArray &line) {
        line.insert(line.indexOf("\"quantity_milli\":") + 17, "-");
    }) << L("may not be negative");
    QTest::newRow("unknown route") << changedRecord(good, "waste_line", [](QByteArray &line) {
        const qsizetype at = line.indexOf("\"route\":\"") + 9;
        line.replace(at, line.indexOf('"', at) - at, "river");
    }) << L("\"route\" may not be \"river\"");
    QTest::newRow("invalid UTF-8") << changedRecord(good, "member", [](QByteArray &line) {
        line.insert(line.indexOf("\"name\":\"") + 8, "\xff\xfe");
    }) << L("not UTF-8");
    QTest::newRow("not a UUID") << changedRecord(good, "member", [](QByteArray &line) {
        const qsizetype at = line.indexOf("\"uuid\":\"") + 8;
        line.replace(at, 36, "0190f3a2-7c4d-7e1f-8a9b-0c1d2e3f4a5z");
    }) << L("\"uuid\" is not a UUID");
    QTest::newRow("a record of another site") << changedRecord(
        good, "booking", [](QByteArray &line) {
            const qsizetype at = line.indexOf("\"site\":\"") + 8;
            line.replace(at, 36, "0190f3a2-7c4d-7e1f-8a9b-0c1d2e3f4a5b");
        }) << L("belongs to the site");
    QTest::newRow("row version zero") << changedRecord(good, "member", [](QByteArray &line) {
        const qsizetype at = line.indexOf("\"row_version\":") + 14;
        line.replace(at, line.indexOf(',', at) - at, "0");
    }) << L("row_version");

    QList<QByteArray> huge = lines;
    huge.removeLast();
    huge.insert(2, QByteArray(PackageFormat::maxLineBytes + 10, 'x'));
    QTest::newRow("huge line") << assemble(huge) << L("longer than 1 MiB");
    QTest::newRow("huge line without an end")
        << good.left(manifestEnd) + QByteArray(3 * PackageFormat::maxLineBytes, '{')
        << L("longer than 1 MiB");
    QTest::newRow("trailer counts wrong") << good.left(trailerStart)
            + PackageFormat::trailerLine({sha256Hex(good.left(trailerStart)), lines.size()})
            + '\n' << L("closing line counts");
}

void TestSyncPackage::badPackage()
{
    QFETCH(QByteArray, package);
    QFETCH(QString, message);
    QVERIFY2(package != m_package && (!package.isEmpty() || message == L("empty")),
             "the mutation did not apply");

    // A central database that holds the site already: a bad package must leave it as it is,
    // byte for byte on disk once the connection is closed.
    const QByteArray bytes = fileBytes(m_central);
    QVERIFY(!bytes.isEmpty());
    {
        auto opened = AppContext::open(m_central);
        QVERIFY(opened);
        (*opened)->setActor(Actor::setupAdministrator());
        AppContext &central = **opened;
        const QByteArray before = fingerprint(central.database());

        auto preview = central.sync().previewImportData(package, L("bad.rpbsync"));
        QVERIFY(!preview);
        QCOMPARE(preview.error().kind, Error::Kind::Invalid);
        QCOMPARE(preview.error().exitCode(), 2);
        QVERIFY2(preview.error().message.contains(message, Qt::CaseInsensitive),
                 qPrintable(preview.error().toLine()));
        QVERIFY2(preview.error().where.startsWith(L("bad.rpbsync")),
                 qPrintable(preview.error().toLine()));

        auto imported = central.sync().importPackageData(package, L("bad.rpbsync"),
                                                         SyncService::ConflictPolicy::KeepAside);
        QVERIFY(!imported);
        QCOMPARE(imported.error().message, preview.error().message);
        QCOMPARE(fingerprint(central.database()), before);
    }
    QCOMPARE(fileBytes(m_central), bytes);
}

void TestSyncPackage::ownSiteIsRefused()
{
    const QByteArray before = fingerprint(m_site.db());
    auto back = m_site.context().sync().importPackageData(m_package, L("ach.rpbsync"),
                                                          SyncService::ConflictPolicy::KeepAside);
    QVERIFY(!back);
    QCOMPARE(back.error().kind, Error::Kind::Invalid);
    QVERIFY2(back.error().message.contains(L("this very database")),
             qPrintable(back.error().toLine()));
    QCOMPARE(fingerprint(m_site.db()), before);
}

void TestSyncPackage::otherSiteWithTheSameCode()
{
    TestDatabase central;
    QVERIFY(central.masterData().save(TestDatabase::sampleSite(L("ACH"))));
    const QByteArray before = fingerprint(central.db());
    auto imported = central.context().sync().importPackageData(m_package, L("ach.rpbsync"),
                                                               SyncService::ConflictPolicy::Refuse);
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, Error::Kind::Invalid);
    QVERIFY2(imported.error().message.contains(L("another site with the code ACH")),
             qPrintable(imported.error().toLine()));
    QCOMPARE(fingerprint(central.db()), before);
}

void TestSyncPackage::damageNeverCrashes()
{
    // Random damage, with and without a checksum made to match: never a crash, and what is
    // refused is refused as invalid input with the database unchanged.
    TestDatabase central;
    const QByteArray before = fingerprint(central.db());
    QRandomGenerator random(2022);
    const QList<QByteArray> lines = linesOf(m_package);
    int refused = 0;
    for (int round = 0; round < 150; ++round) {
        QList<QByteArray> body = lines.mid(0, lines.size() - 1);
        const int line = int(random.bounded(qint64(body.size())));
        QByteArray &target = body[line];
        for (int flips = 1 + int(random.bounded(3)); flips > 0 && !target.isEmpty(); --flips)
            target[random.bounded(target.size())] = char(random.bounded(256));
        QByteArray package = round % 2 ? assemble(body) : QByteArray();
        if (package.isEmpty()) {
            for (const QByteArray &l : body)
                package += l + '\n';
            package += lines.last() + '\n';
        }
        auto preview = central.context().sync().previewImportData(package, L("random.rpbsync"));
        if (!preview) {
            ++refused;
            QCOMPARE(preview.error().kind, Error::Kind::Invalid);
            // The import, which writes as it reads, refuses it the same way.
            auto imported = central.context().sync().importPackageData(
                package, L("random.rpbsync"), SyncService::ConflictPolicy::KeepAside);
            QVERIFY(!imported);
            QCOMPARE(imported.error().message, preview.error().message);
        }
    }
    QVERIFY(refused >= 75); // every package whose checksum was not made to match
    QCOMPARE(fingerprint(central.db()), before);
}

// The package of the older schema a site's earlier RPB Hijau wrote: schema 3, without the site's
// responsible manager.
static QByteArray schema3(const QByteArray &package, qint64 siteRowVersion = 0)
{
    QList<QByteArray> lines = linesOf(package);
    lines.removeLast();
    QJsonObject manifest = QJsonDocument::fromJson(lines.first()).object();
    manifest.insert(QStringLiteral("schema_version"), 3);
    lines[0] = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    const int at = firstLineOf(lines, "site");
    QJsonObject site = QJsonDocument::fromJson(lines.at(at)).object();
    QJsonObject data = site.value(QStringLiteral("data")).toObject();
    data.remove(QStringLiteral("manager_name"));
    if (siteRowVersion > 0) {
        site.insert(QStringLiteral("row_version"), siteRowVersion);
        data.insert(QStringLiteral("name"), QStringLiteral("RPB Minyak Atsiri Aceh"));
    }
    site.insert(QStringLiteral("data"), data);
    lines[at] = QJsonDocument(site).toJson(QJsonDocument::Compact);
    return assemble(lines);
}

void TestSyncPackage::responsibleManagerRoundTrip()
{
    // The site record carries the name, in its place after the province.
    const QList<QByteArray> lines = linesOf(m_package);
    const QByteArray siteLine = lines.at(firstLineOf(lines, "site"));
    QVERIFY2(siteLine.contains("\"province\":\"Aceh\",\"manager_name\":\"Dewi Lestari\","),
             siteLine.constData());
    auto record = RecordCodec::read(siteLine);
    QVERIFY2(record, qPrintable(why(record)));
    QCOMPARE(RecordCodec::toJson(*record), siteLine);

    // The central office keeps it, and its summary is signed by it.
    auto opened = AppContext::open(m_central);
    QVERIFY(opened);
    (*opened)->setActor(Actor::setupAdministrator());
    auto site = (*opened)->masterData().find<Site>(std::nullopt, L("ACH"));
    QVERIFY2(site, qPrintable(why(site)));
    QCOMPARE(site->managerName, L("Dewi Lestari"));
}

void TestSyncPackage::olderSchemaStillImports()
{
    // Into a new database: the site has no responsible manager yet.
    {
        TestDatabase central;
        auto imported = central.context().sync().importPackageData(
            schema3(m_package), L("old.rpbsync"), SyncService::ConflictPolicy::Refuse);
        QVERIFY2(imported, qPrintable(why(imported)));
        auto site = central.masterData().find<Site>(std::nullopt, L("ACH"));
        QVERIFY2(site, qPrintable(why(site)));
        QCOMPARE(site->managerName, QString());
        QCOMPARE(site->province, L("Aceh"));
    }
    // Into the central office that has the site: the same version is unchanged, a newer one
    // changes the site and keeps the name the central office has.
    TestDatabase central;
    auto first = central.context().sync().importPackageData(m_package, L("ach.rpbsync"),
                                                            SyncService::ConflictPolicy::Refuse);
    QVERIFY2(first, qPrintable(why(first)));
    const QByteArray before = fingerprint(central.db());
    auto same = central.context().sync().importPackageData(schema3(m_package), L("old.rpbsync"),
                                                           SyncService::ConflictPolicy::Refuse);
    QVERIFY2(same, qPrintable(why(same)));
    QCOMPARE(fingerprint(central.db()), before);

    auto current = central.masterData().find<Site>(std::nullopt, L("ACH"));
    QVERIFY(current);
    auto newer = central.context().sync().importPackageData(
        schema3(m_package, current->meta.rowVersion + 1), L("newer.rpbsync"),
        SyncService::ConflictPolicy::Refuse);
    QVERIFY2(newer, qPrintable(why(newer)));
    auto site = central.masterData().find<Site>(std::nullopt, L("ACH"));
    QVERIFY(site);
    QCOMPARE(site->name, L("RPB Minyak Atsiri Aceh"));
    QCOMPARE(site->managerName, L("Dewi Lestari"));
}

void TestSyncPackage::invalidResponsibleManagerIsRefused()
{
    // The error names the line, the record and the field; the import exits 2 and writes nothing.
    const QByteArray package = changedRecord(m_package, "site", [](QByteArray &line) {
        line.replace("\"manager_name\":\"Dewi Lestari\"",
                     QByteArray("\"manager_name\":\"" + QByteArray(200, 'x') + "\""));
    });
    QVERIFY(!package.isEmpty());
    TestDatabase central;
    const QByteArray before = fingerprint(central.db());
    auto imported = central.context().sync().importPackageData(package, L("bad.rpbsync"),
                                                               SyncService::ConflictPolicy::Refuse);
    QVERIFY(!imported);
    QCOMPARE(imported.error().exitCode(), 2);
    QCOMPARE(imported.error().where, L("bad.rpbsync, line 2"));
    QCOMPARE(imported.error().field, L("manager_name"));
    QVERIFY2(imported.error().message.startsWith(L("site ACH, field manager_name: ")),
             qPrintable(imported.error().toLine()));
    QCOMPARE(fingerprint(central.db()), before);
    QCOMPARE(central.count(L("site")), 0);
}

QTEST_GUILESS_MAIN(TestSyncPackage)
#include "tst_syncpackage.moc"
