#include "mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/csvexportdialog.h"
#include "dialogs/memberimportdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/userguidedialog.h"
#include "displayformat.h"
#include "domain/permissions.h"
#include "models/changewatch.h"
#include "pages/accountstab.h"
#include "pages/auditpage.h"
#include "pages/batchespage.h"
#include "pages/bookinglistpanel.h"
#include "pages/masterdatapage.h"
#include "pages/reportspage.h"
#include "pages/schedulepage.h"
#include "pages/syncpage.h"
#include "pages/wastepage.h"
#include "services/appcontext.h"
#include "services/appinfo.h"
#include "services/language.h"
#include "usersession.h"
#include "widgets/savedfile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Rpb {

namespace {
const QString siteSetting = QStringLiteral("ui/site");
const QString geometrySetting = QStringLiteral("ui/mainWindow/geometry");
const QString stateSetting = QStringLiteral("ui/mainWindow/state");
const QString pageSetting = QStringLiteral("ui/page");
constexpr int SiteUuidRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_session = new UserSession(m_context, this);
    m_undoGroup = new QUndoGroup(this);
    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createStatusBar();

    // A site added, renamed or brought by a package changes the site selector.
    auto *sites = new ChangeWatch(m_context.hub(), {EntityKind::Site}, this);
    connect(sites, &ChangeWatch::changed, this, &MainWindow::reloadSites);
    connect(&m_check, &QFutureWatcher<Result<IntegrityReport>>::finished, this,
            [this] { applyIntegrityResult(m_check.result()); });
    // Another person, or the sites that became read-only with an import: the buttons follow.
    connect(&m_context.session(), &Session::actorChanged, this, &MainWindow::applyActor);
    connect(m_masterDataPage->accountsTab(), &AccountsTab::idleLockChanged, m_session,
            &UserSession::setIdleMinutes);

    // Every page that writes a file says where it went through the same notice.
    SavedFile::setHandler(
        [this](const QString &path, const QString &what) { showSavedFile(path, what); });
    m_shownUserId = m_context.actor().userId;
    applyActor();
    retranslate();
    restoreWindowState();
    setCurrentPage(landingPage());
}

int MainWindow::landingPage() const
{
    // Before there is a site, the only work is to add one.
    if (m_siteSelector->count() == 0)
        return MasterData;
    // Each person lands where their work is: operators at the schedule, viewers at the reports,
    // managers where they left off.
    switch (m_context.actor().role) {
    case Role::Operator:
        return Schedule;
    case Role::Viewer:
        return Reports;
    case Role::Manager:
    case Role::Administrator:
    case Role::Nobody:
        break;
    }
    const int saved = QSettings().value(pageSetting, Schedule).toInt();
    return isPageAvailable(saved) ? saved : Schedule;
}

MainWindow::~MainWindow()
{
    SavedFile::setHandler({});
    // The check holds no reference to the window, but its result would be delivered to it.
    m_check.disconnect(this);
    m_check.waitForFinished();
}

