// Sync by command line, end to end with the real binary: the five demo sites, each in its own
// database, export packages that one central database imports into the same totals as the
// sites report; a re-import changes nothing; a damaged package exits 2 and a conflicting one 3,
// both leaving the central file byte for byte as it was.

#include "clitestsupport.h"
#include "domain/quantity.h"

#include <QCryptographicHash>

using namespace Rpb;
using Rpb::Test::CliRunner;
using Rpb::Test::Run;

namespace {

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

const QStringList siteCodes {QStringLiteral("ACH"), QStringLiteral("JTG"), QStringLiteral("NTT"),
                             QStringLiteral("SLU"), QStringLiteral("KTM")};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// A site's own database, filled by `demo --site`, with its manager's account.
struct SiteDatabase
{
    std::shared_ptr<CliRunner> cli = std::make_shared<CliRunner>();
    QString code;
    QProcessEnvironment manager;
    QProcessEnvironment viewer;
    QProcessEnvironment operatorAccount;
};

qint64 totalMilli(const Run &run)
{
    auto milli = Quantity::parse(run.object().value(L("total")).toString());
    return milli ? *milli : -1;
}

QStringList summaryArguments(const QString &site, const QString &unit)
{
    return {L("--json"),  L("waste"), L("summary"), L("--site"), site, L("--from"),
            L("2026-05"), L("--to"),  L("2026-11"), L("--unit"), unit};
}
} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fiveSitesIntoOneCentralDatabase();
    void reimportChangesNothing();
    void damagedPackage_data();
    void damagedPackage();
    void conflicts();
    void responsibleManagerTravels();
    void usage();

private:
    QList<SiteDatabase> m_sites;
    CliRunner m_central;
    QStringList m_packages;
};

