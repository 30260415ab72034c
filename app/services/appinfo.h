#pragma once

#include <QString>

namespace Rpb {

// Names and versions shown by --version and the About box.
class AppInfo final
{
public:
    static QString applicationName() { return QStringLiteral("RPB Hijau"); }
    static QString executableName() { return QStringLiteral("rpb-hijau"); }
    static QString version();
    static QString qtVersion();
    static QString sqliteLibraryVersion(); // of the SQLite inside Qt's driver
    // Sets organisation and application names so that settings and data folders are stable.
    static void setUpApplication();
};

} // namespace Rpb
