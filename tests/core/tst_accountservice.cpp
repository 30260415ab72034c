#include "services/passwordhasher.h"
#include "testdatabase.h"

#include <QJsonDocument>

using namespace Rpb;

namespace {
const QString goodPassword = QStringLiteral("rahasia-123");

User newUser(const QString &name, Role role, std::optional<qint64> siteId)
{
    User u;
    u.name = name;
    u.fullName = name;
    u.role = role;
    u.siteId = siteId;
    return u;
}
} // namespace

class TestAccountService final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hashesVerifyAndAreArgon2id();
    void firstManagerOnlyOnce();
    void firstManagerRefusesBadInput_data();
    void firstManagerRefusesBadInput();
    void signInGivesTheAccountsActor();
    void wrongPasswordsDelayTheNextTry();
    void lockoutSchedule_data();
    void lockoutSchedule();
    void disabledAccountCannotSignIn();
    void whoMayManageAccounts_data();
    void whoMayManageAccounts();
    void auditNamesTheAuthorAndNeverTheHash();
    void changeOwnPassword();
};

void TestAccountService::hashesVerifyAndAreArgon2id()
{
    const QString hash = PasswordHasher::hash(goodPassword);
    QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(PasswordHasher::verify(hash, goodPassword));
    QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("rahasia-124")));
    QVERIFY(!PasswordHasher::verify(QString(), goodPassword));
    QVERIFY(!PasswordHasher::needsRehash(hash));
    // Two hashes of one password differ (salted).
    QVERIFY(PasswordHasher::hash(goodPassword) != hash);
}

void TestAccountService::firstManagerOnlyOnce()
{
    Test::TestDatabase t;
    QCOMPARE(t.context().accounts().hasAccounts().value_or(true), false);
    auto first = t.context().accounts().createFirstManager(QStringLiteral("ani"),
                                                           QStringLiteral("Ani Lestari"),
                                                           goodPassword, goodPassword);
    QVERIFY(first.has_value());
    QCOMPARE(first->role, Role::Manager);
    QVERIFY(!first->siteId.has_value());
    auto second = t.context().accounts().createFirstManager(QStringLiteral("budi"), QString(),
                                                            goodPassword, goodPassword);
    QVERIFY(!second.has_value());
    QCOMPARE(second.error().exitCode(), 4);
    QCOMPARE(t.count(QStringLiteral("app_user")), 1);
}

void TestAccountService::firstManagerRefusesBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("repeated");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << QString() << goodPassword << goodPassword << QStringLiteral("name");
    QTest::newRow("capitals") << QStringLiteral("Ani") << goodPassword << goodPassword
                              << QStringLiteral("name");
    QTest::newRow("short password") << QStringLiteral("ani") << QStringLiteral("abc")
                                    << QStringLiteral("abc") << QStringLiteral("password");
    QTest::newRow("password is the name") << QStringLiteral("anilestari")
                                          << QStringLiteral("AniLestari")
                                          << QStringLiteral("AniLestari")
                                          << QStringLiteral("password");
    QTest::newRow("repeat differs") << QStringLiteral("ani") << goodPassword
                                    << QStringLiteral("rahasia-321") << QStringLiteral("repeat");
}

void TestAccountService::firstManagerRefusesBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, repeated);
    QFETCH(QString, field);
    Test::TestDatabase t;
    auto r = t.context().accounts().createFirstManager(name, QString(), password, repeated);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().field, field);
    QCOMPARE(t.count(QStringLiteral("app_user")), 0);
    QCOMPARE(t.count(QStringLiteral("audit_log")), 0);
}

