#include "syncpage.h"

#include "models/changewatch.h"
#include "widgets/savedfile.h"

#include "dialogs/syncimportdialog.h"
#include "dialogs/syncprogressdialog.h"
#include "displayformat.h"
#include "domain/permissions.h"
#include "services/appcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Rpb {

namespace {
const QString folderSetting = QStringLiteral("sync/folder");
constexpr int IdRole = Qt::UserRole;

enum ConflictColumn {
    ConflictSite,
    ConflictKind,
    ConflictRecord,
    ConflictVersion,
    ConflictFound,
    ConflictColumnCount
};

QTableWidget *makeTable(int columns, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table, so that the page is walked through by keyboard.
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(DisplayFormat::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(IdRole, value);
    return item;
}

// The record as readable JSON, keys sorted as QJsonObject keeps them.
QString pretty(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (document.isNull())
        return json;
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

// Marks the lines of the fields that differ and shows the first of them: a batch's JSON is
// longer than the view, and the difference is what a manager decides on.
void highlightFields(QPlainTextEdit *view, const QStringList &fields)
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCursor first;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        const QString line = block.text().trimmed();
        for (const QString &field : fields) {
            if (!line.startsWith(QLatin1Char('"') + field + QLatin1String("\":")))
                continue;
            QTextEdit::ExtraSelection mark;
            mark.format.setBackground(QColor(0xff, 0xf4, 0xce));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            mark.cursor = QTextCursor(block);
            marks << mark;
            if (first.isNull())
                first = mark.cursor;
        }
    }
    view->setExtraSelections(marks);
    if (!first.isNull()) {
        view->setTextCursor(first);
        view->centerCursor();
    }
}

// The fields whose values differ, those of "data" by their own names.
QStringList differingFields(const QString &a, const QString &b)
{
    const QJsonObject left = QJsonDocument::fromJson(a.toUtf8()).object();
    const QJsonObject right = QJsonDocument::fromJson(b.toUtf8()).object();
    QStringList fields;
    auto compare = [&fields](const QJsonObject &x, const QJsonObject &y, bool skipData) {
        QStringList keys = x.keys();
        for (const QString &key : y.keys())
            if (!keys.contains(key))
                keys << key;
        keys.sort();
        for (const QString &key : keys) {
            if (skipData && key == QLatin1String("data"))
                continue;
            if (x.value(key) != y.value(key))
                fields << key;
        }
    };
    compare(left.value(QLatin1String("data")).toObject(),
            right.value(QLatin1String("data")).toObject(), false);
    compare(left, right, true);
    return fields;
}
} // namespace

SyncPage::SyncPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("syncPage"));
    m_chooseSaveFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export sync package"), suggested,
                                            tr("Sync packages (*.rpbsync);;All files (*)"));
    };
    m_chooseOpenFile = [this](const QString &folder) {
        return QFileDialog::getOpenFileName(this, tr("Import sync package"), folder,
                                            tr("Sync packages (*.rpbsync);;All files (*)"));
    };
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Decide a conflict"), question) == QMessageBox::Yes;
    };
    buildUi();
    retranslate();

    // What is waiting to go out grows with every change of a local site. A hidden page reads
    // everything again when it is shown.
    auto *watch = new ChangeWatch(m_context.hub(),
                                  {EntityKind::SyncPackage, EntityKind::SyncConflict,
                                   EntityKind::Site, EntityKind::ProductLine, EntityKind::Equipment,
                                   EntityKind::Member, EntityKind::WasteCategory,
                                   EntityKind::Booking, EntityKind::MaintenanceWindow,
                                   EntityKind::Batch, EntityKind::MonthClose},
                                  this);
    connect(watch, &ChangeWatch::changed, this, [this] {
        if (isVisible())
            reload();
    });
    reload();
}

void SyncPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    header->addWidget(m_title);
    header->addStretch(1);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setAutoDefault(false);
    connect(m_refresh, &QPushButton::clicked, this, &SyncPage::reload);
    header->addWidget(m_refresh);
    layout->addLayout(header);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &SyncPage::reload);

    m_messageLayout = new QVBoxLayout;
    m_messageLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_messageLayout);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    // Status of every site.
    auto *statusBox = new QWidget(splitter);
    auto *statusLayout = new QVBoxLayout(statusBox);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_statusLabel = new QLabel(statusBox);
    m_status = makeTable(StatusColumnCount, QStringLiteral("syncStatus"), statusBox);
    m_status->horizontalHeader()->setStretchLastSection(false);
    m_statusLabel->setBuddy(m_status);
    statusLayout->addWidget(m_statusLabel);
    statusLayout->addWidget(m_status, 1);
    splitter->addWidget(statusBox);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    // Export.
    auto *exportTab = new QWidget(m_tabs);
    auto *exportLayout = new QVBoxLayout(exportTab);
    m_exportIntro = new QLabel(exportTab);
    m_exportIntro->setWordWrap(true);
    exportLayout->addWidget(m_exportIntro);
    auto *choice = new QHBoxLayout;
    m_exportSiteLabel = new QLabel(exportTab);
    m_exportSite = new QComboBox(exportTab);
    m_exportSite->setObjectName(QStringLiteral("exportSite"));
    m_exportSite->setMinimumContentsLength(28);
    m_exportSite->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_exportSiteLabel->setBuddy(m_exportSite);
    m_full = new QCheckBox(exportTab);
    m_full->setObjectName(QStringLiteral("full"));
    choice->addWidget(m_exportSiteLabel);
    choice->addWidget(m_exportSite);
    choice->addSpacing(12);
    choice->addWidget(m_full);
    choice->addStretch(1);
    exportLayout->addLayout(choice);
    auto *contents = new QHBoxLayout;
    auto *kindsColumn = new QVBoxLayout;
    m_exportKindsLabel = new QLabel(exportTab);
    m_exportKinds = makeTable(2, QStringLiteral("exportKinds"), exportTab);
    m_exportKinds->horizontalHeader()->setStretchLastSection(false);
    m_exportKinds->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_exportKinds->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_exportKinds->setMaximumWidth(fontMetrics().averageCharWidth() * 50);
    m_exportKindsLabel->setBuddy(m_exportKinds);
    kindsColumn->addWidget(m_exportKindsLabel);
    kindsColumn->addWidget(m_exportKinds, 1);
    kindsColumn->addStretch(0);
    contents->addLayout(kindsColumn);
    auto *act = new QVBoxLayout;
    m_exportSummary = new QLabel(exportTab);
    m_exportSummary->setObjectName(QStringLiteral("exportSummary"));
    m_exportSummary->setWordWrap(true);
    m_exportSummary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_exportButton = new QPushButton(exportTab);
    m_exportButton->setObjectName(QStringLiteral("exportPackage"));
    m_exportButton->setAutoDefault(false);
    act->addSpacing(m_exportKindsLabel->sizeHint().height());
    act->addWidget(m_exportSummary);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_exportButton);
    buttonRow->addStretch(1);
    act->addLayout(buttonRow);
    act->addStretch(1);
    contents->addSpacing(12);
    contents->addLayout(act, 1);
    exportLayout->addLayout(contents, 1);
    m_tabs->addTab(exportTab, QString());
    connect(m_exportSite, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            updateExportPreview();
    });
    connect(m_full, &QCheckBox::toggled, this, &SyncPage::updateExportPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &SyncPage::exportPackage);

    // Import.
    auto *importTab = new QWidget(m_tabs);
    auto *importLayout = new QVBoxLayout(importTab);
    m_importIntro = new QLabel(importTab);
    m_importIntro->setWordWrap(true);
    importLayout->addWidget(m_importIntro);
    auto *importRow = new QHBoxLayout;
    m_importButton = new QPushButton(importTab);
    m_importButton->setObjectName(QStringLiteral("importPackage"));
    m_importButton->setAutoDefault(false);
    importRow->addWidget(m_importButton);
    importRow->addStretch(1);
    importLayout->addLayout(importRow);
    importLayout->addStretch(1);
    m_tabs->addTab(importTab, QString());
    connect(m_importButton, &QPushButton::clicked, this, &SyncPage::importPackage);

    // Conflicts.
    auto *conflictTab = new QWidget(m_tabs);
    auto *conflictLayout = new QVBoxLayout(conflictTab);
    m_conflictsLabel = new QLabel(conflictTab);
    m_conflictsLabel->setWordWrap(true);
    m_conflicts = makeTable(ConflictColumnCount, QStringLiteral("conflicts"), conflictTab);
    m_conflicts->horizontalHeader()->setStretchLastSection(false);
    m_conflicts->horizontalHeader()->setSectionResizeMode(ConflictRecord, QHeaderView::Stretch);
    m_conflictsLabel->setBuddy(m_conflicts);
    m_conflicts->setMinimumHeight(m_conflicts->verticalHeader()->defaultSectionSize() * 4);
    conflictLayout->addWidget(m_conflictsLabel);
    conflictLayout->addWidget(m_conflicts, 1);
    m_differences = new QLabel(conflictTab);
    m_differences->setObjectName(QStringLiteral("differences"));
    m_differences->setWordWrap(true);
    m_differences->setTextInteractionFlags(Qt::TextSelectableByMouse);
    conflictLayout->addWidget(m_differences);
    auto *sides = new QGridLayout;
    m_incomingLabel = new QLabel(conflictTab);
    m_localLabel = new QLabel(conflictTab);
    auto textView = [conflictTab](const QString &name) {
        auto *view = new QPlainTextEdit(conflictTab);
        view->setObjectName(name);
        view->setReadOnly(true);
        view->setTabChangesFocus(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return view;
    };
    m_incoming = textView(QStringLiteral("incoming"));
    m_local = textView(QStringLiteral("local"));
    m_incomingLabel->setBuddy(m_incoming);
    m_localLabel->setBuddy(m_local);
    sides->addWidget(m_incomingLabel, 0, 0);
    sides->addWidget(m_localLabel, 0, 1);
    sides->addWidget(m_incoming, 1, 0);
    sides->addWidget(m_local, 1, 1);
    conflictLayout->addLayout(sides, 4);
    auto *decide = new QHBoxLayout;
    m_keepOurs = new QPushButton(conflictTab);
    m_keepOurs->setObjectName(QStringLiteral("keepOurs"));
    m_keepOurs->setAutoDefault(false);
    m_takeTheirs = new QPushButton(conflictTab);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_takeTheirs->setAutoDefault(false);
    decide->addWidget(m_keepOurs);
    decide->addWidget(m_takeTheirs);
    decide->addStretch(1);
    conflictLayout->addLayout(decide);
    m_tabs->addTab(conflictTab, QString());
    connect(m_conflicts, &QTableWidget::currentCellChanged, this, &SyncPage::showConflict);
    connect(m_keepOurs, &QPushButton::clicked, this,
            [this] { resolveSelected(SyncService::Resolution::KeepLocal); });
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { resolveSelected(SyncService::Resolution::TakeIncoming); });

    setTabOrder(m_refresh, m_status);
    setTabOrder(m_status, m_tabs);
    setTabOrder(m_tabs, m_exportSite);
    setTabOrder(m_exportSite, m_full);
    setTabOrder(m_full, m_exportKinds);
    setTabOrder(m_exportKinds, m_exportButton);
    setTabOrder(m_conflicts, m_incoming);
    setTabOrder(m_incoming, m_local);
    setTabOrder(m_local, m_keepOurs);
    setTabOrder(m_keepOurs, m_takeTheirs);
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void SyncPage::showEvent(QShowEvent *event)
{
    // Other pages, and other computers on the same database, change records meanwhile: the
    // counters and the changes waiting are cheap to read again.
    reload();
    QWidget::showEvent(event);
}

