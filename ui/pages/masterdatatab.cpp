#include "masterdatatab.h"

#include "models/masterdatamodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Rpb {

MasterDataTab::MasterDataTab(MasterDataModel *model, bool needsSite, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_needsSite(needsSite)
{
    m_model->setParent(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MasterDataModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filterLabel = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 24);
    m_filterLabel->setBuddy(m_filter);
    m_showArchived = new QCheckBox(this);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    m_count = new QLabel(this);
    m_count->setEnabled(false);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("add"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_archive = new QPushButton(this);
    m_archive->setObjectName(QStringLiteral("archive"));
    for (QPushButton *button : {m_add, m_edit, m_archive})
        button->setAutoDefault(false);
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_showArchived);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_archive);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->hide();
    layout->addWidget(m_empty);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showArchived, &QCheckBox::toggled, m_model, &MasterDataModel::setShowArchived);
    connect(m_add, &QPushButton::clicked, this, &MasterDataTab::addRequested);
    connect(m_edit, &QPushButton::clicked, this, &MasterDataTab::requestEdit);
    connect(m_archive, &QPushButton::clicked, this, &MasterDataTab::requestArchive);
    // Enter on a row (and a double click) opens it, as in a file manager.
    connect(m_table, &QTableView::activated, this, &MasterDataTab::requestEdit);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MasterDataTab::followCurrentRow);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
            &MasterDataTab::rememberSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MasterDataTab::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MasterDataTab::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MasterDataTab::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MasterDataTab::updateActions);

    retranslate();
    fitColumns();
}

qint64 MasterDataTab::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(MasterDataModel::IdRole).toLongLong() : 0;
}

void MasterDataTab::followCurrentRow(const QModelIndex &current)
{
    // Ctrl+arrows move the current row without selecting it; Enter, Edit and Archive act on the
    // current row, so the highlight must show that row.
    if (current.isValid() && !m_table->selectionModel()->isRowSelected(current.row()))
        m_table->selectionModel()->select(
            current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
}

void MasterDataTab::selectId(qint64 id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    updateActions();
}

void MasterDataTab::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void MasterDataTab::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void MasterDataTab::setSiteAvailable(bool available)
{
    m_siteAvailable = available;
    updateActions();
}

void MasterDataTab::rememberSelection()
{
    m_rememberedId = currentId();
    m_rememberedRow = m_table->currentIndex().row();
}

void MasterDataTab::restoreSelection()
{
    // After a reload keep the same record selected, or the row where it was when it left.
    if (m_rememberedId != 0 && m_model->rowOfId(m_rememberedId) >= 0) {
        selectId(m_rememberedId);
    } else if (m_rememberedRow >= 0 && m_proxy->rowCount() > 0) {
        const QModelIndex index = m_proxy->index(qMin(m_rememberedRow, m_proxy->rowCount() - 1), 0);
        m_table->setCurrentIndex(index);
        m_table->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (!m_columnsFitted && m_proxy->rowCount() > 0)
        fitColumns();
    updateActions();
}

void MasterDataTab::fitColumns()
{
    // Once, when the first records arrive: later reloads keep the widths a person has set.
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        if (m_table->columnWidth(column) > widest)
            m_table->setColumnWidth(column, widest);
    m_columnsFitted = m_proxy->rowCount() > 0;
}

void MasterDataTab::setChangeCheck(std::function<QString(qint64)> whyNot)
{
    m_whyNot = std::move(whyNot);
    updateActions();
}

void MasterDataTab::updateActions()
{
    const qint64 id = currentId();
    const bool archived
        = id != 0 && m_table->currentIndex().data(MasterDataModel::ArchivedRole).toBool();
    const bool canAdd = !m_readOnly && (!m_needsSite || m_siteAvailable);
    const QString whyNot = id != 0 && m_whyNot ? m_whyNot(id) : QString();
    m_add->setEnabled(canAdd);
    m_edit->setEnabled(id != 0 && whyNot.isEmpty());
    m_archive->setEnabled(id != 0 && !m_readOnly && whyNot.isEmpty());
    m_archive->setText(archived ? tr("&Restore") : tr("A&rchive"));
    m_archive->setToolTip(!whyNot.isEmpty() ? whyNot
                              : archived
                              ? tr("Bring the selected record back into pickers and lists.")
                              : tr("Hide the selected record from pickers and lists; it "
                                   "stays in reports and history."));
    m_edit->setToolTip(whyNot.isEmpty() ? tr("Open the selected record (Enter or double-click)")
                                        : whyNot);
    m_count->setText(tr("%n shown", nullptr, m_proxy->rowCount()));

    const bool empty = m_model->rowCount() == 0;
    if (!m_model->lastError().isEmpty())
        m_empty->setText(m_model->lastError());
    else if (m_needsSite && !m_siteAvailable)
        m_empty->setText(tr("Add a site first (tab Sites), then choose it in the site selector."));
    else if (empty)
        m_empty->setText(tr("Nothing here yet. Press Add (Alt+A) to add the first record."));
    m_empty->setVisible(empty || !m_model->lastError().isEmpty());
}

void MasterDataTab::requestEdit()
{
    if (const qint64 id = currentId())
        Q_EMIT editRequested(id);
}

void MasterDataTab::requestArchive()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    const bool archived = m_table->currentIndex().data(MasterDataModel::ArchivedRole).toBool();
    Q_EMIT archiveRequested(id, !archived);
}

void MasterDataTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MasterDataTab::retranslate()
{
    m_filterLabel->setText(tr("Fi&lter:"));
    m_filter->setPlaceholderText(tr("Type to filter all columns (Ctrl+F)"));
    m_showArchived->setText(tr("Show ar&chived"));
    m_add->setText(tr("&Add..."));
    m_add->setToolTip(tr("Add a new record (Alt+A)"));
    m_edit->setText(tr("E&dit..."));
    updateActions();
}

} // namespace Rpb
