#include "syncprogressdialog.h"

#include "displayformat.h"

#include <algorithm>
#include <chrono>

namespace Rpb {

namespace {
// The bar counts in thousandths: a national package holds more records than an int bar shows.
constexpr int steps = 1000;
// Telling the dialog after every record would cost more than the work itself.
constexpr qint64 updateMs = 80;
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
    connect(this, &QProgressDialog::canceled, this, [this] { m_cancel->store(true); });
}

SyncProgressDialog::Progress SyncProgressDialog::callback()
{
    QPointer<SyncProgressDialog> self(this);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    auto last = std::make_shared<QElapsedTimer>();
    return [self, cancel, last](qint64 done, qint64 total) {
        if (!last->isValid() || last->elapsed() >= updateMs || done >= total) {
            last->start();
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        self->update(done, total);
                },
                Qt::QueuedConnection);
        }
        return !cancel->load();
    };
}

void SyncProgressDialog::update(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    setValue(int(std::clamp<qint64>(done * steps / total, 0, steps)));
    setLabelText(tr("%1: %2 of %3 records")
                     .arg(m_what, DisplayFormat::number(done), DisplayFormat::number(total)));
}

void SyncProgressDialog::finish()
{
    m_cancelled = m_cancel->load();
    // Stops the timer that would otherwise show the dialog after the work is over.
    reset();
    hide();
}

} // namespace Rpb
