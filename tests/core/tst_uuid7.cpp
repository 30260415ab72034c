#include "domain/uuid7.h"

#include <QSet>
#include <QTest>

using namespace Rpb;

class TestUuid7 final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layout();
    void timeOrdered();
    void unique();
    void compactRoundTrip();
};

void TestUuid7::layout()
{
    const QUuid id = Uuid7::generate(1764288000000);
    // Qt 6.4 does not know version 7, so read the bits.
    QCOMPARE(Uuid7::toBytes(id).at(6) & 0xf0, 0x70);
    QCOMPARE(Uuid7::toBytes(id).at(8) & 0xc0, 0x80);
    QCOMPARE(Uuid7::unixMilliseconds(id), qint64(1764288000000));
}

void TestUuid7::timeOrdered()
{
    // Within one millisecond and across milliseconds, later UUIDs sort after earlier ones as bytes,
    // which is what keeps index inserts at the end of the B-tree.
    QByteArray previous;
    for (int i = 0; i < 5000; ++i) {
        const QByteArray bytes = Uuid7::toBytes(Uuid7::generate(1764288000000 + i / 100));
        if (!previous.isEmpty())
            QVERIFY2(previous < bytes, qPrintable(QString::number(i)));
        previous = bytes;
    }
}

void TestUuid7::unique()
{
    QSet<QUuid> seen;
    for (int i = 0; i < 20000; ++i)
        seen.insert(Uuid7::generate());
    QCOMPARE(seen.size(), 20000);
}

void TestUuid7::compactRoundTrip()
{
    const QUuid id = Uuid7::generate();
    QCOMPARE(Uuid7::toBytes(id).size(), 16);
    QCOMPARE(Uuid7::fromBytes(Uuid7::toBytes(id)), id);
    QVERIFY(!Uuid7::toText(id).startsWith(QLatin1Char('{')));
}

QTEST_GUILESS_MAIN(TestUuid7)
#include "tst_uuid7.moc"
