#include "domain/validator.h"

#include <QTest>

using namespace Rpb;

namespace {
Member validMember()
{
    Member m;
    m.meta.siteId = 1;
    m.code = QStringLiteral("ACH-M01");
    m.name = QStringLiteral("Nilam Jaya");
    m.owner = QStringLiteral("Cut Nyak Aisyah");
    m.nib = QStringLiteral("9120001234567");
    m.phone = QStringLiteral("0812-3456-7890");
    m.joined = QDate(2023, 5, 2);
    return m;
}

Site validSite()
{
    Site s;
    s.code = QStringLiteral("ACH");
    s.name = QStringLiteral("RPB Minyak Atsiri");
    s.province = QStringLiteral("Aceh");
    return s;
}

QString fieldsOf(const QList<Error> &errors)
{
    QStringList fields;
    for (const Error &e : errors)
        fields << e.field;
    return fields.join(QLatin1Char(','));
}
} // namespace

class TestValidator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validRecordsPass();
    void member_data();
    void member();
    void phoneSaysWhatIsWrong_data();
    void phoneSaysWhatIsWrong();
    void site_data();
    void site();
    void equipment_data();
    void equipment();
    void wasteCategoryIsNeverCountedInPieces();
    void errorsNameTheField();
};

void TestValidator::validRecordsPass()
{
    QVERIFY(Validator::validate(validMember()).isEmpty());
    QVERIFY(Validator::validate(validSite()).isEmpty());
}

void TestValidator::member_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedField"); // empty: valid

    QTest::newRow("empty name") << QStringLiteral("name") << QString() << QStringLiteral("name");
    QTest::newRow("blank name") << QStringLiteral("name") << QStringLiteral("   ") << QStringLiteral("name");
    QTest::newRow("long name") << QStringLiteral("name") << QString(161, QLatin1Char('a')) << QStringLiteral("name");
    QTest::newRow("invalid utf-8 name")
        << QStringLiteral("name") << QString::fromUtf8("Nilam \xff\xfe Jaya") << QStringLiteral("name");
    QTest::newRow("control character") << QStringLiteral("owner") << QStringLiteral("Ani\x01") << QStringLiteral("owner");
    QTest::newRow("14-digit NIB") << QStringLiteral("nib") << QStringLiteral("91200012345678") << QStringLiteral("nib");
    QTest::newRow("12-digit NIB") << QStringLiteral("nib") << QStringLiteral("912000123456") << QStringLiteral("nib");
    QTest::newRow("NIB with letters") << QStringLiteral("nib") << QStringLiteral("912000123456A") << QStringLiteral("nib");
    QTest::newRow("empty NIB is allowed") << QStringLiteral("nib") << QString() << QStringLiteral("");
    QTest::newRow("phone with letters") << QStringLiteral("phone") << QStringLiteral("call me") << QStringLiteral("phone");
    QTest::newRow("international phone") << QStringLiteral("phone") << QStringLiteral("+62 812 3456 7890") << QStringLiteral("");
    QTest::newRow("lowercase code") << QStringLiteral("code") << QStringLiteral("ach-m01") << QStringLiteral("code");
    QTest::newRow("code with space") << QStringLiteral("code") << QStringLiteral("ACH M01") << QStringLiteral("code");
    QTest::newRow("future joined") << QStringLiteral("joined") << QStringLiteral("+30") << QStringLiteral("joined");
    QTest::newRow("ancient joined") << QStringLiteral("joined") << QStringLiteral("1900-01-01") << QStringLiteral("joined");
}

void TestValidator::member()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedField);
    Member m = validMember();
    if (field == QLatin1String("name"))
        m.name = value;
    else if (field == QLatin1String("owner"))
        m.owner = value;
    else if (field == QLatin1String("nib"))
        m.nib = value;
    else if (field == QLatin1String("phone"))
        m.phone = value;
    else if (field == QLatin1String("code"))
        m.code = value;
    else if (field == QLatin1String("joined"))
        m.joined = value.startsWith(QLatin1Char('+'))
                       ? QDate::currentDate().addDays(value.mid(1).toInt())
                       : QDate::fromString(value, Qt::ISODate);
    const QList<Error> errors = Validator::validate(m);
    QCOMPARE(fieldsOf(errors), expectedField);
    for (const Error &e : errors) {
        QCOMPARE(e.kind, Error::Kind::Invalid);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.where.isEmpty());
    }
}

