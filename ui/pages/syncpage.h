#pragma once

#include "domain/result.h"
#include "services/syncservice.h"
#include "widgets/banner.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;

namespace Rpb {

class AppContext;
class SyncImportDialog;

// Sending a site's records to the central office and taking in those of other sites: the sync
// status of every site, the export of a package (with what it will hold), the import of one
// (through SyncImportDialog), and the conflicts that imports kept aside for a manager to decide.
// Those who may not sync (operators, viewers) see the status only.
class SyncPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)
public:
    enum Tab { ExportTab, ImportTab, ConflictsTab };
    enum StatusColumn {
        CodeColumn,
        NameColumn,
        DataColumn,
        CounterColumn,
        WaitingColumn,
        LastExportColumn,
        LastImportColumn,
        ConflictsColumn,
        StatusColumnCount
    };

    explicit SyncPage(AppContext &context, QWidget *parent = nullptr);

    // The site chosen at the top of the window: the export starts on it when it is local.
    void setSiteId(std::optional<qint64> siteId);
    // Shows and hides what the signed-in account may do; call after a sign-in.
    void refreshPermissions();
    // Reads the status, the export preview and the conflicts again.
    void reload();
    void focusFirstControl();

    // Asks for a file and writes the package of the chosen site.
    void exportPackage();
    // Writes the package of the chosen site to path, with progress; shows the outcome.
    Result<SyncService::ExportResult> exportTo(const QString &path);
    // Asks for a package and opens the import dialog on it.
    void importPackage();
    // Opens the import dialog (window-modal) on a package and returns it.
    SyncImportDialog *openImportDialog(const QString &path);
    // Decides the selected conflict after a confirmation.
    Status resolveSelected(SyncService::Resolution resolution);

    // What the file dialogs would answer; tests answer without a native dialog. The save
    // chooser gets the suggested path, the open chooser the remembered folder.
    void setSaveFileChooser(std::function<QString(const QString &)> chooser)
    {
        m_chooseSaveFile = std::move(chooser);
    }
    void setOpenFileChooser(std::function<QString(const QString &)> chooser)
    {
        m_chooseOpenFile = std::move(chooser);
    }
    // Asked before a conflict is decided.
    void setConfirmer(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    // The name a package of the site gets by default: RPB-ACH-2026-11-28.rpbsync.
    QString suggestedFileName(qint64 siteId) const;

    QTableWidget *statusTable() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *exportSite() const { return m_exportSite; }
    QCheckBox *fullCheck() const { return m_full; }
    QTableWidget *exportPreviewTable() const { return m_exportKinds; }
    QLabel *exportSummary() const { return m_exportSummary; }
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *importButton() const { return m_importButton; }
    QTableWidget *conflictTable() const { return m_conflicts; }
    QPlainTextEdit *incomingText() const { return m_incoming; }
    QPlainTextEdit *localText() const { return m_local; }
    QLabel *differencesLabel() const { return m_differences; }
    QPushButton *keepOursButton() const { return m_keepOurs; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QString lastMessage() const { return m_lastMessage; }
    // After a switch of person or site: no message of before stays.
    void clearMessages();
    const QList<SyncService::Conflict> &conflicts() const { return m_conflictList; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void reloadStatus();
    void reloadExportSites();
    void updateExportPreview();
    void reloadConflicts();
    void showConflict();
    void updateConflictButtons();
    void showMessage(Banner::Level level, const QString &text);
    QString rememberedFolder() const;
    void rememberFolder(const QString &file) const;
    QString siteTimeZone(qint64 siteId) const;

    AppContext &m_context;
    std::optional<qint64> m_siteId;
    bool m_filling = false;
    QList<SyncService::SiteStatus> m_statusList;
    QList<SyncService::Conflict> m_conflictList;
    std::optional<SyncService::ExportPreview> m_exportPreview;
    QString m_lastMessage;
    std::function<QString(const QString &)> m_chooseSaveFile;
    std::function<QString(const QString &)> m_chooseOpenFile;
    std::function<bool(const QString &)> m_confirm;

    QLabel *m_title = nullptr;
    QVBoxLayout *m_messageLayout = nullptr;
    QPointer<Banner> m_message;
    QLabel *m_statusLabel = nullptr;
    QTableWidget *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QTabWidget *m_tabs = nullptr;

    QLabel *m_exportIntro = nullptr;
    QLabel *m_exportSiteLabel = nullptr;
    QComboBox *m_exportSite = nullptr;
    QCheckBox *m_full = nullptr;
    QLabel *m_exportKindsLabel = nullptr;
    QTableWidget *m_exportKinds = nullptr;
    QLabel *m_exportSummary = nullptr;
    QPushButton *m_exportButton = nullptr;

    QLabel *m_importIntro = nullptr;
    QPushButton *m_importButton = nullptr;

    QLabel *m_conflictsLabel = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QLabel *m_differences = nullptr;
    QLabel *m_incomingLabel = nullptr;
    QPlainTextEdit *m_incoming = nullptr;
    QLabel *m_localLabel = nullptr;
    QPlainTextEdit *m_local = nullptr;
    QPushButton *m_keepOurs = nullptr;
    QPushButton *m_takeTheirs = nullptr;
};

} // namespace Rpb
