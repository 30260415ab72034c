#include "syncprogressdialog.h"

#include "displayformat.h"

#include <QCoreApplication>

#include <algorithm>

namespace Rpb {

namespace {
// The bar counts in thousandths: a national package holds more records than an int bar shows.
constexpr int steps = 1000;
// Painting after every record would cost more than the work itself.
constexpr int updateMs = 80;
} // namespace

SyncProgressDialog::SyncProgressDialog(const QString &what, QWidget *parent)
    : QProgressDialog(parent)
    , m_what(what)
{
    setObjectName(QStringLiteral("syncProgress"));
    setWindowTitle(what);
    setLabelText(what + QStringLiteral("..."));
    setCancelButtonText(tr("Cancel"));
    setWindowModality(Qt::WindowModal);
    setRange(0, steps);
    setMinimumDuration(1000);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    setValue(0);
}

SyncService::Progress SyncProgressDialog::callback()
{
    return [this](qint64 done, qint64 total) {
        if (!m_lastUpdate.isValid() || m_lastUpdate.elapsed() >= updateMs || done >= total) {
            update(done, total);
            m_lastUpdate.start();
        }
        return !wasCanceled();
    };
}

void SyncProgressDialog::update(qint64 done, qint64 total)
{
    if (total > 0) {
        setValue(int(std::clamp<qint64>(done * steps / total, 0, steps)));
        setLabelText(tr("%1: %2 of %3 records")
                         .arg(m_what, DisplayFormat::number(done), DisplayFormat::number(total)));
    }
    // Keeps the window painted and lets Cancel through; the dialog is window-modal, so nothing
    // else in the window can start meanwhile.
    QCoreApplication::processEvents();
}

void SyncProgressDialog::finish()
{
    m_cancelled = wasCanceled();
    // Stops the timer that would otherwise show the dialog after the work is over.
    reset();
    hide();
}

} // namespace Rpb
