// Production batches and member import by command line, end to end: each case runs the real
// rpb-hijau binary on a fresh database filled through the services. Batches are dated in 2025,
// always in the past, so that the real clock never makes one "in the future".

#include "clitestsupport.h"

#include <QFile>
#include <QRegularExpression>

using namespace Rpb;
using Rpb::Test::CliRunner;
using Rpb::Test::Run;

namespace {

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

const QString password = QStringLiteral("rahasia-123");

// ACH (WIB) with the patchouli line (kg), a furniture line (pcs), two members, a kettle, spent
// biomass (kg) and condensate (L); NTT with its own line, member and category.
void makeSites(const CliRunner &cli)
{
    auto context = cli.open();
    QVERIFY(context);
    MasterDataService &data = context->masterData();
    const auto site = [&data](const char *code, const char *zone) {
        Site s;
        s.code = QString::fromLatin1(code);
        s.name = QStringLiteral("RPB ") + s.code;
        s.province = QStringLiteral("Provinsi ") + s.code;
        s.timeZone = QString::fromLatin1(zone);
        auto saved = data.save(s);
        if (!saved)
            qWarning() << saved.error().toLine();
        return saved ? saved->meta.id : 0;
    };
    const qint64 ach = site("ACH", "Asia/Jakarta");
    const qint64 ntt = site("NTT", "Asia/Makassar");
    QVERIFY(ach && ntt);

    const auto line = [&data](qint64 siteId, const char *code, Unit unit) {
        ProductLine p;
        p.meta.siteId = siteId;
        p.code = QString::fromLatin1(code);
        p.name = QStringLiteral("Lini ") + p.code;
        p.unit = unit;
        return data.save(p).has_value();
    };
    QVERIFY(line(ach, "PATCHOULI", Unit::Kg));
    QVERIFY(line(ach, "CHAIR", Unit::Piece));
    QVERIFY(line(ntt, "SEI", Unit::Kg));

    const auto member = [&data](qint64 siteId, const char *code) {
        Member m;
        m.meta.siteId = siteId;
        m.code = QString::fromLatin1(code);
        m.name = QStringLiteral("Usaha ") + m.code;
        m.owner = QStringLiteral("Pemilik ") + m.code;
        return data.save(m).has_value();
    };
    QVERIFY(member(ach, "ACH-M01"));
    QVERIFY(member(ach, "ACH-M02"));
    QVERIFY(member(ntt, "NTT-M01"));

    Equipment kettle;
    kettle.meta.siteId = ach;
    kettle.code = QStringLiteral("KET1");
    kettle.name = QStringLiteral("Ketel 1");
    kettle.type = QStringLiteral("distillation kettle");
    QVERIFY(data.save(kettle).has_value());

    const auto category = [&data](qint64 siteId, const char *code, Unit unit) {
        WasteCategory w;
        w.meta.siteId = siteId;
        w.code = QString::fromLatin1(code);
        w.name = QStringLiteral("Limbah ") + w.code;
        w.unit = unit;
        return data.save(w).has_value();
    };
    QVERIFY(category(ach, "SPENT_BIOMASS", Unit::Kg));
    QVERIFY(category(ach, "CONDENSATE", Unit::Litre));
    QVERIFY(category(ntt, "BONES", Unit::Kg));
}

// The batch of docs/cli.md: 250 kg of leaves give 6.5 kg of oil, 230 kg of spent leaves and
// 500.25 L of condensate.
QJsonObject sampleBatch(const QString &date = QStringLiteral("2025-10-14"))
{
    return QJsonObject {
        {L("site"), L("ACH")},
        {L("product_line"), L("PATCHOULI")},
        {L("member"), L("ACH-M01")},
        {L("date"), date},
        {L("shift"), 2},
        {L("input"),
         QJsonObject {{L("material"), L("daun nilam kering")},
                      {L("quantity"), L("250")},
                      {L("unit"), L("kg")}}},
        {L("output"), QJsonObject {{L("quantity"), L("6.5")}, {L("unit"), L("kg")}}},
        {L("energy_kwh"), L("120")},
        {L("water_l"), L("800")},
        {L("machines"), QJsonArray {L("KET1")}},
        {L("waste"),
         QJsonArray {QJsonObject {{L("category"), L("SPENT_BIOMASS")},
                                  {L("quantity"), L("230")},
                                  {L("unit"), L("kg")},
                                  {L("route"), L("compost")}},
                     QJsonObject {{L("category"), L("CONDENSATE")},
                                  {L("quantity"), L("500.25")},
                                  {L("unit"), L("L")},
                                  {L("route"), L("treated_discharge")}}}},
        {L("notes"), L("uji lapangan")},
    };
}

// Sets a value at a dotted path ("input.quantity", "waste.0.unit"); an undefined value removes it.
QJsonValue changed(QJsonValue value, QStringList path, const QJsonValue &to)
{
    const QString head = path.takeFirst();
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const int index = head.toInt();
        array[index] = path.isEmpty() ? to : changed(array.at(index), path, to);
        return array;
    }
    QJsonObject object = value.toObject();
    if (path.isEmpty()) {
        if (to.isUndefined())
            object.remove(head);
        else
            object.insert(head, to);
    } else {
        object.insert(head, changed(object.value(head), path, to));
    }
    return object;
}

