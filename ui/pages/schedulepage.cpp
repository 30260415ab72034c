#include "schedulepage.h"

#include "commands/movebookingcommand.h"
#include "dialogs/calendarexportdialog.h"
#include "dialogs/freeslotdialog.h"
#include "dialogs/maintenancedialog.h"
#include "displayformat.h"
#include "domain/permissions.h"
#include "domain/sitecalendar.h"
#include "models/bookinglistmodel.h"
#include "models/changewatch.h"
#include "pages/bookinglistpanel.h"
#include "pages/utilisationpanel.h"
#include "services/appcontext.h"
#include "services/language.h"
#include "widgets/fittinglabel.h"
#include "widgets/savedfile.h"
#include "widgets/statuslegend.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Rpb {

namespace {
const QString viewSetting = QStringLiteral("ui/schedule/view");
const QString dateSetting = QStringLiteral("ui/schedule/date");
const QString stepSetting = QStringLiteral("ui/schedule/step");
const QString cancelledSetting = QStringLiteral("ui/schedule/showCancelled");
const QString tabSetting = QStringLiteral("ui/schedule/tab");
} // namespace

SchedulePage::SchedulePage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("schedulePage"));
    m_undo = new QUndoStack(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 6);
    layout->setSpacing(6);
    createHeader(layout);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("scheduleTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    createTimelineTab();
    m_list = new BookingListPanel(context, m_tabs);
    m_utilisation = new UtilisationPanel(context, m_tabs);
    m_tabs->addTab(m_timelineTab, QString());
    m_tabs->addTab(m_list, QString());
    m_tabs->addTab(m_utilisation, QString());

    // Read everything first: applying one choice saves them all.
    const QSettings settings;
    const bool week = settings.value(viewSetting).toString() == QLatin1String("week");
    const QDate date = QDate::fromString(settings.value(dateSetting).toString(), Qt::ISODate);
    const int stepIndex = m_step->findData(settings.value(stepSetting, 30).toInt());
    const bool showCancelled = settings.value(cancelledSetting, true).toBool();
    const int tab = qBound(0, settings.value(tabSetting, 0).toInt(), TabCount - 1);
    m_restoring = true;
    (week ? m_weekButton : m_dayButton)->setChecked(true);
    m_date = date;
    m_step->setCurrentIndex(stepIndex >= 0 ? stepIndex : 1);
    m_timeline->setStepMinutes(m_step->currentData().toInt());
    m_showCancelled->setChecked(showCancelled);
    m_tabs->setCurrentIndex(tab);
    m_restoring = false;

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        saveSettings();
        if (isAncestorOf(QApplication::focusWidget()) || hasFocus())
            focusCurrentTab();
    });
    // The timeline draws straight from the services: it follows the hub for the shown site.
    m_watch = new ChangeWatch(m_context.hub(),
                              {EntityKind::Booking, EntityKind::MaintenanceWindow,
                               EntityKind::Equipment, EntityKind::Member, EntityKind::ProductLine,
                               EntityKind::Site},
                              this);
    connect(m_watch, &ChangeWatch::changed, this, [this](const Change &change) {
        if (!m_site)
            return;
        if (change.kind == EntityKind::Site && change.siteId == m_site->meta.id)
            reloadSite();
        else if (change.kind != EntityKind::Site)
            reloadTimeline();
    });
    connect(m_list, &BookingListPanel::actionRequested, this, &SchedulePage::runAction);
    connect(m_list, &BookingListPanel::menuRequested, this, &SchedulePage::showBookingMenu);
    connect(m_list, &BookingListPanel::showInTimelineRequested, this,
            &SchedulePage::showInTimeline);

    // The now line moves on its own; a minute is fine enough for a schedule.
    m_nowTimer.setInterval(30 * 1000);
    connect(&m_nowTimer, &QTimer::timeout, this,
            [this] { m_timeline->setNow(m_context.scheduling().now()); });
    m_nowTimer.start();

    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &SchedulePage::openBookingAtCursor);

    retranslate();
    setSiteId(std::nullopt);
}

SchedulePage::~SchedulePage()
{
    // The stack empties itself as it goes and says so; the page is half gone by then.
    m_undo->disconnect(this);
}

