#include "csvexportdialog.h"

#include "displayformat.h"
#include "domain/permissions.h"
#include "services/appcontext.h"
#include "widgets/savedfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace Rpb {

namespace {
// The item data of "All sites" in the site box.
constexpr qint64 AllSites = 0;

QString writtenText(CsvExport::What what, qint64 rows, const QString &file)
{
    const int n = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    const QString where = QDir::toNativeSeparators(file);
    switch (what) {
    case CsvExport::What::Bookings:
        return CsvExportDialog::tr("%Ln booking(s) written to %1.", nullptr, n).arg(where);
    case CsvExport::What::Batches:
        return CsvExportDialog::tr("%Ln batch(es) written to %1.", nullptr, n).arg(where);
    case CsvExport::What::Waste:
        return CsvExportDialog::tr("%Ln waste line(s) written to %1.", nullptr, n).arg(where);
    case CsvExport::What::Members:
        return CsvExportDialog::tr("%Ln member(s) written to %1.", nullptr, n).arg(where);
    }
    return {};
}
} // namespace

CsvExportDialog::CsvExportDialog(AppContext &context, std::optional<qint64> siteId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("csvExportDialog"));
    setWindowTitle(tr("Export to spreadsheet (CSV)"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A CSV file opens in Excel, LibreOffice Calc and Google Sheets. "
                                "Numbers use a decimal point and dates are written YYYY-MM-DD, "
                                "whatever the language of the window. A text that a spreadsheet "
                                "could run as a formula starts with a single quote."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_what = new QComboBox(this);
    m_what->setObjectName(QStringLiteral("what"));
    for (CsvExport::What what : CsvExport::allWhats())
        m_what->addItem(CsvExport::whatDisplayName(what), int(what));
    form->addRow(tr("&Records:"), m_what);

    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("site"));
    // The sites the account reads (the service lists no others); all sites together only for an
    // account that reads every site.
    const bool everySite = Permissions::checkRead(context.actor(), std::nullopt).has_value();
    if (everySite)
        m_site->addItem(tr("All sites"), AllSites);
    if (auto sites = context.masterData().sites(true)) {
        for (const Site &site : std::as_const(*sites))
            m_site->addItem(DisplayFormat::site(site.code, site.name), site.meta.id);
    }
    if (siteId)
        m_site->setCurrentIndex(std::max(0, m_site->findData(*siteId)));
    m_site->setEnabled(m_site->count() > 1);
    form->addRow(tr("&Site:"), m_site);

    auto *period = new QWidget(this);
    auto *periodRow = new QHBoxLayout(period);
    periodRow->setContentsMargins(0, 0, 0, 0);
    m_period = new QCheckBox(tr("&Only from"), period);
    m_period->setObjectName(QStringLiteral("period"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), period);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setAccessibleName(tr("First day"));
    m_to = new QDateEdit(today, period);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setAccessibleName(tr("Last day"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DisplayFormat::dateFormat());
    }
    auto *toLabel = new QLabel(tr("&to"), period);
    toLabel->setBuddy(m_to);
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(toLabel);
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);
    auto *periodLabel = new QLabel(tr("Period:"), this);
    form->addRow(periodLabel, period);
    auto *periodHint = new QLabel(tr("Dates of each site's own calendar, both included: bookings "
                                     "by their start, batches and waste by production date. "
                                     "Members are always exported whole."),
                                  this);
    periodHint->setWordWrap(true);
    form->addRow(QString(), periodHint);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("Choose where to save the file"));
    m_browse = new QPushButton(tr("&Browse..."), this);
    m_browse->setObjectName(QStringLiteral("browse"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    layout->addWidget(m_count);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(250);
    connect(m_countTimer, &QTimer::timeout, this, &CsvExportDialog::updateCount);

    connect(m_export, &QPushButton::clicked, this, &CsvExportDialog::start);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancel();
        else
            reject();
    });
    connect(m_browse, &QPushButton::clicked, this, &CsvExportDialog::browse);
    const auto changed = [this] {
        updateState();
        m_countTimer->start();
    };
    connect(m_what, &QComboBox::currentIndexChanged, this, changed);
    connect(m_site, &QComboBox::currentIndexChanged, this, changed);
    connect(m_period, &QCheckBox::toggled, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_file, &QLineEdit::textChanged, this, [this] { m_error->hide(); });
    connect(&m_watcher, &QFutureWatcher<Result<CsvExport::Summary>>::finished, this,
            &CsvExportDialog::exportEnded);
    connect(&m_countWatcher, &QFutureWatcher<Result<qint64>>::finished, this,
            &CsvExportDialog::countEnded);

    updateState();
    updateCount();
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 80),
           sizeHint().height());
}

CsvExportDialog::~CsvExportDialog()
{
    // The worker writes nothing the dialog owns, but it must not outlive the connection's file.
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.disconnect(this);
    m_countWatcher.disconnect(this);
    m_watcher.waitForFinished();
    m_countWatcher.waitForFinished();
}

CsvExport::Options CsvExportDialog::options() const
{
    CsvExport::Options o;
    o.what = CsvExport::What(m_what->currentData().toInt());
    const qint64 site = m_site->currentData().toLongLong();
    if (site != AllSites)
        o.siteId = site;
    if (m_period->isChecked() && o.what != CsvExport::What::Members) {
        o.from = m_from->date();
        o.to = m_to->date();
    }
    return o;
}

QString CsvExportDialog::file() const
{
    return m_file->text().trimmed();
}

void CsvExportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

