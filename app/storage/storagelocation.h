#pragma once

#include <QString>

namespace Rpb {

// Facts about where a database file lives. SQLite's locking is unreliable on network file
// systems, so a file there risks corruption when two PCs write at once.
class StorageLocation final
{
public:
    // The file-system type of the folder holding path ("ext4", "cifs", ...).
    static QString fileSystemType(const QString &path);
    static bool isNetworkFileSystem(const QString &fileSystemType);
    // A translated warning for a file on a network file system, empty otherwise.
    static QString networkWarning(const QString &path);
};

} // namespace Rpb