void SchedulePage::createHeader(QVBoxLayout *layout)
{
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setEnabled(false);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles);
    header->addStretch(1);

    m_newBooking = new QPushButton(this);
    m_newBooking->setObjectName(QStringLiteral("newBooking"));
    m_newBooking->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_findSlot = new QPushButton(this);
    m_findSlot->setObjectName(QStringLiteral("findFreeSlot"));
    m_findSlot->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_block = new QPushButton(this);
    m_block->setObjectName(QStringLiteral("blockMachine"));
    m_block->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCalendar"));
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    for (QPushButton *b : {m_newBooking, m_findSlot, m_block, m_export}) {
        b->setAutoDefault(false);
        header->addWidget(b);
    }
    layout->addLayout(header);
    connect(m_newBooking, &QPushButton::clicked, this, &SchedulePage::openBookingAtCursor);
    connect(m_findSlot, &QPushButton::clicked, this, &SchedulePage::openFreeSlotDialog);
    connect(m_block, &QPushButton::clicked, this, &SchedulePage::openMaintenanceDialog);
    connect(m_export, &QPushButton::clicked, this, &SchedulePage::openExportDialog);

    m_messageLayout = new QVBoxLayout;
    m_messageLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_messageLayout);
}

void SchedulePage::createTimelineTab()
{
    m_timelineTab = new QWidget(this);
    m_timelineTab->setObjectName(QStringLiteral("timelineTab"));
    auto *layout = new QVBoxLayout(m_timelineTab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    m_dayButton = new QToolButton(m_timelineTab);
    m_dayButton->setObjectName(QStringLiteral("dayView"));
    m_weekButton = new QToolButton(m_timelineTab);
    m_weekButton->setObjectName(QStringLiteral("weekView"));
    m_viewGroup = new QButtonGroup(this);
    for (QToolButton *b : {m_dayButton, m_weekButton}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setMinimumWidth(fontMetrics().averageCharWidth() * 9);
        m_viewGroup->addButton(b);
        bar->addWidget(b);
    }
    bar->addSpacing(10);
    m_previous = new QToolButton(m_timelineTab);
    m_previous->setObjectName(QStringLiteral("previous"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_today = new QToolButton(m_timelineTab);
    m_today->setObjectName(QStringLiteral("today"));
    m_next = new QToolButton(m_timelineTab);
    m_next->setObjectName(QStringLiteral("next"));
    m_next->setArrowType(Qt::RightArrow);
    m_previous->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_next->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addWidget(m_previous);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addSpacing(6);
    m_dateLabel = new QLabel(m_timelineTab);
    m_dateEdit = new QDateEdit(m_timelineTab);
    m_dateEdit->setObjectName(QStringLiteral("date"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(DisplayFormat::dateFormat());
    m_dateLabel->setBuddy(m_dateEdit);
    bar->addWidget(m_dateLabel);
    bar->addWidget(m_dateEdit);
    bar->addSpacing(12);
    m_range = new FittingLabel(m_timelineTab);
    m_range->setObjectName(QStringLiteral("range"));
    QFont rangeFont = m_range->font();
    rangeFont.setBold(true);
    rangeFont.setPointSizeF(rangeFont.pointSizeF() * 1.1);
    m_range->setFont(rangeFont);
    bar->addWidget(m_range, 1);
    m_stepLabel = new QLabel(m_timelineTab);
    m_step = new QComboBox(m_timelineTab);
    m_step->setObjectName(QStringLiteral("grid"));
    for (int minutes : {15, 30, 60})
        m_step->addItem(QString(), minutes);
    m_stepLabel->setBuddy(m_step);
    bar->addWidget(m_stepLabel);
    bar->addWidget(m_step);
    bar->addSpacing(8);
    m_showCancelled = new QCheckBox(m_timelineTab);
    m_showCancelled->setObjectName(QStringLiteral("showCancelled"));
    bar->addWidget(m_showCancelled);
    bar->addSpacing(8);

    // Own actions rather than the stack's: those rename themselves after each step, too long
    // for a button; the step goes into the tooltip instead. Ctrl+Z and Ctrl+Shift+Z are the
    // window's Edit menu's, which follows the page shown.
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setEnabled(false);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::indexChanged, this, &SchedulePage::retranslateUndo);
    m_undoButton = new QToolButton(m_timelineTab);
    m_undoButton->setObjectName(QStringLiteral("undo"));
    m_undoButton->setDefaultAction(m_undoAction);
    m_redoButton = new QToolButton(m_timelineTab);
    m_redoButton->setObjectName(QStringLiteral("redo"));
    m_redoButton->setDefaultAction(m_redoAction);
    for (QToolButton *b : {m_undoButton, m_redoButton}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(b);
    }
    layout->addLayout(bar);

    m_timeline = new TimelineWidget(m_timelineTab);
    layout->addWidget(m_timeline, 1);

    auto *bottom = new QHBoxLayout;
    m_legend = new StatusLegend(m_timelineTab);
    bottom->addWidget(m_legend);
    bottom->addSpacing(12);
    m_cursorInfo = new QLabel(m_timelineTab);
    m_cursorInfo->setObjectName(QStringLiteral("cursorInfo"));
    m_cursorInfo->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_cursorInfo->setEnabled(false);
    m_cursorInfo->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bottom->addWidget(m_cursorInfo, 1);
    layout->addLayout(bottom);

    connect(m_viewGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (!on)
            return;
        reloadTimeline();
        saveSettings();
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_today, &QToolButton::clicked, this, &SchedulePage::goToday);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (date != m_date)
            setDate(date);
    });
    connect(m_step, &QComboBox::currentIndexChanged, this, [this] {
        m_timeline->setStepMinutes(m_step->currentData().toInt());
        saveSettings();
    });
    connect(m_showCancelled, &QCheckBox::toggled, this, [this] {
        reloadTimeline();
        saveSettings();
    });
    connect(m_timeline, &TimelineWidget::createRequested, this,
            [this](qint64 equipmentId, const QDateTime &start, const QDateTime &end) {
                openBookingDialog({equipmentId, start, end, 0});
            });
    connect(m_timeline, &TimelineWidget::moveRequested, this, &SchedulePage::moveBooking);
    connect(m_timeline, &TimelineWidget::menuRequested, this, &SchedulePage::showBookingMenu);
    connect(m_timeline, &TimelineWidget::cancelRequested, this,
            [this](qint64 id) { runAction(BookingActions::Cancel, id); });
    connect(m_timeline, &TimelineWidget::pageRequested, this, &SchedulePage::step);
    connect(m_timeline, &TimelineWidget::cursorMoved, this, &SchedulePage::updateCursorInfo);
}

// --- site and data ----------------------------------------------------------------------------

std::optional<qint64> SchedulePage::siteId() const
{
    return m_site ? std::optional<qint64>(m_site->meta.id) : std::nullopt;
}

void SchedulePage::setSiteId(std::optional<qint64> siteId)
{
    const bool other = siteId != this->siteId();
    m_site.reset();
    if (siteId) {
        auto site = m_context.masterData().get<Site>(*siteId);
        if (site)
            m_site = *site;
        else
            showMessage(Banner::Level::Error, site.error().message);
    }
    // The steps on the stack belong to the other site's bookings.
    if (other)
        m_undo->clear();
    m_watch->setSite(siteId);
    reloadSite();
}

void SchedulePage::reloadSite()
{
    if (m_site) {
        if (auto fresh = m_context.masterData().get<Site>(m_site->meta.id))
            m_site = *fresh;
        m_timeline->setSite(*m_site);
        const QDate today = SiteCalendar(*m_site).localDate(m_context.scheduling().now());
        if (!m_date.isValid())
            m_date = today;
        m_utilisation->setMonth(m_date.year(), m_date.month());
        m_subtitle->setText(tr("%1 · times in %2")
                                .arg(m_site->name, DisplayFormat::timeZoneLabel(m_site->timeZone)));
    } else {
        m_subtitle->setText(tr("Choose a site above to see its machines."));
        if (!m_date.isValid())
            m_date = QDate::currentDate();
    }
    m_list->setSite(m_site);
    m_utilisation->setSite(m_site);
    reloadTimeline();
    updateActions();
}

void SchedulePage::reloadTimeline()
{
    if (!m_date.isValid())
        return; // still being set up
    const bool week = m_weekButton->isChecked();
    const QDate first = week ? m_date.addDays(1 - m_date.dayOfWeek()) : m_date;
    m_timeline->setView(week ? TimelineWidget::View::Week : TimelineWidget::View::Day, first);
    {
        const QSignalBlocker blocker(m_dateEdit);
        m_dateEdit->setDate(m_date);
    }
    updateRangeLabel();
    m_timeline->setNow(m_context.scheduling().now());
    if (!m_site) {
        m_timeline->setMachines({});
        m_timeline->setEntries({});
        m_timeline->setMaintenance({});
        return;
    }
    const qint64 site = m_site->meta.id;
    QList<TimelineWidget::Machine> machines;
    QHash<qint64, QString> machineNames;
    if (auto list = m_context.masterData().equipment(site, false)) {
        for (const Equipment &e : *list) {
            machineNames.insert(e.meta.id, e.name);
            if (e.status == EquipmentStatus::Retired)
                continue;
            machines << TimelineWidget::Machine {e.meta.id, e.name, e.type, e.capacity,
                                                 e.status == EquipmentStatus::Maintenance};
        }
    } else {
        showMessage(Banner::Level::Error, list.error().message);
    }
    QHash<qint64, QString> members;
    if (auto list = m_context.masterData().members(site, true))
        for (const Member &m : *list)
            members.insert(m.meta.id, m.name);
    QHash<qint64, QString> lines;
    if (auto list = m_context.masterData().productLines(site, true))
        for (const ProductLine &l : *list)
            lines.insert(l.meta.id, l.name);

    const QDateTime from = m_timeline->rangeStart();
    const QDateTime to = m_timeline->rangeEnd();
    // Only the days shown; a booking that began the evening before may still reach into them.
    auto bookings = m_context.scheduling().bookings(
        site, from.addSecs(-qint64(m_site->maxBookingMinutes) * 60), to);
    QList<TimelineWidget::Entry> entries;
    if (bookings) {
        for (const Booking &b : *bookings) {
            if (!(b.start < to && from < b.end))
                continue;
            if (!m_showCancelled->isChecked() && !holdsTime(b.status))
                continue;
            TimelineWidget::Entry entry;
            entry.booking = b;
            entry.memberName = members.value(b.memberId);
            entry.machineName = machineNames.value(b.equipmentId);
            entry.productLine = b.productLineId ? lines.value(*b.productLineId) : QString();
            entry.movable
                = canWrite() && m_context.scheduling().allowed(BookingRules::Step::Move, b);
            entries << entry;
        }
    } else {
        showMessage(Banner::Level::Error, bookings.error().message);
    }
    auto windows = m_context.scheduling().maintenance(site, from, to);
    m_timeline->setCanCreate(canWrite() && m_context.scheduling().mayBook(site));
    m_timeline->setMachines(machines);
    m_timeline->setEntries(entries);
    m_timeline->setMaintenance(windows ? *windows : QList<MaintenanceWindow> {});
    updateCursorInfo();
}

void SchedulePage::updateCursorInfo()
{
    const QString text = m_timeline->cursorDescription();
    m_cursorInfo->setText(
        m_cursorInfo->fontMetrics().elidedText(text, Qt::ElideRight, m_cursorInfo->width()));
    m_cursorInfo->setAccessibleName(text);
}

void SchedulePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateCursorInfo();
}

void SchedulePage::updateRangeLabel()
{
    // Longest first; the label shows the first that fits the bar (1366 pixels wide and less).
    const QLocale locale = Language::locale();
    if (m_weekButton->isChecked()) {
        const QDate first = m_date.addDays(1 - m_date.dayOfWeek());
        const QDate last = first.addDays(6);
        // Month names in full only where they fit: "23–29 November 2026", "30 Nov – 6 Dec 2026".
        const bool oneMonth = first.month() == last.month();
        const auto range = [&](bool longMonth) -> QString {
            const QString from = oneMonth ? locale.toString(first, QStringLiteral("d"))
                : first.year() == last.year()
                ? locale.toString(first, QStringLiteral("d MMM"))
                : locale.toString(first, QStringLiteral("d MMM yyyy"));
            const QString to
                = locale.toString(last,
                                  oneMonth && longMonth ? QStringLiteral("d MMMM yyyy")
                                                        : QStringLiteral("d MMM yyyy"));
            return from + (oneMonth ? QStringLiteral("\u2013") : QStringLiteral(" \u2013 ")) + to;
        };
        const QString week = tr("Week %1: %2").arg(first.weekNumber());
        m_range->setTexts({week.arg(range(true)), week.arg(range(false)), range(false)});
    } else {
        m_range->setTexts({locale.toString(m_date, QStringLiteral("dddd, d MMMM yyyy")),
                           locale.toString(m_date, QStringLiteral("ddd, d MMM yyyy")),
                           locale.toString(m_date, QStringLiteral("d MMM yyyy"))});
    }
}

void SchedulePage::setView(TimelineWidget::View view)
{
    (view == TimelineWidget::View::Week ? m_weekButton : m_dayButton)->setChecked(true);
}

TimelineWidget::View SchedulePage::view() const
{
    return m_weekButton->isChecked() ? TimelineWidget::View::Week : TimelineWidget::View::Day;
}

void SchedulePage::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    // The cursor keeps its machine and time of day on the new date.
    const int row = m_timeline->cursorRow();
    const QTime time = m_timeline->cursorStart().toTimeZone(m_timeline->zone()).time();
    m_date = date;
    reloadTimeline();
    saveSettings();
    const QDateTime cursor = QDateTime(date, time, m_timeline->zone()).toUTC();
    if (cursor >= m_timeline->rangeStart() && cursor < m_timeline->rangeEnd())
        m_timeline->setCursorCell(row, cursor);
}

