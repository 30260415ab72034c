#include "services/memberimport.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>

using namespace Rpb;

namespace {
QByteArray fixture(const char *name)
{
    QFile file(qEnvironmentVariable("RPB_TEST_SOURCE_DIR")
               + QStringLiteral("/tests/fixtures/members/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

struct Fixture
{
    Site ach, ntt;
};

// ACH already has ACH-M01 (Nilam Jaya, owned by Cut Aisyah) and ACH-M07; NTT has no members.
Fixture makeFixture(Test::TestDatabase &t)
{
    Fixture f;
    f.ach = *t.masterData().save(Test::TestDatabase::sampleSite(QStringLiteral("ACH")));
    Site ntt = Test::TestDatabase::sampleSite(QStringLiteral("NTT"));
    ntt.timeZone = QStringLiteral("Asia/Makassar");
    f.ntt = *t.masterData().save(ntt);
    for (auto [code, name, owner] : {std::tuple {"ACH-M01", "Nilam Jaya", "Cut Aisyah"},
                                     std::tuple {"ACH-M07", "Atsiri", "Ali"}}) {
        Member m;
        m.meta.siteId = f.ach.meta.id;
        m.code = QString::fromLatin1(code);
        m.name = QString::fromLatin1(name);
        m.owner = QString::fromLatin1(owner);
        if (!t.masterData().save(m))
            qFatal("fixture member");
    }
    return f;
}

struct Counts
{
    qint64 members, audits;
    bool operator==(const Counts &) const = default;
};

Counts counts(Test::TestDatabase &t)
{
    return {t.count(QStringLiteral("member")), t.count(QStringLiteral("audit_log"))};
}

QStringList problemsOf(const MemberImport::Preview &p)
{
    QStringList out;
    for (const MemberImport::Problem &problem : p.problems)
        out << QStringLiteral("%1:%2").arg(problem.row).arg(problem.column);
    return out;
}
} // namespace

class TestMemberImport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodFileWithBomSemicolonsAndQuotes();
    void plainCommaFile();
    void everyBadRowAndColumnIsNamed();
    void hostileFiles_data();
    void hostileFiles();
    void oversizedFileIsRefusedBeforeReading();
    void onlyThoseWhoKeepMasterDataImport();
    void tenThousandMembers();
};

void TestMemberImport::goodFileWithBomSemicolonsAndQuotes()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    MemberImport import(t.db(), t.masterData());
    const QByteArray bytes = fixture("good-semicolon-bom.csv");
    const Counts before = counts(t);

    auto preview = import.preview(bytes);
    QVERIFY2(preview.has_value(), qPrintable(preview ? QString() : preview.error().toLine()));
    QVERIFY2(preview->ok(), qPrintable(problemsOf(*preview).join(QLatin1Char(' '))));
    QCOMPARE(preview->separator, QLatin1Char(';'));
    QVERIFY(preview->byteOrderMark);
    QCOMPARE(preview->dataRows, 5);
    QCOMPARE(preview->ignoredColumns, QStringList {QStringLiteral("Catatan")});
    QCOMPARE(preview->rows.size(), 5);
    QList<int> rows;
    QStringList codes;
    for (const MemberImport::Row &r : preview->rows) {
        rows << r.row;
        codes << r.member.code;
    }
    // The quoted line break in row 3 does not make a row of its own.
    QCOMPARE(rows, (QList<int> {2, 3, 4, 5, 6}));
    QCOMPARE(codes,
             (QStringList {QStringLiteral("ACH-M008"), QStringLiteral("ACH-M009"),
                           QStringLiteral("ACH-M100"), QStringLiteral("ACH-M010"),
                           QStringLiteral("NTT-M001")}));
    QVERIFY(counts(t) == before); // a preview writes nothing

    QSignalSpy spy(&t.context().hub(), &ChangeHub::changed);
    auto added = import.commit(bytes);
    QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().toLine()));
    QCOMPARE(*added, 5);
    QCOMPARE(counts(t).members, before.members + 5);
    QCOMPARE(counts(t).audits, before.audits + 5); // one entry per member
    QCOMPARE(spy.count(), 2); // ACH and NTT

    auto nilam = t.masterData().find<Member>(f.ach.meta.id, QStringLiteral("ACH-M008"));
    QVERIFY(nilam.has_value());
    QCOMPARE(nilam->name, QStringLiteral("Nilam Jaya; Sejahtera"));
    QCOMPARE(nilam->owner, QStringLiteral("Cut Aisyah"));
    QCOMPARE(nilam->nib, QStringLiteral("9120001234567"));
    QVERIFY(nilam->womenLed);
    QVERIFY(!nilam->youthLed);
    QCOMPARE(nilam->phone, QStringLiteral("0812-3456-7890"));
    QCOMPARE(nilam->joined, QDate(2023, 5, 2));
    auto sereh = t.masterData().find<Member>(f.ach.meta.id, QStringLiteral("ACH-M009"));
    QVERIFY(!sereh->womenLed);
    QVERIFY(sereh->youthLed);
    auto kopi = t.masterData().find<Member>(f.ach.meta.id, QStringLiteral("ACH-M100"));
    QCOMPARE(kopi->name, QStringLiteral("Kopi Gayo"));
    QVERIFY(kopi->womenLed);
    // A cell that looks like a spreadsheet formula is kept as the text it is.
    auto formula = t.masterData().find<Member>(f.ach.meta.id, QStringLiteral("ACH-M010"));
    QCOMPARE(formula->name, QStringLiteral("=HYPERLINK(\"http://contoh.id\")"));
    auto seiBaun = t.masterData().find<Member>(f.ntt.meta.id, QStringLiteral("NTT-M001"));
    QCOMPARE(seiBaun->name, QStringLiteral("Se'i Baun"));
    QCOMPARE(seiBaun->joined, QDate(2024, 1, 15));
    auto action = t.db().scalar(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC "
                                               "LIMIT 1"));
    QCOMPARE(action->toString(), QStringLiteral("import"));

    // The same file again: every row is now a duplicate, and nothing more is written.
    const Counts after = counts(t);
    auto again = import.preview(bytes);
    QCOMPARE(problemsOf(*again),
             (QStringList {QStringLiteral("2:name"), QStringLiteral("3:name"),
                           QStringLiteral("4:name"), QStringLiteral("4:code"),
                           QStringLiteral("5:name"), QStringLiteral("6:name")}));
    QVERIFY(!import.commit(bytes).has_value());
    QVERIFY(counts(t) == after);
}

