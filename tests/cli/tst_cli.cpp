#include "cli/commandline.h"
#include "domain/uuid7.h"
#include "services/appcontext.h"
#include "services/batchservice.h"
#include "storage/migrations.h"
#include "services/appinfo.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Rpb;

namespace {

// What one run of rpb-hijau left behind.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

QStringList codesOf(const QJsonArray &array)
{
    QStringList codes;
    for (const QJsonValue &value : array)
        codes << value.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

// Records made through the services, by code, with their UUID text.
using Made = QHash<QString, QString>;

const QStringList everyContractCommand{
    QStringLiteral("demo"),
    QStringLiteral("check"),
    QStringLiteral("backup"),
    QStringLiteral("sites list"),
    QStringLiteral("equipment list"),
    QStringLiteral("members list"),
    QStringLiteral("product-lines list"),
    QStringLiteral("waste-categories list"),
    QStringLiteral("user add"),
    QStringLiteral("user list"),
    QStringLiteral("user passwd"),
    QStringLiteral("book"),
    QStringLiteral("bookings list"),
    QStringLiteral("booking cancel"),
    QStringLiteral("booking checkin"),
    QStringLiteral("booking checkout"),
    QStringLiteral("maintenance add"),
    QStringLiteral("free-slots"),
    QStringLiteral("ics"),
    QStringLiteral("utilization"),
    QStringLiteral("batch add"),
    QStringLiteral("batch list"),
    QStringLiteral("batch show"),
    QStringLiteral("batch delete"),
    QStringLiteral("members import"),
    QStringLiteral("waste summary"),
    QStringLiteral("chart"),
    QStringLiteral("report"),
    QStringLiteral("sync export"),
    QStringLiteral("sync import"),
    QStringLiteral("sync status"),
    QStringLiteral("export csv"),
};

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void wantsCommandLine_data();
    void wantsCommandLine();
    void databasePathAsTheWindowReadsIt_data();
    void databasePathAsTheWindowReadsIt();
    void version();
    void versionAsJson();
    void shortVersionOptions();
    void languageFollowsArgumentThenLocaleThenSetting_data();
    void languageFollowsArgumentThenLocaleThenSetting();
    void helpNamesEveryCommand_data();
    void helpNamesEveryCommand();
    void helpOfOneCommand_data();
    void helpOfOneCommand();
    void usageErrors_data();
    void usageErrors();

    void sitesListAsJson();
    void listsAsJson_data();
    void listsAsJson();
    void recordFieldsAsJson();
    void siteFilter_data();
    void siteFilter();
    void unknownSite_data();
    void unknownSite();
    void archivedOnlyWhenAsked();
    void plainTableIsAligned();
    void missingDatabaseIsNotCreated_data();
    void missingDatabaseIsNotCreated();
    void databaseFromEnvironment();

    void checkOk();
    void checkDamagedFile_data();
    void checkDamagedFile();
    void checkFullFindsWrongWasteTotals();
    void newerSchemaIsRefused_data();
    void newerSchemaIsRefused();
    void backupReadsBackTheSame();
    void backupRefusesAnExistingFile();

    void errorAsJson_data();
    void errorAsJson();
    void messagesInTheChosenLanguage();

    void demoMakesTheFiveSites();
    void demoRefusesADatabaseWithData();

private:
    Run rpb(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment()) const;
    // The same, on the test's database.
    Run rpbOnDb(QStringList arguments) const;
    QString dbPath() const { return m_dir->filePath(QStringLiteral("rpb.sqlite")); }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    QProcessEnvironment environment() const;
    // Two sites with a record of every kind, made through the services as the window would.
    Made fill(const QString &path);
    // The environment of an account that may read the test's database: none is needed before
    // the database has accounts; once it has (demo data brings some), a manager made for the test.
    QProcessEnvironment signedIn() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(RPB_EXECUTABLE)), RPB_EXECUTABLE);
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestCli::environment() const
{
    // A home of its own, so that neither a saved language nor a default database of the person
    // running the tests changes what the program does.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Commands that draw start a GUI application, which warns on standard error without one.
    const QString runtime = m_dir->filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.remove(QStringLiteral("RPB_DB"));
    env.remove(QStringLiteral("RPB_USER"));
    env.remove(QStringLiteral("RPB_PASSWORD"));
    return env;
}

