#include "bookinglistpanel.h"

#include "models/changewatch.h"

#include "displayformat.h"
#include "domain/sitecalendar.h"
#include "models/bookinglistmodel.h"
#include "services/appcontext.h"

#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Rpb {

namespace {
constexpr int AllStatuses = -1;
constexpr int HoldingTime = -2; // requested, confirmed, checked in, done
constexpr int Longest = 366; // days one list may span
} // namespace

BookingListPanel::BookingListPanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("bookingList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);

    auto *filters = new QHBoxLayout;
    m_machineLabel = new QLabel(this);
    m_machine = new QComboBox(this);
    m_machine->setObjectName(QStringLiteral("machineFilter"));
    m_machine->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_machine->setMinimumContentsLength(12);
    m_machineLabel->setBuddy(m_machine);
    m_memberLabel = new QLabel(this);
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("memberFilter"));
    m_member->setEditable(true);
    m_member->setInsertPolicy(QComboBox::NoInsert);
    m_member->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_member->setMinimumContentsLength(14);
    m_memberLabel->setBuddy(m_member);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(12);
    m_statusLabel->setBuddy(m_status);
    m_periodLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(DisplayFormat::dateFormat());
    }
    m_periodLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_count = new QLabel(this);
    m_count->setEnabled(false);
    filters->addWidget(m_machineLabel);
    filters->addWidget(m_machine, 1);
    filters->addWidget(m_memberLabel);
    filters->addWidget(m_member, 1);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_model = new BookingListModel(this);
    // The list reads bookings straight from the service: it follows the hub for its site.
    m_watch = new ChangeWatch(
        m_context.hub(),
        {EntityKind::Booking, EntityKind::Equipment, EntityKind::Member, EntityKind::ProductLine},
        this);
    connect(m_watch, &ChangeWatch::changed, this, [this](const Change &change) {
        if (change.kind == EntityKind::Equipment || change.kind == EntityKind::Member)
            fillFilters();
        invalidate();
    });
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BookingListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("bookingTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->sortByColumn(BookingListModel::Start, Qt::AscendingOrder);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(this);
    m_empty->setEnabled(false);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    for (int i = 0; i < BookingActions::ActionCount; ++i) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("action%1").arg(i));
        button->setAutoDefault(false);
        const auto action = BookingActions::Action(i);
        connect(button, &QPushButton::clicked, this, [this, action] {
            if (const qint64 id = currentId())
                Q_EMIT actionRequested(action, id);
        });
        m_actions.at(std::size_t(i)) = button;
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    m_showInTimeline = new QPushButton(this);
    m_showInTimeline->setObjectName(QStringLiteral("showInTimeline"));
    m_showInTimeline->setAutoDefault(false);
    buttons->addWidget(m_showInTimeline);
    layout->addLayout(buttons);

    connect(m_machine, &QComboBox::currentIndexChanged, this, &BookingListPanel::reload);
    connect(m_member, &QComboBox::currentIndexChanged, this, &BookingListPanel::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &BookingListPanel::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &BookingListPanel::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &BookingListPanel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BookingListPanel::updateActions);
    connect(m_table, &QTableView::activated, this, [this] {
        if (const qint64 id = currentId())
            Q_EMIT showInTimelineRequested(id);
    });
    connect(m_showInTimeline, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            Q_EMIT showInTimelineRequested(id);
    });
    auto *cancel = new QShortcut(QKeySequence::Delete, m_table);
    cancel->setContext(Qt::WidgetShortcut);
    connect(cancel, &QShortcut::activated, this, [this] {
        if (const qint64 id = currentId())
            Q_EMIT actionRequested(BookingActions::Cancel, id);
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        m_table->setCurrentIndex(index);
        Q_EMIT menuRequested(index.data(BookingListModel::IdRole).toLongLong(),
                             m_table->viewport()->mapToGlobal(pos));
    });

    retranslate();
}

void BookingListPanel::setSite(const std::optional<Site> &site)
{
    const bool other = !site || !m_site || site->meta.id != m_site->meta.id;
    m_site = site;
    m_watch->setSite(site ? std::optional<qint64>(site->meta.id) : std::nullopt);
    if (other && site) {
        const QDate today = SiteCalendar(*site).localDate(m_context.scheduling().now());
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(today);
        m_to->setDate(today.addDays(13));
    }
    fillFilters();
    invalidate();
}

void BookingListPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void BookingListPanel::fillFilters()
{
    const QVariant machine = m_machine->currentData();
    const QVariant member = m_member->currentData();
    const QSignalBlocker a(m_machine);
    const QSignalBlocker b(m_member);
    m_machine->clear();
    m_member->clear();
    m_machine->addItem(tr("All machines"), QVariant());
    m_member->addItem(tr("All members"), QVariant());
    if (m_site) {
        if (auto machines = m_context.masterData().equipment(m_site->meta.id, true))
            for (const Equipment &e : *machines)
                m_machine->addItem(e.name, e.meta.id);
        if (auto members = m_context.masterData().members(m_site->meta.id, true))
            for (const Member &m : *members)
                m_member->addItem(DisplayFormat::record(m.name, m.code), m.meta.id);
    }
    m_machine->setCurrentIndex(std::max(0, m_machine->findData(machine)));
    m_member->setCurrentIndex(std::max(0, m_member->findData(member)));
    m_member->completer()->setFilterMode(Qt::MatchContains);
    m_member->completer()->setCompletionMode(QCompleter::PopupCompletion);
}

