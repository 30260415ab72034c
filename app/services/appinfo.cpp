#include "appinfo.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Rpb {

QString AppInfo::version()
{
    return QStringLiteral(RPB_VERSION);
}

QString AppInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString AppInfo::sqliteLibraryVersion()
{
    // A throwaway in-memory connection: the journal pragmas of Database::open do not apply.
    const QString name = QStringLiteral("rpb-sqlite-version");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

void AppInfo::setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RPB Hijau"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("rpb-hijau.id"));
    QCoreApplication::setApplicationName(QStringLiteral("rpb-hijau"));
    QCoreApplication::setApplicationVersion(version());
}

} // namespace Rpb
