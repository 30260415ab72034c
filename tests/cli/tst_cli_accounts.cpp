// Accounts by command line, end to end: signing in with --user or RPB_USER and RPB_PASSWORD, the
// user commands, and exit 4 wherever an account may not do what it asks.

#include "clitestsupport.h"

#include <QDate>
#include <QSet>

using namespace Rpb;
using Rpb::Test::CliRunner;
using Rpb::Test::Run;

namespace {

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

const QString sitiPassword = QStringLiteral("kopi-gayo-2026");
const QString aniPassword = QStringLiteral("serai-wangi-7");
const QString budiPassword = QStringLiteral("nilam-aceh-99");
const QString viewerPassword = QStringLiteral("pusat-jakarta-1");

QDate wednesday()
{
    QDate day = QDate::currentDate().addDays(2);
    while (day.dayOfWeek() != 3)
        day = day.addDays(1);
    return day;
}

QString at(const char *time)
{
    return wednesday().toString(Qt::ISODate) + QLatin1Char('T') + QString::fromLatin1(time);
}

// Two sites with a machine and two members each, made through the services.
void makeSites(const CliRunner &cli)
{
    auto context = cli.open();
    QVERIFY(context);
    MasterDataService &data = context->masterData();
    for (const char *code : {"ACH", "NTT"}) {
        Site s;
        s.code = QString::fromLatin1(code);
        s.name = QStringLiteral("RPB ") + s.code;
        s.province = s.code;
        s.timeZone = s.code == QLatin1String("ACH") ? QStringLiteral("Asia/Jakarta")
                                                    : QStringLiteral("Asia/Makassar");
        auto site = data.save(s);
        QVERIFY2(site.has_value(), site ? "" : qPrintable(site.error().toLine()));
        Equipment e;
        e.meta.siteId = site->meta.id;
        e.code = s.code + QStringLiteral("-KET1");
        e.name = QStringLiteral("Ketel ") + s.code;
        e.type = QStringLiteral("kettle");
        QVERIFY(data.save(e).has_value());
        for (const char *number : {"M01", "M02"}) {
            Member m;
            m.meta.siteId = site->meta.id;
            m.code = s.code + QLatin1Char('-') + QString::fromLatin1(number);
            m.name = QStringLiteral("Usaha ") + m.code;
            m.owner = m.code;
            QVERIFY(data.save(m).has_value());
        }
    }
}

QStringList bookArguments(const char *equipment, const char *member, const char *start,
                          const char *end)
{
    return {L("book"),   L("--equipment"), L(equipment), L("--member"), L(member),
            L("--start"), at(start),        L("--end"),   at(end),       L("--json")};
}

} // namespace

class TestCliAccounts final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void firstAccountThenEveryCommandSignsIn();
    void firstAccountIsAManagerOfAllSites_data();
    void firstAccountIsAManagerOfAllSites();
    void wrongPasswordAndTheDelay();
    void noPasswordWithoutATerminal();
    void viewerReadsButChangesNothing_data();
    void viewerReadsButChangesNothing();
    void operatorsChangeOnlyTheirOwnBookings();
    void changesNameTheirAuthor();
    void userListNeverShowsAHash();
    void passwords();
    void disableAndEnable();
    void userAddRefusesBadInput_data();
    void userAddRefusesBadInput();
    void checkAndBackupNeedNoAccount();
    void demoRefusesADatabaseWithAccounts();

private:
    QProcessEnvironment manager() const { return m_cli->as(QStringLiteral("siti"), sitiPassword); }
    // The first account, siti, a manager of all sites, made as the setup administrator.
    void addFirstManager();
    // An account made by siti.
    void addAccount(const QString &name, const char *role, const char *site,
                    const QString &password);

    std::unique_ptr<CliRunner> m_cli;
};

void TestCliAccounts::init()
{
    m_cli = std::make_unique<CliRunner>();
    makeSites(*m_cli);
}

void TestCliAccounts::cleanup()
{
    m_cli.reset();
}