void TestAccountService::signInGivesTheAccountsActor()
{
    Test::TestDatabase t;
    auto site = t.masterData().save(Test::TestDatabase::sampleSite());
    QVERIFY(t.context().accounts().createFirstManager(QStringLiteral("ani"), QString(),
                                                      goodPassword, goodPassword));
    auto manager = t.context().accounts().signIn(QStringLiteral("ani"), goodPassword);
    QVERIFY(manager.has_value());
    t.context().setActor(*manager);
    auto op = t.context().accounts().addUser(
        newUser(QStringLiteral("op.ach"), Role::Operator, site->meta.id), goodPassword);
    QVERIFY(op.has_value());
    auto actor = t.context().accounts().signIn(QStringLiteral("op.ach"), goodPassword);
    QVERIFY(actor.has_value());
    QCOMPARE(actor->role, Role::Operator);
    QCOMPARE(actor->siteId, std::optional<qint64>(site->meta.id));
    QCOMPARE(actor->name, QStringLiteral("op.ach"));

    auto unknown = t.context().accounts().signIn(QStringLiteral("nobody"), goodPassword);
    auto wrong = t.context().accounts().signIn(QStringLiteral("op.ach"), QStringLiteral("x"));
    QVERIFY(!unknown.has_value() && !wrong.has_value());
    // The same words whether the name exists or not.
    QCOMPARE(unknown.error().message, wrong.error().message);
    QCOMPARE(wrong.error().exitCode(), 4);
}

void TestAccountService::wrongPasswordsDelayTheNextTry()
{
    Test::TestDatabase t;
    QVERIFY(t.context().accounts().createFirstManager(QStringLiteral("ani"), QString(),
                                                      goodPassword, goodPassword));
    for (int i = 0; i < AccountService::FreeAttempts; ++i)
        QVERIFY(!t.context().accounts().signIn(QStringLiteral("ani"), QStringLiteral("salah-salah")));
    // Even the right password waits now.
    auto locked = t.context().accounts().signIn(QStringLiteral("ani"), goodPassword);
    QVERIFY(!locked.has_value());
    QVERIFY(locked.error().message.contains(QLatin1String("Try again in")));
    // Once the delay has passed, the right password works and clears the count.
    QVERIFY(t.db().exec(QStringLiteral("UPDATE app_user SET last_failed_ms = last_failed_ms - 31000")));
    QVERIFY(t.context().accounts().signIn(QStringLiteral("ani"), goodPassword).has_value());
    QCOMPARE(t.db().scalar(QStringLiteral("SELECT failed_attempts FROM app_user"))->toInt(), 0);
}

void TestAccountService::lockoutSchedule_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("seconds");
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("four") << 4 << 0;
    QTest::newRow("five") << 5 << 30;
    QTest::newRow("six") << 6 << 60;
    QTest::newRow("eight") << 8 << 240;
    QTest::newRow("many") << 50 << 900;
}

void TestAccountService::lockoutSchedule()
{
    QFETCH(int, failures);
    QFETCH(int, seconds);
    QCOMPARE(AccountService::lockoutSeconds(failures), seconds);
}

void TestAccountService::disabledAccountCannotSignIn()
{
    Test::TestDatabase t;
    auto manager = t.context().accounts().createFirstManager(QStringLiteral("ani"), QString(),
                                                             goodPassword, goodPassword);
    QVERIFY(manager.has_value());
    t.context().setActor(*t.context().accounts().signIn(QStringLiteral("ani"), goodPassword));
    auto viewer = t.context().accounts().addUser(
        newUser(QStringLiteral("pusat"), Role::Viewer, std::nullopt), goodPassword);
    QVERIFY(viewer.has_value());
    QVERIFY(t.context()
                .accounts()
                .setDisabled(viewer->meta.id, true, viewer->meta.rowVersion)
                .has_value());
    auto r = t.context().accounts().signIn(QStringLiteral("pusat"), goodPassword);
    QVERIFY(!r.has_value());
    QVERIFY(r.error().message.contains(QLatin1String("disabled")));
    // Nobody disables themselves into a locked-out database.
    QVERIFY(!t.context()
                 .accounts()
                 .setDisabled(manager->meta.id, true, manager->meta.rowVersion)
                 .has_value());
}

