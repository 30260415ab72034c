#pragma once

#include <QDialog>

namespace Rpb {

// What a person reads out when asking for help: the versions of RPB Hijau, Qt and SQLite, and
// which database file is open.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    AboutDialog(const QString &databasePath, int schemaVersion, QWidget *parent = nullptr);
};

} // namespace Rpb