void SchedulePage::step(int direction)
{
    setDate(m_date.addDays(direction * (m_weekButton->isChecked() ? 7 : 1)));
}

void SchedulePage::goToday()
{
    const QDate today = m_site ? SiteCalendar(*m_site).localDate(m_context.scheduling().now())
                               : QDate::currentDate();
    setDate(today);
}

void SchedulePage::saveSettings() const
{
    if (m_restoring)
        return;
    QSettings settings;
    settings.setValue(viewSetting,
                      m_weekButton->isChecked() ? QStringLiteral("week") : QStringLiteral("day"));
    if (m_date.isValid())
        settings.setValue(dateSetting, m_date.toString(Qt::ISODate));
    settings.setValue(stepSetting, m_step->currentData().toInt());
    settings.setValue(cancelledSetting, m_showCancelled->isChecked());
    settings.setValue(tabSetting, m_tabs->currentIndex());
}

// --- permissions ------------------------------------------------------------------------------

QString SchedulePage::memberName(qint64 memberId) const
{
    auto member = m_context.masterData().get<Member>(memberId);
    return member ? member->name : QString();
}

bool SchedulePage::canWrite() const
{
    return !m_readOnly && !m_context.storage().isReadOnly();
}

bool SchedulePage::isManager() const
{
    return m_site
        && Permissions::allows(m_context.actor(), Permissions::Action::ManageMaintenance,
                               m_site->meta.id);
}

void SchedulePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_list->setReadOnly(readOnly);
    refreshPermissions();
}

void SchedulePage::refreshPermissions()
{
    updateActions();
    reloadTimeline();
}

void SchedulePage::updateActions()
{
    const bool site = m_site.has_value();
    const bool book = site && canWrite() && m_context.scheduling().mayBook(m_site->meta.id);
    m_newBooking->setEnabled(book);
    m_findSlot->setEnabled(site);
    m_export->setEnabled(site);
    // Only managers block machines; others do not see the button at all.
    m_block->setVisible(isManager());
    m_block->setEnabled(site && canWrite());
    m_timelineTab->setEnabled(true);
}

void SchedulePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The account may have changed since the page was last seen, and other computers on the
    // same database may have booked: the shown days are quick to load again.
    updateActions();
    reloadTimeline();
}

void SchedulePage::focusCurrentTab()
{
    switch (m_tabs->currentIndex()) {
    case TimelineTab:
        m_timeline->setFocus(Qt::OtherFocusReason);
        break;
    case ListTab:
        m_list->table()->setFocus(Qt::OtherFocusReason);
        break;
    default:
        m_utilisation->table()->setFocus(Qt::OtherFocusReason);
        break;
    }
}

// --- actions ----------------------------------------------------------------------------------

