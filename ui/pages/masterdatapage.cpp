#include "masterdatapage.h"

#include "accountstab.h"
#include "dialogs/equipmentdialog.h"
#include "dialogs/memberdialog.h"
#include "dialogs/productlinedialog.h"
#include "dialogs/sitedialog.h"
#include "dialogs/wastecategorydialog.h"
#include "domain/permissions.h"
#include "masterdatatab.h"
#include "models/equipmenttablemodel.h"
#include "models/membertablemodel.h"
#include "models/productlinetablemodel.h"
#include "models/sitetablemodel.h"
#include "models/wastecategorytablemodel.h"
#include "services/appcontext.h"

#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Rpb {

MasterDataPage::MasterDataPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_service(context.masterData())
{
    MasterDataService &service = m_service;
    ChangeHub &hub = context.hub();
    setObjectName(QStringLiteral("masterDataPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_subtitle);
    m_rightsNote = new QLabel(this);
    m_rightsNote->setObjectName(QStringLiteral("rightsNote"));
    m_rightsNote->setWordWrap(true);
    m_rightsNote->setStyleSheet(QStringLiteral("color: #1e5a32; font-style: italic;"));
    m_rightsNote->hide();
    layout->addWidget(m_rightsNote);

    m_tabWidget = new QTabWidget(this);
    m_tabWidget->setObjectName(QStringLiteral("masterDataTabs"));
    m_tabWidget->setDocumentMode(true);
    layout->addWidget(m_tabWidget, 1);

    m_tabs[Sites] = new MasterDataTab(new SiteTableModel(service, hub), false, m_tabWidget);
    m_tabs[ProductLines]
        = new MasterDataTab(new ProductLineTableModel(service, hub), true, m_tabWidget);
    m_tabs[Equipment] = new MasterDataTab(new EquipmentTableModel(service, hub), true, m_tabWidget);
    m_tabs[Members] = new MasterDataTab(new MemberTableModel(service, hub), true, m_tabWidget);
    m_tabs[WasteCategories]
        = new MasterDataTab(new WasteCategoryTableModel(service, hub), true, m_tabWidget);
    const std::array<const char *, TabCount> names {"sitesTab", "productLinesTab", "equipmentTab",
                                                    "membersTab", "wasteCategoriesTab"};
    for (int i = 0; i < TabCount; ++i) {
        MasterDataTab *t = m_tabs.at(std::size_t(i));
        t->setObjectName(QLatin1String(names.at(std::size_t(i))));
        m_tabWidget->addTab(t, QString());
        const Tab kind = Tab(i);
        connect(t, &MasterDataTab::addRequested, this, [this, kind] { addRecord(kind); });
        connect(t, &MasterDataTab::editRequested, this,
                [this, kind](qint64 id) { editRecord(kind, id); });
        connect(t, &MasterDataTab::archiveRequested, this,
                [this, kind](qint64 id, bool archive) { archiveRecord(kind, id, archive); });
    }
    if (auto *bar = qobject_cast<QBoxLayout *>(m_tabs[Members]->layout()->itemAt(0)->layout())) {
        auto *import = new QPushButton(tr("&Import CSV..."), m_tabs[Members]);
        import->setObjectName(QStringLiteral("importMembers"));
        connect(import, &QPushButton::clicked, this, &MasterDataPage::importMembersRequested);
        bar->addWidget(import);
        auto *activity = new QPushButton(tr("Batches and boo&kings"), m_tabs[Members]);
        activity->setObjectName(QStringLiteral("memberActivity"));
        connect(activity, &QPushButton::clicked, this, [this] {
            if (const qint64 id = m_tabs[Members]->currentId())
                Q_EMIT memberActivityRequested(id);
        });
        bar->addWidget(activity);
    }
    m_accountsTab = new AccountsTab(context, m_tabWidget);
    m_tabWidget->addTab(m_accountsTab, QString());
    // A tab chosen by its mnemonic or Ctrl+Tab puts the keyboard in its table, ready for Enter.
    connect(m_tabWidget, &QTabWidget::currentChanged, this, [this] {
        if (isAncestorOf(QApplication::focusWidget()))
            focusCurrentTable();
    });
    m_tabs[Sites]->model()->reload();
    setSiteId(std::nullopt);

    // Ctrl+F wherever the focus is on this page, even on the tab bar.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        if (MasterDataTab *t = currentTab())
            t->focusFilter();
    });

    retranslate();
}