Run TestCli::rpb(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? this->environment() : environment);
    process.start(QStringLiteral(RPB_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not finish: ") + arguments.join(QLatin1Char(' '));
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run TestCli::rpbOnDb(QStringList arguments) const
{
    arguments << QStringLiteral("--db") << dbPath();
    return rpb(arguments);
}

QProcessEnvironment TestCli::signedIn() const
{
    QProcessEnvironment env = environment();
    auto context = AppContext::open(dbPath());
    if (!context || !(*context)->accounts().hasAccounts().value_or(false))
        return env;
    (*context)->setActor(Actor::setupAdministrator());
    const QString name = QStringLiteral("cli.test");
    const QString password = QStringLiteral("cli-test-password");
    if (!(*context)->accounts().userByName(name)) {
        User tester;
        tester.name = name;
        tester.role = Role::Manager;
        if (auto made = (*context)->accounts().addUser(tester, password); !made)
            qWarning() << made.error().toLine();
    }
    env.insert(QStringLiteral("RPB_USER"), name);
    env.insert(QStringLiteral("RPB_PASSWORD"), password);
    return env;
}

Made TestCli::fill(const QString &path)
{
    Made made;
    auto opened = AppContext::open(path);
    if (!opened) {
        qWarning() << opened.error().message << opened.error().detail;
        return made;
    }
    std::unique_ptr<AppContext> context = std::move(*opened);
    context->setActor(Actor::setupAdministrator());
    MasterDataService &data = context->masterData();
    const auto keep = [&made](const auto &saved) {
        if (!saved) {
            qWarning() << saved.error().toLine();
            return decltype(saved->meta.id)(0);
        }
        made.insert(saved->code, Uuid7::toText(saved->meta.uuid));
        return saved->meta.id;
    };

    Site aceh;
    aceh.code = QStringLiteral("ACH");
    aceh.name = QStringLiteral("RPB Minyak Atsiri");
    aceh.province = QStringLiteral("Aceh");
    aceh.timeZone = QStringLiteral("Asia/Jakarta");
    const qint64 achId = keep(data.save(aceh));
    Site kupang;
    kupang.code = QStringLiteral("NTT");
    kupang.name = QStringLiteral("RPB Daging Sapi");
    kupang.province = QStringLiteral("Nusa Tenggara Timur");
    kupang.timeZone = QStringLiteral("Asia/Makassar");
    const qint64 nttId = keep(data.save(kupang));

    ProductLine patchouli;
    patchouli.meta.siteId = achId;
    patchouli.code = QStringLiteral("PATCHOULI");
    patchouli.name = QStringLiteral("Minyak nilam");
    patchouli.unit = Unit::Kg;
    const qint64 patchouliId = keep(data.save(patchouli));
    ProductLine sei;
    sei.meta.siteId = nttId;
    sei.code = QStringLiteral("SEI");
    sei.name = QStringLiteral("Se'i sapi");
    keep(data.save(sei));

    Equipment kettle;
    kettle.meta.siteId = achId;
    kettle.code = QStringLiteral("ACH-KET1");
    kettle.name = QStringLiteral("Ketel suling 1");
    kettle.type = QStringLiteral("distillation kettle");
    kettle.capacity = 2;
    kettle.productLineIds = {patchouliId};
    keep(data.save(kettle));
    Equipment freezer;
    freezer.meta.siteId = nttId;
    freezer.code = QStringLiteral("NTT-FRZ1");
    freezer.name = QStringLiteral("Blast freezer");
    freezer.type = QStringLiteral("blast freezer");
    freezer.status = EquipmentStatus::Maintenance;
    keep(data.save(freezer));

    Member nilam;
    nilam.meta.siteId = achId;
    nilam.code = QStringLiteral("ACH-M01");
    nilam.name = QStringLiteral("Nilam Jaya");
    nilam.owner = QStringLiteral("Siti Rahmawati");
    nilam.nib = QStringLiteral("1234567890123");
    nilam.womenLed = true;
    nilam.phone = QStringLiteral("0812-3456-7890");
    nilam.joined = QDate(2024, 3, 1);
    keep(data.save(nilam));
    Member sapi;
    sapi.meta.siteId = nttId;
    sapi.code = QStringLiteral("NTT-M01");
    sapi.name = QStringLiteral("Sapi Timor");
    sapi.owner = QStringLiteral("Yohanes Bria");
    sapi.youthLed = true;
    keep(data.save(sapi));

    WasteCategory leaves;
    leaves.meta.siteId = achId;
    leaves.code = QStringLiteral("SPENT_BIOMASS");
    leaves.name = QStringLiteral("Ampas daun nilam");
    leaves.unit = Unit::Kg;
    keep(data.save(leaves));
    WasteCategory water;
    water.meta.siteId = nttId;
    water.code = QStringLiteral("WASTEWATER");
    water.name = QStringLiteral("Air limbah");
    water.unit = Unit::Litre;
    keep(data.save(water));
    return made;
}

void TestCli::wantsCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("wanted");
    QTest::newRow("nothing") << QStringList() << false;
    QTest::newRow("--db") << QStringList{QStringLiteral("--db"), QStringLiteral("a.sqlite")}
                          << false;
    QTest::newRow("--lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("en")} << false;
    QTest::newRow("--db=, --lang=")
        << QStringList{QStringLiteral("--db=a.sqlite"), QStringLiteral("--lang=id")} << false;
    QTest::newRow("value that looks like a command")
        << QStringList{QStringLiteral("--db"), QStringLiteral("demo")} << false;
    QTest::newRow("Qt's -style") << QStringList{QStringLiteral("-style"), QStringLiteral("fusion")}
                                 << false;
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << true;
    QTest::newRow("-V") << QStringList {QStringLiteral("-V")} << true;
    QTest::newRow("-v") << QStringList {QStringLiteral("-v")} << true;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << true;
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << true;
    QTest::newRow("demo") << QStringList{QStringLiteral("demo")} << true;
    QTest::newRow("unknown word") << QStringList{QStringLiteral("frobnicate")} << true;
    QTest::newRow("command after --db")
        << QStringList{QStringLiteral("--db"), QStringLiteral("a.sqlite"), QStringLiteral("sites"),
                       QStringLiteral("list")}
        << true;
    QTest::newRow("--json") << QStringList{QStringLiteral("--json")} << true;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << true;
}

void TestCli::wantsCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, wanted);
    QCOMPARE(CommandLine::wantsCommandLine(arguments), wanted);
}

void TestCli::databasePathAsTheWindowReadsIt_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--db PATH") << QStringList{QStringLiteral("--db"), QStringLiteral("/a/b.sqlite")}
                               << QString() << QStringLiteral("/a/b.sqlite");
    QTest::newRow("--db=PATH") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                              QStringLiteral("--db=/a/c.sqlite")}
                               << QString() << QStringLiteral("/a/c.sqlite");
    QTest::newRow("--db wins over RPB_DB")
        << QStringList{QStringLiteral("--db"), QStringLiteral("/a/b.sqlite")}
        << QStringLiteral("/e/f.sqlite") << QStringLiteral("/a/b.sqlite");
    QTest::newRow("RPB_DB") << QStringList() << QStringLiteral("/e/f.sqlite")
                            << QStringLiteral("/e/f.sqlite");
    QTest::newRow("default") << QStringList() << QString() << Database::defaultPath();
}

