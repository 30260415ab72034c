#include "domain/uuid7.h"
#include "services/batchjson.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Rpb;

namespace {
const QDateTime testNow(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC);

// The example of docs/cli.md, plus a second waste line in litres and a machine.
const char *example = R"({ "site": "ACH", "product_line": "PATCHOULI", "member": "ACH-M01",
  "date": "2026-10-14", "shift": 1,
  "input":  { "material": "daun nilam kering", "quantity": "250", "unit": "kg" },
  "output": { "quantity": "6.5", "unit": "kg" },
  "energy_kwh": "120", "water_l": "800",
  "waste": [ { "category": "SPENT_BIOMASS", "quantity": "230", "unit": "kg", "route": "compost" },
             { "category": "CONDENSATE", "quantity": "512.125", "unit": "L",
               "route": "treated_discharge" } ],
  "machines": [ "KET1" ],
  "notes": "" })";

struct Fixture
{
    Site ach, ntt;
    ProductLine patchouli, sei;
    Member nilam;
    Equipment kettle;
    WasteCategory biomass, condensate, bones;
};

template<typename T> T saved(Test::TestDatabase &t, const T &record)
{
    auto r = t.masterData().save(record);
    if (!r)
        qFatal("fixture: %s", qPrintable(r.error().message));
    return *r;
}

Fixture makeFixture(Test::TestDatabase &t)
{
    Fixture f;
    f.ach = saved(t, Test::TestDatabase::sampleSite(QStringLiteral("ACH")));
    f.ntt = saved(t, Test::TestDatabase::sampleSite(QStringLiteral("NTT")));
    ProductLine p;
    p.meta.siteId = f.ach.meta.id;
    p.code = QStringLiteral("PATCHOULI");
    p.name = QStringLiteral("Minyak nilam");
    f.patchouli = saved(t, p);
    p.meta.siteId = f.ntt.meta.id;
    p.code = QStringLiteral("SEI");
    f.sei = saved(t, p);
    Member m;
    m.meta.siteId = f.ach.meta.id;
    m.code = QStringLiteral("ACH-M01");
    m.name = QStringLiteral("Nilam Jaya");
    m.owner = QStringLiteral("Cut Aisyah");
    f.nilam = saved(t, m);
    Equipment e;
    e.meta.siteId = f.ach.meta.id;
    e.code = QStringLiteral("KET1");
    e.name = QStringLiteral("Ketel 1");
    e.type = QStringLiteral("kettle");
    f.kettle = saved(t, e);
    auto category = [&](const Site &s, const char *code, Unit unit) {
        WasteCategory w;
        w.meta.siteId = s.meta.id;
        w.code = QString::fromLatin1(code);
        w.name = w.code;
        w.unit = unit;
        return saved(t, w);
    };
    f.biomass = category(f.ach, "SPENT_BIOMASS", Unit::Kg);
    f.condensate = category(f.ach, "CONDENSATE", Unit::Litre);
    f.bones = category(f.ntt, "BONES", Unit::Kg);
    t.context().batches().setClock([] { return testNow; });
    return f;
}

QJsonObject exampleObject()
{
    return QJsonDocument::fromJson(QByteArray(example)).object();
}

// Sets (or, with an undefined value, removes) the value at "a.b" or "a[1].b".
void setPath(QJsonObject &o, const QString &path, const QJsonValue &value)
{
    static const QRegularExpression step(
        QStringLiteral("^([a-z_]+)(?:\\[([0-9]+)\\])?(?:\\.(.+))?$"));
    const auto m = step.match(path);
    const QString key = m.captured(1);
    const QString index = m.captured(2);
    const QString rest = m.captured(3);
    if (index.isEmpty() && rest.isEmpty()) {
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return;
    }
    if (index.isEmpty()) {
        QJsonObject inner = o.value(key).toObject();
        setPath(inner, rest, value);
        o.insert(key, inner);
        return;
    }
    QJsonArray array = o.value(key).toArray();
    const int i = index.toInt();
    if (rest.isEmpty()) {
        array[i] = value;
    } else {
        QJsonObject inner = array.at(i).toObject();
        setPath(inner, rest, value);
        array[i] = inner;
    }
    o.insert(key, array);
}
} // namespace

class TestBatchJson final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheDocumentedExample();
    void roundTrip();
    void badInput_data();
    void badInput();
    void notJson();
    void namesByUuid();
    void numbersMustBeWhole_data();
    void numbersMustBeWhole();
    void rulesSpeakOfTheSameJsonPaths();
};

