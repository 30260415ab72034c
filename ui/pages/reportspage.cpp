#include "reportspage.h"

#include "displayformat.h"
#include "models/changewatch.h"
#include "widgets/savedfile.h"

#include "domain/permissions.h"
#include "reporting/reportbuilder.h"
#include "reporting/reporthtml.h"
#include "reporting/reportpdf.h"
#include "services/appcontext.h"
#include "services/language.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageSize>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Rpb {

namespace {
const QString allSitesSetting = QStringLiteral("reports/allSites");
const QString languageSetting = QStringLiteral("reports/language");
// Who signs instead of the site's responsible manager, remembered per site ("ALL": all sites).
const QString signerSetting = QStringLiteral("reports/signer/%1");
const QString folderSetting = QStringLiteral("reports/folder");
const QString notesSetting = QStringLiteral("reports/notes/%1-%2");

QDate previousMonth()
{
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}

// Restores the override cursor however the work ends.
class BusyCursor final
{
    Q_DISABLE_COPY_MOVE(BusyCursor)
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};
} // namespace

ReportsPage::ReportsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reportsPage"));
    createWidgets();
    restoreSettings();
    retranslate();
    refreshActor();

    // Figures change with batches, bookings, closings and master data; read them again when
    // next seen.
    auto *watch
        = new ChangeWatch(m_context.hub(),
                          {EntityKind::Batch, EntityKind::MonthClose, EntityKind::Booking,
                           EntityKind::MaintenanceWindow, EntityKind::Site, EntityKind::ProductLine,
                           EntityKind::Equipment, EntityKind::Member, EntityKind::WasteCategory},
                          this);
    connect(watch, &ChangeWatch::changed, this, [this](const Change &change) {
        if (change.kind == EntityKind::Site)
            fillScope();
        refresh();
    });
}

void ReportsPage::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(12);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reportsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    layout->addLayout(body, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("reportScope"));
    m_scopeLabel = new QLabel(this);
    m_scopeLabel->setBuddy(m_scope);
    form->addRow(m_scopeLabel, m_scope);

    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setCurrentSection(QDateTimeEdit::MonthSection);
    m_month->setMinimumDate(QDate(2000, 1, 1));
    m_month->setMaximumDate(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));
    m_month->setDate(previousMonth());
    m_monthLabel = new QLabel(this);
    m_monthLabel->setBuddy(m_month);
    form->addRow(m_monthLabel, m_month);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    for (const QString &code : Language::available())
        m_language->addItem(Language::displayName(code), code);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);

    m_manager = new QLineEdit(this);
    m_manager->setObjectName(QStringLiteral("reportManager"));
    m_managerLabel = new QLabel(this);
    m_managerLabel->setBuddy(m_manager);
    form->addRow(m_managerLabel, m_manager);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("reportNotes"));
    m_notes->setTabChangesFocus(true); // Tab leaves the notes, so the keyboard reaches the buttons
    m_notes->setMinimumHeight(120);
    m_notesLabel = new QLabel(this);
    m_notesLabel->setBuddy(m_notes);
    form->addRow(m_notesLabel, m_notes);

    auto *buttons = new QHBoxLayout;
    m_previewButton = new QPushButton(this);
    m_previewButton->setObjectName(QStringLiteral("printPreviewButton"));
    m_printButton = new QPushButton(this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_htmlButton = new QPushButton(this);
    m_htmlButton->setObjectName(QStringLiteral("saveHtmlButton"));
    for (QPushButton *button : {m_previewButton, m_printButton, m_pdfButton, m_htmlButton})
        buttons->addWidget(button);
    buttons->addStretch(1);
    form->addRow(buttons);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch(1);
    body->addLayout(left, 3);

    auto *summaryBox = new QFrame(this);
    summaryBox->setFrameShape(QFrame::StyledPanel);
    summaryBox->setObjectName(QStringLiteral("reportSummaryBox"));
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    m_summaryTitle = new QLabel(summaryBox);
    QFont bold = m_summaryTitle->font();
    bold.setBold(true);
    m_summaryTitle->setFont(bold);
    summaryLayout->addWidget(m_summaryTitle);
    m_summary = new QLabel(summaryBox);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    summaryLayout->addWidget(m_summary, 1);
    summaryBox->setMinimumWidth(300);
    body->addWidget(summaryBox, 2);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ReportsPage::choiceChanged);
    connect(m_month, &QDateEdit::dateChanged, this, &ReportsPage::choiceChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        saveSettings();
        updateSummary(); // the language changes only the document, not the figures
    });
    connect(m_manager, &QLineEdit::textEdited, this, [this] {
        saveSettings();
        updateSummary();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_restoring)
            saveSettings();
    });
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::printPreview);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportsPage::savePdfAs);
    connect(m_htmlButton, &QPushButton::clicked, this, &ReportsPage::saveHtmlAs);
}

