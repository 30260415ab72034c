#include "bookingdialog.h"

#include "displayformat.h"
#include "domain/permissions.h"
#include "domain/sitecalendar.h"
#include "services/appcontext.h"
#include "services/language.h"
#include "widgets/quartertimeedit.h"
#include "widgets/recurrenceeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace Rpb {

namespace {
constexpr int SlotMachineRole = Qt::UserRole + 1;
constexpr int SlotStartRole = Qt::UserRole + 2;
constexpr int SlotEndRole = Qt::UserRole + 3;
} // namespace

BookingDialog::BookingDialog(AppContext &context, const Site &site, const Prefill &prefill,
                             QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_site(site)
{
    setObjectName(QStringLiteral("bookingDialog"));
    setWindowTitle(tr("New booking"));
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    columns->addLayout(form, 3);
    int row = 0;
    auto addRow = [&](const QString &label, QWidget *field, QWidget *buddy = nullptr) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(buddy ? buddy : field);
        form->addWidget(caption, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        form->addWidget(field, row, 1);
        ++row;
        return caption;
    };

    m_machine = new QComboBox(this);
    m_machine->setObjectName(QStringLiteral("machine"));
    addRow(tr("&Machine:"), m_machine);

    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("member"));
    m_member->setEditable(true);
    m_member->setInsertPolicy(QComboBox::NoInsert);
    m_member->lineEdit()->setPlaceholderText(tr("Type part of the name or code"));
    addRow(tr("M&ember:"), m_member);

    m_operator = new QLabel(this);
    m_operator->setObjectName(QStringLiteral("operator"));
    const Actor &actor = m_context.actor();
    m_operator->setText(tr("%1 (%2)").arg(actor.name, Permissions::roleDisplayName(actor.role)));
    m_operator->setToolTip(tr("Bookings are made in the name of the signed-in account."));
    addRow(tr("Booked by:"), m_operator);

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd, ") + DisplayFormat::dateFormat());
    addRow(tr("&Date:"), m_date);

    auto *times = new QWidget(this);
    auto *timesLayout = new QHBoxLayout(times);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    m_from = new QuarterTimeEdit(times);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QuarterTimeEdit(times);
    m_to->setObjectName(QStringLiteral("to"));
    auto *toLabel = new QLabel(tr("&to"), times);
    toLabel->setBuddy(m_to);
    auto *durationLabel = new QLabel(tr("D&uration:"), times);
    m_duration = new QSpinBox(times);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(15, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setAccelerated(true);
    durationLabel->setBuddy(m_duration);
    m_durationText = new QLabel(times);
    m_durationText->setEnabled(false);
    timesLayout->addWidget(m_from);
    timesLayout->addWidget(toLabel);
    timesLayout->addWidget(m_to);
    timesLayout->addSpacing(12);
    timesLayout->addWidget(durationLabel);
    timesLayout->addWidget(m_duration);
    timesLayout->addWidget(m_durationText);
    timesLayout->addStretch(1);
    addRow(tr("&From:"), times, m_from);

    auto *zone = new QLabel(
        tr("Times are the site's local time, %1.").arg(DisplayFormat::timeZoneLabel(site.timeZone)),
        this);
    zone->setEnabled(false);
    form->addWidget(zone, row++, 1);

    m_productLine = new QComboBox(this);
    m_productLine->setObjectName(QStringLiteral("productLine"));
    addRow(tr("Product &line:"), m_productLine);

    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->setMaxLength(500);
    m_purpose->setPlaceholderText(tr("e.g. distil 200 kg of patchouli leaves"));
    addRow(tr("&Purpose:"), m_purpose);

    m_repeat = new RecurrenceEditor(this);
    addRow(tr("&Repeat:"), m_repeat, m_repeat->frequencyBox())->setAlignment(Qt::AlignTop);
    form->itemAtPosition(row - 1, 0)->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_skip = new QCheckBox(tr("Book the free dates and s&kip the rest"), this);
    m_skip->setObjectName(QStringLiteral("skipConflicts"));
    m_skip->setToolTip(tr("For a series: dates that clash are left out and listed after "
                          "saving; without this, one clash stops the whole series."));
    form->addWidget(m_skip, row++, 1);
    form->setRowStretch(row, 1);

    // Availability, beside the form so that it is seen while typing.
    auto *panel = new QGroupBox(tr("Availability"), this);
    panel->setObjectName(QStringLiteral("availability"));
    auto *panelLayout = new QVBoxLayout(panel);
    m_status = new QLabel(panel);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    panelLayout->addWidget(m_status);
    m_clashes = new QListWidget(panel);
    m_clashes->setObjectName(QStringLiteral("clashes"));
    m_clashes->setWordWrap(true);
    m_clashes->setFocusPolicy(Qt::NoFocus);
    m_clashes->setSelectionMode(QAbstractItemView::NoSelection);
    m_clashes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelLayout->addWidget(m_clashes, 2);
    m_slotsLabel = new QLabel(tr("Next free &slots (click one, or Enter, to use it):"), panel);
    m_slotsLabel->setWordWrap(true);
    panelLayout->addWidget(m_slotsLabel);
    m_slots = new QListWidget(panel);
    m_slots->setObjectName(QStringLiteral("freeSlots"));
    m_slotsLabel->setBuddy(m_slots);
    panelLayout->addWidget(m_slots, 1);
    // Takes the room only while both lists are hidden, so the message stays at the top.
    panelLayout->addStretch(0);
    panel->setMinimumWidth(fontMetrics().averageCharWidth() * 54);
    m_slots->setWordWrap(true);
    m_slots->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    columns->addWidget(panel, 2);

    m_buttons = new QDialogButtonBox(this);
    m_save = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    m_cancel = m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BookingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BookingDialog::reject);

    m_form = {m_machine,  m_member,      m_date,    m_from,   m_to,
              m_duration, m_productLine, m_purpose, m_repeat, m_skip};

    fillMachines(prefill.equipmentId);
    fillMembers(prefill.memberId);
    fillProductLines();
    // Wider than the site allows, so that the field shows what was typed and the check says
    // why it is too short or too long.
    m_duration->setToolTip(tr("At this site a booking lasts from %1 to %2.")
                               .arg(DisplayFormat::duration(site.minBookingMinutes),
                                    DisplayFormat::duration(site.maxBookingMinutes)));
    const SiteCalendar calendar(site);
    QDateTime start = prefill.start;
    QDateTime end = prefill.end;
    if (!start.isValid()) {
        start = calendar.fromLocal(calendar.localDate(m_context.scheduling().now()).addDays(1),
                                   QTime(0, 0).addSecs(site.openMinute * 60));
        end = start.addSecs(3600);
    }
    if (!end.isValid() || end <= start)
        end = start.addSecs(3600);
    setTimes(start, end);
    m_repeat->setStartDate(m_date->date());

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(250);
    connect(&m_checkTimer, &QTimer::timeout, this, &BookingDialog::runCheck);
    connect(m_machine, &QComboBox::currentIndexChanged, this, [this] {
        fillProductLines();
        edited();
    });
    connect(m_member, &QComboBox::currentTextChanged, this, &BookingDialog::edited);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        m_repeat->setStartDate(date);
        edited();
    });
    connect(m_from, &QTimeEdit::timeChanged, this, &BookingDialog::fromChanged);
    connect(m_to, &QTimeEdit::timeChanged, this, &BookingDialog::toChanged);
    connect(m_duration, &QSpinBox::valueChanged, this, &BookingDialog::durationChanged);
    connect(m_repeat, &RecurrenceEditor::changed, this, [this] {
        m_skip->setEnabled(m_repeat->repeats());
        edited();
    });
    connect(m_skip, &QCheckBox::toggled, this, &BookingDialog::edited);
    connect(m_slots, &QListWidget::itemActivated, this, &BookingDialog::useSlot);
    connect(m_slots, &QListWidget::itemClicked, this, &BookingDialog::useSlot);
    m_skip->setEnabled(false);

    setStatus(Tone::Neutral, QString());
    m_slotsLabel->hide();
    m_slots->hide();
    // The member is what a person types first when the time came from the timeline.
    (prefill.memberId ? static_cast<QWidget *>(m_purpose) : m_member)->setFocus();
    runCheck();

    // Room for the form and the availability side by side, within a 1366x768 screen.
    const QFontMetrics fm(font());
    QSize size(std::max(sizeHint().width(), fm.averageCharWidth() * 150),
               std::max(sizeHint().height(), fm.height() * 32));
    if (const QScreen *screen = parent ? parent->screen() : nullptr)
        size = size.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(size);
}