void SyncPage::retranslate()
{
    m_title->setText(tr("Sync"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the sync status again (F5)"));
    m_statusLabel->setText(tr("Status &per site:"));
    m_status->setHorizontalHeaderLabels({tr("Code"), tr("Site"), tr("Data"), tr("Counter"),
                                         tr("Waiting"), tr("Last export"), tr("Last import"),
                                         tr("Conflicts")});
    m_status->horizontalHeaderItem(CounterColumn)
        ->setToolTip(tr("The site's change counter: every change of a record takes the next "
                        "number"));
    m_status->horizontalHeaderItem(WaitingColumn)
        ->setToolTip(tr("Records changed since the last export, to go into the next package"));
    m_status->horizontalHeaderItem(DataColumn)
        ->setToolTip(tr("Local: entered in this database. Imported: from the site's packages, "
                        "read-only here."));

    m_tabs->setTabText(ExportTab, tr("Export"));
    m_tabs->setTabText(ImportTab, tr("Import"));
    m_exportIntro->setText(tr("A package holds the records of one site that changed since its "
                              "last export, or all of them, and a checksum that shows any damage. "
                              "Take it to the central office on a USB stick, by e-mail or "
                              "through a shared folder."));
    m_exportSiteLabel->setText(tr("Si&te:"));
    m_full->setText(tr("&Everything, not only the changes since the last export"));
    m_exportKindsLabel->setText(tr("What the package &will hold:"));
    m_exportKinds->setHorizontalHeaderLabels({tr("Kind"), tr("Records")});
    m_exportButton->setText(tr("E&xport package..."));

    m_importIntro->setText(tr("Packages from the sites come in here. Before anything is written "
                              "you see what the package holds and what it would change; then it "
                              "is imported whole or not at all, and importing it again changes "
                              "nothing. The records of an imported site are read-only here: "
                              "they are changed in the site's own database."));
    m_importButton->setText(tr("&Import package..."));

    m_conflicts->setHorizontalHeaderLabels(
        {tr("Site"), tr("Kind"), tr("Record"), tr("Version"), tr("Found")});
    m_incomingLabel->setText(tr("In the package (theirs):"));
    m_localLabel->setText(tr("Here (ours):"));
    m_keepOurs->setText(tr("Keep &ours"));
    m_keepOurs->setToolTip(tr("Close the conflict and leave the record as it is here"));
    m_takeTheirs->setText(tr("Take &theirs"));
    m_takeTheirs->setToolTip(tr("Replace the record here with the package's version"));
}

void SyncPage::setSiteId(std::optional<qint64> siteId)
{
    m_siteId = siteId;
    // The export follows the site of the window when that one is ours to export.
    if (siteId) {
        const int index = m_exportSite->findData(*siteId);
        if (index >= 0)
            m_exportSite->setCurrentIndex(index);
    }
}

void SyncPage::refreshPermissions()
{
    const Actor &actor = m_context.actor();
    // Viewers and operators see where the sites stand; managers send and receive.
    m_tabs->setVisible(Permissions::allows(actor, Permissions::Action::Sync));
    reload();
}

void SyncPage::focusFirstControl()
{
    if (m_tabs->isVisible() && m_tabs->currentIndex() == ExportTab && m_exportButton->isEnabled())
        m_exportButton->setFocus(Qt::OtherFocusReason);
    else if (m_tabs->isVisible() && m_tabs->currentIndex() == ImportTab)
        m_importButton->setFocus(Qt::OtherFocusReason);
    else if (m_tabs->isVisible() && m_tabs->currentIndex() == ConflictsTab)
        m_conflicts->setFocus(Qt::OtherFocusReason);
    else
        m_status->setFocus(Qt::OtherFocusReason);
}

void SyncPage::reload()
{
    reloadStatus();
    reloadExportSites();
    updateExportPreview();
    reloadConflicts();
}

QString SyncPage::siteTimeZone(qint64 siteId) const
{
    auto site = m_context.masterData().get<Site>(siteId);
    return site ? site->timeZone : QString();
}

void SyncPage::reloadStatus()
{
    auto status = m_context.sync().status();
    m_statusList = status ? *status : QList<SyncService::SiteStatus>();
    if (!status)
        showMessage(Banner::Level::Error, status.error().message);
    m_status->setRowCount(int(m_statusList.size()));
    const QString none = QStringLiteral("\u2013");
    for (int row = 0; row < m_statusList.size(); ++row) {
        const SyncService::SiteStatus &s = m_statusList.at(row);
        const QString zone = siteTimeZone(s.siteId);
        auto *code = textItem(s.siteCode);
        code->setData(IdRole, s.siteId);
        m_status->setItem(row, CodeColumn, code);
        m_status->setItem(row, NameColumn, textItem(s.siteName));
        auto *origin = textItem(s.imported ? tr("Imported") : tr("Local"));
        origin->setToolTip(s.imported ? tr("From the site's packages; read-only here")
                                      : tr("Entered in this database"));
        m_status->setItem(row, DataColumn, origin);
        m_status->setItem(row, CounterColumn, numberItem(s.changeSeq));
        if (s.imported)
            m_status->setItem(row, WaitingColumn, textItem(none));
        else
            m_status->setItem(row, WaitingColumn, numberItem(s.pendingChanges));
        auto when = [&](const QDateTime &at, qint64 records) {
            if (!at.isValid())
                return textItem(tr("never"));
            return textItem(tr("%1 \u00b7 %Ln record(s)", nullptr, int(records))
                                .arg(SyncImportDialog::moment(at, zone)));
        };
        m_status->setItem(row, LastExportColumn,
                          s.imported ? textItem(none) : when(s.lastExport, s.lastExportRecords));
        m_status->setItem(row, LastImportColumn,
                          s.imported ? when(s.lastImport, s.lastImportRecords) : textItem(none));
        QTableWidgetItem *conflicts = numberItem(s.openConflicts);
        if (s.openConflicts > 0) {
            conflicts->setForeground(QColor(0xc4, 0x2b, 0x1c));
            QFont bold = conflicts->font();
            bold.setBold(true);
            conflicts->setFont(bold);
        }
        m_status->setItem(row, ConflictsColumn, conflicts);
    }
    m_status->resizeColumnsToContents();
    m_status->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    if (m_status->rowCount() == 0)
        m_statusLabel->setText(tr("Status &per site: no sites yet."));
    else
        m_statusLabel->setText(tr("Status &per site:"));
}

void SyncPage::reloadExportSites()
{
    const QVariant current = m_exportSite->currentData();
    m_filling = true;
    m_exportSite->clear();
    auto local = m_context.sync().localSites();
    if (local)
        for (qint64 id : *local) {
            if (!Permissions::allows(m_context.actor(), Permissions::Action::Sync, id))
                continue;
            auto site = m_context.masterData().get<Site>(id);
            if (!site)
                continue;
            m_exportSite->addItem(DisplayFormat::site(site->code, site->name), id);
        }
    int index = m_exportSite->findData(current);
    if (index < 0 && m_siteId)
        index = m_exportSite->findData(*m_siteId);
    m_exportSite->setCurrentIndex(index >= 0 ? index : (m_exportSite->count() > 0 ? 0 : -1));
    m_filling = false;
    // A central office only receives: its page opens on the import.
    const bool exports = m_exportSite->count() > 0;
    if (!exports && m_tabs->currentIndex() == ExportTab)
        m_tabs->setCurrentIndex(ImportTab);
    m_tabs->setTabVisible(ExportTab, exports);
}

void SyncPage::updateExportPreview()
{
    m_exportPreview.reset();
    m_exportKinds->setRowCount(0);
    const bool haveSite = m_exportSite->currentIndex() >= 0;
    m_exportSite->setEnabled(haveSite);
    m_full->setEnabled(haveSite);
    m_exportButton->setEnabled(false);
    if (!haveSite) {
        m_exportSummary->setText(tr("This database has no site of its own to export: its sites "
                                    "all came in packages."));
        return;
    }
    const qint64 siteId = m_exportSite->currentData().toLongLong();
    auto preview = m_context.sync().previewExport(siteId, m_full->isChecked());
    if (!preview) {
        m_exportSummary->setText(preview.error().message);
        return;
    }
    m_exportPreview = *preview;
    m_exportKinds->setRowCount(int(preview->kinds.size()) + 1);
    for (int row = 0; row < preview->kinds.size(); ++row) {
        const SyncService::KindCount &k = preview->kinds.at(row);
        auto *name = textItem(SyncImportDialog::kindDisplayName(k.kind));
        name->setData(IdRole, k.kind);
        m_exportKinds->setItem(row, 0, name);
        m_exportKinds->setItem(row, 1, numberItem(k.records));
    }
    const int last = int(preview->kinds.size());
    auto *total = textItem(tr("Total"));
    auto *sum = numberItem(preview->records());
    QFont bold = total->font();
    bold.setBold(true);
    total->setFont(bold);
    sum->setFont(bold);
    m_exportKinds->setItem(last, 0, total);
    m_exportKinds->setItem(last, 1, sum);
    m_exportKinds->resizeColumnToContents(1);
    // As tall as its rows: the empty space below belongs to the page, not to the table.
    m_exportKinds->setMaximumHeight(m_exportKinds->horizontalHeader()->sizeHint().height()
                                    + m_exportKinds->rowCount()
                                        * m_exportKinds->verticalHeader()->defaultSectionSize()
                                    + 2 * m_exportKinds->frameWidth());

    QString text;
    if (preview->full)
        text = tr("%Ln record(s): everything of %1 up to change %2.", nullptr,
                  int(preview->records()))
                   .arg(preview->siteCode, DisplayFormat::number(preview->toSeq));
    else if (preview->toSeq <= preview->fromSeq)
        text = tr("Nothing of %1 has changed since its last export (change %2). Tick "
                  "\"Everything\" to send all of it again.")
                   .arg(preview->siteCode, DisplayFormat::number(preview->fromSeq));
    else
        text = tr("%Ln record(s): the changes %1 to %2 of %3 and the records they refer to.",
                  nullptr, int(preview->records()))
                   .arg(DisplayFormat::number(preview->fromSeq + 1),
                        DisplayFormat::number(preview->toSeq), preview->siteCode);
    m_exportSummary->setText(text);
    m_exportButton->setEnabled(
        preview->records() > 0
        && Permissions::allows(m_context.actor(), Permissions::Action::Sync, siteId));
}

void SyncPage::reloadConflicts()
{
    const qint64 selected
        = m_conflicts->currentRow() >= 0 && m_conflicts->currentRow() < m_conflictList.size()
        ? m_conflictList.at(m_conflicts->currentRow()).id
        : 0;
    auto conflicts = m_context.sync().openConflicts();
    m_conflictList = conflicts ? *conflicts : QList<SyncService::Conflict>();
    const QSignalBlocker blocker(m_conflicts);
    m_conflicts->setRowCount(int(m_conflictList.size()));
    int current = m_conflictList.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_conflictList.size(); ++row) {
        const SyncService::Conflict &c = m_conflictList.at(row);
        auto *site = textItem(c.siteCode);
        site->setData(IdRole, c.id);
        m_conflicts->setItem(row, ConflictSite, site);
        m_conflicts->setItem(row, ConflictKind, textItem(SyncImportDialog::recordKindName(c.kind)));
        m_conflicts->setItem(row, ConflictRecord, textItem(c.label));
        m_conflicts->setItem(row, ConflictVersion, numberItem(c.rowVersion));
        m_conflicts->setItem(row, ConflictFound,
                             textItem(SyncImportDialog::moment(c.found, siteTimeZone(c.siteId))));
        if (c.id == selected)
            current = row;
    }
    m_conflicts->resizeColumnsToContents();
    m_conflicts->horizontalHeader()->setSectionResizeMode(ConflictRecord, QHeaderView::Stretch);
    m_conflicts->setCurrentCell(current, current >= 0 ? ConflictSite : -1);
    const int count = int(m_conflictList.size());
    m_tabs->setTabText(ConflictsTab, count > 0 ? tr("Conflicts (%1)").arg(count) : tr("Conflicts"));
    if (!conflicts)
        m_conflictsLabel->setText(conflicts.error().message);
    else if (count == 0)
        m_conflictsLabel->setText(tr("No conflicts: every imported record agreed with ours."));
    else
        m_conflictsLabel->setText(
            tr("&Records kept aside: the package and this database hold the same version with "
               "different content. Compare them and decide which one stays."));
    showConflict();
}

void SyncPage::showConflict()
{
    const int row = m_conflicts->currentRow();
    if (row < 0 || row >= m_conflictList.size()) {
        m_incoming->clear();
        m_local->clear();
        m_differences->clear();
        updateConflictButtons();
        return;
    }
    const SyncService::Conflict &c = m_conflictList.at(row);
    m_incoming->setPlainText(pretty(c.incoming));
    m_local->setPlainText(pretty(c.local));
    const QStringList fields = differingFields(c.incoming, c.local);
    m_differences->setText(
        fields.isEmpty() ? QString() : tr("Differs in: %1").arg(fields.join(QStringLiteral(", "))));
    highlightFields(m_incoming, fields);
    highlightFields(m_local, fields);
    updateConflictButtons();
}

void SyncPage::updateConflictButtons()
{
    const int row = m_conflicts->currentRow();
    const bool allowed = row >= 0 && row < m_conflictList.size()
        && Permissions::allows(m_context.actor(), Permissions::Action::Sync,
                               m_conflictList.at(row).siteId);
    m_keepOurs->setEnabled(allowed);
    m_takeTheirs->setEnabled(allowed);
}

QString SyncPage::rememberedFolder() const
{
    const QString saved = QSettings().value(folderSetting).toString();
    if (!saved.isEmpty() && QDir(saved).exists())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}

void SyncPage::rememberFolder(const QString &file) const
{
    QSettings().setValue(folderSetting, QFileInfo(file).absolutePath());
}

QString SyncPage::suggestedFileName(qint64 siteId) const
{
    auto site = m_context.masterData().get<Site>(siteId);
    // The site's own calendar day: a package made late in the evening in WITA is of that day.
    auto today = m_context.batches().today(siteId);
    const QDate day = today ? *today : QDate::currentDate();
    return QStringLiteral("RPB-%1-%2.rpbsync")
        .arg(site ? site->code : QString::number(siteId), day.toString(Qt::ISODate));
}

void SyncPage::exportPackage()
{
    if (m_exportSite->currentIndex() < 0)
        return;
    const qint64 siteId = m_exportSite->currentData().toLongLong();
    const QString suggested = QDir(rememberedFolder()).filePath(suggestedFileName(siteId));
    QString path = m_chooseSaveFile(suggested);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".rpbsync");
    rememberFolder(path);
    exportTo(path);
}