void TestCliSync::initTestCase()
{
    for (const QString &code : siteCodes) {
        SiteDatabase site;
        site.code = code;
        const Run demo = site.cli->run(
            {L("--json"), L("demo"), L("--site"), code, L("--today"), L("2026-11-28")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
        for (const QJsonValue account : demo.object().value(L("accounts")).toArray()) {
            const QJsonObject a = account.toObject();
            const QProcessEnvironment env
                = site.cli->as(a.value(L("name")).toString(), a.value(L("password")).toString());
            if (a.value(L("role")).toString() == L("manager"))
                site.manager = env;
            else if (a.value(L("role")).toString() == L("viewer"))
                site.viewer = env;
            else if (a.value(L("role")).toString() == L("operator"))
                site.operatorAccount = env;
        }
        QVERIFY(!site.manager.isEmpty() && !site.viewer.isEmpty());

        // A manager's export, with the counts it wrote.
        const QString package = m_central.file(code + L(".rpbsync"));
        const Run exported = site.cli->run(
            {L("--json"), L("sync"), L("export"), L("--out"), package}, site.manager);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const QJsonObject result = exported.object();
        QCOMPARE(result.value(L("site")).toString(), code);
        QVERIFY(result.value(L("full")).toBool());
        QVERIFY(result.value(L("records")).toInteger() > 1000);
        QCOMPARE(result.value(L("file")).toString(), package);
        QVERIFY(QFile::exists(package));
        m_packages << package;

        m_sites.append(site);
    }
}

void TestCliSync::fiveSitesIntoOneCentralDatabase()
{
    // The first import makes the central database.
    QVERIFY(!QFile::exists(m_central.dbPath()));
    const Run dryRun = m_central.run({L("sync"), L("import"), m_packages.first(), L("--dry-run")});
    QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.describe()));
    QVERIFY2(dryRun.out.contains(L("Dry run")), qPrintable(dryRun.out));
    QVERIFY(dryRun.out.contains(L("In package")));
    QVERIFY(dryRun.out.contains(L("waste_line")));
    QCOMPARE(m_central.count(L("site")), 0);

    for (const QString &package : std::as_const(m_packages)) {
        const Run imported = m_central.run({L("--json"), L("sync"), L("import"), package});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QJsonObject result = imported.object();
        QVERIFY(result.value(L("imported")).toBool());
        QCOMPARE(result.value(L("changes")).toInteger(), result.value(L("records")).toInteger());
    }
    QCOMPARE(m_central.count(L("site")), 5);

    const Run status = m_central.run({L("--json"), L("sync"), L("status")});
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
    QCOMPARE(status.array().size(), 5);
    for (const QJsonValue site : status.array()) {
        QVERIFY(site.toObject().value(L("imported")).toBool());
        QVERIFY(!site.toObject().value(L("last_import")).isNull());
    }
    const Run table = m_central.run({L("sync"), L("status")});
    QVERIFY(table.out.contains(L("from packages (read-only)")));

    // The central totals are the sum of what each site reports about itself.
    for (const QString &unit : {L("kg"), L("L")}) {
        qint64 sum = 0;
        for (const SiteDatabase &site : std::as_const(m_sites)) {
            const Run own = site.cli->run(summaryArguments(site.code, unit), site.manager);
            QVERIFY2(own.exitCode == 0, qPrintable(own.describe()));
            QVERIFY(totalMilli(own) >= 0);
            sum += totalMilli(own);
            const Run there = m_central.run(summaryArguments(site.code, unit));
            QCOMPARE(totalMilli(there), totalMilli(own));
        }
        const Run all = m_central.run(summaryArguments(L("all"), unit));
        QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
        QCOMPARE(totalMilli(all), sum);
        if (unit == L("kg"))
            QVERIFY(sum > 0);
    }

    // Imported sites are read-only at the central office; the central database has no site of
    // its own to export.
    const Run closing = m_central.run(
        {L("month"), L("close"), L("--site"), L("ACH"), L("--month"), L("2026-10")});
    QCOMPARE(closing.exitCode, 4);
    QVERIFY2(closing.err.contains(L("read-only")), qPrintable(closing.err));
    const Run exportCentral
        = m_central.run({L("sync"), L("export"), L("--out"), m_central.file(L("x.rpbsync"))});
    QCOMPARE(exportCentral.exitCode, 2);
    QVERIFY(!QFile::exists(m_central.file(L("x.rpbsync"))));
}

void TestCliSync::reimportChangesNothing()
{
    const QByteArray before = fileHash(m_central.dbPath());
    QVERIFY(!before.isEmpty());
    for (const QString &package : std::as_const(m_packages)) {
        const Run again = m_central.run({L("sync"), L("import"), package});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY2(again.out.contains(L("Nothing to import")), qPrintable(again.out));
        QVERIFY(again.out.contains(L("imported here before")));
    }
    QCOMPARE(fileHash(m_central.dbPath()), before);
}

void TestCliSync::damagedPackage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("one byte altered") << L("byte") << L("altered or damaged");
    QTest::newRow("cut short") << L("cut") << L("incomplete");
    QTest::newRow("not a package") << L("text") << L("not an RPB Hijau sync package");
    QTest::newRow("empty") << L("empty") << L("empty");
    QTest::newRow("missing") << L("missing") << L("Cannot open the package");
}