void TestCliAccounts::addFirstManager()
{
    QProcessEnvironment env = m_cli->environment();
    env.insert(QStringLiteral("RPB_NEW_PASSWORD"), sitiPassword);
    const Run run = m_cli->run({L("user"), L("add"), L("--name"), L("siti"), L("--role"),
                                L("manager"), L("--full-name"), L("Siti Rahmawati"), L("--json")},
                               env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestCliAccounts::addAccount(const QString &name, const char *role, const char *site,
                                 const QString &password)
{
    QProcessEnvironment env = manager();
    env.insert(QStringLiteral("RPB_NEW_PASSWORD"), password);
    QStringList arguments{L("user"), L("add"), L("--name"), name, L("--role"), L(role)};
    if (site)
        arguments << L("--site") << L(site);
    const Run run = m_cli->run(arguments, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestCliAccounts::firstAccountThenEveryCommandSignsIn()
{
    // Before any account: the setup administrator, whatever --user says.
    const Run before = m_cli->run({L("sites"), L("list"), L("--json")});
    QVERIFY2(before.exitCode == 0, qPrintable(before.describe()));

    QProcessEnvironment env = m_cli->environment();
    env.insert(QStringLiteral("RPB_NEW_PASSWORD"), sitiPassword);
    const Run first = m_cli->run({L("user"), L("add"), L("--name"), L("siti"), L("--role"),
                                  L("manager"), L("--full-name"), L("Siti Rahmawati"),
                                  L("--json")},
                                 env);
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    const QJsonObject made = first.object();
    QCOMPARE(made.value(QStringLiteral("name")).toString(), QStringLiteral("siti"));
    QCOMPARE(made.value(QStringLiteral("full_name")).toString(), QStringLiteral("Siti Rahmawati"));
    QCOMPARE(made.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    QCOMPARE(made.value(QStringLiteral("site")), QJsonValue());
    QCOMPARE(made.value(QStringLiteral("disabled")).toBool(), false);
    QVERIFY(!first.out.contains(sitiPassword));

    // From now on nobody acts without an account.
    const Run anonymous = m_cli->run({L("sites"), L("list")});
    QVERIFY2(anonymous.exitCode == 4, qPrintable(anonymous.describe()));
    QVERIFY2(anonymous.err.startsWith(QStringLiteral("error: ")), qPrintable(anonymous.err));
    QVERIFY(anonymous.err.contains(QStringLiteral("--user")));
    QVERIFY(anonymous.err.contains(QStringLiteral("RPB_USER")));
    QVERIFY(anonymous.out.isEmpty());
    const Run anonymousJson = m_cli->run({L("sites"), L("list"), L("--json")});
    QCOMPARE(anonymousJson.exitCode, 4);
    QCOMPARE(anonymousJson.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("forbidden"));

    const Run fromEnvironment = m_cli->run({L("sites"), L("list"), L("--json")}, manager());
    QVERIFY2(fromEnvironment.exitCode == 0, qPrintable(fromEnvironment.describe()));
    QCOMPARE(fromEnvironment.array().size(), 2);

    QProcessEnvironment passwordOnly = m_cli->environment();
    passwordOnly.insert(QStringLiteral("RPB_PASSWORD"), sitiPassword);
    const Run fromOption = m_cli->run({L("--user"), L("siti"), L("equipment"), L("list")},
                                      passwordOnly);
    QVERIFY2(fromOption.exitCode == 0, qPrintable(fromOption.describe()));
    QVERIFY(fromOption.out.contains(QStringLiteral("ACH-KET1")));

    // --user wins over RPB_USER.
    QProcessEnvironment otherUser = manager();
    otherUser.insert(QStringLiteral("RPB_USER"), QStringLiteral("nobody"));
    QCOMPARE(m_cli->run({L("sites"), L("list")}, otherUser).exitCode, 4);
    QCOMPARE(m_cli->run({L("sites"), L("list"), L("--user"), L("siti")}, otherUser).exitCode, 0);
}

void TestCliAccounts::firstAccountIsAManagerOfAllSites_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("operator") << QStringList{L("--role"), L("operator")};
    QTest::newRow("viewer") << QStringList{L("--role"), L("viewer")};
    QTest::newRow("manager of one site")
        << QStringList{L("--role"), L("manager"), L("--site"), L("ACH")};
}

void TestCliAccounts::firstAccountIsAManagerOfAllSites()
{
    QFETCH(QStringList, arguments);
    QProcessEnvironment env = m_cli->environment();
    env.insert(QStringLiteral("RPB_NEW_PASSWORD"), sitiPassword);
    const Run run = m_cli->run(QStringList{L("user"), L("add"), L("--name"), L("siti")}
                                   + arguments,
                               env);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("first account must be a manager of all sites")),
             qPrintable(run.err));
    QCOMPARE(m_cli->count(QStringLiteral("app_user")), 0);
}

void TestCliAccounts::wrongPasswordAndTheDelay()
{
    addFirstManager();
    const Run unknown = m_cli->run({L("sites"), L("list")},
                                   m_cli->as(QStringLiteral("nobody"), sitiPassword));
    QVERIFY2(unknown.exitCode == 4, qPrintable(unknown.describe()));
    QVERIFY(unknown.err.contains(QStringLiteral("Wrong name or password")));

    const QProcessEnvironment wrong
        = m_cli->as(QStringLiteral("siti"), QStringLiteral("salah-1234"));
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const Run run = m_cli->run({L("sites"), L("list"), L("--json")}, wrong);
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QCOMPARE(run.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("forbidden"));
        QVERIFY2(run.err.contains(QStringLiteral("Wrong name or password")), qPrintable(run.err));
    }
    // After five misses in a row even the right password waits, and the message says how long.
    const Run delayed = m_cli->run({L("sites"), L("list")}, manager());
    QVERIFY2(delayed.exitCode == 4, qPrintable(delayed.describe()));
    QVERIFY2(delayed.err.contains(QStringLiteral("Try again in")), qPrintable(delayed.err));
    QVERIFY(delayed.err.contains(QStringLiteral("second")));
}

void TestCliAccounts::noPasswordWithoutATerminal()
{
    addFirstManager();
    QProcessEnvironment env = m_cli->environment();
    env.insert(QStringLiteral("RPB_USER"), QStringLiteral("siti"));
    const Run run = m_cli->run({L("sites"), L("list")}, env);
    QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("RPB_PASSWORD")), qPrintable(run.err));
}

