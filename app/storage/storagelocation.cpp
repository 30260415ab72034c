#include "storagelocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(StorageLocation)
};
} // namespace

QString StorageLocation::fileSystemType(const QString &path)
{
    const QFileInfo info(path);
    const QStorageInfo storage(info.exists() ? info.absoluteFilePath() : info.absolutePath());
    return QString::fromLatin1(storage.fileSystemType());
}

bool StorageLocation::isNetworkFileSystem(const QString &type)
{
    const QString t = type.toLower();
    return t == QLatin1String("cifs") || t == QLatin1String("smbfs") || t == QLatin1String("smb2")
           || t == QLatin1String("smb3") || t.startsWith(QLatin1String("nfs"))
           || t.startsWith(QLatin1String("fuse")) || t == QLatin1String("9p")
           || t == QLatin1String("sshfs") || t == QLatin1String("davfs")
           || t == QLatin1String("afpfs") || t == QLatin1String("ncpfs");
}

QString StorageLocation::networkWarning(const QString &path)
{
    const QString type = fileSystemType(path);
    if (!isNetworkFileSystem(type))
        return {};
    return Tr::tr("The database %1 is on a network drive (%2). If two PCs write to it at the same "
                  "time it can be damaged. Keep it on this PC's own disk; for several PCs, use the "
                  "PostgreSQL server option when it is available.")
        .arg(path, type);
}

} // namespace Rpb