void TestCliSync::damagedPackage()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    QFile good(m_packages.at(1));
    QVERIFY(good.open(QIODevice::ReadOnly));
    QByteArray bytes = good.readAll();
    if (damage == L("byte"))
        bytes[bytes.size() / 2] = bytes.at(bytes.size() / 2) == '1' ? '2' : '1';
    else if (damage == L("cut"))
        bytes.truncate(bytes.size() * 2 / 3);
    else if (damage == L("text"))
        bytes = "Laporan bulan November\n";
    else if (damage == L("empty"))
        bytes.clear();
    const QString path = m_central.file(L("damaged-") + damage + L(".rpbsync"));
    if (damage != L("missing")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    const QByteArray before = fileHash(m_central.dbPath());
    for (const QStringList &options :
         {QStringList {}, QStringList {L("--skip-conflicts")}, QStringList {L("--dry-run")}}) {
        const Run run = m_central.run(QStringList {L("sync"), L("import"), path} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(L("error: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    const Run json = m_central.run({L("--json"), L("sync"), L("import"), path});
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(json.object().value(L("error")).toString(), L("invalid"));
    QCOMPARE(fileHash(m_central.dbPath()), before);
}

void TestCliSync::conflicts()
{
    // The site's file went back to an older copy and was edited again: a member now has other
    // content under a row version the central database already holds.
    SiteDatabase &site = m_sites.first();
    {
        auto context = site.cli->open();
        QVERIFY(context);
        QVERIFY(context->database().exec(L("UPDATE member SET phone = '0812-0000' WHERE id = "
                                           "(SELECT MIN(id) FROM member)")));
    }
    const QString package = m_central.file(L("ach-2.rpbsync"));
    const Run exported = site.cli->run({L("sync"), L("export"), L("--out"), package}, site.manager);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QVERIFY2(exported.out.contains(L("changed after change")), qPrintable(exported.out));

    const QByteArray before = fileHash(m_central.dbPath());
    const Run refused = m_central.run({L("sync"), L("import"), package});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(L("same version as ours")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(L("member")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(L("hint: ")));
    const Run json = m_central.run({L("--json"), L("sync"), L("import"), package});
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(json.object().value(L("error")).toString(), L("conflict"));
    QCOMPARE(json.object().value(L("conflicts")).toArray().size(), 1);
    const Run dryRun = m_central.run({L("sync"), L("import"), package, L("--dry-run")});
    QCOMPARE(dryRun.exitCode, 3);
    QCOMPARE(fileHash(m_central.dbPath()), before);

    const Run kept = m_central.run({L("sync"), L("import"), package, L("--skip-conflicts")});
    QVERIFY2(kept.exitCode == 0, qPrintable(kept.describe()));
    QVERIFY2(kept.out.contains(L("kept aside")), qPrintable(kept.out));
    const Run list = m_central.run({L("--json"), L("sync"), L("conflicts")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.array().size(), 1);
    const QJsonObject conflict = list.array().first().toObject();
    QCOMPARE(conflict.value(L("site")).toString(), L("ACH"));
    QCOMPARE(conflict.value(L("kind")).toString(), L("member"));
    QCOMPARE(conflict.value(L("incoming"))
                 .toObject()
                 .value(L("data"))
                 .toObject()
                 .value(L("phone"))
                 .toString(),
             L("0812-0000"));

    const QString id = QString::number(conflict.value(L("id")).toInteger());
    const Run wrongKeep = m_central.run({L("sync"), L("resolve"), id, L("--keep"), L("both")});
    QCOMPARE(wrongKeep.exitCode, 1);
    const Run resolved = m_central.run({L("sync"), L("resolve"), id, L("--keep"), L("incoming")});
    QVERIFY2(resolved.exitCode == 0, qPrintable(resolved.describe()));
    const Run none = m_central.run({L("sync"), L("conflicts")});
    QVERIFY(none.out.contains(L("No open conflicts")));
    const Run again = m_central.run({L("sync"), L("import"), package});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
}

void TestCliSync::responsibleManagerTravels()
{
    // The site names its responsible manager; the central office, once it has the site's next
    // package, prints that name in the summary's signature.
    const SiteDatabase &site = m_sites.first();
    QVERIFY(!site.operatorAccount.isEmpty());
    const QStringList setManager {L("sites"), L("set-manager"), L("--site"),
                                  site.code,  L("--name"),      L("  Dewi   Lestari ")};
    const Run refused = site.cli->run(setManager, site.operatorAccount);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains(L("Only a manager")), qPrintable(refused.err));
    const Run viewer = site.cli->run(setManager, site.viewer);
    QCOMPARE(viewer.exitCode, 4);
    const Run tooLong = site.cli->run({L("sites"), L("set-manager"), L("--site"), site.code,
                                       L("--name"), QString(121, QLatin1Char('x'))},
                                      site.manager);
    QCOMPARE(tooLong.exitCode, 2);
    QVERIFY2(tooLong.err.contains(L("--name")), qPrintable(tooLong.err));

    const Run set = site.cli->run(QStringList {L("--json")} + setManager, site.manager);
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    QCOMPARE(set.object().value(L("manager_name")).toString(), L("Dewi Lestari"));
    const Run listed = site.cli->run({L("--json"), L("sites"), L("list")}, site.manager);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QCOMPARE(listed.array().first().toObject().value(L("manager_name")).toString(),
             L("Dewi Lestari"));
    const Run help = site.cli->run({L("--help")});
    QVERIFY(help.out.contains(L("sites set-manager --site S --name TEXT")));

    // The change travels in the next package, into a central office without the site's
    // accounts.
    CliRunner central;
    const QString package = central.file(L("manager.rpbsync"));
    const Run exported = site.cli->run(
        {L("--json"), L("sync"), L("export"), L("--full"), L("--out"), package}, site.manager);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    const Run imported = central.run({L("sync"), L("import"), package});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const QStringList report {L("--json"), L("report"),  L("--site"),
                              site.code,   L("--month"), L("2026-10")};
    const Run signed_ = central.run(report);
    QVERIFY2(signed_.exitCode == 0, qPrintable(signed_.describe()));
    QCOMPARE(signed_.object().value(L("manager")).toString(), L("Dewi Lestari"));
    const Run there = central.run({L("--json"), L("sites"), L("list")});
    QCOMPARE(there.array().first().toObject().value(L("manager_name")).toString(),
             L("Dewi Lestari"));

    // At the central office the site is read-only: its manager is named at the site.
    const Run readOnly = central.run(
        {L("sites"), L("set-manager"), L("--site"), site.code, L("--name"), L("Budi")});
    QCOMPARE(readOnly.exitCode, 4);

    // An empty name clears it, and that travels too.
    const Run cleared = site.cli->run(
        {L("sites"), L("set-manager"), L("--site"), site.code, L("--name"), QString()},
        site.manager);
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.describe()));
    const QString next = central.file(L("cleared.rpbsync"));
    const Run again = site.cli->run({L("sync"), L("export"), L("--out"), next}, site.manager);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    const Run importedAgain = central.run({L("sync"), L("import"), next});
    QVERIFY2(importedAgain.exitCode == 0, qPrintable(importedAgain.describe()));
    const Run unsigned_ = central.run(report);
    QVERIFY2(unsigned_.exitCode == 0, qPrintable(unsigned_.describe()));
    QCOMPARE(unsigned_.object().value(L("manager")).toString(), QString());
}

void TestCliSync::usage()
{
    const Run noFile = m_central.run({L("sync"), L("import")});
    QCOMPARE(noFile.exitCode, 1);
    const Run noOut = m_sites.first().cli->run({L("sync"), L("export")}, m_sites.first().manager);
    QCOMPARE(noOut.exitCode, 1);
    QVERIFY(noOut.err.contains(L("--out")));
    const Run help = m_central.run({L("--help")});
    QVERIFY(help.out.contains(L("sync export --out FILE")));
    QVERIFY(help.out.contains(L("sync import FILE")));
    QVERIFY(help.out.contains(L("sync conflicts")));

    // Someone who may only read does not export.
    const SiteDatabase &site = m_sites.first();
    const Run viewer = site.cli->run(
        {L("sync"), L("export"), L("--out"), site.cli->file(L("v.rpbsync"))}, site.viewer);
    QCOMPARE(viewer.exitCode, 4);
    QVERIFY2(viewer.err.contains(L("may only read")), qPrintable(viewer.err));
    QVERIFY(!QFile::exists(site.cli->file(L("v.rpbsync"))));
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
