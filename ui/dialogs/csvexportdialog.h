#pragma once

#include "domain/result.h"
#include "services/csvexport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Rpb {

class AppContext;

// Bookings, batches, waste lines or members as a CSV file for a spreadsheet: what, which site
// (or all), an optional period of the site's calendar and the file. The export runs beside the
// window on a connection of its own, with a progress bar and a Cancel that leaves no file
// behind; the dialog stays open afterwards for the next kind.
class CsvExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvExportDialog)
public:
    CsvExportDialog(AppContext &context, std::optional<qint64> siteId, QWidget *parent = nullptr);
    ~CsvExportDialog() override;

    CsvExport::Options options() const;
    QString file() const;
    void setFile(const QString &path);
    bool isRunning() const;
    // Starts the export to file(); false (with the reason shown) when it cannot start.
    bool start();
    // Asks a running export to stop; the file is not written.
    void cancel();
    // The outcome of the last export that ended.
    const std::optional<Result<CsvExport::Summary>> &lastResult() const { return m_last; }

    QComboBox *whatBox() const { return m_what; }
    QComboBox *siteBox() const { return m_site; }
    QCheckBox *periodCheck() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *closeButton() const { return m_close; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *countLabel() const { return m_count; }

    void reject() override;

Q_SIGNALS:
    // An export ended, written, cancelled or failed.
    void exportFinished();

private:
    void browse();
    void updateState();
    void updateCount();
    void countEnded();
    void showProgress(qint64 done, qint64 total);
    void exportEnded();
    void showError(const QString &message);
    QString suggestedName() const;

    AppContext &m_context;
    QComboBox *m_what = nullptr;
    QComboBox *m_site = nullptr;
    QCheckBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_count = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_countTimer = nullptr;
    QString m_confirmedFile; // chosen in the file dialog, which asked about replacing it
    QString m_runningFile;
    CsvExport::What m_runningWhat = CsvExport::What::Bookings;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Result<CsvExport::Summary>> m_watcher;
    // A national count takes a moment: it runs beside the window, again when the choices changed
    // meanwhile.
    QFutureWatcher<Result<qint64>> m_countWatcher;
    bool m_countAgain = false;
    std::optional<Result<CsvExport::Summary>> m_last;
};

} // namespace Rpb