void TestMemberImport::plainCommaFile()
{
    Test::TestDatabase t;
    makeFixture(t);
    MemberImport import(t.db(), t.masterData());
    auto preview = import.preview(fixture("good-comma.csv"));
    QVERIFY(preview.has_value());
    QCOMPARE(preview->separator, QLatin1Char(','));
    QVERIFY(!preview->byteOrderMark);
    QCOMPARE(preview->rows.size(), 2);
    QCOMPARE(preview->rows.at(1).member.name, QStringLiteral("Madu Hutan, Kelompok"));
    QCOMPARE(preview->rows.at(1).member.code, QStringLiteral("NTT-M002"));
    QVERIFY(!preview->rows.at(0).member.womenLed);
    QCOMPARE(import.commit(fixture("good-comma.csv")).value(), 2);
}

void TestMemberImport::everyBadRowAndColumnIsNamed()
{
    Test::TestDatabase t;
    makeFixture(t);
    MemberImport import(t.db(), t.masterData());
    const QByteArray bytes = fixture("bad-rows.csv");
    const Counts before = counts(t);
    auto preview = import.preview(bytes);
    QVERIFY(preview.has_value());
    QCOMPARE(problemsOf(*preview),
             (QStringList {QStringLiteral("3:nib"), QStringLiteral("4:women_led"),
                           QStringLiteral("5:joined"), QStringLiteral("6:site"),
                           QStringLiteral("7:name"), QStringLiteral("8:name"),
                           QStringLiteral("9:name"), QStringLiteral("10:code"),
                           QStringLiteral("11:phone"), QStringLiteral("12:")}));
    QCOMPARE(preview->rows.size(), 1); // only row 2 is fine
    QCOMPARE(preview->rows.first().row, 2);
    for (const MemberImport::Problem &p : preview->problems)
        QVERIFY(!p.message.isEmpty());
    QVERIFY(preview->problems.at(5).message.contains(QLatin1String("row 2")));
    QVERIFY(preview->problems.at(6).message.contains(QLatin1String("ACH-M01")));
    const Error e = preview->problems.first().toError();
    QCOMPARE(e.where, QStringLiteral("row 3, column nib"));
    QCOMPARE(e.field, QStringLiteral("nib"));

    auto committed = import.commit(bytes);
    QVERIFY(!committed.has_value());
    QCOMPARE(committed.error().exitCode(), 2);
    QCOMPARE(committed.error().where, QStringLiteral("row 3, column nib"));
    QVERIFY(committed.error().message.contains(QLatin1String("10")));
    QVERIFY(counts(t) == before); // all or nothing: not even row 2
}

