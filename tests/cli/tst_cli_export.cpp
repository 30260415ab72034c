// `export csv` end to end: the real binary on a small demo database, each kind of record to a
// file and to standard output, the counts against CsvExport in the test process, the accounts
// that may export, and the exit codes of bad input.

#include "clitestsupport.h"
#include "services/csvexport.h"

#include <QFile>

using namespace Rpb;
using Rpb::Test::CliRunner;
using Rpb::Test::Run;

namespace {
QString L(const char *text)
{
    return QString::fromLatin1(text);
}

// Records of an RFC 4180 file (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> recordsOf(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
                   && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records << record;
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachKind_data();
    void eachKind();
    void textOutput();
    void standardOutput();
    void siteAndPeriod();
    void badInput_data();
    void badInput();
    void failedExportKeepsOldFile();
    void accounts();
    void help();

private:
    QProcessEnvironment as(const QString &role, const QString &site = {}) const;
    qint64 expectedRows(const CsvExport::Options &options) const;

    CliRunner m_cli;
    QJsonArray m_accounts;
};

QProcessEnvironment TestCliExport::as(const QString &role, const QString &site) const
{
    for (const QJsonValue &a : m_accounts) {
        const QJsonObject o = a.toObject();
        if (o.value(L("role")).toString() == role
            && (site.isEmpty() || o.value(L("site")).toString() == site))
            return m_cli.as(o.value(L("name")).toString(), o.value(L("password")).toString());
    }
    qFatal("no demo account %s", qPrintable(role));
}

qint64 TestCliExport::expectedRows(const CsvExport::Options &options) const
{
    auto context = m_cli.open();
    if (!context)
        return -1;
    auto n = context->csv().count(options);
    return n ? *n : -1;
}