Result<SyncService::ExportResult> SyncPage::exportTo(const QString &path)
{
    if (m_exportSite->currentIndex() < 0)
        return fail(Error::invalid(tr("There is no site to export.")));
    const qint64 siteId = m_exportSite->currentData().toLongLong();
    bool cancelled = false;
    const bool full = m_full->isChecked();
    Result<SyncService::ExportResult> result = SyncProgressDialog::run<SyncService::ExportResult>(
        m_context, tr("Writing the package"), this,
        [siteId, path, full](AppContext &worker, const SyncProgressDialog::Progress &progress) {
            return worker.sync().exportPackage(siteId, path, full, progress);
        },
        &cancelled);
    if (!result && cancelled)
        result = fail(Error::invalid(tr("The export was cancelled; no package was written.")));
    if (!result) {
        showMessage(Banner::Level::Error,
                    tr("No package was written: %1").arg(result.error().message));
        return result;
    }
    const QString where = QDir::toNativeSeparators(result->path.isEmpty() ? path : result->path);
    SavedFile::announce(result->path.isEmpty() ? path : result->path,
                        tr("The sync package was written."));
    showMessage(Banner::Level::Information,
                tr("Package written to %1: %Ln record(s) of %2. SHA-256: %3", nullptr,
                   int(result->preview.records()))
                    .arg(where, result->preview.siteCode, result->sha256));
    reload();
    return result;
}