void ReportsPage::retranslate()
{
    m_title->setText(tr("Monthly summary"));
    m_intro->setText(tr("The green-UMKM summary of a month, to print and sign for the ministry "
                        "and the members. A closed month prints as final, an open one as "
                        "draft."));
    m_scopeLabel->setText(tr("&Site:"));
    m_monthLabel->setText(tr("&Month:"));
    m_languageLabel->setText(tr("Document &language:"));
    m_managerLabel->setText(tr("Signed &by:"));
    m_notesLabel->setText(tr("N&otes:"));
    m_notes->setPlaceholderText(tr("What the manager adds to the figures of the month"));
    m_previewButton->setText(tr("Print pre&view..."));
    m_printButton->setText(tr("&Print..."));
    m_pdfButton->setText(tr("Save as P&DF..."));
    m_htmlButton->setText(tr("Save as &HTML..."));
    m_summaryTitle->setText(tr("What will print"));
    // Month names follow the window's language.
    m_month->setLocale(Language::locale());
    fillScope();
    updateSummary();
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReportsPage::fillScope()
{
    // A real choice stays as it was; otherwise the one made last time.
    const bool wasAll
        = m_scope->count() > 1 ? isAllSites() : QSettings().value(allSitesSetting, false).toBool();
    const bool wasRestoring = m_restoring;
    m_restoring = true;
    m_scope->clear();
    if (m_siteId) {
        QString label = tr("Site %1").arg(*m_siteId);
        if (auto sites = m_context.masterData().sites(true)) {
            for (const Site &site : *sites)
                if (site.meta.id == *m_siteId)
                    label = DisplayFormat::site(site.code, site.name);
        }
        m_scope->addItem(label, *m_siteId);
    }
    // An account that reads one site prints that site only; the central office prints all.
    const bool everySite = Permissions::checkRead(m_context.actor(), std::nullopt).has_value();
    if (everySite)
        m_scope->addItem(tr("All sites"), QVariant());
    const int all = m_scope->count() - 1;
    m_scope->setCurrentIndex(wasAll && everySite ? all : 0);
    m_restoring = wasRestoring;
    const bool any = m_scope->count() > 0;
    for (QPushButton *button : {m_previewButton, m_printButton, m_pdfButton, m_htmlButton})
        button->setEnabled(any);
}

void ReportsPage::setSiteId(std::optional<qint64> siteId)
{
    if (siteId == m_siteId && m_scope->count() > 0)
        return;
    m_siteId = siteId;
    fillScope();
    choiceChanged();
}

std::optional<qint64> ReportsPage::reportSiteId() const
{
    const QVariant id = m_scope->currentData();
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

bool ReportsPage::isAllSites() const
{
    return m_scope->currentIndex() >= 0 && !m_scope->currentData().isValid();
}

void ReportsPage::setAllSites(bool all)
{
    for (int i = 0; i < m_scope->count(); ++i) {
        if (m_scope->itemData(i).isValid() != all) {
            m_scope->setCurrentIndex(i);
            return;
        }
    }
}

int ReportsPage::year() const
{
    return m_month->date().year();
}

int ReportsPage::month() const
{
    return m_month->date().month();
}

void ReportsPage::setMonth(int year, int month)
{
    m_month->setDate(QDate(year, month, 1));
}

QString ReportsPage::language() const
{
    return m_language->currentData().toString();
}

void ReportsPage::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void ReportsPage::setNotes(const QString &notes)
{
    m_notes->setPlainText(notes);
}

QString ReportsPage::managerName() const
{
    return m_manager->text().trimmed();
}

void ReportsPage::setManagerName(const QString &name)
{
    m_manager->setText(name);
    saveSettings();
}

ReportOptions ReportsPage::options() const
{
    ReportOptions o;
    o.language = language();
    o.notes = m_notes->toPlainText().trimmed();
    o.managerName = managerName();
    o.preparedBy = m_preparedBy;
    o.generatedAt = QDateTime::currentDateTimeUtc();
    return o;
}

void ReportsPage::refreshActor()
{
    // The signed-in person prepares the document; the site's responsible manager signs it.
    const Actor &actor = m_context.actor();
    m_preparedBy.clear();
    if (actor.userId != 0) {
        if (auto user = m_context.accounts().user(actor.userId))
            m_preparedBy
                = user->fullName.trimmed().isEmpty() ? user->name : user->fullName.trimmed();
    }
    fillScope();
    choiceChanged();
}

void ReportsPage::choiceChanged()
{
    if (m_restoring)
        return;
    m_report.reset();
    m_error.reset();
    // Notes belong to one site and month: show the ones written for this choice.
    m_restoring = true;
    const QString key = notesSetting.arg(isAllSites() ? QStringLiteral("ALL")
                                                      : QString::number(reportSiteId().value_or(0)),
                                         m_month->date().toString(QStringLiteral("yyyy-MM")));
    m_notes->setPlainText(QSettings().value(key).toString());
    m_manager->setText(QSettings().value(signerSetting.arg(scopeKey())).toString());
    m_restoring = false;
    saveSettings();
    refresh();
}

void ReportsPage::refresh()
{
    m_report.reset();
    m_error.reset();
    if (!isVisible()) {
        m_stale = true;
        updateSummary();
        return;
    }
    m_stale = false;
    (void)report();
    updateSummary();
}

Result<MonthlyReport> ReportsPage::report()
{
    if (m_report)
        return *m_report;
    if (m_scope->currentIndex() < 0)
        return fail(Error::invalid(tr("Choose a site first.")));
    if (isAllSites()) {
        // All sites take a few seconds: say so before the window stops answering.
        m_summary->setText(tr("Computing the figures of all sites..."));
        m_summary->repaint();
    }
    BusyCursor busy;
    auto built = ReportBuilder(m_context).build(reportSiteId(), year(), month());
    if (!built) {
        m_error = built.error();
        return fail(built.error());
    }
    m_error.reset();
    m_report = std::move(*built);
    return *m_report;
}

QString ReportsPage::summaryText() const
{
    return m_summary->text();
}

void ReportsPage::updateSummary()
{
    if (m_error) {
        m_summary->setText(tr("The figures could not be read: %1").arg(m_error->message));
        return;
    }
    if (!m_report) {
        m_summary->setText(m_scope->count() == 0 ? tr("No site to report on yet.") : QString());
        return;
    }
    const MonthlyReport &r = *m_report;
    const ReportText text(Language::current());
    const MonthlyReport::Figures &f = r.current;
    // The site's responsible manager signs unless a name is typed in their stead.
    m_manager->setPlaceholderText(r.managerName.isEmpty() ? tr("to be written by hand")
                                                          : r.managerName);
    QStringList lines;
    lines << (r.siteName.isEmpty() ? tr("All sites") : r.siteName) + QStringLiteral(" \u00b7 ")
            + text.monthName(r.year, r.month);
    lines << (r.final ? tr("Status: final (the month is closed)")
                      : tr("Status: draft (the month is still open)"));
    lines << QString();
    lines << tr("Batches: %1").arg(text.number(f.batches));
    lines << tr("Waste generated: %1 and %2")
                 .arg(text.quantity(f.wasteKgMilli, Unit::Kg),
                      text.quantity(f.wasteLitreMilli, Unit::Litre));
    lines << tr("Diverted from disposal: %1 of the kilograms, %2 of the litres")
                 .arg(text.percent(MonthlyReport::permille(f.divertedKgMilli, f.wasteKgMilli)),
                      text.percent(
                          MonthlyReport::permille(f.divertedLitreMilli, f.wasteLitreMilli)));
    lines << tr("Members served: %1").arg(text.number(f.membersServed));
    if (r.comparison == ComparisonBasis::Kind::NoData)
        lines << tr("No comparison: %1 holds no data.")
                     .arg(text.monthName(r.previousYear(), r.previousMonth()));
    else if (r.comparison == ComparisonBasis::Kind::LittleData)
        lines << tr("No comparison: %1 holds too little data (%n batch(es)).", nullptr,
                    int(r.previous.batches))
                     .arg(text.monthName(r.previousYear(), r.previousMonth()));
    if (!r.sites.isEmpty())
        lines << tr("Sites compared: %1").arg(text.number(r.sites.size()));
    lines << QString();
    const QString signer = managerName().isEmpty() ? r.managerName : managerName();
    lines << tr("Signed by: %1").arg(signer.isEmpty() ? tr("to be written by hand") : signer);
    if (!m_preparedBy.isEmpty())
        lines << tr("Prepared by: %1").arg(m_preparedBy);
    // The language in the window's words ("bahasa Inggris"); the chooser names each in its own.
    lines << (language() == QLatin1String("en") ? tr("Document in English; data version %1.")
                                                : tr("Document in Indonesian; data version %1."))
                 .arg(text.number(r.dataVersion));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

QString ReportsPage::scopeKey() const
{
    return isAllSites() ? QStringLiteral("ALL") : QString::number(reportSiteId().value_or(0));
}

QString ReportsPage::suggestedBaseName() const
{
    const QString code = m_report ? m_report->siteCode
        : isAllSites()            ? QStringLiteral("ALL")
                                  : QStringLiteral("site");
    return QStringLiteral("rpb-%1-%2")
        .arg(code, m_month->date().toString(QStringLiteral("yyyy-MM")));
}

Status ReportsPage::savePdf(const QString &file)
{
    auto r = report();
    updateSummary();
    if (!r)
        return fail(r.error());
    BusyCursor busy;
    return ReportPdf::write(*r, options(), file);
}

Status ReportsPage::saveHtml(const QString &file)
{
    auto r = report();
    updateSummary();
    if (!r)
        return fail(r.error());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return fail(Error::storage(tr("Cannot write %1.").arg(file), out.errorString()));
    out.write(ReportHtml::render(*r, options()).toUtf8());
    if (!out.commit())
        return fail(Error::storage(tr("Cannot write %1.").arg(file), out.errorString()));
    return {};
}

void ReportsPage::focusFirstControl()
{
    m_scope->setFocus(Qt::ShortcutFocusReason);
}

void ReportsPage::saveSettings() const
{
    if (m_restoring)
        return;
    QSettings settings;
    if (m_scope->count() > 1)
        settings.setValue(allSitesSetting, isAllSites());
    settings.setValue(languageSetting, language());
    if (managerName().isEmpty())
        settings.remove(signerSetting.arg(scopeKey()));
    else
        settings.setValue(signerSetting.arg(scopeKey()), managerName());
    const QString key = notesSetting.arg(isAllSites() ? QStringLiteral("ALL")
                                                      : QString::number(reportSiteId().value_or(0)),
                                         m_month->date().toString(QStringLiteral("yyyy-MM")));
    const QString notes = m_notes->toPlainText();
    if (notes.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, notes);
}

void ReportsPage::restoreSettings()
{
    m_restoring = true;
    QSettings settings;
    setLanguage(settings.value(languageSetting, Language::current()).toString());
    m_restoring = false;
}

void ReportsPage::showError(const Error &error)
{
    QString text = error.message;
    if (!error.detail.isEmpty())
        text += QStringLiteral("\n\n") + error.detail;
    QMessageBox::warning(this, tr("Monthly summary"), text);
}

void ReportsPage::printPreview()
{
    auto r = report();
    updateSummary();
    if (!r) {
        showError(r.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(suggestedBaseName());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview: %1").arg(suggestedBaseName()));
    const MonthlyReport shown = *r;
    const ReportOptions opts = options();
    std::optional<Error> failed;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&shown, &opts, &failed](QPrinter *device) {
                BusyCursor busy;
                auto pages = ReportPdf::paint(shown, opts, *device);
                if (!pages)
                    failed = pages.error();
            });
    if (const QScreen *s = screen()) {
        const QRect available = s->availableGeometry();
        dialog.resize(std::min(available.width() - 40, 1100), available.height() - 60);
    }
    dialog.exec();
    if (failed)
        showError(*failed);
}

void ReportsPage::print()
{
    auto r = report();
    updateSummary();
    if (!r) {
        showError(r.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(suggestedBaseName());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the monthly summary"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    BusyCursor busy;
    auto pages = ReportPdf::paint(*r, options(), printer);
    if (!pages)
        showError(pages.error());
}

QString ReportsPage::askFile(const QString &suffix, const QString &filter)
{
    QSettings settings;
    const QString folder
        = settings
              .value(folderSetting,
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString suggested
        = QDir(folder).filePath(suggestedBaseName() + QLatin1Char('.') + suffix);
    QString file
        = QFileDialog::getSaveFileName(this, tr("Save the monthly summary"), suggested, filter);
    if (file.isEmpty())
        return {};
    if (!file.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        file += QLatin1Char('.') + suffix;
    settings.setValue(folderSetting, QFileInfo(file).absolutePath());
    return file;
}

void ReportsPage::savePdfAs()
{
    if (auto r = report(); !r) {
        updateSummary();
        showError(r.error());
        return;
    }
    const QString file = askFile(QStringLiteral("pdf"), tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    if (Status s = savePdf(file); !s)
        showError(s.error());
    else
        SavedFile::announce(file, tr("The summary was saved as PDF."));
}

void ReportsPage::saveHtmlAs()
{
    if (auto r = report(); !r) {
        updateSummary();
        showError(r.error());
        return;
    }
    const QString file = askFile(QStringLiteral("html"), tr("Web pages (*.html *.htm)"));
    if (file.isEmpty())
        return;
    if (Status s = saveHtml(file); !s)
        showError(s.error());
    else
        SavedFile::announce(file, tr("The summary was saved as a web page."));
}

} // namespace Rpb