void TestCliAccounts::viewerReadsButChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString wed = wednesday().toString(Qt::ISODate);
    QTest::newRow("sites list") << QStringList{L("sites"), L("list")} << 0;
    QTest::newRow("bookings list") << QStringList{L("bookings"), L("list"), L("--site"), L("ACH"),
                                                  L("--from"), wed, L("--to"), wed}
                                   << 0;
    QTest::newRow("free-slots") << QStringList{L("free-slots"), L("--site"), L("ACH"),
                                               L("--duration"), L("1h"), L("--from"), wed}
                                << 0;
    QTest::newRow("utilization")
        << QStringList{L("utilization"), L("--site"), L("ACH"), L("--month"),
                       wednesday().toString(QStringLiteral("yyyy-MM"))}
        << 0;
    QTest::newRow("user list") << QStringList{L("user"), L("list")} << 0;
    QTest::newRow("book") << bookArguments("ACH-KET1", "ACH-M01", "08:00", "10:00") << 4;
    QTest::newRow("maintenance add")
        << QStringList{L("maintenance"), L("add"), L("--equipment"), L("ACH-KET1"), L("--start"),
                       at("08:00"), L("--end"), at("10:00"), L("--reason"), L("Servis")}
        << 4;
    QTest::newRow("user add") << QStringList{L("user"), L("add"), L("--name"), L("baru"),
                                             L("--role"), L("viewer")}
                              << 4;
    QTest::newRow("user disable") << QStringList{L("user"), L("disable"), L("siti")} << 4;
    QTest::newRow("user passwd of another") << QStringList{L("user"), L("passwd"), L("siti")}
                                            << 4;
}

void TestCliAccounts::viewerReadsButChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    addFirstManager();
    addAccount(QStringLiteral("pusat"), "viewer", nullptr, viewerPassword);
    const qint64 audits = m_cli->count(QStringLiteral("audit_log"));
    QProcessEnvironment viewer = m_cli->as(QStringLiteral("pusat"), viewerPassword);
    viewer.insert(QStringLiteral("RPB_NEW_PASSWORD"), QStringLiteral("password-baru-1"));
    const Run run = m_cli->run(arguments, viewer);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    if (exitCode == 4) {
        QVERIFY2(run.err.startsWith(QStringLiteral("error: ")), qPrintable(run.err));
        const Run json = m_cli->run(arguments << QStringLiteral("--json"), viewer);
        QCOMPARE(json.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("forbidden"));
    }
    QCOMPARE(m_cli->count(QStringLiteral("audit_log")), audits);
    QCOMPARE(m_cli->count(QStringLiteral("booking")), 0);
    QCOMPARE(m_cli->count(QStringLiteral("app_user")), 2);
}