void SyncPage::importPackage()
{
    const QString path = m_chooseOpenFile(rememberedFolder());
    if (path.isEmpty())
        return;
    rememberFolder(path);
    openImportDialog(path);
}

SyncImportDialog *SyncPage::openImportDialog(const QString &path)
{
    auto *dialog = new SyncImportDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SyncImportDialog::imported, this,
            [this](const SyncService::ImportPreview &done) {
                qint64 added = 0;
                qint64 changed = 0;
                for (const SyncService::KindCount &k : done.kinds) {
                    added += k.added;
                    changed += k.changed;
                }
                QString text = tr("Package of %1 imported. New records: %2; changed: %3.")
                                   .arg(done.siteCode, DisplayFormat::number(added),
                                        DisplayFormat::number(changed));
                if (!done.conflicts.isEmpty()) {
                    text += QLatin1Char(' ')
                        + tr("%Ln conflict(s) kept aside: decide them under Conflicts.", nullptr,
                             int(done.conflicts.size()));
                    m_tabs->setCurrentIndex(ConflictsTab);
                }
                showMessage(done.conflicts.isEmpty() ? Banner::Level::Information
                                                     : Banner::Level::Warning,
                            text);
                reload();
            });
    dialog->show();
    dialog->loadFile(path);
    return dialog;
}