void SchedulePage::showMessage(Banner::Level level, const QString &text)
{
    m_lastMessage = text;
    delete m_message;
    m_message = new Banner(
        level, [text] { return text; }, true, this);
    m_message->setObjectName(QStringLiteral("scheduleMessage"));
    m_messageLayout->addWidget(m_message);
    m_message->show();
    if (level == Banner::Level::Information) {
        // Good news need not stay; a problem stays until it is read and closed.
        QPointer<Banner> shown = m_message;
        QTimer::singleShot(8000, this, [shown] {
            if (shown)
                shown->hide();
        });
    }
}

void SchedulePage::openBookingAtCursor()
{
    if (!m_site || !m_newBooking->isEnabled())
        return;
    BookingDialog::Prefill prefill;
    if (!m_timeline->machines().isEmpty()) {
        prefill.equipmentId = m_timeline->machines().at(m_timeline->cursorRow()).id;
        prefill.start = m_timeline->cursorStart();
        prefill.end = prefill.start.addSecs(3600);
    }
    openBookingDialog(prefill);
}

BookingDialog *SchedulePage::openBookingDialog(const BookingDialog::Prefill &prefill)
{
    if (!m_site)
        return nullptr;
    auto *dialog = new BookingDialog(m_context, *m_site, prefill, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BookingDialog::booked, this, [this, dialog] { afterBooking(dialog); });
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_tabs->currentIndex() == TimelineTab)
            m_timeline->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
    return dialog;
}

