#include "storageservice.h"

#include "storage/database.h"
#include "storage/integritycheck.h"
#include "storage/storagelocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(StorageService)
};
} // namespace

StorageService::StorageService(Database &db)
    : m_db(db)
{ }

QString StorageService::path() const
{
    return m_db.path();
}

int StorageService::schemaVersion() const
{
    return m_db.schemaVersion();
}

bool StorageService::isReadOnly() const
{
    return m_db.isReadOnly();
}

QString StorageService::readOnlyReason() const
{
    return m_db.readOnlyReason();
}

void StorageService::enterReadOnly(const QString &reason)
{
    m_db.setReadOnly(true, reason);
}

QString StorageService::networkWarning() const
{
    return StorageLocation::networkWarning(m_db.path());
}

Status StorageService::backupTo(const QString &file) const
{
    const QFileInfo target(file);
    if (target.absoluteFilePath() == QFileInfo(m_db.path()).absoluteFilePath())
        return fail(Error::invalid(Tr::tr("A backup cannot replace the open database itself; "
                                          "choose another file."),
                                   target.absoluteFilePath()));
    // The copy goes to a new name first: a failed backup must not destroy an older one that the
    // person chose to replace.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    Status written = m_db.backupTo(partial);
    if (written && target.exists() && !QFile::remove(target.absoluteFilePath()))
        written = fail(Error::storage(Tr::tr("Cannot replace %1.").arg(target.absoluteFilePath())));
    if (written && !QFile::rename(partial, target.absoluteFilePath()))
        written = fail(Error::storage(Tr::tr("Cannot write %1.").arg(target.absoluteFilePath())));
    if (!written)
        QFile::remove(partial);
    return written;
}

Result<IntegrityReport> StorageService::check(const QString &path, bool full)
{
    return IntegrityCheck::run(path, full);
}

bool StorageService::isEmpty() const
{
    return DemoGenerator::isEmpty(m_db);
}

Result<DemoGenerator::Summary> StorageService::fillWithDemo(const DemoGenerator::Options &options)
{
    return DemoGenerator::run(m_db, options);
}

} // namespace Rpb
