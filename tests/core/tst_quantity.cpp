#include "domain/quantity.h"

#include <QTest>

using namespace Rpb;

class TestQuantity final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notANumberShowsTheFormatExpected();
    void parseFileForm_data();
    void parseFileForm();
    void parseIndonesian_data();
    void parseIndonesian();
    void rejects_data();
    void rejects();
    void formats_data();
    void formats();
};

void TestQuantity::parseFileForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("thousandths");
    QTest::newRow("integer") << QStringLiteral("250") << qint64(250000);
    QTest::newRow("one decimal") << QStringLiteral("6.5") << qint64(6500);
    QTest::newRow("three decimals") << QStringLiteral("1250.125") << qint64(1250125);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("spaces") << QStringLiteral("  12.5 ") << qint64(12500);
    QTest::newRow("negative") << QStringLiteral("-3") << qint64(-3000);
    QTest::newRow("leading point") << QStringLiteral(".5") << qint64(500);
}

void TestQuantity::parseFileForm()
{
    QFETCH(QString, text);
    QFETCH(qint64, thousandths);
    auto r = Quantity::parse(text);
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(*r, thousandths);
}

void TestQuantity::parseIndonesian_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("thousandths");
    QTest::newRow("id grouped decimal") << QStringLiteral("1.234,5") << QStringLiteral("id")
                                        << qint64(1234500);
    QTest::newRow("id plain") << QStringLiteral("1234") << QStringLiteral("id") << qint64(1234000);
    QTest::newRow("id decimal only") << QStringLiteral("0,25") << QStringLiteral("id")
                                     << qint64(250);
    QTest::newRow("id millions") << QStringLiteral("2.500.000") << QStringLiteral("id")
                                 << qint64(2500000000);
    QTest::newRow("en grouped decimal") << QStringLiteral("1,234.5") << QStringLiteral("en")
                                        << qint64(1234500);
}

void TestQuantity::parseIndonesian()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(qint64, thousandths);
    const QLocale locale = language == QLatin1String("id") ? QLocale(QLocale::Indonesian)
                                                           : QLocale(QLocale::English);
    auto r = Quantity::parseLocalized(text, locale);
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(*r, thousandths);
}

void TestQuantity::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("letters") << QStringLiteral("12kg");
    QTest::newRow("four decimals") << QStringLiteral("1.2345");
    QTest::newRow("two points") << QStringLiteral("1.2.3");
    QTest::newRow("huge") << QStringLiteral("99999999999999999999");
    QTest::newRow("just a sign") << QStringLiteral("-");
    QTest::newRow("exponent") << QStringLiteral("1e5");
    QTest::newRow("arabic digits") << QStringLiteral("\u0661\u0662");
}

void TestQuantity::rejects()
{
    QFETCH(QString, text);
    auto r = Quantity::parse(text);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().kind, Error::Kind::Invalid);
    QVERIFY(!r.error().message.isEmpty());
}

void TestQuantity::formats_data()
{
    QTest::addColumn<qint64>("thousandths");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("indonesian");
    QTest::newRow("integer") << qint64(250000) << QStringLiteral("250") << QStringLiteral("250");
    QTest::newRow("decimal") << qint64(1234500) << QStringLiteral("1234.5")
                             << QStringLiteral("1.234,5");
    QTest::newRow("small") << qint64(5) << QStringLiteral("0.005") << QStringLiteral("0,005");
    QTest::newRow("negative") << qint64(-1500) << QStringLiteral("-1.5") << QStringLiteral("-1,5");
}

void TestQuantity::formats()
{
    QFETCH(qint64, thousandths);
    QFETCH(QString, file);
    QFETCH(QString, indonesian);
    QCOMPARE(Quantity::toDecimalString(thousandths), file);
    QCOMPARE(Quantity::toLocalizedString(thousandths, QLocale(QLocale::Indonesian)), indonesian);
    // What is printed parses back to the same value.
    QCOMPARE(Quantity::parse(file).value_or(-1), thousandths);
}

void TestQuantity::notANumberShowsTheFormatExpected()
{
    // A number written the other way round says how it is written here.
    auto file = Quantity::parse(QStringLiteral("1,234.5"));
    QVERIFY(!file);
    QVERIFY2(file.error().message.contains(QLatin1String("1234.5")),
             qPrintable(file.error().message));
    auto typed = Quantity::parseLocalized(QStringLiteral("1,234.5"),
                                          QLocale(QLocale::Indonesian, QLocale::Indonesia));
    QVERIFY(!typed);
    QVERIFY2(typed.error().message.contains(QLatin1String("1.234,5")),
             qPrintable(typed.error().message));
}

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