void TestCliExport::initTestCase()
{
    const Run demo
        = m_cli.run({L("demo"), L("--seed"), L("7"), L("--today"), L("2026-11-28"), L("--json")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
    m_accounts = demo.object().value(L("accounts")).toArray();
    QVERIFY(!m_accounts.isEmpty());
}

void TestCliExport::eachKind_data()
{
    QTest::addColumn<QString>("what");
    for (CsvExport::What what : CsvExport::allWhats())
        QTest::newRow(qPrintable(CsvExport::whatCode(what))) << CsvExport::whatCode(what);
}

void TestCliExport::eachKind()
{
    QFETCH(QString, what);
    const QString file = m_cli.file(what + L(".csv"));
    const Run run = m_cli.run(
        {L("export"), L("csv"), L("--what"), what, L("--out"), file, L("--json")}, as(L("viewer")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonObject o = run.object();
    const CsvExport::What kind = *CsvExport::whatFromCode(what);
    CsvExport::Options options;
    options.what = kind;
    QCOMPARE(o.value(L("what")).toString(), what);
    QCOMPARE(o.value(L("site")).toString(), L("all"));
    QCOMPARE(o.value(L("file")).toString(), file);
    QVERIFY(o.value(L("from")).isNull());
    const qint64 rows = qint64(o.value(L("rows")).toDouble());
    QVERIFY(rows > 0);
    QCOMPARE(rows, expectedRows(options));
    QStringList columns;
    for (const QJsonValue &c : o.value(L("columns")).toArray())
        columns << c.toString();
    QCOMPARE(columns, CsvExport::columns(kind));

    const QByteArray bytes = readAll(file);
    QCOMPARE(qint64(bytes.size()), qint64(o.value(L("bytes")).toDouble()));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(bytes.mid(3, bytes.indexOf("\r\n") - 3), columns.join(QLatin1Char(',')).toLatin1());
    // One CRLF per record when no field holds a line break, as in the demo's data.
    QCOMPARE(qint64(bytes.count("\r\n")), rows + 1);
    QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
}

void TestCliExport::textOutput()
{
    const QString file = m_cli.file(L("members-text.csv"));
    const Run run = m_cli.run(
        {L("export"), L("csv"), L("--what"), L("members"), L("--out"), file, L("--site"), L("NTT")},
        as(L("viewer")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    CsvExport::Options options;
    options.what = CsvExport::What::Members;
    auto context = m_cli.open();
    QVERIFY(context);
    options.siteId = context->masterData().find<Site>(std::nullopt, L("NTT"))->meta.id;
    const qint64 n = expectedRows(options);
    QVERIFY(n > 0);
    // The plural comes from the translation catalogue; the count and the file are certain.
    QVERIFY2(run.out.startsWith(QString::number(n) + L(" member")), qPrintable(run.out));
    QVERIFY2(run.out.trimmed().endsWith(L(" written to ") + file + L(".")), qPrintable(run.out));
    QVERIFY(run.err.isEmpty());
}

void TestCliExport::standardOutput()
{
    const QStringList arguments {L("export"), L("csv"),       L("--what"), L("batches"),
                                 L("--site"), L("ACH"),       L("--from"), L("2026-10-01"),
                                 L("--to"),   L("2026-10-31")};
    const Run piped = m_cli.run(arguments + QStringList {L("--out"), L("-")}, as(L("viewer")));
    QVERIFY2(piped.exitCode == 0, qPrintable(piped.describe()));
    QVERIFY(piped.err.isEmpty());
    const QString file = m_cli.file(L("batches-october.csv"));
    const Run written = m_cli.run(arguments + QStringList {L("--out"), file}, as(L("viewer")));
    QVERIFY2(written.exitCode == 0, qPrintable(written.describe()));
    // Standard output carries the file exactly, byte-order mark included, and nothing else: read
    // as raw bytes, since decoding would swallow the mark.
    QProcess process;
    process.setProcessEnvironment(as(L("viewer")));
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(RPB_EXECUTABLE),
                  arguments + QStringList {L("--out"), L("-"), L("--db"), m_cli.dbPath()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray bytes = process.readAllStandardOutput();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "id,code,"));
    QCOMPARE(bytes, readAll(file));
    QCOMPARE(piped.out, QString::fromUtf8(bytes));
}

void TestCliExport::siteAndPeriod()
{
    const QString file = m_cli.file(L("bookings-ntt.csv"));
    const Run run = m_cli.run({L("export"), L("csv"), L("--what"), L("bookings"), L("--site"),
                               L("NTT"), L("--from"), L("2026-11-01"), L("--to"), L("2026-11-07"),
                               L("--out"), file, L("--json")},
                              as(L("viewer")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = run.object();
    QCOMPARE(o.value(L("site")).toString(), L("NTT"));
    QCOMPARE(o.value(L("from")).toString(), L("2026-11-01"));
    QCOMPARE(o.value(L("to")).toString(), L("2026-11-07"));
    const qint64 rows = qint64(o.value(L("rows")).toDouble());
    QVERIFY(rows > 0);
    const QList<QStringList> records = recordsOf(readAll(file));
    QCOMPARE(qint64(records.size()), rows + 1);
    const qsizetype siteColumn = records.first().indexOf(L("site"));
    const qsizetype startColumn = records.first().indexOf(L("start"));
    QVERIFY(siteColumn >= 0 && startColumn >= 0);
    qint64 checked = 0;
    for (qsizetype i = 1; i < records.size(); ++i) {
        QCOMPARE(records.at(i).at(siteColumn), L("NTT"));
        const QByteArray start = records.at(i).at(startColumn).toLatin1();
        QVERIFY2(start >= "2026-11-01T00:00:00+08:00" && start < "2026-11-08T00:00:00+08:00",
                 start.constData());
        QVERIFY(start.endsWith("+08:00"));
        ++checked;
    }
    QCOMPARE(checked, rows);
}

void TestCliExport::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("where");
    const QString out = L("--out=") + m_cli.file(L("bad.csv"));
    QTest::newRow("unknown kind") << QStringList {L("--what"), L("orders"), out} << 1
                                  << L("--what");
    QTest::newRow("no kind") << QStringList {out} << 1 << L("--what");
    QTest::newRow("no file") << QStringList {L("--what"), L("members")} << 1 << L("--out");
    QTest::newRow("malformed date")
        << QStringList {L("--what"), L("bookings"), L("--from"), L("2026-13-01"), out} << 1
        << L("--from");
    QTest::newRow("Indonesian date")
        << QStringList {L("--what"), L("bookings"), L("--to"), L("28/11/2026"), out} << 1
        << L("--to");
    QTest::newRow("last date first")
        << QStringList {L("--what"), L("waste"),      L("--from"), L("2026-10-02"),
                        L("--to"),   L("2026-10-01"), out}
        << 2 << L("--to");
    QTest::newRow("unknown site") << QStringList {L("--what"), L("members"), L("--site"), L("XYZ"),
                                                  out}
                                  << 2 << L("--site XYZ");
    QTest::newRow("members by date")
        << QStringList {L("--what"), L("members"), L("--from"), L("2026-01-01"), out} << 1
        << L("--from");
    QTest::newRow("folder missing")
        << QStringList {L("--what"), L("members"), L("--out"), m_cli.file(L("no/such/x.csv"))} << 2
        << m_cli.file(L("no/such/x.csv"));
    QTest::newRow("json and standard output")
        << QStringList {L("--what"), L("members"), L("--out"), L("-"), L("--json")} << 1
        << L("--json");
}

void TestCliExport::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, where);
    const Run run = m_cli.run(QStringList {L("export"), L("csv")} + arguments, as(L("viewer")));
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(L("error: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(where), qPrintable(run.err));
    if (!arguments.contains(L("--json")))
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY(!QFile::exists(m_cli.file(L("bad.csv"))));
}

void TestCliExport::failedExportKeepsOldFile()
{
    const QString file = m_cli.file(L("keep.csv"));
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("older file\n");
    }
    const Run refused = m_cli.run({L("export"), L("csv"), L("--what"), L("bookings"), L("--site"),
                                   L("NTT"), L("--out"), file},
                                  as(L("operator"), L("ACH")));
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(readAll(file), QByteArray("older file\n"));
    const Run done = m_cli.run({L("export"), L("csv"), L("--what"), L("members"), L("--out"), file},
                               as(L("viewer")));
    QVERIFY2(done.exitCode == 0, qPrintable(done.describe()));
    QVERIFY(readAll(file).startsWith("\xEF\xBB\xBF"
                                     "id,code,site,"));
    QCOMPARE(QDir(m_cli.file(QString())).entryList({L("keep.csv*")}, QDir::Files),
             QStringList {L("keep.csv")});
}

void TestCliExport::accounts()
{
    // An operator of one site exports that site when no site is named.
    const Run own = m_cli.run({L("export"), L("csv"), L("--what"), L("members"), L("--out"),
                               m_cli.file(L("own.csv")), L("--json")},
                              as(L("operator"), L("ACH")));
    QVERIFY2(own.exitCode == 0, qPrintable(own.describe()));
    QCOMPARE(own.object().value(L("sites")).toArray(), QJsonArray {L("ACH")});
    // Without an account the database refuses to say anything.
    const Run nobody = m_cli.run({L("export"), L("csv"), L("--what"), L("members"), L("--out"),
                                  m_cli.file(L("nobody.csv"))});
    QCOMPARE(nobody.exitCode, 4);
    QVERIFY(!QFile::exists(m_cli.file(L("nobody.csv"))));

    // What a manager exports carries no account data.
    QStringList passwords;
    for (const QJsonValue &a : std::as_const(m_accounts))
        passwords << a.toObject().value(L("password")).toString();
    for (CsvExport::What what : CsvExport::allWhats()) {
        const QString file = m_cli.file(L("manager-") + CsvExport::whatCode(what) + L(".csv"));
        const Run run = m_cli.run(
            {L("export"), L("csv"), L("--what"), CsvExport::whatCode(what), L("--out"), file},
            as(L("manager"), L("JTG")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString text = QString::fromUtf8(readAll(file));
        QVERIFY(!text.isEmpty());
        for (const QString &password : std::as_const(passwords))
            QVERIFY(!text.contains(password));
        QVERIFY(!text.contains(L("$argon2")));
    }
}

void TestCliExport::help()
{
    const Run run = m_cli.run({L("--help")});
    QCOMPARE(run.exitCode, 0);
    const qsizetype command = run.out.indexOf(L("export csv --what"));
    const qsizetype planned = run.out.indexOf(L("Planned"));
    QVERIFY(command >= 0);
    // Among the commands available now, not the planned ones.
    QVERIFY(planned < 0 || command < planned);
    const Run one = m_cli.run({L("export"), L("csv"), L("--help")});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.contains(L("bookings|batches|waste|members")));
    QVERIFY(!one.out.contains(L("not available yet")));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