void SchedulePage::afterBooking(BookingDialog *dialog)
{
    const auto &outcome = dialog->outcome();
    if (!outcome || outcome->created.isEmpty())
        return;
    const Booking &first = outcome->created.first();
    const SiteCalendar calendar(*m_site);
    const QString when = Language::locale().toString(calendar.toLocal(first.start),
                                                     QStringLiteral("ddd d MMM yyyy HH:mm"));
    if (outcome->created.size() == 1)
        showMessage(Banner::Level::Information, tr("Booked for %1.").arg(when));
    else
        showMessage(
            Banner::Level::Information,
            tr("Booked %n date(s) from %1.", nullptr, int(outcome->created.size())).arg(when));
    // Show it where it landed.
    if (first.start < m_timeline->rangeStart() || first.start >= m_timeline->rangeEnd())
        setDate(calendar.localDate(first.start));
    m_timeline->selectBooking(first.meta.id);
}

bool SchedulePage::moveBooking(qint64 bookingId, qint64 equipmentId, const QDateTime &newStart,
                               const QDateTime &newEnd)
{
    // Copies: the arguments may live in the timeline's entries, which the move replaces.
    const QDateTime start = newStart;
    const QDateTime end = newEnd;
    const std::optional<Booking> before = shownBooking(bookingId);
    if (!before)
        return false;
    const bool resized = before->equipmentId == equipmentId && before->start == start;
    const QString text = resized ? tr("change the end of a booking") : tr("move a booking");
    // The command's first redo() is the move: a refused one never lands on the stack.
    std::optional<Error> refused;
    auto *command
        = new MoveBookingCommand(m_context.scheduling(), *before, {equipmentId, start, end}, text,
                                 [&refused](const Error &error) { refused = error; });
    m_undo->push(command);
    if (refused) {
        // Nothing changed, so the timeline still draws it where it was.
        showMessage(Banner::Level::Warning,
                    tr("The booking stays where it was. %1").arg(refused->message));
        m_timeline->viewport()->update();
        return false;
    }
    command->setReport([this](const Error &error) {
        showMessage(Banner::Level::Warning,
                    tr("That step cannot be taken back: %1").arg(error.message));
        // Someone else changed the booking: show it as it is now.
        if (error.kind == Error::Kind::Conflict) {
            reloadTimeline();
            m_list->invalidate();
        }
    });
    const SiteCalendar calendar(*m_site);
    showMessage(
        Banner::Level::Information,
        tr("Moved to %1–%2. Ctrl+Z takes it back.")
            .arg(Language::locale().toString(calendar.toLocal(start),
                                             QStringLiteral("ddd d MMM HH:mm")),
                 Language::locale().toString(calendar.toLocal(end), QStringLiteral("HH:mm"))));
    m_timeline->selectBooking(bookingId);
    return true;
}

std::optional<Booking> SchedulePage::shownBooking(qint64 bookingId)
{
    // The booking as the person sees it: its row version is the one an edit is based on.
    for (const TimelineWidget::Entry &entry : m_timeline->entries())
        if (entry.booking.meta.id == bookingId)
            return entry.booking;
    const int row = m_list->model()->rowOfId(bookingId);
    if (row >= 0)
        return m_list->model()->bookingAt(row);
    auto stored = m_context.scheduling().booking(bookingId);
    if (!stored) {
        showMessage(Banner::Level::Error, stored.error().message);
        return std::nullopt;
    }
    return *stored;
}