void TestCli::databasePathAsTheWindowReadsIt()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(QString, expected);
    const QByteArray saved = qgetenv("RPB_DB");
    if (environment.isEmpty())
        qunsetenv("RPB_DB");
    else
        qputenv("RPB_DB", environment.toUtf8());
    const QString path = CommandLine::databasePath(arguments);
    if (saved.isNull())
        qunsetenv("RPB_DB");
    else
        qputenv("RPB_DB", saved);
    QCOMPARE(path, expected);
}

void TestCli::version()
{
    const Run run = rpb({QStringLiteral("--version")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains(QStringLiteral("RPB Hijau ") + AppInfo::version()));
    QVERIFY(run.out.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("SQLite 3\\.\\d+"))));
    QVERIFY(run.err.isEmpty());
}

void TestCli::shortVersionOptions()
{
    for (const QString &option : {QStringLiteral("-V"), QStringLiteral("-v")}) {
        const Run run = rpb({option});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains(QStringLiteral("RPB Hijau ") + AppInfo::version()));
    }
}

void TestCli::languageFollowsArgumentThenLocaleThenSetting_data()
{
    QTest::addColumn<QString>("locale"); // LC_ALL
    QTest::addColumn<QString>("saved"); // the window's setting
    QTest::addColumn<QString>("argument"); // --lang
    QTest::addColumn<QString>("expected");
    QTest::newRow("--lang wins") << "id_ID.UTF-8"
                                 << "id"
                                 << "en"
                                 << "en";
    QTest::newRow("an English locale") << "en_US.UTF-8"
                                       << "id"
                                       << ""
                                       << "en";
    QTest::newRow("an Indonesian locale") << "id_ID.UTF-8"
                                          << "en"
                                          << ""
                                          << "id";
    QTest::newRow("C: the window's setting") << "C.UTF-8"
                                             << "en"
                                             << ""
                                             << "en";
    QTest::newRow("nothing: Indonesian") << "C.UTF-8"
                                         << ""
                                         << ""
                                         << "id";
}

void TestCli::languageFollowsArgumentThenLocaleThenSetting()
{
    QFETCH(QString, locale);
    QFETCH(QString, saved);
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    // The window's setting, where QSettings keeps it for this home.
    const QString settings = m_dir->filePath(QStringLiteral("config/RPB Hijau/rpb-hijau.conf"));
    QFile::remove(settings);
    if (!saved.isEmpty()) {
        QDir().mkpath(QFileInfo(settings).absolutePath());
        QFile file(settings);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[ui]\nlanguage=" + saved.toLatin1() + "\n");
    }
    QStringList arguments {QStringLiteral("sites"), QStringLiteral("list"), QStringLiteral("--db"),
                           m_dir->filePath(QStringLiteral("none.sqlite"))};
    if (!argument.isEmpty())
        arguments << QStringLiteral("--lang") << argument;
    const Run run = rpb(arguments, env);
    QCOMPARE(run.exitCode, 5);
    // "There is no database here." in the language chosen.
    const bool english = run.err.contains(QStringLiteral("There is no database here"));
    QVERIFY2(english == (expected == QLatin1String("en")), qPrintable(run.err));
}

void TestCli::versionAsJson()
{
    const Run run = rpb({QStringLiteral("--version"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = run.json().object();
    QCOMPARE(object.value(QStringLiteral("name")).toString(), QStringLiteral("RPB Hijau"));
    QCOMPARE(object.value(QStringLiteral("version")).toString(), AppInfo::version());
    QCOMPARE(object.value(QStringLiteral("qt")).toString(), QString::fromLatin1(qVersion()));
    QVERIFY(object.value(QStringLiteral("sqlite")).toString().startsWith(QLatin1String("3.")));
}

void TestCli::helpNamesEveryCommand_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
}

void TestCli::helpNamesEveryCommand()
{
    QFETCH(QString, option);
    const Run run = rpb({QStringLiteral("--lang"), QStringLiteral("en"), option});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    for (const QString &command : everyContractCommand)
        QVERIFY2(run.out.contains(QStringLiteral("\n  ") + command), qPrintable(command));
    for (const QString &global :
         {QStringLiteral("--db PATH"), QStringLiteral("--lang id|en"), QStringLiteral("--json"),
          QStringLiteral("--user NAME"), QStringLiteral("--version"), QStringLiteral("RPB_DB")})
        QVERIFY2(run.out.contains(global), qPrintable(global));
    // Every command of the contract works now: none is listed as planned.
    QVERIFY(!run.out.contains(QStringLiteral("not available yet")));
    QVERIFY(run.out.indexOf(QStringLiteral("\n  sync export")) > 0);
    for (const QString &variable : {QStringLiteral("RPB_USER"), QStringLiteral("RPB_PASSWORD"),
                                    QStringLiteral("RPB_NEW_PASSWORD")})
        QVERIFY2(run.out.contains(variable), qPrintable(variable));
}

void TestCli::helpOfOneCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equipment list") << QStringList{QStringLiteral("equipment"),
                                                   QStringLiteral("list"), QStringLiteral("--help")}
                                    << QStringLiteral("equipment list [--site S]");
    QTest::newRow("backup") << QStringList{QStringLiteral("--help"), QStringLiteral("backup")}
                            << QStringLiteral("backup --to FILE");
    QTest::newRow("with an argument")
        << QStringList{QStringLiteral("booking"), QStringLiteral("cancel"), QStringLiteral("-h")}
        << QStringLiteral("booking cancel ID");
    QTest::newRow("batch add") << QStringList{QStringLiteral("batch"), QStringLiteral("add"),
                                              QStringLiteral("--help")}
                               << QStringLiteral("batch add --file F [--acknowledge TEXT]");
    QTest::newRow("sync export") << QStringList{QStringLiteral("sync"), QStringLiteral("export"),
                                                QStringLiteral("--help")}
                                 << QStringLiteral("sync export --out FILE");
}

