#pragma once

#include "services/syncservice.h"

#include <QElapsedTimer>
#include <QProgressDialog>

namespace Rpb {

// Progress of a package export, check or import: records done of all, with Cancel. It appears
// only when the work takes longer than a second, so a monthly package of one site passes
// without a flicker. The work runs on the window's thread (it uses the window's database
// connection); the callback keeps the window painted and the Cancel button answering.
class SyncProgressDialog final : public QProgressDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncProgressDialog)
public:
    // what: "Writing the package", "Checking the package", ...
    SyncProgressDialog(const QString &what, QWidget *parent);

    // Hand this to the service; it answers false once Cancel was pressed.
    SyncService::Progress callback();
    // Closes the dialog at the end of the work, whatever the outcome.
    void finish();
    // Whether Cancel was pressed before finish().
    bool cancelled() const { return m_cancelled; }

private:
    void update(qint64 done, qint64 total);

    QString m_what;
    QElapsedTimer m_lastUpdate;
    bool m_cancelled = false;
};

} // namespace Rpb