void TestMemberImport::hostileFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where"); // part of Error::where, or of the problem's row:column
    QTest::addColumn<QString>("message"); // part of the message

    QTest::newRow("not UTF-8") << fixture("not-utf8.csv") << QStringLiteral("line 3")
                               << QStringLiteral("CSV UTF-8");
    QTest::newRow("UTF-16") << fixture("utf16.csv") << QStringLiteral("line 1")
                            << QStringLiteral("UTF-8");
    QTest::newRow("missing column")
        << fixture("missing-column.csv") << QStringLiteral("row 1, column owner")
        << QStringLiteral("owner");
    QTest::newRow("quote never closed")
        << fixture("unclosed-quote.csv") << QStringLiteral("row 3") << QStringLiteral("quote");
    QTest::newRow("column twice") << fixture("duplicate-header.csv")
                                  << QStringLiteral("row 1, column name")
                                  << QStringLiteral("twice");
    QTest::newRow("control character") << fixture("formula-and-control.csv")
                                       << QStringLiteral("2:owner") << QStringLiteral("not valid");
    QTest::newRow("empty file") << QByteArray() << QString() << QStringLiteral("empty");
    QTest::newRow("only a byte-order mark")
        << QByteArray("\xEF\xBB\xBF") << QString() << QStringLiteral("empty");
    QTest::newRow("overlong UTF-8") << QByteArray("name,owner,site\nA\xC0\xAF,B,ACH\n")
                                    << QStringLiteral("line 2") << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 surrogate") << QByteArray("name,owner,site\nA\xED\xA0\x80,B,ACH\n")
                                     << QStringLiteral("line 2") << QStringLiteral("UTF-8");
    QTest::newRow("NUL byte") << QByteArray("name,owner,site\nA\0B,C,ACH\n", 26)
                              << QStringLiteral("2:name") << QStringLiteral("not valid");
    QByteArray hugeCell("name,owner,site\n\"");
    hugeCell += QByteArray(10 * 1024 * 1024, 'a');
    hugeCell += "\",Ani,ACH\nKopi,Budi,ACH\n";
    QTest::newRow("10 MB cell") << hugeCell << QStringLiteral("2:name") << QStringLiteral("10");
    QByteArray huge("name,owner,site\n");
    while (huge.size() <= MemberImport::MaxFileBytes)
        huge += QByteArray("Usaha,Pemilik,ACH\n").repeated(100'000);
    QTest::newRow("file over 20 MB") << huge << QString() << QStringLiteral("20 MB");
    QTest::newRow("header only") << QByteArray("name,owner,site\n") << QString()
                                 << QStringLiteral("no members");
    QTest::newRow("a binary file") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                   << QStringLiteral("line 1") << QStringLiteral("UTF-8");
}

void TestMemberImport::hostileFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QFETCH(QString, message);
    Test::TestDatabase t;
    makeFixture(t);
    MemberImport import(t.db(), t.masterData());
    const Counts before = counts(t);
    auto preview = import.preview(bytes);
    if (preview && !preview->ok()) {
        // A row problem: listed in the preview with its row and column.
        QVERIFY2(problemsOf(*preview).contains(where),
                 qPrintable(problemsOf(*preview).join(QLatin1Char(' '))));
        bool mentioned = false;
        for (const MemberImport::Problem &p : preview->problems)
            mentioned = mentioned || p.message.contains(message);
        QVERIFY(mentioned);
    } else if (!preview) {
        QCOMPARE(preview.error().exitCode(), 2);
        QVERIFY2(preview.error().where.contains(where), qPrintable(preview.error().where));
        QVERIFY2(preview.error().message.contains(message), qPrintable(preview.error().message));
    }
    auto committed = import.commit(bytes);
    QVERIFY(!committed.has_value());
    QCOMPARE(committed.error().exitCode(), 2);
    QVERIFY2(committed.error().message.contains(message) || !preview || !preview->ok(),
             qPrintable(committed.error().message));
    QVERIFY(counts(t) == before);
}