MasterDataTab *MasterDataPage::currentTab() const
{
    // Null on the Accounts tab, which is not a tab of records.
    return qobject_cast<MasterDataTab *>(m_tabWidget->currentWidget());
}

void MasterDataPage::focusCurrentTable()
{
    if (m_tabWidget->currentWidget() == m_accountsTab) {
        m_accountsTab->table()->setFocus(Qt::OtherFocusReason);
        return;
    }
    QTableView *table = currentTab()->table();
    table->setFocus(Qt::OtherFocusReason);
    // A current row lets Enter open a record straight away.
    if (!table->currentIndex().isValid() && table->model()->rowCount() > 0)
        table->setCurrentIndex(table->model()->index(0, 0));
}

void MasterDataPage::setSiteId(std::optional<qint64> siteId)
{
    m_siteId = siteId;
    for (int i = ProductLines; i < TabCount; ++i) {
        MasterDataTab *t = m_tabs.at(std::size_t(i));
        t->model()->setSiteId(siteId);
        t->setSiteAvailable(siteId.has_value());
    }
    updatePermissions();
}

void MasterDataPage::setReadOnly(bool readOnly)
{
    for (MasterDataTab *t : m_tabs)
        t->setReadOnly(readOnly);
    m_accountsTab->setReadOnly(readOnly);
}

void MasterDataPage::refreshPermissions()
{
    // Another person: what they see of the sites and accounts is theirs to see.
    m_tabs[Sites]->model()->reload();
    m_accountsTab->refreshPermissions();
    updatePermissions();
}

bool MasterDataPage::canEdit(Tab tab) const
{
    // Sites: each is its own site; whether a given one may be changed is asked when it is opened.
    if (tab == Sites)
        return Permissions::allows(m_service.actor(), Permissions::Action::EditMasterData);
    return m_siteId
        && m_service.checkEditable(m_tabs.at(std::size_t(tab))->model()->kind(), *m_siteId);
}

void MasterDataPage::updatePermissions()
{
    for (int i = 0; i < TabCount; ++i) {
        MasterDataTab *t = m_tabs.at(std::size_t(i));
        // Before any site exists the buttons stay, disabled, so that it is clear where adding
        // will happen; what the person may never do is not shown at all.
        const bool edit = canEdit(Tab(i))
            || (!m_siteId && i != Sites
                && Permissions::allows(m_service.actor(), Permissions::Action::EditMasterData));
        const bool add
            = i == Sites ? m_service.checkEditable(EntityKind::Site, 0).has_value() : edit;
        t->addButton()->setVisible(add);
        t->editButton()->setVisible(edit);
        t->archiveButton()->setVisible(edit && (i != Sites || add));
    }
    // A site another manager keeps, or one whose data comes from its packages (central office):
    // the buttons say so before the person tries.
    m_tabs[Sites]->setChangeCheck([this](qint64 id) {
        const auto allowed = m_service.checkEditable(EntityKind::Site, id);
        return allowed ? QString() : allowed.error().message;
    });
    if (auto *import = m_tabs[Members]->findChild<QPushButton *>(QStringLiteral("importMembers")))
        import->setVisible(canEdit(Members));
    const int accountsIndex = m_tabWidget->indexOf(m_accountsTab);
    const Actor &actor = m_service.actor();
    const bool accounts = Permissions::allows(actor, Permissions::Action::ManageAccounts);
    if (!accounts && m_tabWidget->currentIndex() == accountsIndex)
        m_tabWidget->setCurrentIndex(Sites);
    // Disabled as well as hidden: a hidden tab's mnemonic comes back whenever its text is set.
    m_tabWidget->setTabEnabled(accountsIndex, accounts);
    m_tabWidget->setTabVisible(accountsIndex, accounts);

    QString note;
    if (actor.role == Role::Viewer)
        note = tr("Signed in as %1, a viewer: you can look up and print these records but not "
                  "change them.")
                   .arg(actor.name);
    else if (actor.role == Role::Operator)
        note = tr("Signed in as %1, an operator: a manager keeps the master data; you can look "
                  "it up here.")
                   .arg(actor.name);
    m_rightsNote->setText(note);
    m_rightsNote->setVisible(!note.isEmpty());
}