void TestBatchJson::parsesTheDocumentedExample()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    auto b = BatchJson(t.masterData()).parse(QByteArray(example));
    QVERIFY2(b.has_value(), qPrintable(b ? QString() : b.error().toLine()));
    QCOMPARE(b->meta.siteId, f.ach.meta.id);
    QCOMPARE(b->productLineId, f.patchouli.meta.id);
    QCOMPARE(b->memberId, f.nilam.meta.id);
    QCOMPARE(b->productionDate, QDate(2026, 10, 14));
    QCOMPARE(b->shift, 1);
    QCOMPARE(b->inputMaterial, QStringLiteral("daun nilam kering"));
    QCOMPARE(b->inputMilli, qint64(250'000));
    QCOMPARE(b->inputUnit, Unit::Kg);
    QCOMPARE(b->outputMilli, qint64(6'500));
    QCOMPARE(b->energyWh, qint64(120'000));
    QCOMPARE(b->waterMl, qint64(800'000));
    QCOMPARE(b->equipmentIds, QList<qint64> {f.kettle.meta.id});
    QCOMPARE(b->waste.size(), 2);
    QCOMPARE(b->waste.at(0).categoryId, f.biomass.meta.id);
    QCOMPARE(b->waste.at(0).quantityMilli, qint64(230'000));
    QCOMPARE(b->waste.at(0).route, Route::Compost);
    QCOMPARE(b->waste.at(1).quantityMilli, qint64(512'125));
    QCOMPARE(b->waste.at(1).unit, Unit::Litre);
    QCOMPARE(b->waste.at(1).route, Route::TreatedDischarge);
    QVERIFY(b->meta.isNew());
}

void TestBatchJson::roundTrip()
{
    Test::TestDatabase t;
    makeFixture(t);
    const BatchJson json(t.masterData());
    auto parsed = json.parse(QByteArray(example));
    QVERIFY(parsed.has_value());
    auto saved = t.context().batches().save(*parsed);
    QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error().toLine()));
    auto shown = json.toJson(*saved);
    QVERIFY(shown.has_value());
    QCOMPARE(shown->value(QStringLiteral("code")).toString(), QStringLiteral("ACH-2610-0001"));
    QCOMPARE(shown->value(QStringLiteral("id")).toString(), Uuid7::toText(saved->meta.uuid));
    QCOMPARE(shown->value(QStringLiteral("status")).toString(), QStringLiteral("recorded"));
    QCOMPARE(shown->value(QStringLiteral("output")).toObject(),
             (QJsonObject {{QStringLiteral("quantity"), QStringLiteral("6.5")},
                           {QStringLiteral("unit"), QStringLiteral("kg")}}));
    QCOMPARE(shown->value(QStringLiteral("waste"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("quantity")),
             QJsonValue(QStringLiteral("512.125")));
    QCOMPARE(shown->value(QStringLiteral("machines")).toArray(),
             QJsonArray {QStringLiteral("KET1")});
    // Printed and read back as text, it is the same batch.
    const QByteArray text = QJsonDocument(*shown).toJson();
    auto again = json.parse(text);
    QVERIFY2(again.has_value(), qPrintable(again ? QString() : again.error().toLine()));
    QVERIFY(again->sameContent(*saved));
    QVERIFY(again->sameContent(*parsed));
    QVERIFY(again->meta.isNew()); // id and code are read-only
    QVERIFY(again->code.isEmpty());
    // The list's line of the same batch.
    BatchQuery all;
    const QJsonObject row = BatchJson::toJson(t.context().batches().page(all, {}, 0, 1)->first());
    QCOMPARE(row.value(QStringLiteral("code")).toString(), QStringLiteral("ACH-2610-0001"));
    QCOMPARE(row.value(QStringLiteral("id")), shown->value(QStringLiteral("id")));
    QCOMPARE(row.value(QStringLiteral("site")).toString(), QStringLiteral("ACH"));
    QCOMPARE(row.value(QStringLiteral("output")), shown->value(QStringLiteral("output")));
    QCOMPARE(row.value(QStringLiteral("waste_kg")).toString(), QStringLiteral("230"));
    QCOMPARE(row.value(QStringLiteral("waste_l")).toString(), QStringLiteral("512.125"));
    QCOMPARE(row.value(QStringLiteral("member_name")).toString(), QStringLiteral("Nilam Jaya"));
    // Every field of the documented example is there with the same value.
    const QJsonObject original = exampleObject();
    for (auto it = original.begin(); it != original.end(); ++it)
        QCOMPARE(shown->value(it.key()), it.value());
}

void TestBatchJson::badInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value"); // JSON text; empty removes the key
    QTest::addColumn<QString>("field"); // the path the error names; empty: accepted

    auto row = [](const char *name, const char *path, const char *value, const char *field) {
        QTest::newRow(name) << QString::fromLatin1(path) << QString::fromUtf8(value)
                            << QString::fromLatin1(field);
    };
    row("unknown keys are ignored", "colour", "\"green\"", "");
    row("no site", "site", "", "site");
    row("unknown site", "site", "\"XYZ\"", "site");
    row("site as a number", "site", "1", "site");
    row("no product line", "product_line", "", "product_line");
    row("unknown product line", "product_line", "\"NILAM\"", "product_line");
    row("product line of another site", "product_line", "\"SEI\"", "product_line");
    row("no member", "member", "", "member");
    row("unknown member", "member", "\"ACH-M99\"", "member");
    row("member as an object", "member", "{\"code\": \"ACH-M01\"}", "member");
    row("no date", "date", "", "date");
    row("date in local format", "date", "\"14-10-2026\"", "date");
    row("date without zeros", "date", "\"2026-1-4\"", "date");
    row("31 February", "date", "\"2026-02-31\"", "date");
    row("date as a number", "date", "20261014", "date");
    row("no shift is shift 1", "shift", "", "");
    row("shift as text", "shift", "\"1\"", "shift");
    row("shift 1.5", "shift", "1.5", "shift");
    row("shift 4", "shift", "4", "shift");
    row("no input", "input", "", "input");
    row("input as text", "input", "\"250 kg\"", "input");
    row("no material", "input.material", "", "input.material");
    row("no input quantity", "input.quantity", "", "input.quantity");
    row("input quantity as a whole number", "input.quantity", "250", "");
    row("input quantity as a fraction", "input.quantity", "250.5", "input.quantity");
    row("input quantity in words", "input.quantity", "\"dua ratus\"", "input.quantity");
    row("input quantity with a comma", "input.quantity", "\"250,5\"", "input.quantity");
    row("four decimals", "input.quantity", "\"1.2345\"", "input.quantity");
    row("input quantity true", "input.quantity", "true", "input.quantity");
    row("no input unit", "input.unit", "", "input.unit");
    row("input in tonnes", "input.unit", "\"t\"", "input.unit");
    row("no output", "output", "", "output");
    row("output in litres", "output.unit", "\"L\"", "output.unit");
    row("output without unit", "output.unit", "", "");
    row("output quantity null", "output.quantity", "null", "output.quantity");
    row("energy with a comma", "energy_kwh", "\"1,5\"", "energy_kwh");
    row("energy as a fraction", "energy_kwh", "1.5", "energy_kwh");
    row("no energy", "energy_kwh", "", "");
    row("water as a list", "water_l", "[800]", "water_l");
    row("waste as an object", "waste", "{}", "waste");
    row("no waste", "waste", "", "");
    row("waste line as text", "waste[0]", "\"230 kg\"", "waste[0]");
    row("unknown waste category", "waste[1].category", "\"AIR\"", "waste[1].category");
    row("waste category of another site", "waste[0].category", "\"BONES\"", "waste[0].category");
    row("no waste category", "waste[1].category", "", "waste[1].category");
    row("waste quantity as a fraction", "waste[1].quantity", "1.1", "waste[1].quantity");
    row("waste quantity as a whole number", "waste[1].quantity", "512", "");
    row("no waste quantity", "waste[0].quantity", "", "waste[0].quantity");
    row("unknown route", "waste[0].route", "\"burn\"", "waste[0].route");
    row("route in capitals", "waste[0].route", "\"Compost\"", "waste[0].route");
    row("no route", "waste[1].route", "", "waste[1].route");
    row("waste unit unknown", "waste[0].unit", "\"kgs\"", "waste[0].unit");
    row("waste unit left to the category", "waste[1].unit", "", "");
    row("unknown machine", "machines", "[\"KET1\", \"KET9\"]", "machines[1]");
    row("machine as a number", "machines", "[1]", "machines[0]");
    row("notes as a number", "notes", "5", "notes");
    row("notes in Indonesian", "notes", "\"uap stabil, hasil bagus\"", "");
}

void TestBatchJson::badInput()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, field);
    Test::TestDatabase t;
    makeFixture(t);
    QJsonObject o = exampleObject();
    const QJsonValue v = value.isEmpty()
        ? QJsonValue(QJsonValue::Undefined)
        : QJsonDocument::fromJson((QLatin1Char('[') + value + QLatin1Char(']')).toUtf8())
              .array()
              .at(0);
    setPath(o, path, v);
    auto b = BatchJson(t.masterData()).parse(QJsonDocument(o).toJson());
    if (field.isEmpty()) {
        QVERIFY2(b.has_value(), qPrintable(b ? QString() : b.error().toLine()));
        return;
    }
    QVERIFY(!b.has_value());
    QCOMPARE(b.error().field, field);
    QCOMPARE(b.error().where, field);
    QCOMPARE(b.error().exitCode(), 2);
    QVERIFY(!b.error().message.isEmpty());
}

void TestBatchJson::notJson()
{
    Test::TestDatabase t;
    makeFixture(t);
    const BatchJson json(t.masterData());
    auto broken = json.parse(QByteArrayLiteral("{ \"site\": \"ACH\", "));
    QVERIFY(!broken.has_value());
    QCOMPARE(broken.error().exitCode(), 2);
    QVERIFY(broken.error().where.startsWith(QLatin1String("character ")));
    QCOMPARE(json.parse(QByteArrayLiteral("[1, 2]")).error().exitCode(), 2);
    QCOMPARE(json.parse(QByteArrayLiteral("")).error().exitCode(), 2);
}

void TestBatchJson::namesByUuid()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    QJsonObject o = exampleObject();
    o.insert(QStringLiteral("member"), Uuid7::toText(f.nilam.meta.uuid));
    o.insert(QStringLiteral("product_line"), Uuid7::toText(f.patchouli.meta.uuid));
    auto b = BatchJson(t.masterData()).parse(o);
    QVERIFY2(b.has_value(), qPrintable(b ? QString() : b.error().toLine()));
    QCOMPARE(b->memberId, f.nilam.meta.id);
    QCOMPARE(b->productLineId, f.patchouli.meta.id);
}

void TestBatchJson::numbersMustBeWhole_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("whole number") << QJsonValue(230) << qint64(230'000);
    QTest::newRow("zero") << QJsonValue(0) << qint64(0);
    QTest::newRow("negative whole number") << QJsonValue(-5) << qint64(-5'000);
    QTest::newRow("fraction") << QJsonValue(0.1) << qint64(-1);
    QTest::newRow("huge") << QJsonValue(1e300) << qint64(-1);
    QTest::newRow("text") << QJsonValue(QStringLiteral("0.1")) << qint64(100);
    QTest::newRow("text with three decimals")
        << QJsonValue(QStringLiteral("1250.125")) << qint64(1'250'125);
    QTest::newRow("bool") << QJsonValue(false) << qint64(-1);
    QTest::newRow("null") << QJsonValue() << qint64(-1);
}

void TestBatchJson::numbersMustBeWhole()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, expected);
    auto q = BatchJson::quantity(value, QStringLiteral("waste[3].quantity"));
    if (expected == -1) {
        QVERIFY(!q.has_value());
        QCOMPARE(q.error().field, QStringLiteral("waste[3].quantity"));
    } else {
        QCOMPARE(q.value(), expected);
    }
}

void TestBatchJson::rulesSpeakOfTheSameJsonPaths()
{
    // What the shape allows but the rules refuse is named by the same JSON path.
    Test::TestDatabase t;
    makeFixture(t);
    QJsonObject o = exampleObject();
    setPath(o, QStringLiteral("waste[1].quantity"), QStringLiteral("0"));
    setPath(o, QStringLiteral("waste[0].unit"), QStringLiteral("L"));
    auto b = BatchJson(t.masterData()).parse(o);
    QVERIFY(b.has_value());
    const qint64 before = t.count(QStringLiteral("batch"));
    auto r = t.context().batches().save(*b);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().field, QStringLiteral("waste[0].unit"));
    const auto check = t.context().batches().check(*b);
    QCOMPARE(check.errors.size(), 2);
    QCOMPARE(check.errors.at(1).field, QStringLiteral("waste[1].quantity"));
    QCOMPARE(t.count(QStringLiteral("batch")), before);
}

QTEST_GUILESS_MAIN(TestBatchJson)
#include "tst_batchjson.moc"