void TestMemberImport::oversizedFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("besar.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(MemberImport::MaxFileBytes + 1)); // sparse: nothing is written
    file.close();
    auto r = MemberImport::readFile(path);
    QVERIFY(!r.has_value());
    QVERIFY(r.error().message.contains(QLatin1String("20 MB")));
    QCOMPARE(MemberImport::readFile(dir.filePath(QStringLiteral("none.csv"))).error().exitCode(),
             2);
    auto good = MemberImport::readFile(qEnvironmentVariable("RPB_TEST_SOURCE_DIR")
                                       + QStringLiteral("/tests/fixtures/members/good-comma.csv"));
    QCOMPARE(good.value(), fixture("good-comma.csv"));
}

void TestMemberImport::onlyThoseWhoKeepMasterDataImport()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    MemberImport import(t.db(), t.masterData());
    const QByteArray bytes = fixture("good-comma.csv"); // NTT members
    const Counts before = counts(t);
    for (const Actor &actor :
         {Actor {5, QStringLiteral("pusat"), Role::Viewer, std::nullopt, {}},
          Actor {6, QStringLiteral("ani"), Role::Operator, f.ntt.meta.id, {}},
          Actor {7, QStringLiteral("manajer"), Role::Manager, f.ach.meta.id, {}}}) {
        t.context().setActor(actor);
        QCOMPARE(import.preview(bytes).error().exitCode(), 4);
        QCOMPARE(import.commit(bytes).error().exitCode(), 4);
    }
    QVERIFY(counts(t) == before);
    QVERIFY(t.db().exec(QStringLiteral("INSERT INTO app_user (id, uuid, created_ms, updated_ms, "
                                       "site_id, name, role, password_hash) VALUES (8, "
                                       "randomblob(16), 0, 0, ?, 'manajer.ntt', 'manager', 'x')"),
                        {f.ntt.meta.id}));
    t.context().setActor(Actor {8, QStringLiteral("manajer.ntt"), Role::Manager, f.ntt.meta.id, {}});
    QCOMPARE(import.commit(bytes).value(), 2);
    auto user = t.db().scalar(QStringLiteral("SELECT DISTINCT user_name FROM audit_log WHERE "
                                             "action = 'import'"));
    QCOMPARE(user->toString(), QStringLiteral("manajer.ntt"));
}

void TestMemberImport::tenThousandMembers()
{
    Test::TestDatabase t;
    makeFixture(t);
    QByteArray bytes("name,owner,site,women_led,youth_led,nib\n");
    for (int i = 0; i < 10'000; ++i)
        bytes += QStringLiteral("Usaha Mikro %1,Pemilik %1,%2,%3,%4,%5\n")
                     .arg(i)
                     .arg(i % 2 ? QStringLiteral("ACH") : QStringLiteral("NTT"))
                     .arg(i % 3 ? QStringLiteral("ya") : QStringLiteral("tidak"))
                     .arg(i % 5 ? QStringLiteral("0") : QStringLiteral("1"))
                     .arg(9'120'000'000'000LL + i)
                     .toUtf8();
    MemberImport import(t.db(), t.masterData());
    QElapsedTimer timer;
    timer.start();
    auto preview = import.preview(bytes);
    const qint64 previewMs = timer.restart();
    auto added = import.commit(bytes);
    const qint64 commitMs = timer.elapsed();
    QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().toLine()));
    QCOMPARE(*added, 10'000);
    QVERIFY(preview->ok());
    qInfo("10,000 members: preview %lld ms, import (checked again, written, audited) %lld ms",
          previewMs, commitMs);
    QCOMPARE(t.count(QStringLiteral("member")), 10'002);
    auto last = t.masterData().find<Member>(std::nullopt, QStringLiteral("ACH-M5007"));
    QVERIFY(last.has_value());
    QCOMPARE(last->nib, QStringLiteral("9120000009999"));
}

QTEST_GUILESS_MAIN(TestMemberImport)
#include "tst_memberimport.moc"