void MasterDataPage::addRecord(Tab tab)
{
    const qint64 site = m_siteId.value_or(0);
    switch (tab) {
    case Sites:
        openDialog(new SiteDialog(m_service, Site {}, this), tab);
        break;
    case ProductLines: {
        ProductLine line;
        line.meta.siteId = site;
        openDialog(new ProductLineDialog(m_service, line, this), tab);
        break;
    }
    case Equipment: {
        Rpb::Equipment machine;
        machine.meta.siteId = site;
        openDialog(new EquipmentDialog(m_service, machine, this), tab);
        break;
    }
    case Members: {
        Member member;
        member.meta.siteId = site;
        openDialog(new MemberDialog(m_service, member, this), tab);
        break;
    }
    case WasteCategories: {
        WasteCategory category;
        category.meta.siteId = site;
        openDialog(new WasteCategoryDialog(m_service, category, this), tab);
        break;
    }
    case TabCount:
        break;
    }
}

void MasterDataPage::editRecord(Tab tab, qint64 id)
{
    // Enter on a row opens it for changing: nothing to open for a person who may not.
    if (!canEdit(tab))
        return;
    const qint64 site = tab == Sites ? id : m_siteId.value_or(0);
    if (auto allowed = m_service.checkEditable(m_tabs.at(std::size_t(tab))->model()->kind(), site);
        !allowed) {
        showError(allowed.error());
        return;
    }
    // Read afresh: the row may be older than what another PC saved since.
    auto open = [&](auto record, auto make) {
        if (!record)
            showError(record.error());
        else
            openDialog(make(*record), tab);
    };
    switch (tab) {
    case Sites:
        open(m_service.get<Site>(id),
             [this](const Site &r) { return new SiteDialog(m_service, r, this); });
        break;
    case ProductLines:
        open(m_service.get<ProductLine>(id),
             [this](const ProductLine &r) { return new ProductLineDialog(m_service, r, this); });
        break;
    case Equipment:
        open(m_service.get<Rpb::Equipment>(id),
             [this](const Rpb::Equipment &r) { return new EquipmentDialog(m_service, r, this); });
        break;
    case Members:
        open(m_service.get<Member>(id),
             [this](const Member &r) { return new MemberDialog(m_service, r, this); });
        break;
    case WasteCategories:
        open(m_service.get<WasteCategory>(id), [this](const WasteCategory &r) {
            return new WasteCategoryDialog(m_service, r, this);
        });
        break;
    case TabCount:
        break;
    }
}

void MasterDataPage::archiveRecord(Tab tab, qint64 id, bool archive)
{
    Status done;
    auto run = [&](auto result) {
        if (!result)
            done = fail(result.error());
    };
    // The version the row shows: a record someone changed since is refused, not overwritten.
    const qint64 version = m_tabs.at(std::size_t(tab))->model()->rowVersionOf(id);
    switch (tab) {
    case Sites:
        run(m_service.setArchived<Site>(id, archive, version));
        break;
    case ProductLines:
        run(m_service.setArchived<ProductLine>(id, archive, version));
        break;
    case Equipment:
        run(m_service.setArchived<Rpb::Equipment>(id, archive, version));
        break;
    case Members:
        run(m_service.setArchived<Member>(id, archive, version));
        break;
    case WasteCategories:
        run(m_service.setArchived<WasteCategory>(id, archive, version));
        break;
    case TabCount:
        break;
    }
    if (!done)
        showError(done.error());
}

void MasterDataPage::openDialog(RecordDialog *dialog, Tab tab)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    MasterDataTab *t = m_tabs.at(std::size_t(tab));
    connect(dialog, &QDialog::accepted, t, [t, dialog] {
        t->selectId(dialog->savedId());
        t->table()->setFocus(Qt::OtherFocusReason);
    });
    // Window-modal, not application-modal, and without a nested event loop.
    dialog->open();
}

void MasterDataPage::showError(const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Master data"), error.message,
                                QMessageBox::Ok, this);
    if (!error.where.isEmpty())
        box->setInformativeText(error.where);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MasterDataPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MasterDataPage::retranslate()
{
    m_title->setText(tr("Master data"));
    m_subtitle->setText(tr("The sites, and for the site chosen above its product lines, machines, "
                           "member businesses and waste categories."));
    m_tabWidget->setTabText(Sites, tr("S&ites"));
    m_tabWidget->setTabText(ProductLines, tr("&Product lines"));
    m_tabWidget->setTabText(Equipment, tr("&Equipment"));
    m_tabWidget->setTabText(Members, tr("Mem&bers"));
    m_tabWidget->setTabText(WasteCategories, tr("&Waste categories"));
    m_tabWidget->setTabText(m_tabWidget->indexOf(m_accountsTab), tr("Acc&ounts"));
    updatePermissions();
}

} // namespace Rpb