QJsonObject with(const QJsonObject &batch, const char *path, const QJsonValue &to)
{
    return changed(batch, QString::fromLatin1(path).split(QLatin1Char('.')), to).toObject();
}

} // namespace

class TestCliBatch final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void addShowRoundTrip();
    void addFromStandardInput();
    void badBatchFilesChangeNothing_data();
    void badBatchFilesChangeNothing();
    void everyProblemIsListed();
    void warningsNeedAnAcknowledgement();
    void arrayIsAllOrNothing();
    void listWithTotals();
    void listRefusesBadOptions_data();
    void listRefusesBadOptions();
    void deleteAndArchive();
    void closedMonthBlocksChanges();
    void permissionsComeFromTheServices();
    void membersImport();
    void membersImportRefusesABadFile_data();
    void membersImportRefusesABadFile();
    void helpListsTheCommands();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QString writeBatch(const QJsonValue &batch, const QString &name = L("batch.json")) const;
    Run add(const QJsonValue &batch, QStringList extra = {},
            const QProcessEnvironment &env = {}) const;
    qint64 batchCount() const { return m_cli->count(L("batch WHERE deleted = 0")); }
    qint64 memberCount() const { return m_cli->count(L("member")); }
    static QString fixture(const char *name);

    std::unique_ptr<CliRunner> m_cli;
};

void TestCliBatch::init()
{
    m_cli = std::make_unique<CliRunner>();
    makeSites(*m_cli);
}

void TestCliBatch::cleanup()
{
    m_cli.reset();
}