void BookingListPanel::invalidate()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void BookingListPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void BookingListPanel::reload()
{
    m_stale = false;
    const qint64 keep = currentId();
    QList<Booking> shown;
    BookingListModel::Names names;
    QString problem;
    if (m_site) {
        const SiteCalendar calendar(*m_site);
        QDate to = m_to->date();
        if (m_from->date().daysTo(to) > Longest)
            to = m_from->date().addDays(Longest);
        const std::optional<qint64> machine = m_machine->currentData().isValid()
            ? std::optional<qint64>(m_machine->currentData().toLongLong())
            : std::nullopt;
        const std::optional<qint64> member = m_member->currentData().isValid()
            ? std::optional<qint64>(m_member->currentData().toLongLong())
            : std::nullopt;
        auto bookings = m_context.scheduling().bookings(
            m_site->meta.id, calendar.fromLocal(m_from->date(), QTime(0, 0)),
            calendar.fromLocal(to.addDays(1), QTime(0, 0)), machine, member);
        if (!bookings) {
            problem = bookings.error().message;
        } else {
            const int status = m_status->currentData().toInt();
            for (const Booking &b : *bookings) {
                if (status == HoldingTime && !holdsTime(b.status))
                    continue;
                if (status >= 0 && int(b.status) != status)
                    continue;
                shown << b;
            }
        }
        if (auto machines = m_context.masterData().equipment(m_site->meta.id, true))
            for (const Equipment &e : *machines)
                names.machines.insert(e.meta.id, e.name);
        if (auto members = m_context.masterData().members(m_site->meta.id, true))
            for (const Member &m : *members)
                names.members.insert(m.meta.id, m.name);
        if (auto lines = m_context.masterData().productLines(m_site->meta.id, true))
            for (const ProductLine &l : *lines)
                names.productLines.insert(l.meta.id, l.name);
    }
    m_model->setBookings(shown, names, m_site ? SiteCalendar(*m_site).zone() : QTimeZone::utc());
    if (!m_columnsFitted && !shown.isEmpty()) {
        // Once: later reloads keep the widths a person has set.
        m_table->resizeColumnsToContents();
        m_columnsFitted = true;
    }
    m_count->setText(tr("%n booking(s)", nullptr, int(shown.size())));
    m_empty->setText(!problem.isEmpty() ? problem : tr("No booking matches these filters."));
    m_empty->setVisible(!problem.isEmpty() || shown.isEmpty());
    selectId(keep);
    updateActions();
}

qint64 BookingListPanel::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(BookingListModel::IdRole).toLongLong() : 0;
}

void BookingListPanel::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void BookingListPanel::updateActions()
{
    const QModelIndex index = m_table->currentIndex();
    const int row = index.isValid() ? m_proxy->mapToSource(index).row() : -1;
    for (int i = 0; i < BookingActions::ActionCount; ++i) {
        const Status allowed = row >= 0 && !m_readOnly
            ? m_context.scheduling().allowed(BookingActions::step(BookingActions::Action(i)),
                                             m_model->bookingAt(row))
            : fail(Error::invalid(QString()));
        m_actions.at(std::size_t(i))->setEnabled(allowed.has_value());
    }
    m_showInTimeline->setEnabled(row >= 0);
}

void BookingListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BookingListPanel::retranslate()
{
    m_machineLabel->setText(tr("Machin&e:"));
    m_memberLabel->setText(tr("Membe&r:"));
    m_statusLabel->setText(tr("St&atus:"));
    m_periodLabel->setText(tr("&Period:"));
    m_toLabel->setText(tr("to"));
    m_member->lineEdit()->setPlaceholderText(tr("All members"));
    const int status = m_status->currentIndex();
    {
        const QSignalBlocker blocker(m_status);
        m_status->clear();
        m_status->addItem(tr("All"), AllStatuses);
        m_status->addItem(tr("Active (not cancelled)"), HoldingTime);
        for (BookingStatus s :
             {BookingStatus::Requested, BookingStatus::Confirmed, BookingStatus::CheckedIn,
              BookingStatus::Done, BookingStatus::Cancelled, BookingStatus::NoShow})
            m_status->addItem(bookingStatusDisplayName(s), int(s));
        m_status->setCurrentIndex(std::max(0, status));
    }
    for (int i = 0; i < BookingActions::ActionCount; ++i) {
        m_actions.at(std::size_t(i))->setText(BookingActions::text(BookingActions::Action(i)));
        m_actions.at(std::size_t(i))
            ->setToolTip(BookingActions::tooltip(BookingActions::Action(i)));
    }
    m_showInTimeline->setText(tr("Show in timeline"));
    m_showInTimeline->setToolTip(tr("Open the day of the booking in the timeline (Enter)."));
    if (!m_stale)
        m_count->setText(tr("%n booking(s)", nullptr, m_model->rowCount()));
}

} // namespace Rpb
