#include "demoaccounts.h"

#include "services/passwordhasher.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QtConcurrent>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoAccounts)
};

// Four digits that depend on the seed, the site and the role, and nothing else.
QString digits(quint32 seed, const QString &code, const QString &role)
{
    quint32 hash = 2166136261u ^ seed;
    const QString text = code + role;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    QRandomGenerator random(hash);
    return QString::number(1000 + random.bounded(9000));
}
} // namespace

QList<DemoGenerator::Account> DemoAccounts::plan(const QStringList &siteCodes, quint32 seed)
{
    QList<DemoGenerator::Account> accounts;
    for (const QString &code : siteCodes) {
        const QString site = code.toLower();
        accounts.append({QStringLiteral("manajer.") + site, QStringLiteral("manager"), code,
                         QStringLiteral("Hijau-%1-%2").arg(code, digits(seed, code, QStringLiteral("m")))});
        for (int i = 1; i <= 2; ++i)
            accounts.append({QStringLiteral("operator%1.").arg(i) + site, QStringLiteral("operator"),
                             code,
                             QStringLiteral("Mesin-%1-%2")
                                 .arg(code, digits(seed, code, QStringLiteral("o%1").arg(i)))});
    }
    accounts.append({QStringLiteral("pusat"), QStringLiteral("viewer"), QString(),
                     QStringLiteral("Pusat-%1").arg(digits(seed, QStringLiteral("ALL"),
                                                           QStringLiteral("v")))});
    return accounts;
}

Result<QList<DemoGenerator::Account>> DemoAccounts::create(Database &db,
                                                           const QList<QPair<qint64, QString>> &sites,
                                                           quint32 seed)
{
    QStringList codes;
    for (const auto &s : sites)
        codes << s.second;
    const QList<DemoGenerator::Account> accounts = plan(codes, seed);
    // Argon2id is slow on purpose; both cores share the work.
    const QStringList hashes = QtConcurrent::blockingMapped<QStringList>(
        accounts, [](const DemoGenerator::Account &a) { return PasswordHasher::hash(a.password); });

    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    const UserRepository repository(db);
    Actor demo;
    demo.name = QStringLiteral("demo");
    for (int i = 0; i < accounts.size(); ++i) {
        const DemoGenerator::Account &a = accounts.at(i);
        if (hashes.at(i).isEmpty())
            return fail(Error::storage(Tr::tr("Not enough memory to protect a password.")));
        User user;
        user.name = a.name;
        user.role = roleFromCode(a.role).value_or(Role::Viewer);
        for (const auto &s : sites)
            if (s.second == a.siteCode)
                user.siteId = s.first;
        user.fullName = a.role == QLatin1String("viewer")
                            ? QStringLiteral("Analis Kantor Pusat")
                            : (a.role == QLatin1String("manager") ? QStringLiteral("Manajer ")
                                                                   : QStringLiteral("Operator "))
                                  + a.siteCode;
        if (auto s = repository.insert(user, hashes.at(i)); !s)
            return fail(s.error());
        if (auto s = AuditLog::append(db, demo, QStringLiteral("create"), QStringLiteral("app_user"),
                                      user.meta.uuid, user.siteId, user.name,
                                      AuditLog::diff({}, UserRepository::columns(user)));
            !s)
            return fail(s.error());
    }
    if (auto s = tx.commit(); !s)
        return fail(s.error());
    return accounts;
}

} // namespace Rpb