void TestAccountService::whoMayManageAccounts_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("ownSiteOnly");
    QTest::addColumn<bool>("targetAllSites");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("manager of all, for a site") << int(Role::Manager) << false << false << true;
    QTest::newRow("manager of all, for all") << int(Role::Manager) << false << true << true;
    QTest::newRow("site manager, own site") << int(Role::Manager) << true << false << true;
    QTest::newRow("site manager, all sites") << int(Role::Manager) << true << true << false;
    QTest::newRow("operator") << int(Role::Operator) << true << false << false;
    QTest::newRow("viewer") << int(Role::Viewer) << false << false << false;
}

void TestAccountService::whoMayManageAccounts()
{
    QFETCH(int, role);
    QFETCH(bool, ownSiteOnly);
    QFETCH(bool, targetAllSites);
    QFETCH(bool, allowed);
    Test::TestDatabase t;
    auto site = t.masterData().save(Test::TestDatabase::sampleSite());
    QVERIFY(site.has_value());
    Actor actor;
    actor.userId = 0; // no account row: audit entries name the actor only
    actor.name = QStringLiteral("someone");
    actor.role = Role(role);
    if (ownSiteOnly)
        actor.siteId = site->meta.id;
    t.context().setActor(actor);
    auto r = t.context().accounts().addUser(
        newUser(QStringLiteral("baru"), Role::Operator,
                targetAllSites ? std::nullopt : std::optional<qint64>(site->meta.id)),
        goodPassword);
    QCOMPARE(r.has_value(), allowed);
    QCOMPARE(t.count(QStringLiteral("app_user")), allowed ? 1 : 0);
    if (!allowed)
        QCOMPARE(r.error().exitCode(), 4);
}

void TestAccountService::auditNamesTheAuthorAndNeverTheHash()
{
    Test::TestDatabase t;
    QVERIFY(t.context().accounts().createFirstManager(QStringLiteral("ani"), QString(),
                                                      goodPassword, goodPassword));
    t.context().setActor(*t.context().accounts().signIn(QStringLiteral("ani"), goodPassword));
    auto op = t.context().accounts().addUser(newUser(QStringLiteral("op"), Role::Operator, {}),
                                             goodPassword);
    QVERIFY(op.has_value());
    QVERIFY(t.context().accounts().resetPassword(op->meta.id, QStringLiteral("baru-sekali-1")));
    auto q = t.db().exec(QStringLiteral("SELECT user_name, action, changes FROM audit_log ORDER BY id"));
    QVERIFY(q.has_value());
    QStringList actions;
    while (q->next()) {
        actions << q->value(0).toString() + QLatin1Char(':') + q->value(1).toString();
        QVERIFY(!q->value(2).toString().contains(QLatin1String("argon2")));
        QVERIFY(!q->value(2).toString().contains(goodPassword));
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("setup:create"), QStringLiteral("ani:create"),
                                   QStringLiteral("ani:reset_password")}));
}

void TestAccountService::changeOwnPassword()
{
    Test::TestDatabase t;
    QVERIFY(t.context().accounts().createFirstManager(QStringLiteral("ani"), QString(),
                                                      goodPassword, goodPassword));
    t.context().setActor(*t.context().accounts().signIn(QStringLiteral("ani"), goodPassword));
    auto wrongOld = t.context().accounts().changeOwnPassword(QStringLiteral("bukan-ini-1"),
                                                             QStringLiteral("baru-sekali-1"));
    QVERIFY(!wrongOld.has_value());
    QCOMPARE(wrongOld.error().field, QStringLiteral("old_password"));
    QVERIFY(t.context().accounts().changeOwnPassword(goodPassword, QStringLiteral("baru-sekali-1")));
    QVERIFY(!t.context().accounts().signIn(QStringLiteral("ani"), goodPassword).has_value());
    QVERIFY(t.context().accounts().signIn(QStringLiteral("ani"), QStringLiteral("baru-sekali-1")));
}

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