void TestValidator::phoneSaysWhatIsWrong_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("says"); // empty: valid

    QTest::newRow("four digits") << QStringLiteral("1234") << QStringLiteral("too short: it has 4 digits");
    QTest::newRow("five with a dash") << QStringLiteral("12-345") << QStringLiteral("too short: it has 5 digits");
    QTest::newRow("six digits") << QStringLiteral("123456") << QString();
    QTest::newRow("letters") << QStringLiteral("0812-ABC") << QStringLiteral("digits, spaces or '-' only");
    QTest::newRow("plus inside") << QStringLiteral("0812+3456") << QStringLiteral("digits, spaces or '-' only");
    QTest::newRow("sixteen digits") << QStringLiteral("1234567890123456") << QStringLiteral("too long");
    QTest::newRow("fifteen digits") << QStringLiteral("+628123456789012") << QString();
}

void TestValidator::phoneSaysWhatIsWrong()
{
    QFETCH(QString, phone);
    QFETCH(QString, says);
    const std::optional<Error> e = Validator::checkPhone(phone);
    if (says.isEmpty()) {
        QVERIFY2(!e, e ? qPrintable(e->message) : "");
        return;
    }
    QVERIFY(e);
    QVERIFY2(e->message.contains(says), qPrintable(e->message));
    QCOMPARE(e->field, QStringLiteral("phone"));
}

void TestValidator::site_data()
{
    QTest::addColumn<int>("openMinute");
    QTest::addColumn<int>("closeMinute");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<int>("buffer");
    QTest::addColumn<QString>("expectedField");

    QTest::newRow("valid WITA") << 420 << 1020 << QStringLiteral("Asia/Makassar") << 15 << QStringLiteral("");
    QTest::newRow("closes before it opens")
        << 1020 << 420 << QStringLiteral("Asia/Jakarta") << 15 << QStringLiteral("close_minute");
    QTest::newRow("closes when it opens")
        << 600 << 600 << QStringLiteral("Asia/Jakarta") << 15 << QStringLiteral("close_minute");
    QTest::newRow("past midnight") << 420 << 1500 << QStringLiteral("Asia/Jakarta") << 15
                                   << QStringLiteral("close_minute");
    QTest::newRow("unknown zone") << 420 << 1020 << QStringLiteral("Mars/Olympus") << 15
                                  << QStringLiteral("time_zone");
    QTest::newRow("negative buffer") << 420 << 1020 << QStringLiteral("Asia/Jakarta") << -5
                                     << QStringLiteral("buffer_minutes");
    QTest::newRow("huge buffer") << 420 << 1020 << QStringLiteral("Asia/Jakarta") << 100000
                                 << QStringLiteral("buffer_minutes");
}

void TestValidator::site()
{
    QFETCH(int, openMinute);
    QFETCH(int, closeMinute);
    QFETCH(QString, timeZone);
    QFETCH(int, buffer);
    QFETCH(QString, expectedField);
    Site s = validSite();
    s.openMinute = openMinute;
    s.closeMinute = closeMinute;
    s.timeZone = timeZone;
    s.bufferMinutes = buffer;
    QCOMPARE(fieldsOf(Validator::validate(s)), expectedField);
}

void TestValidator::equipment_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QString>("expectedField");
    QTest::newRow("one") << 1 << QStringLiteral("");
    QTest::newRow("three") << 3 << QStringLiteral("");
    QTest::newRow("zero") << 0 << QStringLiteral("capacity");
    QTest::newRow("negative") << -2 << QStringLiteral("capacity");
    QTest::newRow("absurd") << 2000000000 << QStringLiteral("capacity");
}

void TestValidator::equipment()
{
    QFETCH(int, capacity);
    QFETCH(QString, expectedField);
    Equipment e;
    e.meta.siteId = 1;
    e.code = QStringLiteral("ACH-KET1");
    e.name = QStringLiteral("Ketel suling 1");
    e.type = QStringLiteral("distillation kettle");
    e.capacity = capacity;
    QCOMPARE(fieldsOf(Validator::validate(e)), expectedField);
}

void TestValidator::wasteCategoryIsNeverCountedInPieces()
{
    WasteCategory w;
    w.meta.siteId = 1;
    w.code = QStringLiteral("PACKAGING");
    w.name = QStringLiteral("Kemasan");
    w.unit = Unit::Piece;
    QCOMPARE(fieldsOf(Validator::validate(w)), QStringLiteral("unit"));
    w.unit = Unit::Litre;
    QVERIFY(Validator::validate(w).isEmpty());
}

void TestValidator::errorsNameTheField()
{
    Member m = validMember();
    m.nib = QStringLiteral("91200012345678");
    const QList<Error> errors = Validator::validate(m);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().message.contains(QLatin1String("13")));
    QVERIFY(errors.first().toLine().startsWith(QLatin1String("error: ")));
    QVERIFY(errors.first().toLine().contains(QLatin1String("(NIB)")));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