void SchedulePage::showBookingMenu(qint64 bookingId, const QPoint &globalPos)
{
    const std::optional<Booking> booking = shownBooking(bookingId);
    if (!booking)
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("bookingMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString member = memberName(booking->memberId);
    menu->addSection(member + QStringLiteral(" · ") + bookingStatusDisplayName(booking->status));
    bool any = false;
    for (int i = 0; i < BookingActions::ActionCount; ++i) {
        const auto action = BookingActions::Action(i);
        if (!canWrite() || !m_context.scheduling().allowed(BookingActions::step(action), *booking))
            continue;
        QAction *a = menu->addAction(BookingActions::text(action));
        a->setObjectName(QStringLiteral("bookingAction%1").arg(i));
        a->setToolTip(BookingActions::tooltip(action));
        connect(a, &QAction::triggered, this,
                [this, action, bookingId] { runAction(action, bookingId); });
        any = true;
    }
    if (!any) {
        QAction *none = menu->addAction(tr("Nothing to do with this booking now"));
        none->setEnabled(false);
    }
    menu->addSeparator();
    QAction *inList = menu->addAction(tr("Show in the &list"));
    connect(inList, &QAction::triggered, this, [this, bookingId] {
        m_tabs->setCurrentIndex(ListTab);
        m_list->reload();
        m_list->selectId(bookingId);
        m_list->table()->setFocus(Qt::OtherFocusReason);
    });
    menu->popup(globalPos);
}

void SchedulePage::runAction(BookingActions::Action action, qint64 bookingId)
{
    if (!canWrite())
        return;
    if (action == BookingActions::Cancel) {
        cancelWithConfirmation(bookingId);
        return;
    }
    const std::optional<Booking> booking = shownBooking(bookingId);
    if (!booking)
        return;
    QString message;
    switch (action) {
    case BookingActions::Confirm:
        message = tr("Booking confirmed.");
        break;
    case BookingActions::CheckIn:
        message = tr("Checked in: the machine is in use.");
        break;
    case BookingActions::CheckOut:
        message = tr("Checked out.");
        break;
    case BookingActions::NoShow:
        message = tr("Marked as a no-show; the time is free again.");
        break;
    case BookingActions::Cancel:
    case BookingActions::ActionCount:
        return;
    }
    const Result<Booking> done = m_context.scheduling().take(BookingActions::step(action),
                                                             bookingId, booking->meta.rowVersion);
    if (!done)
        showMessage(Banner::Level::Warning, done.error().message);
    else
        showMessage(Banner::Level::Information, message);
}

void SchedulePage::cancelWithConfirmation(qint64 bookingId)
{
    const std::optional<Booking> booking = shownBooking(bookingId);
    if (!booking || !m_site)
        return;
    if (auto allowed = m_context.scheduling().allowed(BookingRules::Step::Cancel, *booking);
        !allowed) {
        showMessage(Banner::Level::Warning,
                    tr("This booking cannot be cancelled: %1").arg(allowed.error().message));
        return;
    }
    const SiteCalendar calendar(*m_site);
    const QString member = memberName(booking->memberId);
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Cancel booking"),
        tr("Cancel the booking of %1 on %2?")
            .arg(member,
                 Language::locale().toString(calendar.toLocal(booking->start),
                                             QStringLiteral("dddd d MMMM yyyy, HH:mm"))),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelConfirmation"));
    box->setInformativeText(tr("The time becomes free for others. This cannot be undone."));
    QPushButton *yes = box->addButton(tr("Cancel booking"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 version = booking->meta.rowVersion;
    connect(box, &QMessageBox::finished, this, [this, box, yes, bookingId, version] {
        if (box->clickedButton() != yes)
            return;
        auto cancelled = m_context.scheduling().cancel(bookingId, version);
        if (!cancelled)
            showMessage(Banner::Level::Warning, cancelled.error().message);
        else
            showMessage(Banner::Level::Information, tr("Booking cancelled; the time is free."));
    });
    box->open();
}

void SchedulePage::showInTimeline(qint64 bookingId)
{
    auto booking = m_context.scheduling().booking(bookingId);
    if (!booking || !m_site)
        return;
    if (!holdsTime(booking->status) && !m_showCancelled->isChecked())
        m_showCancelled->setChecked(true);
    m_tabs->setCurrentIndex(TimelineTab);
    setDate(SiteCalendar(*m_site).localDate(booking->start));
    m_timeline->selectBooking(bookingId);
    m_timeline->setFocus(Qt::OtherFocusReason);
}

MaintenanceDialog *SchedulePage::openMaintenanceDialog()
{
    if (!m_site || !isManager() || !canWrite())
        return nullptr;
    qint64 machine = 0;
    if (!m_timeline->machines().isEmpty())
        machine = m_timeline->machines().at(m_timeline->cursorRow()).id;
    auto *dialog
        = new MaintenanceDialog(m_context, *m_site, machine, m_timeline->cursorStart(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto &outcome = dialog->outcome();
        if (!outcome)
            return;
        const int hit = int(outcome->hit.size());
        showMessage(Banner::Level::Information,
                    hit == 0 ? tr("The machine is blocked; no booking was in the way.")
                        : outcome->cancelled
                        ? tr("The machine is blocked; %n booking(s) cancelled.", nullptr, hit)
                        : tr("The machine is blocked; %n booking(s) still stand in that time: "
                             "please talk to the members.",
                             nullptr, hit));
    });
    dialog->open();
    return dialog;
}

FreeSlotDialog *SchedulePage::openFreeSlotDialog()
{
    if (!m_site)
        return nullptr;
    auto *dialog = new FreeSlotDialog(m_context, *m_site, m_timeline->cursorStart(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto slot = dialog->chosen();
        if (!slot)
            return;
        // After this dialog has gone, so that the two are not open at once.
        const BookingDialog::Prefill prefill {slot->equipmentId, slot->start, slot->end, 0};
        QTimer::singleShot(0, this, [this, prefill] { openBookingDialog(prefill); });
    });
    dialog->open();
    return dialog;
}

CalendarExportDialog *SchedulePage::openExportDialog()
{
    if (!m_site)
        return nullptr;
    auto *dialog = new CalendarExportDialog(m_context, *m_site, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showMessage(
            Banner::Level::Information,
            tr("Calendar written to %1.").arg(QDir::toNativeSeparators(dialog->writtenFile())));
        SavedFile::announce(dialog->writtenFile(), tr("The calendar was written."));
    });
    dialog->open();
    return dialog;
}

// --- language ---------------------------------------------------------------------------------

void SchedulePage::retranslateUndo()
{
    m_undoAction->setText(tr("Undo"));
    m_redoAction->setText(tr("Redo"));
    m_undoAction->setToolTip(m_undo->canUndo()
                                 ? tr("Undo: %1 (Ctrl+Z)").arg(m_undo->undoText())
                                 : tr("Takes back the last move or change of end (Ctrl+Z)"));
    m_redoAction->setToolTip(m_undo->canRedo()
                                 ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(m_undo->redoText())
                                 : tr("Makes a step taken back again (Ctrl+Shift+Z)"));
}

void SchedulePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SchedulePage::retranslate()
{
    m_title->setText(tr("Schedule"));
    m_newBooking->setText(tr("&New booking..."));
    m_newBooking->setToolTip(tr("Book machine time for a member at the cursor (Ctrl+N, or Enter "
                                "on a free cell of the timeline)."));
    m_findSlot->setText(tr("Find a free sl&ot..."));
    m_findSlot->setToolTip(tr("The earliest free times of a length on a machine or a kind of "
                              "machine."));
    m_block->setText(tr("&Block machine..."));
    m_block->setToolTip(tr("Block a machine for maintenance; bookings in the way are listed "
                           "first."));
    m_export->setText(tr("E&xport calendar..."));
    m_export->setToolTip(tr("Write the bookings of the site, a machine or a member to an .ics "
                            "file for phones and other calendars."));
    m_tabs->setTabText(TimelineTab, tr("&Timeline"));
    m_tabs->setTabText(ListTab, tr("&List"));
    m_tabs->setTabText(UtilisationTab, tr("&Utilisation"));
    m_dayButton->setText(tr("&Day"));
    m_dayButton->setToolTip(tr("One day, hour by hour"));
    m_weekButton->setText(tr("&Week"));
    m_weekButton->setToolTip(tr("Monday to Sunday"));
    m_previous->setToolTip(tr("Previous day or week (Page Up in the timeline)"));
    m_previous->setAccessibleName(tr("Previous"));
    m_next->setToolTip(tr("Next day or week (Page Down in the timeline)"));
    m_next->setAccessibleName(tr("Next"));
    m_today->setText(tr("Toda&y"));
    m_dateLabel->setText(tr("Go to d&ate:"));
    m_stepLabel->setText(tr("Gr&id:"));
    m_step->setToolTip(tr("The steps the cursor and dragging move in."));
    for (int i = 0; i < m_step->count(); ++i)
        m_step->setItemText(i, DisplayFormat::duration(m_step->itemData(i).toInt()));
    m_showCancelled->setText(tr("Show &cancelled"));
    m_showCancelled->setToolTip(tr("Also show cancelled bookings and no-shows."));
    m_undo->setUndoLimit(50);
    retranslateUndo();
    m_timeline->setAccessibleName(tr("Timeline of machine bookings"));
    m_timeline->setToolTip(QString());
    m_timeline->setWhatsThis(tr("Arrow keys move the cursor, Enter books the cell or opens the "
                                "booking's actions, Alt+arrows move the selected booking, "
                                "Alt+Shift+Left/Right change its end, Delete cancels it, "
                                "Page Up/Down change the day or week."));
    m_cursorInfo->setToolTip(m_timeline->whatsThis());
    if (m_site)
        m_subtitle->setText(tr("%1 · times in %2")
                                .arg(m_site->name, DisplayFormat::timeZoneLabel(m_site->timeZone)));
    updateRangeLabel();
}

void SchedulePage::clearMessages()
{
    m_lastMessage.clear();
    delete m_message;
}

} // namespace Rpb