Status SyncPage::resolveSelected(SyncService::Resolution resolution)
{
    const int row = m_conflicts->currentRow();
    if (row < 0 || row >= m_conflictList.size())
        return fail(Error::invalid(tr("Choose a conflict first.")));
    const SyncService::Conflict conflict = m_conflictList.at(row);
    const QString what = QStringLiteral("%1 %2").arg(
        SyncImportDialog::recordKindName(conflict.kind).toLower(), conflict.label);
    const QString question = resolution == SyncService::Resolution::KeepLocal
        ? tr("Keep our version of %1 and set the version from the package of %2 aside? The "
             "record stays as it is here.")
              .arg(what, conflict.siteCode)
        : tr("Replace our version of %1 with the one from the package of %2? The change is "
             "recorded in the audit log.")
              .arg(what, conflict.siteCode);
    if (!m_confirm(question))
        return fail(Error::invalid(tr("Cancelled.")));
    const Status resolved = m_context.sync().resolveConflict(conflict.id, resolution);
    if (!resolved) {
        showMessage(Banner::Level::Error, resolved.error().message);
        return resolved;
    }
    showMessage(Banner::Level::Information,
                resolution == SyncService::Resolution::KeepLocal
                    ? tr("Conflict closed: %1 stays as it is here.").arg(what)
                    : tr("Conflict closed: %1 now holds the package's version.").arg(what));
    reload();
    return {};
}

void SyncPage::showMessage(Banner::Level level, const QString &text)
{
    m_lastMessage = text;
    delete m_message;
    m_message = new Banner(
        level, [text] { return text; }, true, this);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_messageLayout->addWidget(m_message);
    m_message->show();
}

void SyncPage::clearMessages()
{
    m_lastMessage.clear();
    delete m_message;
}

} // namespace Rpb