void TestCliAccounts::operatorsChangeOnlyTheirOwnBookings()
{
    addFirstManager();
    addAccount(QStringLiteral("ani"), "operator", "ACH", aniPassword);
    addAccount(QStringLiteral("budi"), "operator", "ACH", budiPassword);
    const QProcessEnvironment ani = m_cli->as(QStringLiteral("ani"), aniPassword);
    const QProcessEnvironment budi = m_cli->as(QStringLiteral("budi"), budiPassword);

    const Run booked = m_cli->run(bookArguments("ACH-KET1", "ACH-M01", "08:00", "10:00"), ani);
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.describe()));
    const QString id = booked.object()
                           .value(QStringLiteral("bookings"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    QCOMPARE(booked.object()
                 .value(QStringLiteral("bookings"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("created_by"))
                 .toString(),
             QStringLiteral("ani"));

    const Run refused = m_cli->run({L("booking"), L("cancel"), id, L("--json")}, budi);
    QVERIFY2(refused.exitCode == 4, qPrintable(refused.describe()));
    QCOMPARE(refused.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("forbidden"));
    const QString wed = wednesday().toString(Qt::ISODate);
    const QStringList list{L("bookings"), L("list"), L("--site"), L("ACH"), L("--from"), wed,
                           L("--to"),     wed,       L("--json")};
    QCOMPARE(m_cli->run(list, budi).array().first().toObject().value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("confirmed")));

    const Run own = m_cli->run({L("booking"), L("cancel"), id}, ani);
    QVERIFY2(own.exitCode == 0, qPrintable(own.describe()));

    // A manager changes anyone's; an operator neither blocks machines nor books at another site.
    const Run second = m_cli->run(bookArguments("ACH-KET1", "ACH-M02", "13:00", "14:00"), ani);
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    const QString secondId = second.object()
                                 .value(QStringLiteral("bookings"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
    QCOMPARE(m_cli->run({L("booking"), L("cancel"), secondId}, manager()).exitCode, 0);
    QCOMPARE(m_cli->run({L("maintenance"), L("add"), L("--equipment"), L("ACH-KET1"),
                         L("--start"), at("15:00"), L("--end"), at("16:00"), L("--reason"),
                         L("Servis")},
                        ani)
                 .exitCode,
             4);
    const Run elsewhere = m_cli->run(bookArguments("NTT-KET1", "NTT-M01", "08:00", "10:00"), ani);
    QVERIFY2(elsewhere.exitCode == 4, qPrintable(elsewhere.describe()));
}

void TestCliAccounts::changesNameTheirAuthor()
{
    addFirstManager();
    addAccount(QStringLiteral("ani"), "operator", "ACH", aniPassword);
    const Run booked = m_cli->run(bookArguments("ACH-KET1", "ACH-M01", "08:00", "10:00"),
                                  m_cli->as(QStringLiteral("ani"), aniPassword));
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.describe()));
    auto context = m_cli->open();
    QVERIFY(context);
    const auto author = [&context](const char *entity, const char *action) {
        auto name = context->database().scalar(
            QStringLiteral("SELECT user_name FROM audit_log WHERE entity = ? AND action = ? "
                           "ORDER BY id DESC LIMIT 1"),
            {QString::fromLatin1(entity), QString::fromLatin1(action)});
        return name ? name->toString() : QString();
    };
    QCOMPARE(author("booking", "create"), QStringLiteral("ani"));
    QCOMPARE(author("app_user", "create"), QStringLiteral("siti")); // siti made ani
}

void TestCliAccounts::userListNeverShowsAHash()
{
    addFirstManager();
    addAccount(QStringLiteral("ani"), "operator", "ACH", aniPassword);
    addAccount(QStringLiteral("pusat"), "viewer", nullptr, viewerPassword);
    const Run run = m_cli->run({L("user"), L("list"), L("--json")}, manager());
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray users = run.array();
    QCOMPARE(users.size(), 3);
    const QSet<QString> fields{QStringLiteral("id"),   QStringLiteral("name"),
                               QStringLiteral("full_name"), QStringLiteral("role"),
                               QStringLiteral("site"), QStringLiteral("disabled")};
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : users) {
        const QJsonObject user = v.toObject();
        const QStringList keys = user.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), fields);
        QVERIFY(!QUuid::fromString(user.value(QStringLiteral("id")).toString()).isNull());
        byName.insert(user.value(QStringLiteral("name")).toString(), user);
    }
    QCOMPARE(byName.value(QStringLiteral("ani")).value(QStringLiteral("site")).toString(),
             QStringLiteral("ACH"));
    QCOMPARE(byName.value(QStringLiteral("ani")).value(QStringLiteral("role")).toString(),
             QStringLiteral("operator"));
    QCOMPARE(byName.value(QStringLiteral("pusat")).value(QStringLiteral("site")), QJsonValue());
    QVERIFY(!run.out.contains(QStringLiteral("argon")));
    QVERIFY(!run.out.contains(QStringLiteral("$")));

    const Run table = m_cli->run({L("user"), L("list")}, manager());
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QCOMPARE(table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2 + 3);
    QVERIFY(table.out.contains(QStringLiteral("Siti Rahmawati")));
    QVERIFY(!table.out.contains(QStringLiteral("argon")));
}