void BookingDialog::fillMachines(qint64 selected)
{
    m_machine->clear();
    auto machines = m_context.masterData().equipment(m_site.meta.id, false);
    if (!machines)
        return;
    for (const Equipment &e : *machines) {
        if (e.status == EquipmentStatus::Retired)
            continue;
        QString label = e.type.isEmpty() ? e.name : tr("%1 (%2)").arg(e.name, e.type);
        if (e.status == EquipmentStatus::Maintenance)
            label += QStringLiteral(" · ") + equipmentStatusDisplayName(e.status);
        m_machine->addItem(label, e.meta.id);
    }
    const int index = m_machine->findData(selected);
    m_machine->setCurrentIndex(index >= 0 ? index : 0);
}

void BookingDialog::fillMembers(qint64 selected)
{
    m_member->clear();
    auto members = m_context.masterData().members(m_site.meta.id, false);
    if (members) {
        for (const Member &m : *members)
            m_member->addItem(DisplayFormat::record(m.name, m.code), m.meta.id);
    }
    auto *completer = new QCompleter(m_member->model(), m_member);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_member->setCompleter(completer);
    const int index = selected ? m_member->findData(selected) : -1;
    m_member->setCurrentIndex(index);
    if (index < 0)
        m_member->setEditText(QString());
}