bool CsvExportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void CsvExportDialog::updateState()
{
    const bool running = isRunning();
    const bool dated = CsvExport::What(m_what->currentData().toInt()) != CsvExport::What::Members;
    m_what->setEnabled(!running);
    m_site->setEnabled(!running && m_site->count() > 1);
    m_period->setEnabled(!running && dated);
    m_from->setEnabled(!running && dated && m_period->isChecked());
    m_to->setEnabled(!running && dated && m_period->isChecked());
    m_file->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_export->setEnabled(!running);
    m_close->setText(running ? tr("&Cancel export") : tr("Close"));
}

void CsvExportDialog::updateCount()
{
    if (m_countWatcher.isRunning()) {
        m_countAgain = true;
        return;
    }
    m_countAgain = false;
    m_count->setText(tr("Counting the rows..."));
    // On a connection of its own: a national count takes a moment.
    const AppContext::Seed seed = m_context.seed();
    const CsvExport::Options o = options();
    m_countWatcher.setFuture(QtConcurrent::run([seed, o] {
        return AppContext::inWorker(seed,
                                    [&o](AppContext &worker) { return worker.csv().count(o); });
    }));
}

void CsvExportDialog::countEnded()
{
    if (m_countAgain) {
        updateCount();
        return;
    }
    const Result<qint64> n = m_countWatcher.result();
    m_count->setText(n ? tr("Rows to export: %1.").arg(DisplayFormat::number(*n))
                       : n.error().message);
}

QString CsvExportDialog::suggestedName() const
{
    const CsvExport::Options o = options();
    QString name = QStringLiteral("rpb-") + CsvExport::whatCode(o.what);
    const QString siteText = m_site->currentText().section(QStringLiteral(" \u00b7 "), 0, 0);
    name += QLatin1Char('-') + (o.siteId ? siteText.toLower() : QStringLiteral("all"));
    if (o.from.isValid())
        name += QLatin1Char('-') + o.from.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-')
            + o.to.toString(QStringLiteral("yyyyMMdd"));
    return name + QStringLiteral(".csv");
}

void CsvExportDialog::browse()
{
    QString start = file();
    if (start.isEmpty()) {
        const QString documents
            = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString folder = QDir(documents).exists() ? documents : QDir::homePath();
        start = QDir(folder).filePath(suggestedName());
    }
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to spreadsheet (CSV)"), start, tr("CSV files (*.csv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    m_confirmedFile = QFileInfo(chosen).absoluteFilePath();
    setFile(chosen);
}

void CsvExportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool CsvExportDialog::start()
{
    if (isRunning())
        return false;
    showError({});
    m_status->clear();
    if (file().isEmpty()) {
        showError(tr("Choose the file to write: type its name or use Browse."));
        m_file->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const QString path = QFileInfo(QDir::fromNativeSeparators(file())).absoluteFilePath();
    if (QFileInfo(path).isDir()) {
        showError(tr("%1 is a folder; give the file a name.").arg(QDir::toNativeSeparators(path)));
        m_file->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (QFileInfo::exists(path) && path != m_confirmedFile) {
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)));
        if (answer != QMessageBox::Yes)
            return false;
        m_confirmedFile = path;
    }
    const CsvExport::Options o = options();
    // The choices are checked here, without reading a record, so that a refusal shows at once.
    if (auto allowed = m_context.csv().check(o); !allowed) {
        showError(allowed.error().message);
        return false;
    }

    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_runningFile = path;
    m_runningWhat = o.what;
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Writing %1...").arg(QDir::toNativeSeparators(path)));
    const AppContext::Seed seed = m_context.seed();
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancel;
    QPointer<CsvExportDialog> self(this);
    m_watcher.setFuture(QtConcurrent::run([seed, o, path, cancelled, self] {
        int shown = -1;
        const CsvExport::Progress progress = [&shown, cancelled, self](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (percent != shown) {
                shown = percent;
                // Queued to the dialog's thread; dropped if the dialog is gone by then.
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total] {
                        if (self)
                            self->showProgress(done, total);
                    },
                    Qt::QueuedConnection);
            }
            return !cancelled->load();
        };
        return AppContext::inWorker(
            seed, [&](AppContext &worker) { return worker.csv().writeFile(o, path, progress); });
    }));
    updateState();
    m_close->setFocus(Qt::OtherFocusReason);
    return true;
}

void CsvExportDialog::showProgress(qint64 done, qint64 total)
{
    if (!isRunning())
        return;
    m_progress->setValue(total > 0 ? int(done * 100 / total) : 100);
    m_status->setText(tr("Writing %1: %2 of %3 rows...")
                          .arg(QDir::toNativeSeparators(m_runningFile), DisplayFormat::number(done),
                               DisplayFormat::number(total)));
}

void CsvExportDialog::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CsvExportDialog::exportEnded()
{
    m_last = m_watcher.result();
    m_progress->hide();
    const Result<CsvExport::Summary> &result = *m_last;
    if (!result) {
        m_status->clear();
        showError(result.error().message
                  + (result.error().where.isEmpty()
                         ? QString()
                         : QStringLiteral(" (%1)").arg(result.error().where)));
    } else if (result->cancelled) {
        m_status->setText(tr("The export was cancelled; no file was written."));
    } else {
        m_status->setText(writtenText(m_runningWhat, result->rows, m_runningFile));
        SavedFile::announce(
            m_runningFile,
            tr("The spreadsheet file (%Ln row(s)) was written.", nullptr, int(result->rows)));
    }
    updateState();
    m_export->setFocus(Qt::OtherFocusReason);
    Q_EMIT exportFinished();
}

void CsvExportDialog::reject()
{
    // Closing stops a running export first: a half-written file is never left behind.
    if (isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
    QDialog::reject();
}

} // namespace Rpb
