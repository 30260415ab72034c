#include "maintenancedialog.h"

#include "displayformat.h"
#include "domain/sitecalendar.h"
#include "services/appcontext.h"
#include "services/language.h"
#include "widgets/quartertimeedit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Rpb {

MaintenanceDialog::MaintenanceDialog(AppContext &context, const Site &site, qint64 equipmentId,
                                     const QDateTime &start, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_site(site)
{
    setObjectName(QStringLiteral("maintenanceDialog"));
    setWindowTitle(tr("Block a machine for maintenance"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    int row = 0;
    auto addRow = [&](const QString &label, QWidget *field, QWidget *buddy) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(buddy);
        grid->addWidget(caption, row, 0);
        grid->addWidget(field, row, 1);
        ++row;
    };

    m_machine = new QComboBox(this);
    m_machine->setObjectName(QStringLiteral("machine"));
    if (auto machines = context.masterData().equipment(site.meta.id, false))
        for (const Equipment &e : *machines)
            if (e.status != EquipmentStatus::Retired)
                m_machine->addItem(e.type.isEmpty() ? e.name : tr("%1 (%2)").arg(e.name, e.type),
                                   e.meta.id);
    m_machine->setCurrentIndex(std::max(0, m_machine->findData(equipmentId)));
    addRow(tr("&Machine:"), m_machine, m_machine);

    const SiteCalendar calendar(site);
    const QDateTime localStart
        = calendar.toLocal(start.isValid() ? start : context.scheduling().now());
    auto makeTime = [this](QDateEdit *&date, QTimeEdit *&time, const QString &name) {
        auto *holder = new QWidget(this);
        auto *h = new QHBoxLayout(holder);
        h->setContentsMargins(0, 0, 0, 0);
        date = new QDateEdit(holder);
        date->setObjectName(name + QStringLiteral("Date"));
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("ddd, ") + DisplayFormat::dateFormat());
        time = new QuarterTimeEdit(holder);
        time->setObjectName(name + QStringLiteral("Time"));
        h->addWidget(date);
        h->addWidget(time);
        h->addStretch(1);
        return holder;
    };
    QWidget *from = makeTime(m_fromDate, m_fromTime, QStringLiteral("from"));
    m_fromDate->setDate(localStart.date());
    m_fromTime->setTime(QTime(localStart.time().hour(), 0));
    addRow(tr("&From:"), from, m_fromDate);
    QWidget *until = makeTime(m_untilDate, m_untilTime, QStringLiteral("until"));
    m_untilDate->setDate(localStart.date());
    m_untilTime->setTime(QTime(localStart.time().hour(), 0).addSecs(4 * 3600));
    addRow(tr("&Until:"), until, m_untilDate);
    auto *zone = new QLabel(
        tr("Local time of the site, %1.").arg(DisplayFormat::timeZoneLabel(site.timeZone)), this);
    zone->setEnabled(false);
    grid->addWidget(zone, row++, 1);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. replace the boiler seal"));
    addRow(tr("&Reason:"), m_reason, m_reason);

    m_hitLabel = new QLabel(this);
    m_hitLabel->setObjectName(QStringLiteral("hitSummary"));
    m_hitLabel->setWordWrap(true);
    layout->addWidget(m_hitLabel);
    m_hitList = new QListWidget(this);
    m_hitList->setObjectName(QStringLiteral("hitBookings"));
    m_hitList->setMinimumHeight(fontMetrics().height() * 6);
    m_hitLabel->setBuddy(m_hitList);
    layout->addWidget(m_hitList, 1);

    m_cancelThem
        = new QRadioButton(tr("&Cancel these bookings (tell the members to book again)"), this);
    m_cancelThem->setObjectName(QStringLiteral("cancelThem"));
    m_leaveThem
        = new QRadioButton(tr("&Leave them booked, flagged for a word with the members"), this);
    m_leaveThem->setObjectName(QStringLiteral("leaveThem"));
    m_cancelThem->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_cancelThem);
    group->addButton(m_leaveThem);
    layout->addWidget(m_cancelThem);
    layout->addWidget(m_leaveThem);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Block machine"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MaintenanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MaintenanceDialog::reject);

    connect(m_machine, &QComboBox::currentIndexChanged, this, &MaintenanceDialog::refreshHits);
    for (QDateEdit *d : {m_fromDate, m_untilDate})
        connect(d, &QDateEdit::dateChanged, this, &MaintenanceDialog::refreshHits);
    for (QTimeEdit *t : {m_fromTime, m_untilTime})
        connect(t, &QTimeEdit::timeChanged, this, &MaintenanceDialog::refreshHits);
    refreshHits();
    m_reason->setFocus();
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 90),
           sizeHint().height());
}

QDateTime MaintenanceDialog::start() const
{
    return SiteCalendar(m_site).fromLocal(m_fromDate->date(), m_fromTime->time());
}

QDateTime MaintenanceDialog::end() const
{
    return SiteCalendar(m_site).fromLocal(m_untilDate->date(), m_untilTime->time());
}

void MaintenanceDialog::refreshHits()
{
    m_hit.clear();
    m_hitList->clear();
    const QDateTime s = start();
    const QDateTime e = end();
    const qint64 machine = m_machine->currentData().toLongLong();
    if (!(s < e) || machine == 0) {
        m_hitLabel->setText(tr("The end must be after the start."));
        m_cancelThem->setEnabled(false);
        m_leaveThem->setEnabled(false);
        return;
    }
    // A booking that began before the window may still run into it.
    auto bookings = m_context.scheduling().bookings(
        m_site.meta.id, s.addSecs(-qint64(m_site.maxBookingMinutes) * 60), e, machine);
    QHash<qint64, QString> members;
    if (auto list = m_context.masterData().members(m_site.meta.id, true))
        for (const Member &m : *list)
            members.insert(m.meta.id, m.name);
    const SiteCalendar calendar(m_site);
    if (bookings) {
        for (const Booking &b : *bookings) {
            if (!(b.start < e && s < b.end))
                continue;
            if (b.status != BookingStatus::Requested && b.status != BookingStatus::Confirmed)
                continue;
            m_hit << b;
            const QString when = Language::locale().toString(calendar.toLocal(b.start),
                                                             QStringLiteral("ddd d MMM yyyy HH:mm"))
                + QChar(0x2013)
                + Language::locale().toString(calendar.toLocal(b.end), QStringLiteral("HH:mm"));
            new QListWidgetItem(
                tr("%1 · %2 (%3)")
                    .arg(when, members.value(b.memberId), bookingStatusDisplayName(b.status)),
                m_hitList);
        }
    }
    m_hitLabel->setText(m_hit.isEmpty()
                            ? tr("No booking falls in this time.")
                            : tr("This time hits %n booking(s):", nullptr, int(m_hit.size())));
    m_hitList->setVisible(!m_hit.isEmpty());
    m_cancelThem->setEnabled(!m_hit.isEmpty());
    m_leaveThem->setEnabled(!m_hit.isEmpty());
}

void MaintenanceDialog::accept()
{
    if (m_outcome) {
        QDialog::accept();
        return;
    }
    refreshHits();
    auto added
        = m_context.scheduling().addMaintenance(m_machine->currentData().toLongLong(), start(),
                                                end(), m_reason->text(), m_cancelThem->isChecked());
    if (!added) {
        m_error->setText(added.error().message);
        m_error->show();
        if (added.error().field == QLatin1String("reason"))
            m_reason->setFocus(Qt::OtherFocusReason);
        else if (added.error().field == QLatin1String("end"))
            m_untilDate->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_outcome = *added;
    QDialog::accept();
}

} // namespace Rpb