qint64 BookingDialog::memberId() const
{
    const QString text = m_member->currentText().trimmed();
    if (text.isEmpty())
        return 0;
    const int exact = m_member->findText(text, Qt::MatchFixedString);
    if (exact >= 0)
        return m_member->itemData(exact).toLongLong();
    // Part of a name or code is enough when it names one member only.
    qint64 found = 0;
    for (int i = 0; i < m_member->count(); ++i) {
        if (!m_member->itemText(i).contains(text, Qt::CaseInsensitive))
            continue;
        if (found)
            return 0;
        found = m_member->itemData(i).toLongLong();
    }
    return found;
}

void BookingDialog::fillProductLines()
{
    const QVariant previous = m_productLine->currentData();
    m_productLine->clear();
    m_productLine->addItem(tr("(none)"), QVariant());
    auto lines = m_context.masterData().productLines(m_site.meta.id, false);
    if (!lines)
        return;
    QList<qint64> served;
    if (auto machine = m_context.masterData().get<Equipment>(m_machine->currentData().toLongLong()))
        served = machine->productLineIds;
    for (const ProductLine &line : *lines) {
        // Only what the machine serves; a machine linked to none may serve any.
        if (!served.isEmpty() && !served.contains(line.meta.id))
            continue;
        m_productLine->addItem(line.name, line.meta.id);
    }
    // A machine that serves one line: that line, unless the person chose another before.
    const int index = previous.isValid() ? m_productLine->findData(previous) : -1;
    m_productLine->setCurrentIndex(index >= 0 ? index : (m_productLine->count() == 2 ? 1 : 0));
}

void BookingDialog::setTimes(const QDateTime &start, const QDateTime &end)
{
    const SiteCalendar calendar(m_site);
    m_syncing = true;
    const QDateTime localStart = calendar.toLocal(start);
    const QDateTime localEnd = calendar.toLocal(end);
    m_date->setDate(localStart.date());
    m_from->setTime(localStart.time());
    m_to->setTime(localEnd.time());
    m_duration->setValue(int(start.secsTo(end) / 60));
    m_syncing = false;
    updateDurationText();
}

void BookingDialog::fromChanged()
{
    if (m_syncing)
        return;
    // The length stays; the end moves with the start.
    m_syncing = true;
    m_to->setTime(m_from->time().addSecs(m_duration->value() * 60));
    m_syncing = false;
    edited();
}

void BookingDialog::toChanged()
{
    if (m_syncing)
        return;
    int minutes = m_from->time().secsTo(m_to->time()) / 60;
    if (minutes <= 0)
        minutes += 24 * 60;
    m_syncing = true;
    m_duration->setValue(minutes);
    m_syncing = false;
    updateDurationText();
    edited();
}

void BookingDialog::durationChanged()
{
    updateDurationText();
    if (m_syncing)
        return;
    m_syncing = true;
    m_to->setTime(m_from->time().addSecs(m_duration->value() * 60));
    m_syncing = false;
    edited();
}

void BookingDialog::updateDurationText()
{
    m_durationText->setText(DisplayFormat::duration(m_duration->value()));
}

SchedulingService::Request BookingDialog::request() const
{
    const SiteCalendar calendar(m_site);
    SchedulingService::Request r;
    r.equipmentId = m_machine->currentData().toLongLong();
    r.memberId = memberId();
    r.start = calendar.fromLocal(m_date->date(), m_from->time());
    r.end = r.start.addSecs(qint64(m_duration->value()) * 60);
    if (m_productLine->currentData().isValid())
        r.productLineId = m_productLine->currentData().toLongLong();
    r.purpose = m_purpose->text().trimmed();
    r.rrule = m_repeat->rrule();
    r.skipConflicts = m_repeat->repeats() && m_skip->isChecked();
    return r;
}