void TestCliAccounts::passwords()
{
    addFirstManager();
    addAccount(QStringLiteral("ani"), "operator", "ACH", aniPassword);
    addAccount(QStringLiteral("budi"), "operator", "ACH", budiPassword);
    const QString newAni = QStringLiteral("daun-nilam-baru");

    // One's own: the password signed in with is the current one.
    QProcessEnvironment ani = m_cli->as(QStringLiteral("ani"), aniPassword);
    ani.insert(QStringLiteral("RPB_NEW_PASSWORD"), newAni);
    const Run own = m_cli->run({L("user"), L("passwd"), L("ani")}, ani);
    QVERIFY2(own.exitCode == 0, qPrintable(own.describe()));
    QVERIFY(!own.out.contains(newAni));
    QCOMPARE(m_cli->run({L("sites"), L("list")}, m_cli->as(QStringLiteral("ani"), aniPassword))
                 .exitCode,
             4);
    QCOMPARE(m_cli->run({L("sites"), L("list")}, m_cli->as(QStringLiteral("ani"), newAni))
                 .exitCode,
             0);

    // An operator does not set another's; a manager does.
    QProcessEnvironment aniNow = m_cli->as(QStringLiteral("ani"), newAni);
    aniNow.insert(QStringLiteral("RPB_NEW_PASSWORD"), QStringLiteral("coba-coba-123"));
    QCOMPARE(m_cli->run({L("user"), L("passwd"), L("budi")}, aniNow).exitCode, 4);
    QProcessEnvironment siti = manager();
    siti.insert(QStringLiteral("RPB_NEW_PASSWORD"), QStringLiteral("budi-reset-2026"));
    const Run reset = m_cli->run({L("user"), L("passwd"), L("budi"), L("--json")}, siti);
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.describe()));
    QCOMPARE(reset.object().value(QStringLiteral("name")).toString(), QStringLiteral("budi"));
    QCOMPARE(m_cli->run({L("sites"), L("list")},
                        m_cli->as(QStringLiteral("budi"), QStringLiteral("budi-reset-2026")))
                 .exitCode,
             0);

    // A password that breaks the rules, none given, an unknown account: nothing changes.
    QProcessEnvironment tooShort = manager();
    tooShort.insert(QStringLiteral("RPB_NEW_PASSWORD"), QStringLiteral("pendek"));
    const Run shortRun = m_cli->run({L("user"), L("passwd"), L("budi")}, tooShort);
    QVERIFY2(shortRun.exitCode == 2, qPrintable(shortRun.describe()));
    QVERIFY(shortRun.err.contains(QStringLiteral("RPB_NEW_PASSWORD")));
    const Run none = m_cli->run({L("user"), L("passwd"), L("budi")}, manager());
    QVERIFY2(none.exitCode == 1, qPrintable(none.describe()));
    QVERIFY(none.err.contains(QStringLiteral("RPB_NEW_PASSWORD")));
    QCOMPARE(m_cli->run({L("user"), L("passwd"), L("nobody")}, siti).exitCode, 2);
    QCOMPARE(m_cli->run({L("sites"), L("list")},
                        m_cli->as(QStringLiteral("budi"), QStringLiteral("budi-reset-2026")))
                 .exitCode,
             0);
}