void MainWindow::createActions()
{
    m_backupAction = new QAction(this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backupDatabase);

    m_csvExportAction = new QAction(this);
    m_csvExportAction->setObjectName(QStringLiteral("csvExportAction"));
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    // The texts say what would be taken back, in the language of the moment.
    for (auto signal : {&QUndoGroup::canUndoChanged, &QUndoGroup::canRedoChanged})
        connect(m_undoGroup, signal, this, &MainWindow::updateUndoActions);
    for (auto signal : {&QUndoGroup::undoTextChanged, &QUndoGroup::redoTextChanged})
        connect(m_undoGroup, signal, this, &MainWindow::updateUndoActions);
    connect(m_undoGroup, &QUndoGroup::activeStackChanged, this, &MainWindow::updateUndoActions);

    connect(m_csvExportAction, &QAction::triggered, this, [this] {
        auto *dialog = new CsvExportDialog(m_context, currentSiteId(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_guideAction = new QAction(this);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcuts(QKeySequence::HelpContents); // F1
    connect(m_guideAction, &QAction::triggered, this, [this] { UserGuideDialog::showFor(this); });
    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    connect(m_shortcutsAction, &QAction::triggered, this,
            [this] { ShortcutsDialog::showFor(this); });

    const std::array<Qt::Key, PageCount> keys {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4,
                                               Qt::Key_5, Qt::Key_6, Qt::Key_7};
    for (int i = 0; i < PageCount; ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("pageAction%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | keys.at(std::size_t(i))));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentPage(i); });
        m_pageActions.at(std::size_t(i)) = action;
    }
    auto *pageGroup = new QActionGroup(this);
    for (QAction *action : m_pageActions)
        pageGroup->addAction(action);

    m_languageGroup = new QActionGroup(this);
    for (const QString &code : Language::available()) {
        // Each language is named in itself, so that a person who cannot read the current one
        // still finds theirs.
        auto *action = new QAction(Language::displayName(code), m_languageGroup);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == Language::current());
        connect(action, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_csvExportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *action : m_pageActions)
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    menuBar()->addMenu(m_session->menu());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions({m_guideAction, m_shortcutsAction});
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("siteToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->toggleViewAction()->setEnabled(false);

    auto *holder = new QWidget(m_toolBar);
    auto *layout = new QHBoxLayout(holder);
    layout->setContentsMargins(8, 4, 8, 4);
    m_siteLabel = new QLabel(holder);
    m_siteSelector = new QComboBox(holder);
    m_siteSelector->setObjectName(QStringLiteral("siteSelector"));
    m_siteSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_siteSelector->setMinimumContentsLength(34);
    m_siteLabel->setBuddy(m_siteSelector);
    layout->addWidget(m_siteLabel);
    layout->addWidget(m_siteSelector);
    m_toolBar->addWidget(holder);
    m_toolBar->addWidget(m_session->toolBarWidget());
    connect(m_siteSelector, &QComboBox::currentIndexChanged, this, &MainWindow::onSiteChanged);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_bannerLayout = new QVBoxLayout;
    m_bannerLayout->setContentsMargins(8, 6, 8, 0);
    m_bannerLayout->setSpacing(6);
    layout->addLayout(m_bannerLayout);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    layout->addLayout(body, 1);

    m_pageList = new QListWidget(central);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setUniformItemSizes(true);
    m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont listFont = m_pageList->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.1);
    m_pageList->setFont(listFont);
    m_pageList->setStyleSheet(QStringLiteral(
        "QListWidget#pageList { background: palette(window); border-right: 1px solid palette(mid); "
        "padding-top: 8px; outline: 0; }"
        "QListWidget#pageList::item { padding: 9px 14px; border-radius: 4px; margin: 1px 6px; }"
        "QListWidget#pageList::item:selected { background: #1e7b3c; color: white; }"
        "QListWidget#pageList::item:selected:focus { background: #145a2b; "
        "border: 2px solid #0b3d1b; }"));
    m_pageList->setFixedWidth(m_pageList->fontMetrics().averageCharWidth() * 24);
    for (int i = 0; i < PageCount; ++i)
        new QListWidgetItem(m_pageList);
    body->addWidget(m_pageList);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_schedulePage = new SchedulePage(m_context, m_pages);
    m_pages->addWidget(m_schedulePage);
    m_undoGroup->addStack(m_schedulePage->undoStack());
    connect(this, &MainWindow::actorChanged, m_schedulePage, &SchedulePage::refreshPermissions);
    auto *batchesPage = new BatchesPage(m_context, m_pages);
    m_pages->addWidget(batchesPage);
    m_undoGroup->addStack(batchesPage->undoStack());
    connect(this, &MainWindow::actorChanged, batchesPage, &BatchesPage::refreshPermissions);
    m_pages->addWidget(new WastePage(m_context, m_pages));
    auto *reportsPage = new ReportsPage(m_context, m_pages);
    m_pages->addWidget(reportsPage);
    connect(this, &MainWindow::actorChanged, reportsPage, &ReportsPage::refreshActor);
    m_masterDataPage = new MasterDataPage(m_context, m_pages);
    m_pages->addWidget(m_masterDataPage);
    connect(m_masterDataPage, &MasterDataPage::importMembersRequested, this, [this] {
        auto *dialog = new MemberImportDialog(m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_masterDataPage, &MasterDataPage::memberActivityRequested, this,
            [this, batchesPage](qint64 memberId) {
                batchesPage->showMember(memberId);
                // The same member's bookings wait in the schedule's list.
                QComboBox *bookings = m_schedulePage->listPanel()->memberFilter();
                bookings->setCurrentIndex(std::max(0, bookings->findData(memberId)));
                setCurrentPage(Batches);
            });
    m_auditPage = new AuditPage(m_context, m_pages);
    m_pages->addWidget(m_auditPage);
    m_syncPage = new SyncPage(m_context, m_pages);
    m_pages->addWidget(m_syncPage);
    connect(this, &MainWindow::actorChanged, m_syncPage, &SyncPage::refreshPermissions);
    body->addWidget(m_pages, 1);

    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < PageCount && row != m_pages->currentIndex())
            setCurrentPage(row);
    });
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color: #c42b1c; font-weight: bold;"));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_pathLabel);
    statusBar()->addPermanentWidget(m_session->statusLabel());
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    const bool restored = restoreGeometry(settings.value(geometrySetting).toByteArray());
    restoreState(settings.value(stateSetting).toByteArray());
    if (restored)
        return;
    // First start: a comfortable size that still fits a 1366x768 laptop with its panel.
    QSize size(1280, 720);
    if (const QScreen *screen = QApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        size = size.boundedTo(available.size() * 0.95);
        resize(size);
        move(available.center() - rect().center());
    } else {
        resize(size);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometrySetting, saveGeometry());
    settings.setValue(stateSetting, saveState());
    QMainWindow::closeEvent(event);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

QWidget *MainWindow::page(Page page) const
{
    return m_pages->widget(page);
}

void MainWindow::setCurrentPage(int page)
{
    if (page < 0 || page >= PageCount || !isPageAvailable(page))
        return;
    m_pages->setCurrentIndex(page);
    QSettings().setValue(pageSetting, page);
    // Edit > Undo takes back the steps of the page in front; the other pages keep theirs.
    if (page == Schedule)
        m_undoGroup->setActiveStack(m_schedulePage->undoStack());
    else if (page == Batches)
        m_undoGroup->setActiveStack(
            qobject_cast<BatchesPage *>(m_pages->widget(Batches))->undoStack());
    else
        m_undoGroup->setActiveStack(nullptr);
    m_pageList->setCurrentRow(page);
    m_pageActions.at(std::size_t(page))->setChecked(true);
    // Straight to the work: on the master data the focus goes to the table, so that arrow keys
    // and Enter act at once. Pages without controls leave it in the list of pages.
    if (page == MasterData)
        m_masterDataPage->focusCurrentTable();
    else if (page == Schedule && isVisible())
        m_schedulePage->focusCurrentTab();
    else if (page == Reports && isVisible())
        qobject_cast<ReportsPage *>(m_pages->widget(Reports))->focusFirstControl();
    else if (page == Waste && isVisible())
        qobject_cast<WastePage *>(m_pages->widget(Waste))->focusFirstControl();
    else if (page == Audit && isVisible())
        m_auditPage->focusTable();
    else if (page == Sync && isVisible())
        m_syncPage->focusFirstControl();
    else if (page == Batches && isVisible())
        m_pages->widget(Batches)->setFocus(Qt::ShortcutFocusReason); // its list
    else if (!m_pageList->hasFocus() && isVisible())
        m_pageList->setFocus(Qt::ShortcutFocusReason);
}

std::optional<qint64> MainWindow::currentSiteId() const
{
    const QVariant id = m_siteSelector->currentData();
    if (!id.isValid() || id.toLongLong() <= 0)
        return std::nullopt;
    return id.toLongLong();
}

void MainWindow::reloadSites()
{
    const QString remembered = currentSiteId()
        ? m_siteSelector->currentData(SiteUuidRole).toString()
        : QSettings().value(siteSetting).toString();
    const std::optional<qint64> before = currentSiteId();
    m_fillingSites = true;
    m_siteSelector->clear();
    m_importedSites = m_context.actor().readOnlySites;
    // The sites the account reads: all of them, or its own.
    auto sites = m_context.masterData().sites(false);
    if (sites) {
        for (const Site &site : *sites) {
            // A central office tells at a glance which sites it only receives.
            QString text = DisplayFormat::site(site.code, site.name);
            if (m_importedSites.contains(site.meta.id))
                text = tr("%1 (imported)").arg(text);
            m_siteSelector->addItem(text, site.meta.id);
            const int index = m_siteSelector->count() - 1;
            m_siteSelector->setItemData(index, site.meta.uuid.toString(QUuid::WithoutBraces),
                                        SiteUuidRole);
            m_siteSelector->setItemData(
                index, QStringLiteral("%1, %2 (%3)").arg(site.name, site.province, site.timeZone),
                Qt::ToolTipRole);
        }
    }
    const int found = m_siteSelector->findData(remembered, SiteUuidRole);
    m_siteSelector->setCurrentIndex(found >= 0 ? found : (m_siteSelector->count() > 0 ? 0 : -1));
    m_siteSelector->setEnabled(m_siteSelector->count() > 0);
    m_fillingSites = false;
    // The pages follow only a change of site; a renamed site needs nothing of them.
    if (currentSiteId() != before || !m_sitesShown)
        onSiteChanged();
    else
        updateImportedBanner();
    m_sitesShown = true;
}

void MainWindow::onSiteChanged()
{
    if (m_fillingSites)
        return;
    const std::optional<qint64> siteId = currentSiteId();
    if (siteId)
        QSettings().setValue(siteSetting, m_siteSelector->currentData(SiteUuidRole));
    // What was done and said about the other site is not this one's to take back or read.
    if (siteId != m_shownSiteId) {
        m_shownSiteId = siteId;
        clearSteps();
    }
    m_masterDataPage->setSiteId(siteId);
    m_schedulePage->setSiteId(siteId);
    if (auto *waste = qobject_cast<WastePage *>(m_pages->widget(Waste)))
        waste->setSiteId(siteId);
    if (auto *reports = qobject_cast<ReportsPage *>(page(Reports)))
        reports->setSiteId(siteId);
    if (auto *batches = qobject_cast<BatchesPage *>(page(Batches)))
        batches->setSiteId(siteId);
    m_syncPage->setSiteId(siteId);
    updateImportedBanner();
    setWindowTitle(siteId ? m_siteSelector->currentText() : AppInfo::applicationName());
}

bool MainWindow::isPageAvailable(int page) const
{
    if (page == Audit)
        return Permissions::allows(m_context.actor(), Permissions::Action::ViewAudit,
                                   m_context.actor().siteId);
    return page >= 0 && page < PageCount;
}

void MainWindow::applyActor()
{
    // Another person: the steps and messages of the one before are not theirs, and they land
    // where their own work is.
    const bool anotherPerson = m_context.actor().userId != m_shownUserId;
    const bool first = m_shownUserId < 0;
    if (anotherPerson) {
        m_shownUserId = m_context.actor().userId;
        clearSteps();
    }
    m_masterDataPage->refreshPermissions();
    for (int i = 0; i < PageCount; ++i) {
        const bool available = isPageAvailable(i);
        m_pageList->item(i)->setHidden(!available);
        m_pageActions.at(std::size_t(i))->setVisible(available);
    }
    m_session->update();
    // Every page reads again for the person now signed in.
    m_sitesShown = false;
    reloadSites();
    if (anotherPerson && !first)
        setCurrentPage(landingPage());
    if (!isPageAvailable(currentPage()))
        setCurrentPage(MasterData);
    else if (currentPage() == Audit)
        m_auditPage->reload(); // what a person sees of the log depends on their site
    Q_EMIT actorChanged();
}

void MainWindow::updateImportedBanner()
{
    const std::optional<qint64> siteId = currentSiteId();
    const bool imported = siteId && m_importedSites.contains(*siteId);
    if (imported && !m_importedBanner) {
        m_importedBanner = addBanner(
            Banner::Level::Information,
            [] {
                return tr("The records of this site come from its own database; they are "
                          "read-only here. They change with the site's next sync package.");
            },
            false);
        m_importedBanner->setObjectName(QStringLiteral("importedSiteBanner"));
    }
    if (m_importedBanner)
        m_importedBanner->setVisible(imported);
}

void MainWindow::switchLanguage(const QString &code)
{
    if (code == Language::current())
        return;
    Language::install(code);
    Language::save(code);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == code);
    // Installing a translator announces the change only when one was added or removed; the
    // locale of dates and numbers changes either way, so announce it in any case.
    QCoreApplication::postEvent(QCoreApplication::instance(), new QEvent(QEvent::LanguageChange));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    updateUndoActions();
    m_backupAction->setText(tr("&Backup database..."));
    m_backupAction->setStatusTip(tr("Write a consistent copy of the database to a file of your "
                                    "choice."));
    m_csvExportAction->setText(tr("&Export to spreadsheet (CSV)..."));
    m_csvExportAction->setStatusTip(tr("Write bookings, batches, waste lines or members to a CSV "
                                       "file for Excel, LibreOffice Calc or Google Sheets."));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About RPB Hijau"));
    m_guideAction->setText(tr("&User guide"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_toolBar->setWindowTitle(tr("Site"));
    m_siteLabel->setText(tr("&Site:"));
    m_siteSelector->setToolTip(tr("The site whose records the pages show (Alt+S)"));
    m_siteSelector->setPlaceholderText(tr("No site yet: add one under Master data"));

    const std::array<QString, PageCount> titles {tr("Schedule"), tr("Batches"),     tr("Waste"),
                                                 tr("Reports"),  tr("Master data"), tr("Audit"),
                                                 tr("Sync")};
    const std::array<QString, PageCount> menuTitles {
        tr("&Schedule"),    tr("&Batches"), tr("&Waste"), tr("&Reports"),
        tr("&Master data"), tr("&Audit"),   tr("S&ync")};
    for (int i = 0; i < PageCount; ++i) {
        const auto at = std::size_t(i);
        QListWidgetItem *item = m_pageList->item(i);
        item->setText(titles.at(at));
        item->setToolTip(m_pageActions.at(at)->shortcut().toString(QKeySequence::NativeText));
        m_pageActions.at(at)->setText(menuTitles.at(at));
    }

    const QString path = QDir::toNativeSeparators(m_context.storage().path());
    m_pathLabel->setText(
        tr("Database: %1")
            .arg(m_pathLabel->fontMetrics().elidedText(
                path, Qt::ElideMiddle, m_pathLabel->fontMetrics().averageCharWidth() * 70)));
    m_pathLabel->setToolTip(path);
    m_readOnlyLabel->setText(tr("Read-only"));
    m_session->retranslate();
}

void MainWindow::startBackgroundChecks()
{
    const QString path = m_context.storage().path();
    if (!m_context.storage().networkWarning().isEmpty())
        addBanner(
            Banner::Level::Warning, [this] { return m_context.storage().networkWarning(); }, true);
    if (m_check.isRunning())
        return;
    statusBar()->showMessage(tr("Checking the database..."));
    // On a connection of its own in a worker thread: a national-size file takes seconds.
    m_check.setFuture(QtConcurrent::run([path] { return StorageService::check(path, false); }));
}

bool MainWindow::isCheckRunning() const
{
    return m_check.isRunning();
}

void MainWindow::applyIntegrityResult(const Result<IntegrityReport> &result)
{
    statusBar()->clearMessage();
    const bool ok = result && result->ok;
    if (!ok) {
        QString reason;
        if (!result) {
            reason = result.error().message;
        } else {
            // SQLite lists every damaged cell, often hundreds of lines in one row; the banner
            // names the first two so that it stays readable.
            QStringList lines;
            for (const QString &problem : result->problems)
                for (const QString &line : problem.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    if (!line.startsWith(QLatin1String("***")))
                        lines << line.trimmed();
            reason = lines.mid(0, 2).join(QStringLiteral("; "));
            if (lines.size() > 2)
                reason += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(lines.size() - 2));
        }
        enterReadOnly(reason);
    } else {
        statusBar()->showMessage(tr("Database checked: no problems found."), 5000);
    }
    Q_EMIT integrityCheckFinished(ok);
}

void MainWindow::enterReadOnly(const QString &reason)
{
    m_context.storage().enterReadOnly(reason);
    m_masterDataPage->setReadOnly(true);
    m_schedulePage->setReadOnly(true);
    m_readOnlyLabel->show();
    if (m_readOnlyBanner)
        return;
    const QString path = QDir::toNativeSeparators(m_context.storage().path());
    m_readOnlyBanner = addBanner(
        Banner::Level::Error,
        [reason, path] {
            return tr("<b>The database failed its consistency check, so RPB Hijau opened it "
                      "read-only: you can look but not change anything.</b><br>What SQLite "
                      "found: %1<br>To restore a backup: close RPB Hijau, replace the file %2 "
                      "with your latest backup copy (File &gt; Backup database... makes one), "
                      "then start RPB Hijau again.")
                .arg(reason.toHtmlEscaped(), path.toHtmlEscaped());
        },
        false);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
}

Banner *MainWindow::addBanner(Banner::Level level, std::function<QString()> text, bool dismissible)
{
    auto *banner = new Banner(level, std::move(text), dismissible, centralWidget());
    m_bannerLayout->addWidget(banner);
    banner->show();
    return banner;
}

QList<Banner *> MainWindow::banners() const
{
    QList<Banner *> found;
    for (int i = 0; i < m_bannerLayout->count(); ++i)
        if (auto *banner = qobject_cast<Banner *>(m_bannerLayout->itemAt(i)->widget()))
            found << banner;
    return found;
}

void MainWindow::backupDatabase()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(QDir(documents).exists() ? documents : QDir::homePath())
                                  .filePath(QStringLiteral("rpb-hijau-backup-%1.sqlite")
                                                .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString file
        = QFileDialog::getSaveFileName(this, tr("Backup database"), suggested,
                                       tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty())
        backupTo(file);
}

Status MainWindow::backupTo(const QString &file)
{
    const QFileInfo target(file);
    const Status written = m_context.storage().backupTo(file);
    if (!written) {
        const QString message = written.error().message;
        showNotice(Banner::Level::Error,
                   [message] { return tr("The backup failed: %1").arg(message); });
        return written;
    }
    SavedFile::announce(target.absoluteFilePath(), tr("The backup was written."));
    return {};
}

void MainWindow::showSavedFile(const QString &path, const QString &what)
{
    const QString where = QDir::toNativeSeparators(path);
    statusBar()->showMessage(tr("%1 %2").arg(what, where), 15000);
    showNotice(Banner::Level::Information,
               [what, where] { return tr("%1 It is at %2.").arg(what, where); });
    m_notice->addButton([] { return tr("Open &folder"); }, [path] { SavedFile::openFolder(path); });
}

void MainWindow::showNotice(Banner::Level level, std::function<QString()> text)
{
    delete m_notice;
    m_notice = addBanner(level, std::move(text), true);
    m_notice->setObjectName(QStringLiteral("notice"));
}

void MainWindow::updateUndoActions()
{
    const bool undo = m_undoGroup->canUndo();
    const bool redo = m_undoGroup->canRedo();
    m_undoAction->setEnabled(undo);
    m_redoAction->setEnabled(redo);
    m_undoAction->setText(undo ? tr("&Undo %1").arg(m_undoGroup->undoText()) : tr("&Undo"));
    m_redoAction->setText(redo ? tr("&Redo %1").arg(m_undoGroup->redoText()) : tr("&Redo"));
}

void MainWindow::clearSteps()
{
    const QList<QUndoStack *> stacks = m_undoGroup->stacks();
    for (QUndoStack *stack : stacks)
        stack->clear();
    delete m_notice;
    statusBar()->clearMessage();
    m_schedulePage->clearMessages();
    qobject_cast<BatchesPage *>(m_pages->widget(Batches))->clearMessages();
    m_syncPage->clearMessages();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(QDir::toNativeSeparators(m_context.storage().path()),
                                   m_context.storage().schemaVersion(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Rpb