void BookingDialog::edited()
{
    if (m_outcome)
        return;
    m_checkTimer.start();
}

void BookingDialog::checkNow()
{
    m_checkTimer.stop();
    runCheck();
}

QString BookingDialog::dateTimeText(const QDateTime &utc) const
{
    return Language::locale().toString(SiteCalendar(m_site).toLocal(utc),
                                       QStringLiteral("ddd d MMM yyyy HH:mm"));
}

QString BookingDialog::rangeText(const QDateTime &start, const QDateTime &end) const
{
    return dateTimeText(start) + QChar(0x2013)
        + Language::locale().toString(SiteCalendar(m_site).toLocal(end), QStringLiteral("HH:mm"));
}

void BookingDialog::setStatus(Tone tone, const QString &text)
{
    const char *colours[] = {"#f3f3f3; border-left: 4px solid #8a8a8a; color: #1a1a1a",
                             "#e6f4ea; border-left: 4px solid #1e7b3c; color: #0b3d1b",
                             "#fde7e9; border-left: 4px solid #c42b1c; color: #5c0f08"};
    m_status->setStyleSheet(QStringLiteral("QLabel#checkStatus { background: %1; padding: 6px; "
                                           "border-radius: 3px; }")
                                .arg(QLatin1String(colours[int(tone)])));
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void BookingDialog::runCheck()
{
    m_clashes->clear();
    m_clashMessages.clear();
    m_slots->clear();
    m_slotsLabel->hide();
    m_slots->hide();
    if (m_machine->count() == 0) {
        setStatus(Tone::Bad, tr("This site has no machine that can be booked."));
        return;
    }
    if (memberId() == 0) {
        setStatus(Tone::Neutral, tr("Choose the member to see whether the time is free."));
        m_clashes->hide();
        return;
    }
    m_clashes->show();
    const SchedulingService::Request r = request();
    auto result = m_context.scheduling().check(r);
    if (!result) {
        setStatus(Tone::Bad, result.error().message);
        m_clashMessages << result.error().message;
        showFreeSlots();
        return;
    }
    if (result->isEmpty()) {
        setStatus(Tone::Good,
                  m_repeat->repeats() ? tr("Every date of the series is free.")
                                      : tr("The time is free."));
        m_clashes->hide();
        return;
    }
    const bool series = m_repeat->repeats();
    QList<QDateTime> dates;
    for (const SchedulingService::Clash &clash : *result) {
        m_clashMessages << clash.message;
        if (!dates.contains(clash.start))
            dates << clash.start;
        auto *item = new QListWidgetItem(clash.message, m_clashes);
        const bool rule = clash.kind == SchedulingService::Clash::Kind::Rule
            || clash.kind == SchedulingService::Clash::Kind::Closed
            || clash.kind == SchedulingService::Clash::Kind::Quota;
        item->setIcon(style()->standardIcon(rule ? QStyle::SP_MessageBoxInformation
                                                 : QStyle::SP_MessageBoxWarning));
        item->setToolTip(clash.message);
    }
    if (series)
        setStatus(Tone::Bad,
                  m_skip->isChecked()
                      ? tr("%n date(s) of the series are not free; they will be "
                           "skipped.",
                           nullptr, int(dates.size()))
                      : tr("%n date(s) of the series are not free. Choose another time, "
                           "or tick \"skip the rest\" to book the free dates only.",
                           nullptr, int(dates.size())));
    else
        setStatus(Tone::Bad, clashHeading(*result));
    showFreeSlots();
}

QString BookingDialog::clashHeading(const QList<SchedulingService::Clash> &clashes)
{
    // The heading names the reason when there is one; the list below gives the details.
    using Kind = SchedulingService::Clash::Kind;
    QSet<Kind> kinds;
    for (const SchedulingService::Clash &clash : clashes)
        kinds.insert(clash.kind);
    if (kinds.size() != 1)
        return tr("This time cannot be booked:");
    switch (*kinds.cbegin()) {
    case Kind::Booking:
        return tr("The machine is already booked at this time:");
    case Kind::Maintenance:
        return tr("The machine is blocked for maintenance at this time:");
    case Kind::Closed:
        return tr("The site is closed at this time:");
    case Kind::Quota:
        return tr("This booking would go over the member's weekly hours:");
    case Kind::Rule:
        break;
    }
    return tr("This time breaks a booking rule of the site:");
}

void BookingDialog::showFreeSlots()
{
    const int minutes = m_duration->value();
    if (minutes < m_site.minBookingMinutes || minutes > m_site.maxBookingMinutes)
        return;
    auto machine = m_context.masterData().get<Equipment>(m_machine->currentData().toLongLong());
    if (!machine)
        return;
    const QDateTime from = std::max(m_context.scheduling().now(),
                                    SiteCalendar(m_site).fromLocal(m_date->date(), QTime(0, 0)));
    // The same kind of machine will do as well as this one.
    auto slots = m_context.scheduling().freeSlots(m_site.meta.id, minutes, from, from.addDays(14),
                                                  std::nullopt, machine->type, 6, memberId());
    if (!slots || slots->isEmpty())
        return;
    QHash<qint64, QString> names;
    if (auto machines = m_context.masterData().equipment(m_site.meta.id, false))
        for (const Equipment &e : *machines)
            names.insert(e.meta.id, e.name);
    const SiteCalendar calendar(m_site);
    for (const SchedulingService::FreeSlot &slot : *slots) {
        // The year goes without saying within a fortnight.
        const QString when = Language::locale().toString(calendar.toLocal(slot.start),
                                                         QStringLiteral("ddd d MMM  HH:mm"))
            + QChar(0x2013)
            + Language::locale().toString(calendar.toLocal(slot.end), QStringLiteral("HH:mm"));
        auto *item
            = new QListWidgetItem(tr("%1 · %2").arg(when, names.value(slot.equipmentId)), m_slots);
        item->setToolTip(rangeText(slot.start, slot.end));
        item->setData(SlotMachineRole, slot.equipmentId);
        item->setData(SlotStartRole, slot.start);
        item->setData(SlotEndRole, slot.end);
    }
    m_slots->setCurrentRow(0);
    m_slotsLabel->show();
    m_slots->show();
}

void BookingDialog::useSlot(QListWidgetItem *item)
{
    if (!item)
        return;
    const int index = m_machine->findData(item->data(SlotMachineRole));
    if (index >= 0)
        m_machine->setCurrentIndex(index);
    setTimes(item->data(SlotStartRole).toDateTime(), item->data(SlotEndRole).toDateTime());
    checkNow();
}

void BookingDialog::focusField(const QString &field)
{
    QWidget *target = nullptr;
    if (field == QLatin1String("equipment"))
        target = m_machine;
    else if (field == QLatin1String("member"))
        target = m_member;
    else if (field == QLatin1String("start"))
        target = m_from;
    else if (field == QLatin1String("end"))
        target = m_duration;
    else if (field == QLatin1String("repeat"))
        target = m_repeat->frequencyBox();
    else if (field == QLatin1String("purpose"))
        target = m_purpose;
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

void BookingDialog::accept()
{
    if (m_outcome) {
        QDialog::accept();
        return;
    }
    m_checkTimer.stop();
    const SchedulingService::Request r = request();
    if (r.memberId == 0) {
        setStatus(Tone::Bad, tr("Choose the member the booking is for."));
        m_member->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto result = m_context.scheduling().book(r);
    if (!result) {
        // Show why, with the clashes and the free slots the dry run finds.
        runCheck();
        setStatus(Tone::Bad, result.error().message);
        focusField(result.error().field);
        return;
    }
    m_outcome = *result;
    Q_EMIT booked();
    if (result->skipped.isEmpty()) {
        QDialog::accept();
        return;
    }
    showResult(*result);
}

void BookingDialog::showResult(const SchedulingService::Outcome &outcome)
{
    // The series is stored; what remains is to say which dates were left out.
    for (QWidget *w : std::as_const(m_form))
        w->setEnabled(false);
    setWindowTitle(tr("Booking saved"));
    setStatus(Tone::Good,
              tr("Booked %n date(s).", nullptr, int(outcome.created.size())) + QLatin1Char(' ')
                  + tr("%n date(s) skipped:", nullptr, int(outcome.skipped.size())));
    m_clashes->clear();
    m_clashMessages.clear();
    m_clashes->show();
    for (const SchedulingService::Clash &clash : outcome.skipped) {
        auto *item = new QListWidgetItem(
            tr("%1: %2").arg(rangeText(clash.start, clash.end), clash.message), m_clashes);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
        m_clashMessages << clash.message;
    }
    m_slots->clear();
    m_slots->hide();
    m_slotsLabel->hide();
    m_save->setText(tr("&Close"));
    m_cancel->hide();
    m_save->setFocus(Qt::OtherFocusReason);
}

} // namespace Rpb