void TestCliAccounts::disableAndEnable()
{
    addFirstManager();
    addAccount(QStringLiteral("budi"), "operator", "ACH", budiPassword);
    addAccount(QStringLiteral("ani"), "operator", "ACH", aniPassword);
    const QProcessEnvironment budi = m_cli->as(QStringLiteral("budi"), budiPassword);

    QCOMPARE(m_cli->run({L("user"), L("disable"), L("budi")},
                        m_cli->as(QStringLiteral("ani"), aniPassword))
                 .exitCode,
             4);
    const Run disabled = m_cli->run({L("user"), L("disable"), L("budi"), L("--json")}, manager());
    QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.describe()));
    QCOMPARE(disabled.object().value(QStringLiteral("disabled")).toBool(), true);
    const Run refused = m_cli->run({L("sites"), L("list")}, budi);
    QVERIFY2(refused.exitCode == 4, qPrintable(refused.describe()));
    QVERIFY(refused.err.contains(QStringLiteral("disabled")));

    const Run enabled = m_cli->run({L("user"), L("enable"), L("budi")}, manager());
    QVERIFY2(enabled.exitCode == 0, qPrintable(enabled.describe()));
    QCOMPARE(m_cli->run({L("sites"), L("list")}, budi).exitCode, 0);

    const Run self = m_cli->run({L("user"), L("disable"), L("siti")}, manager());
    QVERIFY2(self.exitCode == 2, qPrintable(self.describe()));
}

void TestCliAccounts::userAddRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString good = QStringLiteral("password-baik-1");
    QTest::newRow("unknown role") << QStringList{L("--name"), L("ani"), L("--role"), L("boss")}
                                  << good << 1 << L("manager, operator or viewer");
    QTest::newRow("administrator role")
        << QStringList{L("--name"), L("ani"), L("--role"), L("administrator")} << good << 1
        << L("manager, operator or viewer");
    QTest::newRow("name with a space")
        << QStringList{L("--name"), L("Ani Lestari"), L("--role"), L("operator")} << good << 2
        << L("sign-in name");
    QTest::newRow("name taken") << QStringList{L("--name"), L("siti"), L("--role"), L("viewer")}
                                << good << 2 << L("taken");
    QTest::newRow("short password")
        << QStringList{L("--name"), L("ani"), L("--role"), L("operator")} << L("pendek") << 2
        << L("at least");
    QTest::newRow("password is the name")
        << QStringList{L("--name"), L("anisaputri"), L("--role"), L("operator")}
        << L("anisaputri") << 2 << L("sign-in name");
    QTest::newRow("no password") << QStringList{L("--name"), L("ani"), L("--role"), L("operator")}
                                 << QString() << 1 << L("RPB_NEW_PASSWORD");
    QTest::newRow("unknown site")
        << QStringList{L("--name"), L("ani"), L("--role"), L("operator"), L("--site"), L("XYZ")}
        << good << 2 << L("XYZ");
    QTest::newRow("no role") << QStringList{L("--name"), L("ani")} << good << 1 << L("--role");
}

void TestCliAccounts::userAddRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    addFirstManager();
    const qint64 audits = m_cli->count(QStringLiteral("audit_log"));
    QProcessEnvironment env = manager();
    if (!password.isEmpty())
        env.insert(QStringLiteral("RPB_NEW_PASSWORD"), password);
    const Run run = m_cli->run(QStringList{L("user"), L("add")} + arguments, env);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(QStringLiteral("error: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(m_cli->count(QStringLiteral("app_user")), 1);
    QCOMPARE(m_cli->count(QStringLiteral("audit_log")), audits);
}

void TestCliAccounts::checkAndBackupNeedNoAccount()
{
    addFirstManager();
    QCOMPARE(m_cli->run({L("check")}).exitCode, 0);
    const Run backup = m_cli->run({L("backup"), L("--to"), m_cli->file(QStringLiteral("copy"))});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.describe()));
}

void TestCliAccounts::demoRefusesADatabaseWithAccounts()
{
    CliRunner empty;
    QVERIFY(empty.open()); // makes the file, without sites
    QProcessEnvironment env = empty.environment();
    env.insert(QStringLiteral("RPB_NEW_PASSWORD"), sitiPassword);
    QCOMPARE(empty.run({L("user"), L("add"), L("--name"), L("siti"), L("--role"), L("manager")},
                       env)
                 .exitCode,
             0);
    const Run demo = empty.run({L("demo"), L("--site"), L("ACH")},
                               empty.as(QStringLiteral("siti"), sitiPassword));
    QVERIFY2(demo.exitCode == 2, qPrintable(demo.describe()));
    QVERIFY(demo.err.contains(QStringLiteral("accounts")));
    QCOMPARE(empty.count(QStringLiteral("site")), 0);
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
