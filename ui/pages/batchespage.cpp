#include "batchespage.h"

#include "commands/batchcommand.h"
#include "dialogs/batchform.h"
#include "displayformat.h"
#include "domain/permissions.h"
#include "domain/quantity.h"
#include "models/batchlistmodel.h"
#include "services/appcontext.h"
#include "services/batchservice.h"
#include "services/language.h"
#include "services/masterdataservice.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Rpb {

namespace {
const QDate openDate(2000, 1, 1); // the "any" value of the date filters
}

BatchesPage::BatchesPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("batchesPage"));
    m_undo = new QUndoStack(this);
    m_model = new BatchListModel(m_context.batches(), m_context.hub(), this);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete batch"), question) == QMessageBox::Yes;
    };
    buildUi();
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &BatchesPage::applyFilters);
    // The list reads itself again after a change; the selection, the totals of what the filter
    // matches and the filters' choices follow it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = selectedBatchId(); });
    connect(m_model, &BatchListModel::refreshed, this, [this] {
        loadFilterChoices();
        updateTotals();
        if (m_keptSelection)
            selectBatch(m_keptSelection);
    });
}

void BatchesPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Batches"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    // Filter bar.
    auto *filters = new QHBoxLayout;
    auto *filters2 = new QHBoxLayout;
    auto dateEdit = [this](const QString &name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setDisplayFormat(DisplayFormat::dateFormat());
        edit->setCalendarPopup(true);
        edit->setMinimumDate(openDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(openDate);
        return edit;
    };
    m_from = dateEdit(QStringLiteral("fromDate"));
    m_to = dateEdit(QStringLiteral("toDate"));
    QHBoxLayout *bar = filters;
    auto labelled = [this, &bar](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        bar->addWidget(label);
        const bool wide = field->inherits("QComboBox") || field->inherits("QLineEdit");
        bar->addWidget(field, wide ? 1 : 0);
        if (auto *combo = qobject_cast<QComboBox *>(field)) {
            combo->setMinimumContentsLength(12);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        }
    };
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    m_lineFilter = new QComboBox(this);
    m_lineFilter->setObjectName(QStringLiteral("productLineFilter"));
    labelled(tr("&Line:"), m_lineFilter);
    m_memberFilter = new QComboBox(this);
    m_memberFilter->setObjectName(QStringLiteral("memberFilter"));
    labelled(tr("&Member:"), m_memberFilter);
    bar = filters2;
    m_machineFilter = new QComboBox(this);
    m_machineFilter->setObjectName(QStringLiteral("machineFilter"));
    labelled(tr("Mach&ine:"), m_machineFilter);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Current"), QString());
    for (BatchStatus status : {BatchStatus::Recorded, BatchStatus::Checked, BatchStatus::Archived})
        m_statusFilter->addItem(batchStatusDisplayName(status), batchStatusCode(status));
    labelled(tr("St&atus:"), m_statusFilter);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Code, member or notes"));
    m_search->setClearButtonEnabled(true);
    labelled(tr("Sea&rch:"), m_search);
    layout->addLayout(filters);
    layout->addLayout(filters2);
    for (QComboBox *combo : {m_lineFilter, m_memberFilter, m_machineFilter, m_statusFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                m_filterTimer->start();
        });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] { m_filterTimer->start(); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_filterTimer->start(); });

    // Actions.
    auto *actions = new QHBoxLayout;
    auto button = [this, actions](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        actions->addWidget(b);
        return b;
    };
    m_newButton = button(tr("&New batch..."), QStringLiteral("newBatch"));
    m_openButton = button(tr("&Open..."), QStringLiteral("openBatch"));
    m_archiveButton = button(tr("Ar&chive"), QStringLiteral("archiveBatch"));
    m_checkButton = button(tr("Mark chec&ked"), QStringLiteral("checkBatch"));
    m_deleteButton = button(tr("&Delete..."), QStringLiteral("deleteBatch"));
    actions->addStretch(1);
    m_monthButton = button(tr("Close or reopen mont&h..."), QStringLiteral("monthClose"));
    connect(m_newButton, &QPushButton::clicked, this, [this] { newBatch(); });
    // Ctrl+N makes a new batch here as it makes a new booking on the schedule.
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, [this] {
        if (m_newButton->isVisible())
            newBatch();
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_archiveButton, &QPushButton::clicked, this, [this] { archiveSelected(); });
    connect(m_checkButton, &QPushButton::clicked, this, [this] { markSelectedChecked(); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_monthButton, &QPushButton::clicked, this, &BatchesPage::openMonthDialog);
    layout->addLayout(actions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(BatchListModel::Date, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    const int ch = fontMetrics().averageCharWidth();
    const std::array<int, BatchListModel::ColumnCount> widths {17, 15, 6, 20, 26, 14, 15, 14, 10};
    for (int c = 0; c < BatchListModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths.at(std::size_t(c)) * ch);
    m_table->setColumnWidth(BatchListModel::Code,
                            fontMetrics().horizontalAdvance(QStringLiteral("WWW-0000-00000")));
    connect(m_table, &QTableView::doubleClicked, this, [this] { openSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BatchesPage::updateActions);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
    // Enter opens the batch, as a double click does.
    auto *open = new QAction(this);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, [this] { openSelected(); });
    m_table->addAction(open);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_totals);
}

void BatchesPage::loadFilterChoices()
{
    m_filling = true;
    auto refill = [](QComboBox *combo, const QString &all, const auto &records, auto label) {
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(all, qint64(0));
        if (records)
            for (const auto &r : *records)
                combo->addItem(label(r), r.meta.id);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    MasterDataService &master = m_context.masterData();
    const std::optional<qint64> site = m_siteId;
    refill(m_lineFilter, tr("All lines"), master.productLines(site, true),
           [](const ProductLine &l) { return DisplayFormat::record(l.name, l.code); });
    refill(m_memberFilter, tr("All members"), master.members(site, true),
           [](const Member &m) { return DisplayFormat::record(m.name, m.code); });
    refill(m_machineFilter, tr("All machines"), master.equipment(site, true),
           [](const Equipment &e) { return DisplayFormat::record(e.name, e.code); });
    m_filling = false;
}

void BatchesPage::setSiteId(std::optional<qint64> siteId)
{
    // The steps on the stack belong to the other site's batches.
    if (siteId != m_siteId)
        m_undo->clear();
    m_siteId = siteId;
    loadFilterChoices();
    refreshPermissions();
    applyFilters();
}

void BatchesPage::refreshPermissions()
{
    const Actor &actor = m_context.actor();
    m_newButton->setVisible(
        Permissions::allows(actor, Permissions::Action::RecordBatch, m_siteId, actor.userId));
    m_monthButton->setVisible(
        m_siteId && Permissions::allows(actor, Permissions::Action::CloseMonth, m_siteId));
    // The list and its totals are the new person's to see.
    applyFilters();
}

void BatchesPage::showMember(qint64 memberId)
{
    m_filling = true;
    m_from->setDate(openDate);
    m_to->setDate(openDate);
    m_search->clear();
    m_lineFilter->setCurrentIndex(0);
    m_machineFilter->setCurrentIndex(0);
    m_statusFilter->setCurrentIndex(0);
    const int index = m_memberFilter->findData(memberId);
    m_memberFilter->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    applyFilters();
    if (index > 0)
        showMessage(tr("Every batch of %1. Their bookings are on the Schedule page, List tab, "
                       "filtered the same way.")
                        .arg(m_memberFilter->currentText()));
}

BatchQuery BatchesPage::query() const
{
    BatchQuery q;
    q.siteId = m_siteId;
    if (m_from->date() > openDate)
        q.from = m_from->date();
    if (m_to->date() > openDate)
        q.to = m_to->date();
    auto id = [](const QComboBox *combo) -> std::optional<qint64> {
        const qint64 value = combo->currentData().toLongLong();
        return value > 0 ? std::optional<qint64>(value) : std::nullopt;
    };
    q.productLineId = id(m_lineFilter);
    q.memberId = id(m_memberFilter);
    q.equipmentId = id(m_machineFilter);
    q.status = batchStatusFromCode(m_statusFilter->currentData().toString());
    q.search = m_search->text().trimmed();
    return q;
}

void BatchesPage::applyFilters()
{
    m_filterTimer->stop();
    m_model->setQuery(query());
    updateTotals();
}

void BatchesPage::reload()
{
    const qint64 selected = selectedBatchId();
    m_model->reload();
    updateTotals();
    if (selected)
        selectBatch(selected);
}

void BatchesPage::updateTotals()
{
    auto totals = m_context.batches().totals(m_model->query());
    if (!totals) {
        m_totals->setText(totals.error().message);
        return;
    }
    m_currentTotals = *totals;
    const QLocale locale = Language::locale();
    QStringList output;
    for (Unit unit : {Unit::Kg, Unit::Litre, Unit::Piece})
        if (totals->output(unit) != 0)
            output << QStringLiteral("%1 %2").arg(
                Quantity::toLocalizedString(totals->output(unit), locale), unitDisplayName(unit));
    m_totals->setText(
        tr("%n batch(es) \u00b7 output %1 \u00b7 waste %2 kg and %3 L", nullptr,
           int(totals->batches))
            .arg(output.isEmpty() ? QStringLiteral("0") : output.join(QStringLiteral(" + ")),
                 Quantity::toLocalizedString(totals->wasteKgMilli, locale),
                 Quantity::toLocalizedString(totals->wasteLitreMilli, locale)));
}

qint64 BatchesPage::selectedBatchId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return 0;
    return m_model->row(current.row()).id;
}

void BatchesPage::selectBatch(qint64 batchId)
{
    int row = m_model->rowOf(batchId);
    while (row < 0 && m_model->canFetchMore({})) {
        // Bounded by the list's own paging: a batch far down is reached a page at a time.
        if (m_model->rowCount() > 20 * BatchListModel::PageSize)
            break;
        m_model->fetchMore({});
        row = m_model->rowOf(batchId);
    }
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void BatchesPage::updateActions()
{
    const qint64 id = selectedBatchId();
    using Step = BatchService::Step;
    const BatchService &batches = m_context.batches();
    Status archive = fail(Error::invalid(QString()));
    Status remove = archive;
    Status check = archive;
    if (id) {
        const BatchRow &row = m_model->row(m_table->currentIndex().row());
        const bool archived = row.status == BatchStatus::Archived;
        const bool checked = row.status == BatchStatus::Checked;
        archive = batches.allowed(archived ? Step::Restore : Step::Archive, row);
        remove = batches.allowed(Step::Delete, row);
        check = batches.allowed(checked ? Step::Uncheck : Step::Check, row);
        m_archiveButton->setText(archived ? tr("Rest&ore") : tr("Ar&chive"));
        m_checkButton->setText(checked ? tr("Take back chec&k") : tr("Mark chec&ked"));
    }
    // A button the service would refuse is greyed out, with the refusal as its tooltip.
    const auto follow = [](QPushButton *button, const Status &allowed) {
        button->setEnabled(allowed.has_value());
        button->setToolTip(allowed || allowed.error().message.isEmpty() ? QString()
                                                                        : allowed.error().message);
    };
    m_openButton->setEnabled(id != 0);
    follow(m_archiveButton, archive);
    follow(m_deleteButton, remove);
    m_checkButton->setVisible(
        Permissions::allows(m_context.actor(), Permissions::Action::EditAnyBatch, m_siteId));
    follow(m_checkButton, check);
}

void BatchesPage::showMessage(const QString &text, bool error)
{
    m_lastMessage = text;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c42b1c;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void BatchesPage::reportError(const Error &error)
{
    showMessage(error.message, true);
    // Someone else changed the batch: the list shows it as it is now.
    if (error.kind == Error::Kind::Conflict)
        reload();
}

BatchForm *BatchesPage::newBatch()
{
    if (!m_siteId) {
        showMessage(tr("Choose a site first."), true);
        return nullptr;
    }
    if (m_form)
        m_form->close();
    m_form = new BatchForm(m_context, *m_siteId, this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    m_form->setWindowModality(Qt::WindowModal);
    // An edit is a step Ctrl+Z takes back: the command's first redo() is the save itself.
    m_form->setStore([this](const Batch &before, const Batch &after, const QString &note) {
        return storeEdit(before, after, note);
    });
    connect(m_form, &BatchForm::saved, this,
            [this](const Batch &batch) { showMessage(tr("Batch %1 saved.").arg(batch.code)); });
    m_form->show();
    return m_form;
}

Result<Batch> BatchesPage::storeEdit(const Batch &before, const Batch &after, const QString &note)
{
    std::optional<Error> refused;
    auto *command = new BatchCommand(m_context.batches(), before, after, note,
                                     [&refused](const Error &e) { refused = e; });
    m_undo->push(command);
    // A refused first step never entered the stack: the command is gone already.
    if (refused)
        return fail(*refused);
    command->setReport([this](const Error &e) { reportError(e); });
    return *command->stored();
}

bool BatchesPage::pushStep(BatchCommand::Kind kind, bool to)
{
    const qint64 id = selectedBatchId();
    if (!id)
        return false;
    const BatchRow row = m_model->row(m_table->currentIndex().row());
    std::optional<Error> refused;
    auto *command = new BatchCommand(m_context.batches(), kind, id, row.rowVersion, row.code, to,
                                     [&refused](const Error &e) { refused = e; });
    m_undo->push(command);
    if (refused) {
        reportError(*refused);
        return false;
    }
    command->setReport([this](const Error &e) { reportError(e); });
    return true;
}

BatchForm *BatchesPage::openBatch(qint64 batchId)
{
    auto batch = m_context.batches().get(batchId);
    if (!batch) {
        reportError(batch.error());
        return nullptr;
    }
    const std::optional<qint64> site = m_siteId;
    m_siteId = batch->meta.siteId;
    BatchForm *form = newBatch();
    m_siteId = site;
    if (form)
        form->editBatch(*batch);
    return form;
}

BatchForm *BatchesPage::openSelected()
{
    const qint64 id = selectedBatchId();
    return id ? openBatch(id) : nullptr;
}

bool BatchesPage::archiveSelected()
{
    if (!selectedBatchId())
        return false;
    const bool archived
        = m_model->row(m_table->currentIndex().row()).status == BatchStatus::Archived;
    return pushStep(BatchCommand::Kind::Archive, !archived);
}

bool BatchesPage::deleteSelected()
{
    const qint64 id = selectedBatchId();
    if (!id)
        return false;
    const BatchRow row = m_model->row(m_table->currentIndex().row());
    if (!m_confirm(tr("Delete batch %1 of %2? Its code is not given again and this cannot be "
                      "undone.")
                       .arg(row.code, row.memberName)))
        return false;
    const Status removed = m_context.batches().remove(id, row.rowVersion);
    if (!removed) {
        reportError(removed.error());
        return false;
    }
    showMessage(tr("Batch %1 deleted.").arg(row.code));
    return true;
}

bool BatchesPage::markSelectedChecked()
{
    if (!selectedBatchId())
        return false;
    const bool checked = m_model->row(m_table->currentIndex().row()).status == BatchStatus::Checked;
    return pushStep(BatchCommand::Kind::Check, !checked);
}

Status BatchesPage::closeMonth(int year, int month)
{
    if (!m_siteId)
        return fail(Error::invalid(tr("Choose a site first.")));
    const Status result = m_context.batches().closeMonth(*m_siteId, year, month);
    if (result)
        showMessage(tr("%1 is closed: its batches are read-only.")
                        .arg(QLocale().standaloneMonthName(month) + u' ' + QString::number(year)));
    else
        reportError(result.error());
    return result;
}

Status BatchesPage::reopenMonth(int year, int month)
{
    if (!m_siteId)
        return fail(Error::invalid(tr("Choose a site first.")));
    const Status result = m_context.batches().reopenMonth(*m_siteId, year, month);
    if (result)
        showMessage(tr("%1 is open again.")
                        .arg(QLocale().standaloneMonthName(month) + u' ' + QString::number(year)));
    else
        reportError(result.error());
    return result;
}

void BatchesPage::openMonthDialog()
{
    if (!m_siteId)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Close or reopen a month"));
    auto *layout = new QVBoxLayout(dialog);
    auto *form = new QFormLayout;
    auto *month = new QDateEdit(dialog);
    month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    auto today = m_context.batches().today(*m_siteId);
    const QDate base = today ? *today : QDate::currentDate();
    month->setDate(base.addMonths(-1));
    month->setMaximumDate(base);
    form->addRow(tr("&Month:"), month);
    auto *closed = new QLabel(dialog);
    closed->setWordWrap(true);
    form->addRow(tr("Closed months:"), closed);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Batches of a closed month are read-only for everyone until a "
                               "manager reopens it. Both are recorded in the audit log."),
                            dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(dialog);
    QPushButton *close = buttons->addButton(tr("&Close month"), QDialogButtonBox::ActionRole);
    QPushButton *reopen = buttons->addButton(tr("&Reopen month"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    auto refresh = [this, closed, month, close, reopen] {
        auto months = m_context.batches().closedMonths(*m_siteId);
        QStringList names;
        bool isClosed = false;
        if (months)
            for (const ClosedMonth &m : *months) {
                names << QStringLiteral("%1 %2")
                             .arg(QLocale().standaloneMonthName(m.month))
                             .arg(m.year);
                isClosed = isClosed
                    || (m.year == month->date().year() && m.month == month->date().month());
            }
        closed->setText(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
        close->setEnabled(!isClosed);
        reopen->setEnabled(isClosed);
    };
    refresh();
    connect(month, &QDateEdit::dateChanged, dialog, refresh);
    connect(close, &QPushButton::clicked, dialog, [this, month, refresh] {
        closeMonth(month->date().year(), month->date().month());
        refresh();
    });
    connect(reopen, &QPushButton::clicked, dialog, [this, month, refresh] {
        reopenMonth(month->date().year(), month->date().month());
        refresh();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->open();
}

void BatchesPage::clearMessages()
{
    showMessage(QString());
}

} // namespace Rpb
