#include "auditpage.h"

#include "displayformat.h"
#include "models/auditmodel.h"
#include "services/appcontext.h"
#include "services/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Rpb {

namespace {
QDateEdit *makeDateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setLocale(Language::locale());
    edit->setDisplayFormat(DisplayFormat::dateFormat());
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    return edit;
}

void prepareTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
}
} // namespace

AuditPage::AuditPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_audit(context.audit())
{
    setObjectName(QStringLiteral("auditPage"));
    m_model = new AuditModel(context.audit(), context.masterData(), context.accounts(),
                             context.hub(), this);

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

    auto *bar = new QHBoxLayout;
    m_personLabel = new QLabel(this);
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("personFilter"));
    // Long sign-in names must not push the filters off a laptop screen.
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_person->setMinimumContentsLength(14);
    m_personLabel->setBuddy(m_person);
    m_recordLabel = new QLabel(this);
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("recordFilter"));
    m_record->setClearButtonEnabled(true);
    m_record->setMinimumWidth(m_record->fontMetrics().averageCharWidth() * 30);
    m_recordLabel->setBuddy(m_record);
    m_fromBox = new QCheckBox(this);
    m_fromBox->setObjectName(QStringLiteral("fromFilter"));
    m_from = makeDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_toBox = new QCheckBox(this);
    m_toBox->setObjectName(QStringLiteral("toFilter"));
    m_to = makeDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setAutoDefault(false);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setAutoDefault(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_count->setEnabled(false);
    // Two rows of filters, so that the page fits a 1366-pixel laptop in either language.
    bar->addWidget(m_personLabel);
    bar->addWidget(m_person);
    bar->addSpacing(8);
    bar->addWidget(m_recordLabel);
    bar->addWidget(m_record, 1);
    layout->addLayout(bar);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromBox);
    dates->addWidget(m_from);
    dates->addSpacing(8);
    dates->addWidget(m_toBox);
    dates->addWidget(m_to);
    dates->addSpacing(8);
    dates->addWidget(m_clear);
    dates->addWidget(m_refresh);
    dates->addSpacing(12);
    dates->addWidget(m_count, 1);
    layout->addLayout(dates);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("auditTable"));
    prepareTable(m_table);
    m_table->setModel(m_model);

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    m_changesTitle = new QLabel(lower);
    lowerLayout->addWidget(m_changesTitle);
    m_changes = new QTableWidget(0, 3, lower);
    m_changes->setObjectName(QStringLiteral("changesTable"));
    prepareTable(m_changes);
    m_changesTitle->setBuddy(m_changes);
    // Old and new value side by side with equal room: they are read against each other.
    m_changes->horizontalHeader()->setStretchLastSection(false);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    lowerLayout->addWidget(m_changes, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &AuditPage::applyFilter);
    connect(m_record, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    // Enter applies at once, without waiting for the pause after typing.
    connect(m_record, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_person, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_fromBox, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toBox, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromBox, &QCheckBox::toggled, this, &AuditPage::applyFilter);
    connect(m_toBox, &QCheckBox::toggled, this, &AuditPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, &AuditPage::clearFilters);
    connect(m_refresh, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_model, &AuditModel::loaded, this, &AuditPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        showChanges();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_table->selectionModel()->isRowSelected(current.row()))
                    m_table->selectionModel()->select(
                        current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                showChanges();
            });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &AuditPage::reload);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_record->setFocus(Qt::ShortcutFocusReason);
        m_record->selectAll();
    });

    retranslate();
}

void AuditPage::reload()
{
    reloadPeople();
    const QModelIndex current = m_table->currentIndex();
    const qint64 entry = current.isValid() ? current.data(AuditModel::EntryIdRole).toLongLong() : 0;
    m_model->reload();
    if (const int row = m_model->rowOfEntry(entry); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, current.column()));
    // Once, when the first entries arrive: later reloads keep the widths a person has set.
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        m_columnsFitted = true;
    }
}

void AuditPage::focusTable()
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void AuditPage::reloadPeople()
{
    const QString chosen = m_person->currentData().toString();
    m_applying = true;
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    if (auto names = m_audit.userNames()) {
        for (const QString &name : *names)
            m_person->addItem(name, name);
    }
    m_person->setCurrentIndex(qMax(0, m_person->findData(chosen)));
    m_applying = false;
}

void AuditPage::applyFilter()
{
    if (m_applying)
        return;
    m_typing->stop();
    AuditService::Filter filter;
    filter.userName = m_person->currentData().toString();
    filter.recordText = m_record->text().trimmed();
    if (m_fromBox->isChecked())
        filter.from = m_from->date();
    if (m_toBox->isChecked())
        filter.to = m_to->date();
    const AuditService::Filter &now = m_model->filter();
    if (filter.userName == now.userName && filter.recordText == now.recordText
        && filter.from == now.from && filter.to == now.to)
        return;
    m_model->setFilter(filter);
}

void AuditPage::clearFilters()
{
    m_applying = true;
    m_person->setCurrentIndex(0);
    m_record->clear();
    m_fromBox->setChecked(false);
    m_toBox->setChecked(false);
    m_applying = false;
    applyFilter();
}

void AuditPage::updateCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_count->setText(m_model->lastError());
        return;
    }
    const qint64 total = m_model->totalCount();
    if (total == 0)
        m_count->setText(tr("No entries match."));
    else
        m_count->setText(tr("%1 of %n entries shown, newest first", nullptr, int(total))
                             .arg(DisplayFormat::number(m_model->rowCount())));
}

void AuditPage::showChanges()
{
    m_changes->setRowCount(0);
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const AuditEntry &entry = m_model->entryAt(current.row());
    const QList<AuditModel::Detail> details = m_model->details(entry);
    m_changes->setRowCount(int(details.size()));
    for (int row = 0; row < details.size(); ++row) {
        const AuditModel::Detail &d = details.at(row);
        const QStringList cells {d.label, d.before, d.after};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == 0)
                item->setData(Qt::UserRole, d.field);
            m_changes->setItem(row, column, item);
        }
    }
}

void AuditPage::showEvent(QShowEvent *event)
{
    // The log grows with every change anywhere in the application: show it as it is now, and
    // follow it while it is on screen.
    reload();
    m_model->setLive(true);
    QWidget::showEvent(event);
}

void AuditPage::hideEvent(QHideEvent *event)
{
    m_model->setLive(false);
    QWidget::hideEvent(event);
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        QCoreApplication::sendEvent(m_model, event);
    }
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_title->setText(tr("Audit"));
    m_subtitle->setText(tr("Who changed what and when, with the old and new value of each field. "
                           "The log can only be read: nobody can change or remove its entries."));
    m_personLabel->setText(tr("&Person:"));
    m_recordLabel->setText(tr("&Record:"));
    m_record->setPlaceholderText(tr("code, name or kind of record (Ctrl+F)"));
    m_fromBox->setText(tr("Fr&om"));
    m_toBox->setText(tr("&To"));
    m_clear->setText(tr("&Clear filters"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the log again (F5)"));
    m_changesTitle->setText(tr("Ch&anges of the selected entry:"));
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Old value"), tr("New value")});
    m_applying = true;
    if (!m_person->count())
        m_person->addItem(QString(), QString());
    m_person->setItemText(0, tr("Everyone"));
    m_applying = false;
    updateCount();
}

} // namespace Rpb
