#pragma once

#include "domain/integrityreport.h"
#include "domain/result.h"
#include "widgets/banner.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <array>
#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoGroup;
class QVBoxLayout;

namespace Rpb {

class AppContext;
class AuditPage;
class MasterDataPage;
class SchedulePage;
class SyncPage;
class UserSession;

// The window: a site selector, the pages (Schedule, Batches, Waste, Reports, Master data, Audit,
// Sync) and the menus. It asks the services of the AppContext for everything and never touches
// SQL. It shows only what the signed-in person may do, and follows a change of person after a
// lock.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Page { Schedule, Batches, Waste, Reports, MasterData, Audit, Sync, PageCount };

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    int currentPage() const;
    void setCurrentPage(int page);
    QWidget *page(Page page) const;
    MasterDataPage *masterDataPage() const { return m_masterDataPage; }
    SchedulePage *schedulePage() const { return m_schedulePage; }
    AuditPage *auditPage() const { return m_auditPage; }
    SyncPage *syncPage() const { return m_syncPage; }
    UserSession *session() const { return m_session; }
    // Whether the signed-in person may open the page (Audit: managers and viewers).
    bool isPageAvailable(int page) const;
    QComboBox *siteSelector() const { return m_siteSelector; }
    std::optional<qint64> currentSiteId() const;

    // After the window shows: the consistency check in the background and the network-drive
    // warning. A failed check turns the database read-only.
    void startBackgroundChecks();
    bool isCheckRunning() const;
    void applyIntegrityResult(const Result<IntegrityReport> &result);
    // Edit > Undo and Redo: the steps of the page in front.
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    // A strip at the top of the window; the text function is asked again on a language change.
    Banner *addBanner(Banner::Level level, std::function<QString()> text, bool dismissible);
    QList<Banner *> banners() const;

    // Writes a consistent copy of the database to file, replacing a file of that name only once
    // the copy is complete; reports the outcome in a banner.
    Status backupTo(const QString &file);

Q_SIGNALS:
    void integrityCheckFinished(bool ok);
    // Another person signed in (or the same one again): pages follow their rights.
    void actorChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void retranslate();
    void reloadSites();
    void onSiteChanged();
    void switchLanguage(const QString &code);
    void backupDatabase();
    void showAbout();
    void enterReadOnly(const QString &reason);
    // One notice at a time: a new backup message replaces the last one.
    void showNotice(Banner::Level level, std::function<QString()> text);
    // Where a file just written went, with a button that opens its folder.
    void showSavedFile(const QString &path, const QString &what);
    void restoreWindowState();
    void applyActor();
    // The banner over the pages while the chosen site's records came in sync packages.
    void updateImportedBanner();
    void updateUndoActions();
    // Where a person starts: operators at the schedule, viewers at the reports, managers where
    // they left off; the master data while there is no site.
    int landingPage() const;
    // Another person or another site: no step of before is taken back, no message stays.
    void clearSteps();

    AppContext &m_context;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_csvExportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    std::array<QAction *, PageCount> m_pageActions {};

    QToolBar *m_toolBar = nullptr;
    QLabel *m_siteLabel = nullptr;
    QComboBox *m_siteSelector = nullptr;

    QVBoxLayout *m_bannerLayout = nullptr;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    MasterDataPage *m_masterDataPage = nullptr;
    SchedulePage *m_schedulePage = nullptr;
    AuditPage *m_auditPage = nullptr;
    SyncPage *m_syncPage = nullptr;
    UserSession *m_session = nullptr;
    Banner *m_readOnlyBanner = nullptr;
    Banner *m_importedBanner = nullptr;
    QList<qint64> m_importedSites;
    QPointer<Banner> m_notice;

    QLabel *m_pathLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;

    QFutureWatcher<Result<IntegrityReport>> m_check;
    bool m_fillingSites = false;
    bool m_sitesShown = false;
    qint64 m_shownUserId = -1;
    std::optional<qint64> m_shownSiteId;
};

} // namespace Rpb