QString TestCliBatch::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_cli->file(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

QString TestCliBatch::writeBatch(const QJsonValue &batch, const QString &name) const
{
    const QJsonDocument document
        = batch.isArray() ? QJsonDocument(batch.toArray()) : QJsonDocument(batch.toObject());
    return writeFile(name, document.toJson());
}

Run TestCliBatch::add(const QJsonValue &batch, QStringList extra,
                      const QProcessEnvironment &env) const
{
    QStringList arguments {L("batch"), L("add"), L("--file"), writeBatch(batch)};
    arguments << extra;
    return m_cli->run(arguments, env);
}

QString TestCliBatch::fixture(const char *name)
{
    return qEnvironmentVariable("RPB_TEST_SOURCE_DIR") + QStringLiteral("/tests/fixtures/members/")
        + QString::fromLatin1(name);
}

void TestCliBatch::addShowRoundTrip()
{
    const qint64 audits = m_cli->count(L("audit_log"));
    const QJsonObject input = sampleBatch();
    const Run added = add(input, {L("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    const QJsonObject saved = added.object();
    const QString code = saved.value(L("code")).toString();
    QVERIFY2(QRegularExpression(L("^ACH-2510-\\d{4}$")).match(code).hasMatch(), qPrintable(code));
    QVERIFY(!saved.value(L("id")).toString().isEmpty());
    QCOMPARE(batchCount(), 1);
    QCOMPARE(m_cli->count(L("audit_log")), audits + 1);

    // batch show --json gives back every field that was written, by code and by id.
    for (const QString &name : {code, saved.value(L("id")).toString()}) {
        const Run shown = m_cli->run({L("batch"), L("show"), name, L("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        const QJsonObject back = shown.object();
        for (auto it = input.constBegin(); it != input.constEnd(); ++it)
            QVERIFY2(
                back.value(it.key()) == it.value(),
                qPrintable(it.key() + L(": ") + QString::fromUtf8(QJsonDocument(back).toJson())));
        QCOMPARE(back.value(L("code")).toString(), code);
        QCOMPARE(back.value(L("status")).toString(), L("recorded"));
    }

    // What was shown reads back as a new batch with the same content.
    const Run again
        = add(m_cli->run({L("batch"), L("show"), code, L("--json")}).object(), {L("--json")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY(again.object().value(L("code")).toString() != code);
    QCOMPARE(again.object().value(L("waste")), input.value(L("waste")));

    // The readable form names the batch, its numbers and its waste lines.
    const Run text = m_cli->run({L("batch"), L("show"), code});
    QCOMPARE(text.exitCode, 0);
    for (const char *expected : {"ACH-M01", "PATCHOULI", "KET1", "6.5 kg", "SPENT_BIOMASS",
                                 "500.25", "Waste total: 230 kg, 500.25 L."})
        QVERIFY2(text.out.contains(L(expected)), qPrintable(text.out));
}

void TestCliBatch::addFromStandardInput()
{
    const QString path = writeBatch(sampleBatch());
    QProcess process;
    process.setProcessEnvironment(m_cli->environment());
    process.setStandardInputFile(path);
    process.start(QStringLiteral(RPB_EXECUTABLE),
                  {L("batch"), L("add"), L("--file"), L("-"), L("--json"), L("--db"),
                   m_cli->dbPath(), L("--lang"), L("en")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject saved = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QVERIFY(saved.value(L("code")).toString().startsWith(L("ACH-2510-")));
    QCOMPARE(batchCount(), 1);
}

void TestCliBatch::badBatchFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("where"); // in the error output

    const auto json = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson();
    };
    const QJsonObject b = sampleBatch();
    QTest::newRow("shift as text") << json(with(b, "shift", L("one"))) << 2 << L("shift");
    QTest::newRow("quantity as a list")
        << json(with(b, "input.quantity", QJsonArray {1})) << 2 << L("input.quantity");
    QTest::newRow("unknown product line")
        << json(with(b, "product_line", L("VANILLA"))) << 2 << L("product_line");
    QTest::newRow("product line of another site")
        << json(with(b, "product_line", L("SEI"))) << 2 << L("product_line");
    QTest::newRow("unknown member") << json(with(b, "member", L("ACH-M99"))) << 2 << L("member");
    QTest::newRow("unknown category")
        << json(with(b, "waste.0.category", L("PLASTIC"))) << 2 << L("waste[0].category");
    QTest::newRow("waste unit mismatch")
        << json(with(b, "waste.0.unit", L("L"))) << 2 << L("waste[0]");
    QTest::newRow("output unit mismatch")
        << json(with(b, "output.unit", L("L"))) << 2 << L("output.unit");
    QTest::newRow("negative quantity")
        << json(with(b, "input.quantity", L("-5"))) << 2 << L("input.quantity");
    QTest::newRow("negative waste")
        << json(with(b, "waste.1.quantity", L("-1"))) << 2 << L("waste[1].quantity");
    QTest::newRow("JSON float") << json(with(b, "output.quantity", 6.5)) << 2
                                << L("output.quantity");
    QTest::newRow("missing member")
        << json(with(b, "member", QJsonValue::Undefined)) << 2 << L("member");
    QTest::newRow("missing input")
        << json(with(b, "input", QJsonValue::Undefined)) << 2 << L("input");
    QTest::newRow("bad route") << json(with(b, "waste.0.route", L("river"))) << 2
                               << L("waste[0].route");
    QTest::newRow("future date") << json(with(b, "date", L("2099-01-01"))) << 2 << L("date");
    QTest::newRow("bad date") << json(with(b, "date", L("14/10/2025"))) << 2 << L("date");
    QTest::newRow("malformed JSON") << QByteArray("{\"site\": \"ACH\",") << 2 << L("--file");
    QTest::newRow("not an object") << QByteArray("\"batch\"") << 2 << L("--file");
    QTest::newRow("empty list") << QByteArray("[]") << 2 << L("--file");
}

void TestCliBatch::badBatchFilesChangeNothing()
{
    QFETCH(QByteArray, file);
    QFETCH(int, exitCode);
    QFETCH(QString, where);
    const qint64 audits = m_cli->count(L("audit_log"));
    const QString path = writeFile(L("bad.json"), file);
    const Run run = m_cli->run({L("batch"), L("add"), L("--file"), path});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(L("error: ")), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(where), qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(batchCount(), 0);
    QCOMPARE(m_cli->count(L("audit_log")), audits);

    // With --json the error is one object on standard output.
    const Run json = m_cli->run({L("batch"), L("add"), L("--file"), path, L("--json")});
    QCOMPARE(json.exitCode, exitCode);
    QCOMPARE(json.object().value(L("error")).toString(), L("invalid"));
}

void TestCliBatch::everyProblemIsListed()
{
    QJsonObject b = with(sampleBatch(), "input.quantity", L("-5"));
    b = with(b, "waste.0.quantity", L("0"));
    b = with(b, "output.quantity", L("-1"));
    const Run run = add(b, {L("--json")});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QStringList paths;
    for (const QJsonValue &p : run.object().value(L("problems")).toArray())
        paths << p.toObject().value(L("path")).toString();
    for (const char *expected : {"input.quantity", "output.quantity", "waste[0].quantity"})
        QVERIFY2(paths.contains(L(expected)), qPrintable(paths.join(L(", "))));
    // The text form names them one per line under the error line.
    const Run text = add(b);
    QCOMPARE(text.exitCode, 2);
    QVERIFY(text.err.contains(L("3 problems")));
    QVERIFY(text.err.contains(L("  input.quantity: ")));
    QVERIFY(text.err.contains(L("  waste[0].quantity: ")));
    QCOMPARE(batchCount(), 0);
}

void TestCliBatch::warningsNeedAnAcknowledgement()
{
    // 230 + 100 kg of waste and 6.5 kg of oil out of 250 kg of leaves: the mass does not balance.
    const QJsonObject heavy = with(sampleBatch(), "waste.0.quantity", L("330"));
    const Run refused = add(heavy);
    QVERIFY2(refused.exitCode == 2, qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains(L("acknowledge")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(L("output.quantity")) || refused.err.contains(L("waste")));
    QCOMPARE(batchCount(), 0);

    const Run acknowledged = add(heavy, {L("--acknowledge"), L("wet leaves weighed"), L("--json")});
    QVERIFY2(acknowledged.exitCode == 0, qPrintable(acknowledged.describe()));
    QCOMPARE(acknowledged.object().value(L("warning_note")).toString(), L("wet leaves weighed"));

    const Run noted = add(with(heavy, "warning_note", L("rain")), {L("--json")});
    QVERIFY2(noted.exitCode == 0, qPrintable(noted.describe()));
    const Run shown = m_cli->run(
        {L("batch"), L("show"), noted.object().value(L("code")).toString(), L("--json")});
    QCOMPARE(shown.object().value(L("warning_note")).toString(), L("rain"));
    QCOMPARE(batchCount(), 2);
}

void TestCliBatch::arrayIsAllOrNothing()
{
    const QJsonObject good = sampleBatch();
    const QJsonObject bad = with(sampleBatch(L("2025-10-15")), "member", L("NOBODY"));
    const Run refused = add(QJsonArray {good, bad});
    QVERIFY2(refused.exitCode == 2, qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains(L("[1].member")), qPrintable(refused.err));
    QCOMPARE(batchCount(), 0);

    const Run saved = add(QJsonArray {good, sampleBatch(L("2025-11-02"))}, {L("--json")});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.describe()));
    const QJsonArray batches = saved.array();
    QCOMPARE(batches.size(), 2);
    QVERIFY(batches.at(0).toObject().value(L("code")).toString().startsWith(L("ACH-2510-")));
    QVERIFY(batches.at(1).toObject().value(L("code")).toString().startsWith(L("ACH-2511-")));
    QCOMPARE(batchCount(), 2);
}

void TestCliBatch::listWithTotals()
{
    QVERIFY(add(sampleBatch(L("2025-10-01"))).exitCode == 0);
    QVERIFY(add(with(sampleBatch(L("2025-10-20")), "member", L("ACH-M02"))).exitCode == 0);
    QVERIFY(add(sampleBatch(L("2025-12-01"))).exitCode == 0); // outside the range
    const QJsonObject chairs {
        {L("site"), L("ACH")},
        {L("product_line"), L("CHAIR")},
        {L("member"), L("ACH-M02")},
        {L("date"), L("2025-10-21")},
        {L("input"),
         QJsonObject {{L("material"), L("rotan")}, {L("quantity"), L("40")}, {L("unit"), L("kg")}}},
        {L("output"), QJsonObject {{L("quantity"), L("12")}}},
    };
    const Run chairRun = add(chairs);
    QVERIFY2(chairRun.exitCode == 0, qPrintable(chairRun.describe()));

    const QStringList range {L("batch"),  L("list"),       L("--site"), L("ACH"),
                             L("--from"), L("2025-10-01"), L("--to"),   L("2025-10-31")};
    const Run json = m_cli->run(range + QStringList {L("--json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonArray rows = json.array();
    QCOMPARE(rows.size(), 3);
    QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(L("date")).toString(), L("2025-10-01"));
    QCOMPARE(first.value(L("site")).toString(), L("ACH"));
    QCOMPARE(first.value(L("waste_kg")).toString(), L("230"));
    QCOMPARE(first.value(L("waste_l")).toString(), L("500.25"));
    QCOMPARE(first.value(L("output")).toObject().value(L("quantity")).toString(), L("6.5"));

    // The totals line keeps kg, L and pieces apart.
    const Run text = m_cli->run(range);
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.contains(L("Total: 3 batches; output 13 kg, 12 pcs; waste 460 kg, "
                                 "1,000.5 L.")),
             qPrintable(text.out));

    // Filters.
    const Run member = m_cli->run(range + QStringList {L("--member"), L("ACH-M02"), L("--json")});
    QCOMPARE(member.array().size(), 2);
    const Run line = m_cli->run(range + QStringList {L("--product-line"), L("CHAIR"), L("--json")});
    QCOMPARE(line.array().size(), 1);
    const Run limited = m_cli->run(range + QStringList {L("--limit"), L("1")});
    QVERIFY(limited.out.contains(L("first 1 of 3")));
    const Run searched = m_cli->run(range + QStringList {L("--search"), L("ACH-M02"), L("--json")});
    QCOMPARE(searched.exitCode, 0);
    const Run none = m_cli->run({L("batch"), L("list"), L("--site"), L("NTT"), L("--from"),
                                 L("2025-10-01"), L("--to"), L("2025-10-31")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.contains(L("No batches.")));
}

void TestCliBatch::listRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("where");
    const auto list = [](QStringList extra) {
        return QStringList {L("batch"),  L("list"),       L("--site"), L("ACH"),
                            L("--from"), L("2025-10-01"), L("--to"),   L("2025-10-31")}
        + extra;
    };
    QTest::newRow("unknown site") << QStringList {L("batch"), L("list"),      L("--site"),
                                                  L("XXX"),   L("--from"),    L("2025-10-01"),
                                                  L("--to"),  L("2025-10-31")}
                                  << 2 << L("--site XXX");
    QTest::newRow("from after to")
        << QStringList {L("batch"),  L("list"),       L("--site"), L("ACH"),
                        L("--from"), L("2025-11-01"), L("--to"),   L("2025-10-31")}
        << 2 << L("--to");
    QTest::newRow("bad date") << list({L("--product-line"), L("PATCHOULI")})
                                     .replaceInStrings(L("2025-10-01"), L("2025-13-01"))
                              << 1 << L("--from");
    QTest::newRow("unknown product line")
        << list({L("--product-line"), L("NOPE")}) << 2 << L("--product-line NOPE");
    QTest::newRow("unknown member") << list({L("--member"), L("NOPE")}) << 2 << L("--member NOPE");
    QTest::newRow("member of another site")
        << list({L("--member"), L("NTT-M01")}) << 2 << L("--member NTT-M01");
    QTest::newRow("bad status") << list({L("--status"), L("lost")}) << 1 << L("--status");
    QTest::newRow("bad limit") << list({L("--limit"), L("0")}) << 1 << L("--limit");
    QTest::newRow("unknown batch")
        << QStringList {L("batch"), L("show"), L("ACH-2510-9999")} << 2 << L("ACH-2510-9999");
    QTest::newRow("missing file") << QStringList {L("batch"), L("add"), L("--file"),
                                                  L("/nonexistent/batch.json")}
                                  << 2 << L("--file /nonexistent/batch.json");
    QTest::newRow("month close bad month")
        << QStringList {L("month"), L("close"), L("--site"), L("ACH"), L("--month"), L("2025-13")}
        << 1 << L("--month");
    QTest::newRow("month close unknown site")
        << QStringList {L("month"), L("close"), L("--site"), L("XXX"), L("--month"), L("2025-10")}
        << 2 << L("--site XXX");
}

void TestCliBatch::listRefusesBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, where);
    const Run run = m_cli->run(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(L("error: ")), qPrintable(run.err));
    QVERIFY2(run.err.section(QLatin1Char('\n'), 0, 0).contains(where), qPrintable(run.err));
    QCOMPARE(m_cli->count(L("month_close")), 0);
}

void TestCliBatch::deleteAndArchive()
{
    const QString first = add(sampleBatch(), {L("--json")}).object().value(L("code")).toString();
    const QString second
        = add(sampleBatch(L("2025-10-15")), {L("--json")}).object().value(L("code")).toString();
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    const Run deleted = m_cli->run({L("batch"), L("delete"), first});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.describe()));
    QVERIFY(deleted.out.contains(first));
    QCOMPARE(batchCount(), 1);
    QCOMPARE(m_cli->run({L("batch"), L("show"), first}).exitCode, 2);
    QCOMPARE(m_cli->run({L("batch"), L("delete"), first}).exitCode, 2);
    // Its code is never given again.
    const QString third = add(sampleBatch(), {L("--json")}).object().value(L("code")).toString();
    QVERIFY(third != first && third != second);

    const QStringList range {L("batch"),      L("list"), L("--site"),     L("ACH"),   L("--from"),
                             L("2025-10-01"), L("--to"), L("2025-10-31"), L("--json")};
    const Run archived = m_cli->run({L("batch"), L("archive"), second, L("--json")});
    QVERIFY2(archived.exitCode == 0, qPrintable(archived.describe()));
    QCOMPARE(archived.object().value(L("status")).toString(), L("archived"));
    QCOMPARE(m_cli->run(range).array().size(), 1);
    QCOMPARE(m_cli->run(range + QStringList {L("--status"), L("archived")}).array().size(), 1);
    QCOMPARE(m_cli->run({L("batch"), L("archive"), second, L("--restore")}).exitCode, 0);
    QCOMPARE(m_cli->run(range).array().size(), 2);
}

void TestCliBatch::closedMonthBlocksChanges()
{
    const QString code = add(sampleBatch(), {L("--json")}).object().value(L("code")).toString();
    const Run closed
        = m_cli->run({L("month"), L("close"), L("--site"), L("ACH"), L("--month"), L("2025-10")});
    QVERIFY2(closed.exitCode == 0, qPrintable(closed.describe()));
    const Run months = m_cli->run({L("month"), L("list"), L("--site"), L("ACH"), L("--json")});
    QCOMPARE(months.array().size(), 1);
    QCOMPARE(months.array().at(0).toObject().value(L("month")).toString(), L("2025-10"));

    const Run blocked = add(sampleBatch(L("2025-10-20")));
    QVERIFY2(blocked.exitCode == 2, qPrintable(blocked.describe()));
    QVERIFY(blocked.err.contains(L("closed")));
    QCOMPARE(batchCount(), 1);
    QCOMPARE(m_cli->run({L("batch"), L("delete"), code}).exitCode, 2);
    QCOMPARE(m_cli->run({L("batch"), L("archive"), code}).exitCode, 2);
    QCOMPARE(batchCount(), 1);
    // Another month stays open.
    QCOMPARE(add(sampleBatch(L("2025-11-03"))).exitCode, 0);

    const Run reopened = m_cli->run(
        {L("month"), L("reopen"), L("--site"), L("ACH"), L("--month"), L("2025-10"), L("--json")});
    QVERIFY2(reopened.exitCode == 0, qPrintable(reopened.describe()));
    QCOMPARE(reopened.object().value(L("closed")).toBool(true), false);
    QCOMPARE(add(sampleBatch(L("2025-10-20"))).exitCode, 0);
    QCOMPARE(m_cli->run({L("batch"), L("delete"), code}).exitCode, 0);
}

void TestCliBatch::permissionsComeFromTheServices()
{
    {
        auto context = m_cli->open();
        QVERIFY(context);
        auto ach = context->masterData().find<Site>(std::nullopt, L("ACH"));
        QVERIFY(ach);
        AccountService &accounts = context->accounts();
        QVERIFY(accounts.createFirstManager(L("siti"), L("Siti"), password, password));
        const auto user = [&](const char *name, Role role, std::optional<qint64> site) {
            User u;
            u.name = QString::fromLatin1(name);
            u.role = role;
            u.siteId = site;
            auto made = accounts.addUser(u, password);
            if (!made)
                qWarning() << made.error().toLine();
            return made.has_value();
        };
        QVERIFY(user("ani", Role::Operator, ach->meta.id));
        QVERIFY(user("budi", Role::Operator, ach->meta.id));
        QVERIFY(user("pusat", Role::Viewer, std::nullopt));
    }
    const QProcessEnvironment viewer = m_cli->as(L("pusat"), password);
    const QProcessEnvironment ani = m_cli->as(L("ani"), password);
    const QProcessEnvironment budi = m_cli->as(L("budi"), password);
    const QProcessEnvironment siti = m_cli->as(L("siti"), password);

    const Run byViewer = add(sampleBatch(), {}, viewer);
    QVERIFY2(byViewer.exitCode == 4, qPrintable(byViewer.describe()));
    QCOMPARE(batchCount(), 0);
    QCOMPARE(add(sampleBatch(), {}, m_cli->environment()).exitCode, 4); // nobody signed in
    QCOMPARE(batchCount(), 0);

    const Run byAni = add(sampleBatch(), {L("--json")}, ani);
    QVERIFY2(byAni.exitCode == 0, qPrintable(byAni.describe()));
    const QString code = byAni.object().value(L("code")).toString();
    QCOMPARE(byAni.object().value(L("created_by")).toString(), L("ani"));
    // The viewer reads; another operator may not delete ani's batch; a manager may.
    QCOMPARE(m_cli->run({L("batch"), L("show"), code}, viewer).exitCode, 0);
    QCOMPARE(m_cli->run({L("batch"), L("delete"), code}, viewer).exitCode, 4);
    QCOMPARE(m_cli->run({L("batch"), L("delete"), code}, budi).exitCode, 4);
    const QStringList close {L("month"), L("close"),   L("--site"),
                             L("ACH"),   L("--month"), L("2025-10")};
    QCOMPARE(m_cli->run(close, ani).exitCode, 4);
    QCOMPARE(m_cli->count(L("month_close")), 0);
    QCOMPARE(m_cli->run(close, siti).exitCode, 0);
    QCOMPARE(m_cli->run({L("batch"), L("delete"), code}, siti).exitCode, 2); // closed month
    QCOMPARE(m_cli
                 ->run({L("month"), L("reopen"), L("--site"), L("ACH"), L("--month"), L("2025-10")},
                       siti)
                 .exitCode,
             0);
    QCOMPARE(m_cli->run({L("batch"), L("delete"), code}, siti).exitCode, 0);
    QCOMPARE(batchCount(), 0);

    const Run importByViewer
        = m_cli->run({L("members"), L("import"), L("--csv"), fixture("good-comma.csv")}, viewer);
    QCOMPARE(importByViewer.exitCode, 4);
}

void TestCliBatch::membersImport()
{
    const qint64 before = memberCount();
    const QString file = fixture("good-comma.csv");
    const Run dry = m_cli->run({L("members"), L("import"), L("--csv"), file, L("--dry-run")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
    QVERIFY(dry.out.contains(L("Abon Sapi Timor")));
    QVERIFY(dry.out.contains(L("Madu Hutan, Kelompok")));
    QVERIFY(dry.out.contains(L("2 members would be added")));
    QCOMPARE(memberCount(), before);

    const Run dryJson
        = m_cli->run({L("members"), L("import"), L("--csv"), file, L("--dry-run"), L("--json")});
    QCOMPARE(dryJson.object().value(L("dry_run")).toBool(), true);
    QCOMPARE(dryJson.object().value(L("members")).toArray().size(), 2);
    QCOMPARE(dryJson.object().value(L("members")).toArray().at(0).toObject().value(L("site")),
             QJsonValue(L("NTT")));
    QCOMPARE(memberCount(), before);

    const Run real = m_cli->run({L("members"), L("import"), L("--csv"), file, L("--json")});
    QVERIFY2(real.exitCode == 0, qPrintable(real.describe()));
    QCOMPARE(real.object().value(L("added")).toInt(), 2);
    QCOMPARE(memberCount(), before + 2);
    const Run listed = m_cli->run({L("members"), L("list"), L("--site"), L("NTT"), L("--json")});
    QCOMPARE(listed.array().size(), 3);

    // The semicolon file with a byte-order mark, quotes and line breaks in cells.
    const Run semicolon
        = m_cli->run({L("members"), L("import"), L("--csv"), fixture("good-semicolon-bom.csv")});
    QVERIFY2(semicolon.exitCode == 0, qPrintable(semicolon.describe()));
    QVERIFY2(semicolon.out.contains(L("Imported 5 members.")), qPrintable(semicolon.out));
    QVERIFY(semicolon.out.contains(L("Ignored columns: Catatan.")));
    QVERIFY(semicolon.out.contains(L("Nilam Jaya; Sejahtera")));
    QCOMPARE(memberCount(), before + 7);
}

void TestCliBatch::membersImportRefusesABadFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // in the error output
    QTest::newRow("bad rows") << fixture("bad-rows.csv")
                              << QStringList {L("row 3, column nib"), L("row 4, column women_led"),
                                              L("row 5, column joined")};
    QTest::newRow("missing column") << fixture("missing-column.csv") << QStringList {L("owner")};
    QTest::newRow("not UTF-8") << fixture("not-utf8.csv") << QStringList {L("--csv")};
    QTest::newRow("unclosed quote") << fixture("unclosed-quote.csv") << QStringList {L("row")};
    QTest::newRow("missing file") << L("/nonexistent/members.csv")
                                  << QStringList {L("--csv /nonexistent/members.csv")};
}

void TestCliBatch::membersImportRefusesABadFile()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const qint64 before = memberCount();
    for (const bool dryRun : {true, false}) {
        QStringList arguments {L("members"), L("import"), L("--csv"), file};
        if (dryRun)
            arguments << L("--dry-run");
        const Run run = m_cli->run(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.startsWith(L("error: ")), qPrintable(run.err));
        for (const QString &text : expected)
            QVERIFY2(run.err.contains(text), qPrintable(text + L(" in ") + run.err));
        QCOMPARE(memberCount(), before);
    }
    const Run json = m_cli->run({L("members"), L("import"), L("--csv"), file, L("--json")});
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(json.object().value(L("error")).toString(), L("invalid"));
}

void TestCliBatch::helpListsTheCommands()
{
    const Run help = m_cli->run({L("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"batch add --file F", "batch list --site S", "batch show CODE",
                                "batch delete CODE", "batch archive CODE", "month close",
                                "month reopen", "members import --csv F [--dry-run]"}) {
        const QString planned = help.out.section(L("Planned"), 1);
        QVERIFY2(help.out.contains(L(command)), command);
        QVERIFY2(!planned.contains(L(command)), command);
    }
    const Run one = m_cli->run({L("batch"), L("add"), L("--help")});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.contains(L("--acknowledge TEXT")));
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
