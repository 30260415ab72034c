#pragma once

#include "domain/result.h"
#include "reporting/monthlyreport.h"
#include "reporting/reporttext.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Rpb {

class AppContext;

// The monthly green-UMKM summary: the window's site or all sites, a month, the document's
// language, the manager's notes and who signs in the site manager's stead (empty: the site's
// responsible manager); a short summary of what will print, then print
// preview, print, PDF and HTML. Every output renders the one MonthlyReport built by the core, so
// the screen, the paper and the files agree. The choices are remembered.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)
public:
    explicit ReportsPage(AppContext &context, QWidget *parent = nullptr);

    // The window's site; empty when the window has none.
    void setSiteId(std::optional<qint64> siteId);
    // The report's site: empty for all sites.
    std::optional<qint64> reportSiteId() const;
    bool isAllSites() const;
    void setAllSites(bool all);
    int year() const;
    int month() const;
    void setMonth(int year, int month);
    QString language() const; // "id" or "en"
    void setLanguage(const QString &code);
    void setNotes(const QString &notes);
    QString managerName() const;
    void setManagerName(const QString &name);
    ReportOptions options() const;

    // The figures of the current choice, built when first asked for after a change.
    Result<MonthlyReport> report();
    // What the page shows of the month (status, batches, waste, diverted share).
    QString summaryText() const;
    // Suggested file name without suffix: "rpb-ACH-2026-10".
    QString suggestedBaseName() const;

    Status savePdf(const QString &file);
    Status saveHtml(const QString &file);
    void focusFirstControl();

public Q_SLOTS:
    // Reads the figures again, e.g. after batches changed or a month was closed.
    void refresh();
    // The signed-in person changed: their full name says who prepared the document.
    void refreshActor();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createWidgets();
    void retranslate();
    void fillScope();
    void choiceChanged();
    void updateSummary();
    void saveSettings() const;
    void restoreSettings();
    void printPreview();
    void print();
    void savePdfAs();
    void saveHtmlAs();
    QString askFile(const QString &suffix, const QString &filter);
    QString scopeKey() const; // the site's id, or "ALL": what per-site settings are kept under
    void showError(const Error &error);

    AppContext &m_context;
    std::optional<qint64> m_siteId;
    std::optional<MonthlyReport> m_report;
    std::optional<Error> m_error;
    bool m_restoring = false;
    bool m_stale = true; // the choice changed while the page was hidden
    QString m_preparedBy; // the signed-in person's full name

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_monthLabel = nullptr;
    QDateEdit *m_month = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_managerLabel = nullptr;
    QLineEdit *m_manager = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_summaryTitle = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_htmlButton = nullptr;
};

} // namespace Rpb