void TestCli::helpOfOneCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = rpb(arguments << QStringLiteral("--lang") << QStringLiteral("en"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("Exit codes"))); // one command, not the whole help
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto L = [](const char *text) {
        return QString::fromLatin1(text);
    };
    QTest::newRow("unknown command")
        << QStringList{L("frobnicate")} << L("Unknown command \"frobnicate\"");
    QTest::newRow("unknown option of a command")
        << QStringList{L("sites"), L("list"), L("--bogus")} << L("Unknown option --bogus");
    QTest::newRow("unknown option alone") << QStringList{L("--bogus")} << L("Unknown option");
    QTest::newRow("unknown single-dash option")
        << QStringList{L("-x"), L("sites"), L("list")} << L("Unknown option -x");
    QTest::newRow("group without its second word") << QStringList{L("sites")} << L("list");
    QTest::newRow("unknown second word")
        << QStringList{L("sites"), L("frob")} << L("Unknown command \"sites frob\"");
    QTest::newRow("option before its command")
        << QStringList{L("--site"), L("ACH"), L("equipment"), L("list")} << L("belongs after");
    QTest::newRow("option without its value")
        << QStringList{L("equipment"), L("list"), L("--site")} << L("needs a value");
    QTest::newRow("required option missing") << QStringList{L("backup")} << L("--to FILE");
    QTest::newRow("flag with a value")
        << QStringList{L("check"), L("--full=yes")} << L("takes no value");
    QTest::newRow("option twice") << QStringList{L("equipment"), L("list"),   L("--site"),
                                                 L("A"),         L("--site"), L("B")}
                                  << L("given twice");
    QTest::newRow("argument a command does not take")
        << QStringList{L("sites"), L("list"), L("extra")} << L("Unexpected argument \"extra\"");
    QTest::newRow("a second argument")
        << QStringList{L("booking"), L("cancel"), L("a"), L("b")} << L("Unexpected argument \"b\"");
    QTest::newRow("argument missing") << QStringList{L("user"), L("passwd")} << L("needs N");
    QTest::newRow("required option of book")
        << QStringList{L("book"), L("--equipment"), L("ACH-KET1")} << L("--member M is required");
    QTest::newRow("unknown language")
        << QStringList{L("sites"), L("list"), L("--lang"), L("fr")} << L("\"fr\"");
    QTest::newRow("no command") << QStringList{L("--user"), L("siti")} << L("No command");
    QTest::newRow("demo scale") << QStringList{L("demo"), L("--scale"), L("huge")}
                                << L("small|national");
    QTest::newRow("demo seed") << QStringList{L("demo"), L("--seed"), L("many")} << L("--seed");
    QTest::newRow("demo date") << QStringList{L("demo"), L("--today"), L("28/11/2026")}
                               << L("YYYY-MM-DD");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QStringList withLanguage = arguments;
    if (!arguments.contains(QStringLiteral("--lang")))
        withLanguage << QStringLiteral("--lang") << QStringLiteral("en");
    const Run run = rpbOnDb(withLanguage);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(QStringLiteral("error: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("\nhint: rpb-hijau --help\n")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY2(!QFile::exists(dbPath()), "a usage error must not create a database");
}

void TestCli::sitesListAsJson()
{
    const Made made = fill(dbPath());
    QCOMPARE(made.size(), 10);
    const Run run
        = rpbOnDb({QStringLiteral("sites"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonDocument document = run.json();
    QVERIFY2(document.isArray(), qPrintable(run.out));
    const QJsonArray sites = document.array();
    QCOMPARE(codesOf(sites), (QStringList{QStringLiteral("ACH"), QStringLiteral("NTT")}));
    const QJsonObject aceh = sites.at(0).toObject();
    QCOMPARE(aceh.value(QStringLiteral("id")).toString(), made.value(QStringLiteral("ACH")));
    QCOMPARE(aceh.value(QStringLiteral("name")).toString(), QStringLiteral("RPB Minyak Atsiri"));
    QCOMPARE(aceh.value(QStringLiteral("province")).toString(), QStringLiteral("Aceh"));
    QCOMPARE(aceh.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Asia/Jakarta"));
    QCOMPARE(aceh.value(QStringLiteral("open_time")).toString(), QStringLiteral("07:00"));
    QCOMPARE(aceh.value(QStringLiteral("close_time")).toString(), QStringLiteral("17:00"));
    QCOMPARE(aceh.value(QStringLiteral("open_days")).toArray().size(), 6);
    QCOMPARE(sites.at(1).toObject().value(QStringLiteral("time_zone")).toString(),
             QStringLiteral("Asia/Makassar"));
}

void TestCli::listsAsJson_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("fields");
    const auto L = [](const char *text) {
        return QString::fromLatin1(text);
    };
    const QStringList common{L("id"), L("code"), L("name"), L("site")};
    QTest::newRow("equipment") << L("equipment") << QStringList{L("ACH-KET1"), L("NTT-FRZ1")}
                               << common
            + QStringList{L("type"), L("status"), L("capacity"), L("product_lines")};
    QTest::newRow("members") << L("members") << QStringList{L("ACH-M01"), L("NTT-M01")}
                             << common + QStringList{L("women_led"), L("youth_led"), L("owner"),
                                                     L("nib"),       L("phone"),     L("joined")};
    QTest::newRow("product lines") << L("product-lines") << QStringList{L("PATCHOULI"), L("SEI")}
                                   << common + QStringList{L("unit")};
    QTest::newRow("waste categories")
        << L("waste-categories") << QStringList{L("SPENT_BIOMASS"), L("WASTEWATER")}
        << common + QStringList{L("unit"), L("hazardous")};
}

void TestCli::listsAsJson()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, fields);
    const Made made = fill(dbPath());
    const Run run = rpbOnDb({kind, QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.json().isArray(), qPrintable(run.out));
    QJsonArray array = run.json().array();
    QCOMPARE(codesOf(array), codes); // sorted by code
    // Both sites have one record of each kind: ACH's first.
    const QStringList sites{QStringLiteral("ACH"), QStringLiteral("NTT")};
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        for (const QString &field : fields)
            QVERIFY2(object.contains(field), qPrintable(kind + QLatin1Char('.') + field));
        const QString code = object.value(QStringLiteral("code")).toString();
        QCOMPARE(object.value(QStringLiteral("id")).toString(), made.value(code));
        QCOMPARE(object.value(QStringLiteral("site")).toString(), sites.at(i));
    }
}

void TestCli::recordFieldsAsJson()
{
    fill(dbPath());
    const auto listed = [this](const QString &kind, const QString &site) {
        const Run run = rpbOnDb({kind, QStringLiteral("list"), QStringLiteral("--site"), site,
                                 QStringLiteral("--json")});
        return run.json().array().first().toObject();
    };
    const QJsonObject kettle = listed(QStringLiteral("equipment"), QStringLiteral("ACH"));
    QCOMPARE(kettle.value(QStringLiteral("type")).toString(),
             QStringLiteral("distillation kettle"));
    QCOMPARE(kettle.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(kettle.value(QStringLiteral("capacity")).toInt(), 2);
    QCOMPARE(kettle.value(QStringLiteral("product_lines")).toArray(),
             QJsonArray{QStringLiteral("PATCHOULI")});
    const QJsonObject freezer = listed(QStringLiteral("equipment"), QStringLiteral("NTT"));
    QCOMPARE(freezer.value(QStringLiteral("status")).toString(), QStringLiteral("maintenance"));

    const QJsonObject nilam = listed(QStringLiteral("members"), QStringLiteral("ACH"));
    QCOMPARE(nilam.value(QStringLiteral("women_led")), QJsonValue(true));
    QCOMPARE(nilam.value(QStringLiteral("youth_led")), QJsonValue(false));
    QCOMPARE(nilam.value(QStringLiteral("owner")).toString(), QStringLiteral("Siti Rahmawati"));
    QCOMPARE(nilam.value(QStringLiteral("nib")).toString(), QStringLiteral("1234567890123"));
    QCOMPARE(nilam.value(QStringLiteral("joined")).toString(), QStringLiteral("2024-03-01"));
    const QJsonObject sapi = listed(QStringLiteral("members"), QStringLiteral("NTT"));
    QCOMPARE(sapi.value(QStringLiteral("youth_led")), QJsonValue(true));
    QVERIFY(sapi.value(QStringLiteral("joined")).isNull());

    QCOMPARE(listed(QStringLiteral("product-lines"), QStringLiteral("ACH"))
                 .value(QStringLiteral("unit"))
                 .toString(),
             QStringLiteral("kg"));
    QCOMPARE(listed(QStringLiteral("waste-categories"), QStringLiteral("NTT"))
                 .value(QStringLiteral("unit"))
                 .toString(),
             QStringLiteral("L"));
}

void TestCli::siteFilter_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("site");
    QTest::addColumn<bool>("byUuid");
    QTest::addColumn<QString>("code");
    QTest::newRow("equipment by code") << QStringLiteral("equipment") << QStringLiteral("NTT")
                                       << false << QStringLiteral("NTT-FRZ1");
    QTest::newRow("equipment by id") << QStringLiteral("equipment") << QStringLiteral("ACH") << true
                                     << QStringLiteral("ACH-KET1");
    QTest::newRow("members by code")
        << QStringLiteral("members") << QStringLiteral("ACH") << false << QStringLiteral("ACH-M01");
    QTest::newRow("members by id")
        << QStringLiteral("members") << QStringLiteral("NTT") << true << QStringLiteral("NTT-M01");
    QTest::newRow("product lines") << QStringLiteral("product-lines") << QStringLiteral("NTT")
                                   << false << QStringLiteral("SEI");
    QTest::newRow("waste categories") << QStringLiteral("waste-categories") << QStringLiteral("ACH")
                                      << true << QStringLiteral("SPENT_BIOMASS");
}

void TestCli::siteFilter()
{
    QFETCH(QString, kind);
    QFETCH(QString, site);
    QFETCH(bool, byUuid);
    QFETCH(QString, code);
    const Made made = fill(dbPath());
    const QString wanted = byUuid ? made.value(site) : site;
    QVERIFY(!wanted.isEmpty());
    const Run run = rpbOnDb(
        {kind, QStringLiteral("list"), QStringLiteral("--site"), wanted, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray array = run.json().array();
    QCOMPARE(codesOf(array), QStringList{code});
    QCOMPARE(array.first().toObject().value(QStringLiteral("site")).toString(), site);
}

void TestCli::unknownSite_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("equipment") << QStringLiteral("equipment");
    QTest::newRow("members") << QStringLiteral("members");
    QTest::newRow("product lines") << QStringLiteral("product-lines");
    QTest::newRow("waste categories") << QStringLiteral("waste-categories");
}

void TestCli::unknownSite()
{
    QFETCH(QString, kind);
    fill(dbPath());
    const Run run
        = rpbOnDb({kind, QStringLiteral("list"), QStringLiteral("--site"), QStringLiteral("XYZ")});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(QStringLiteral("error: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("XYZ")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::archivedOnlyWhenAsked()
{
    fill(dbPath());
    {
        auto context = AppContext::open(dbPath());
        QVERIFY(context.has_value());
        (*context)->setActor(Actor::setupAdministrator());
        auto member
            = (*context)->masterData().find<Member>(std::nullopt, QStringLiteral("ACH-M01"));
        QVERIFY(member.has_value());
        QVERIFY((*context)
                    ->masterData()
                    .setArchived<Member>(member->meta.id, true, member->meta.rowVersion)
                    .has_value());
    }
    const Run current
        = rpbOnDb({QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(codesOf(current.json().array()), QStringList{QStringLiteral("NTT-M01")});
    const Run all = rpbOnDb({QStringLiteral("members"), QStringLiteral("list"),
                             QStringLiteral("--include-archived"), QStringLiteral("--json")});
    QCOMPARE(all.json().array().size(), 2);
    for (const QJsonValue &value : all.json().array()) {
        const QJsonObject member = value.toObject();
        QCOMPARE(member.value(QStringLiteral("archived")).toBool(),
                 member.value(QStringLiteral("code")).toString() == QLatin1String("ACH-M01"));
    }
}

void TestCli::plainTableIsAligned()
{
    fill(dbPath());
    const Run run = rpbOnDb({QStringLiteral("members"), QStringLiteral("list"),
                             QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header, rule, two members
    const QString header = lines.at(0);
    for (const QString &column :
         {QStringLiteral("Site"), QStringLiteral("Code"), QStringLiteral("Owner"),
          QStringLiteral("Women-led"), QStringLiteral("Joined")})
        QVERIFY2(header.contains(column), qPrintable(header));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("----")));
    const QString nilam = lines.at(2).startsWith(QLatin1String("ACH")) ? lines.at(2) : lines.at(3);
    QCOMPARE(nilam.indexOf(QStringLiteral("Nilam Jaya")), header.indexOf(QStringLiteral("Name")));
    QCOMPARE(nilam.indexOf(QStringLiteral("Siti Rahmawati")),
             header.indexOf(QStringLiteral("Owner")));
    QVERIFY2(nilam.contains(QStringLiteral("1 Mar 2024")), qPrintable(nilam)); // four-digit year
    QVERIFY(nilam.contains(QStringLiteral("yes")));
}

void TestCli::missingDatabaseIsNotCreated_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("sites list") << QStringList{QStringLiteral("sites"), QStringLiteral("list")};
    QTest::newRow("members list") << QStringList{QStringLiteral("members"), QStringLiteral("list")};
    QTest::newRow("check") << QStringList{QStringLiteral("check")};
    QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("--to"),
                                           QStringLiteral("copy.sqlite")};
}

void TestCli::missingDatabaseIsNotCreated()
{
    QFETCH(QStringList, arguments);
    const Run run = rpbOnDb(arguments);
    QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
    QVERIFY(run.err.startsWith(QStringLiteral("error: ")));
    QVERIFY2(run.err.contains(dbPath()), qPrintable(run.err));
    QVERIFY(!QFile::exists(dbPath()));
}

void TestCli::databaseFromEnvironment()
{
    fill(dbPath());
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("RPB_DB"), dbPath());
    const Run fromEnvironment
        = rpb({QStringLiteral("sites"), QStringLiteral("list"), QStringLiteral("--json")}, env);
    QVERIFY2(fromEnvironment.exitCode == 0, qPrintable(fromEnvironment.describe()));
    QCOMPARE(fromEnvironment.json().array().size(), 2);
    // --db wins over RPB_DB.
    const Run overridden = rpb({QStringLiteral("sites"), QStringLiteral("list"),
                                QStringLiteral("--db"), file(QStringLiteral("other.sqlite"))},
                               env);
    QCOMPARE(overridden.exitCode, 5);
    QVERIFY(overridden.err.contains(QStringLiteral("other.sqlite")));
}

void TestCli::checkOk()
{
    fill(dbPath());
    const Run plain
        = rpbOnDb({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.describe()));
    QVERIFY(plain.out.contains(QRegularExpression(QStringLiteral("Result:\\s+ok"))));
    QVERIFY(plain.out.contains(QRegularExpression(
        QStringLiteral("Schema version:\\s+%1").arg(Migrations::CurrentVersion))));

    const Run json
        = rpbOnDb({QStringLiteral("check"), QStringLiteral("--full"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject report = json.json().object();
    QCOMPARE(report.value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(report.value(QStringLiteral("check")).toString(), QStringLiteral("integrity_check"));
    QCOMPARE(report.value(QStringLiteral("schema_version")).toInt(), Migrations::CurrentVersion);
    QVERIFY(report.value(QStringLiteral("problems")).toArray().isEmpty());
    QCOMPARE(report.value(QStringLiteral("waste_totals_ok")), QJsonValue(true));
}

void TestCli::checkDamagedFile_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("full");
    QTest::addColumn<bool>("opens");
    // The header: SQLite no longer knows the file. Pages in the middle: the check finds them,
    // or (integrity_check) stops on them.
    QTest::newRow("header") << qint64(0) << 100 << false << false;
    QTest::newRow("pages, quick") << qint64(4096) << 4096 * 8 << false << true;
    QTest::newRow("pages, full") << qint64(4096) << 4096 * 8 << true << true;
}

void TestCli::checkDamagedFile()
{
    QFETCH(qint64, offset);
    QFETCH(int, length);
    QFETCH(bool, full);
    QFETCH(bool, opens);
    fill(dbPath());
    const QString damaged = file(QStringLiteral("damaged.sqlite"));
    QVERIFY(QFile::copy(dbPath(), damaged));
    {
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > offset + length);
        QVERIFY(f.seek(offset));
        QByteArray garbage(length, '\0');
        for (int i = 0; i < length; ++i)
            garbage[i] = char((i * 7919 + 13) & 0xff);
        QCOMPARE(f.write(garbage), qint64(length));
    }
    QStringList arguments{QStringLiteral("check"), QStringLiteral("--db"), damaged};
    if (full)
        arguments << QStringLiteral("--full");
    const Run run = rpb(arguments);
    QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(QStringLiteral("error: ")), qPrintable(run.err));

    const Run json = rpb(arguments << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 5);
    const QJsonObject report = json.json().object();
    QCOMPARE(report.value(QStringLiteral("error")).toString(), QStringLiteral("storage"));
    if (opens) {
        QCOMPARE(report.value(QStringLiteral("ok")), QJsonValue(false));
        QVERIFY(!report.value(QStringLiteral("problems")).toArray().isEmpty());
    }
}

void TestCli::checkFullFindsWrongWasteTotals()
{
    fill(dbPath());
    {
        auto context = AppContext::open(dbPath());
        QVERIFY(context.has_value());
        (*context)->setActor(Actor::setupAdministrator());
        Database &db = (*context)->database();
        auto id = [&db](const char *table, const char *code) {
            const QString sql = QStringLiteral("SELECT id FROM %1 WHERE code = ?");
            return db.scalar(sql.arg(QLatin1String(table)), {QString::fromLatin1(code)})
                ->toLongLong();
        };
        Batch batch;
        batch.productLineId = id("product_line", "PATCHOULI");
        batch.memberId = id("member", "ACH-M01");
        batch.productionDate = QDate(2025, 3, 14);
        batch.inputMaterial = QStringLiteral("daun nilam kering");
        batch.inputMilli = 250'000;
        batch.outputMilli = 6'500;
        WasteLine leaves;
        leaves.categoryId = id("waste_category", "SPENT_BIOMASS");
        leaves.quantityMilli = 230'000;
        leaves.route = Route::Compost;
        batch.waste = {leaves};
        auto saved = (*context)->batches().save(batch, QStringLiteral("test data"));
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().toLine()));
    }
    const Run sound = rpbOnDb({QStringLiteral("check"), QStringLiteral("--full"),
                               QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(sound.exitCode == 0, qPrintable(sound.describe()));
    QVERIFY2(sound.out.contains(QRegularExpression(QStringLiteral("Waste totals:\\s+equal"))),
             qPrintable(sound.out));

    // A total changed behind the triggers' back: the file is sound to SQLite, the sums are not.
    {
        auto context = AppContext::open(dbPath());
        QVERIFY(context.has_value());
        QVERIFY((*context)->database().exec(
            QStringLiteral("UPDATE waste_month_total SET quantity_milli = 1000")));
    }
    const Run quick = rpbOnDb({QStringLiteral("check")});
    QVERIFY2(quick.exitCode == 0, qPrintable(quick.describe()));
    const Run plain = rpbOnDb({QStringLiteral("check"), QStringLiteral("--full"),
                               QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(plain.exitCode == 5, qPrintable(plain.describe()));
    QVERIFY2(plain.err.startsWith(QStringLiteral("error: ")), qPrintable(plain.err));
    QVERIFY2(plain.err.contains(QStringLiteral("waste totals")), qPrintable(plain.err));
    QVERIFY2(plain.out.contains(QStringLiteral("site ACH, month 2025-03, kg, product line "
                                               "PATCHOULI, category SPENT_BIOMASS, route "
                                               "compost: the monthly totals hold 1 kg")),
             qPrintable(plain.out));
    const Run json = rpbOnDb({QStringLiteral("check"), QStringLiteral("--full"),
                              QStringLiteral("--json"), QStringLiteral("--lang"),
                              QStringLiteral("en")});
    QCOMPARE(json.exitCode, 5);
    const QJsonObject report = json.json().object();
    QCOMPARE(report.value(QStringLiteral("error")).toString(), QStringLiteral("storage"));
    QCOMPARE(report.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(report.value(QStringLiteral("waste_totals_ok")), QJsonValue(false));
    const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().toString().contains(QStringLiteral("a recount of the waste lines "
                                                                 "gives 230 kg")),
             qPrintable(problems.first().toString()));
}

void TestCli::newerSchemaIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("sites list") << QStringList{QStringLiteral("sites"), QStringLiteral("list")};
    QTest::newRow("check") << QStringList{QStringLiteral("check")};
    QTest::newRow("demo") << QStringList{QStringLiteral("demo")};
}

void TestCli::newerSchemaIsRefused()
{
    QFETCH(QStringList, arguments);
    fill(dbPath());
    {
        auto context = AppContext::open(dbPath());
        QVERIFY(context.has_value());
        QVERIFY((*context)->database().exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const Run run = rpbOnDb(arguments << QStringLiteral("--lang") << QStringLiteral("en"));
    QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(QStringLiteral("error: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("newer version")), qPrintable(run.err));
}

void TestCli::backupReadsBackTheSame()
{
    fill(dbPath());
    const QString copy = file(QStringLiteral("copy.sqlite"));
    const Run backup = rpbOnDb({QStringLiteral("backup"), QStringLiteral("--to"), copy});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.describe()));
    QVERIFY(QFile::exists(copy));
    QVERIFY(backup.out.contains(copy));

    for (const QString &kind :
         {QStringLiteral("sites"), QStringLiteral("equipment"), QStringLiteral("members"),
          QStringLiteral("product-lines"), QStringLiteral("waste-categories")}) {
        const Run original = rpbOnDb({kind, QStringLiteral("list"), QStringLiteral("--json")});
        const Run restored = rpb(
            {kind, QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), copy});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
        QVERIFY(!original.json().array().isEmpty());
        QCOMPARE(restored.json(), original.json());
    }
}

void TestCli::backupRefusesAnExistingFile()
{
    fill(dbPath());
    const QString existing = file(QStringLiteral("existing.sqlite"));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    const Run run = rpbOnDb({QStringLiteral("backup"), QStringLiteral("--to"), existing});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY(run.err.startsWith(QStringLiteral("error: ")));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestCli::errorAsJson_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("filled");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("where");
    QTest::newRow("invalid") << QStringList{QStringLiteral("equipment"), QStringLiteral("list"),
                                            QStringLiteral("--site"), QStringLiteral("XYZ")}
                             << true << 2 << QStringLiteral("invalid")
                             << QStringLiteral("--site XYZ");
    QTest::newRow("usage") << QStringList{QStringLiteral("frobnicate")} << false << 1
                           << QStringLiteral("usage") << QStringLiteral("argument 1");
    QTest::newRow("storage") << QStringList{QStringLiteral("sites"), QStringLiteral("list")}
                             << false << 5 << QStringLiteral("storage")
                             << QStringLiteral("rpb.sqlite");
    QTest::newRow("existing backup file")
        << QStringList{QStringLiteral("backup"), QStringLiteral("--to"), QStringLiteral("SELF")}
        << true << 2 << QStringLiteral("invalid") << QStringLiteral("rpb.sqlite");
}

void TestCli::errorAsJson()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, filled);
    QFETCH(int, exitCode);
    QFETCH(QString, kind);
    QFETCH(QString, where);
    if (filled)
        fill(dbPath());
    arguments.replaceInStrings(QStringLiteral("SELF"), dbPath());
    const Run run = rpbOnDb(arguments << QStringLiteral("--json") << QStringLiteral("--lang")
                                      << QStringLiteral("en"));
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.json().isObject(), qPrintable(run.out));
    const QJsonObject error = run.json().object();
    QCOMPARE(error.value(QStringLiteral("error")).toString(), kind);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY2(error.value(QStringLiteral("where")).toString().endsWith(where),
             qPrintable(error.value(QStringLiteral("where")).toString()));
    // People reading a log still get the one-line error.
    QVERIFY(run.err.startsWith(QStringLiteral("error: ")
                               + error.value(QStringLiteral("message")).toString()));
}

void TestCli::messagesInTheChosenLanguage()
{
    fill(dbPath());
    const QStringList arguments{QStringLiteral("equipment"), QStringLiteral("list"),
                                QStringLiteral("--site"), QStringLiteral("XYZ")};
    const Run english
        = rpbOnDb(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(english.exitCode, 2);
    QVERIFY2(english.err.startsWith(QStringLiteral(
                 "error: There is no site with the code or id \"XYZ\". (--site XYZ)")),
             qPrintable(english.err));
    const Run indonesian
        = rpbOnDb(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("id")});
    QCOMPARE(indonesian.exitCode, 2);
    QVERIFY(indonesian.err.startsWith(QStringLiteral("error: ")));
    QVERIFY(indonesian.err.contains(QStringLiteral("XYZ")));

    const Run usage
        = rpb({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("frobnicate")});
    QVERIFY(usage.err.startsWith(QStringLiteral("error: Unknown command \"frobnicate\".")));
}

void TestCli::demoMakesTheFiveSites()
{
    const Run demo = rpbOnDb({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7"),
                              QStringLiteral("--today"), QStringLiteral("2026-11-28"),
                              QStringLiteral("--json")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
    const QJsonObject summary = demo.json().object();
    QStringList made = codesOf(summary.value(QStringLiteral("sites")).toArray());
    made.sort();
    const QStringList five{QStringLiteral("ACH"), QStringLiteral("JTG"), QStringLiteral("KTM"),
                           QStringLiteral("NTT"), QStringLiteral("SLU")};
    QCOMPARE(made, five);
    QVERIFY(summary.value(QStringLiteral("accounts")).isArray());
    QVERIFY(summary.value(QStringLiteral("members")).toInt() > 0);

    // The accounts demo prints are the ones to sign in with: the central office's viewer reads
    // every site, a site's manager its own.
    const QJsonArray accounts = summary.value(QStringLiteral("accounts")).toArray();
    QVERIFY(accounts.size() > 1);
    const auto listedAs = [this](const QJsonObject &account) {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("RPB_USER"), account.value(QStringLiteral("name")).toString());
        env.insert(QStringLiteral("RPB_PASSWORD"),
                   account.value(QStringLiteral("password")).toString());
        const Run sites = rpb({QStringLiteral("sites"), QStringLiteral("list"),
                               QStringLiteral("--json"), QStringLiteral("--db"), dbPath()},
                              env);
        QStringList listed = sites.exitCode == 0 ? codesOf(sites.json().array()) : QStringList();
        listed.sort();
        return listed;
    };
    QCOMPARE(listedAs(accounts.last().toObject()), five); // pusat
    QCOMPARE(accounts.first().toObject().value(QStringLiteral("site")).toString(),
             QStringLiteral("ACH"));
    QCOMPARE(listedAs(accounts.first().toObject()), QStringList {QStringLiteral("ACH")});
    const Run check = rpbOnDb({QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
}

void TestCli::demoRefusesADatabaseWithData()
{
    const Run first
        = rpbOnDb({QStringLiteral("demo"), QStringLiteral("--site"), QStringLiteral("ACH"),
                   QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QVERIFY2(first.out.contains(QRegularExpression(QStringLiteral("Sites:\\s+ACH\n"))),
             qPrintable(first.out));
    // Not a terminal: progress comes as whole lines on standard error, ending at 100%.
    QVERIFY2(first.err.contains(QStringLiteral("[100%]")), qPrintable(first.err));
    QVERIFY(!first.err.contains(QLatin1Char('\r')));
    const QStringList listSites{QStringLiteral("sites"), QStringLiteral("list"),
                                QStringLiteral("--json"), QStringLiteral("--db"), dbPath()};
    const Run sitesBefore = rpb(listSites, signedIn());
    QCOMPARE(codesOf(sitesBefore.json().array()), QStringList{QStringLiteral("ACH")});

    const Run second = rpbOnDb({QStringLiteral("demo")});
    QVERIFY2(second.exitCode == 2, qPrintable(second.describe()));
    QVERIFY(second.err.startsWith(QStringLiteral("error: ")));
    const Run sitesAfter = rpb(listSites, signedIn());
    QCOMPARE(sitesAfter.json(), sitesBefore.json()); // nothing was added
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
