#include "freeslotdialog.h"

#include "displayformat.h"
#include "domain/sitecalendar.h"
#include "services/appcontext.h"
#include "services/language.h"
#include "widgets/quartertimeedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace Rpb {

namespace {
constexpr int MachineRole = Qt::UserRole + 1; // qint64 id, 0 for a type or any
constexpr int TypeRole = Qt::UserRole + 2; // the type, empty for a machine or any
constexpr int MaxSlots = 12;
} // namespace

FreeSlotDialog::FreeSlotDialog(AppContext &context, const Site &site, const QDateTime &from,
                               QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_site(site)
{
    setObjectName(QStringLiteral("freeSlotDialog"));
    setWindowTitle(tr("Find a free slot"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    auto *durationRow = new QWidget(this);
    auto *dh = new QHBoxLayout(durationRow);
    dh->setContentsMargins(0, 0, 0, 0);
    m_duration = new QSpinBox(durationRow);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(std::max(15, site.minBookingMinutes),
                         std::max(15, site.maxBookingMinutes));
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(std::clamp(120, m_duration->minimum(), m_duration->maximum()));
    m_durationText = new QLabel(durationRow);
    m_durationText->setEnabled(false);
    dh->addWidget(m_duration);
    dh->addWidget(m_durationText);
    dh->addStretch(1);
    auto *durationLabel = new QLabel(tr("&Duration:"), this);
    durationLabel->setBuddy(m_duration);
    grid->addWidget(durationLabel, 0, 0);
    grid->addWidget(durationRow, 0, 1);

    m_machine = new QComboBox(this);
    m_machine->setObjectName(QStringLiteral("machine"));
    m_machine->addItem(tr("Any machine"));
    m_machine->setItemData(0, 0, MachineRole);
    if (auto machines = context.masterData().equipment(site.meta.id, false)) {
        std::set<QString> types;
        for (const Equipment &e : *machines)
            if (e.status == EquipmentStatus::Active && !e.type.isEmpty())
                types.insert(e.type);
        for (const QString &type : types) {
            m_machine->addItem(tr("Any %1").arg(type));
            m_machine->setItemData(m_machine->count() - 1, 0, MachineRole);
            m_machine->setItemData(m_machine->count() - 1, type, TypeRole);
        }
        for (const Equipment &e : *machines) {
            if (e.status != EquipmentStatus::Active)
                continue;
            m_machine->addItem(e.name);
            m_machine->setItemData(m_machine->count() - 1, e.meta.id, MachineRole);
        }
    }
    auto *machineLabel = new QLabel(tr("&Machine:"), this);
    machineLabel->setBuddy(m_machine);
    grid->addWidget(machineLabel, 1, 0);
    grid->addWidget(m_machine, 1, 1);

    auto *fromRow = new QWidget(this);
    auto *fh = new QHBoxLayout(fromRow);
    fh->setContentsMargins(0, 0, 0, 0);
    m_fromDate = new QDateEdit(fromRow);
    m_fromDate->setObjectName(QStringLiteral("fromDate"));
    m_fromDate->setCalendarPopup(true);
    m_fromDate->setDisplayFormat(QStringLiteral("ddd, ") + DisplayFormat::dateFormat());
    m_fromTime = new QuarterTimeEdit(fromRow);
    m_fromTime->setObjectName(QStringLiteral("fromTime"));
    fh->addWidget(m_fromDate);
    fh->addWidget(m_fromTime);
    fh->addStretch(1);
    const SiteCalendar calendar(site);
    const QDateTime local = calendar.toLocal(std::max(from, context.scheduling().now()));
    m_fromDate->setDate(local.date());
    m_fromTime->setTime(QTime(local.time().hour(), local.time().minute() / 15 * 15));
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_fromDate);
    grid->addWidget(fromLabel, 2, 0);
    grid->addWidget(fromRow, 2, 1);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("slots"));
    m_results->setRootIsDecorated(false);
    m_results->setAllColumnsShowFocus(true);
    m_results->setUniformRowHeights(true);
    m_results->setHeaderLabels({tr("Day"), tr("Time"), tr("Machine")});
    m_results->header()->setStretchLastSection(true);
    m_results->setMinimumHeight(fontMetrics().height() * 12);
    layout->addWidget(m_results, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_book = buttons->addButton(tr("&Book this slot..."), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(QStringLiteral("book"));
    m_book->setDefault(true);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FreeSlotDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FreeSlotDialog::reject);
    connect(m_results, &QTreeWidget::itemActivated, this, &FreeSlotDialog::accept);

    connect(m_duration, &QSpinBox::valueChanged, this, &FreeSlotDialog::search);
    connect(m_machine, &QComboBox::currentIndexChanged, this, &FreeSlotDialog::search);
    connect(m_fromDate, &QDateEdit::dateChanged, this, &FreeSlotDialog::search);
    connect(m_fromTime, &QTimeEdit::timeChanged, this, &FreeSlotDialog::search);
    search();
    m_duration->setFocus();
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 80),
           sizeHint().height());
}

void FreeSlotDialog::search()
{
    m_durationText->setText(DisplayFormat::duration(m_duration->value()));
    m_results->clear();
    m_slots.clear();
    const SiteCalendar calendar(m_site);
    const QDateTime from = calendar.fromLocal(m_fromDate->date(), m_fromTime->time());
    const qint64 machine = m_machine->currentData(MachineRole).toLongLong();
    const QString type = m_machine->currentData(TypeRole).toString();
    auto found = m_context.scheduling().freeSlots(
        m_site.meta.id, m_duration->value(), from, from.addDays(28),
        machine ? std::optional<qint64>(machine) : std::nullopt, type, MaxSlots);
    if (!found) {
        m_message->setText(found.error().message);
        m_message->show();
        m_book->setEnabled(false);
        return;
    }
    m_slots = *found;
    QHash<qint64, QString> names;
    if (auto machines = m_context.masterData().equipment(m_site.meta.id, true))
        for (const Equipment &e : *machines)
            names.insert(e.meta.id, e.name);
    const QLocale locale = Language::locale();
    for (const SchedulingService::FreeSlot &slot : std::as_const(m_slots)) {
        const QDateTime s = calendar.toLocal(slot.start);
        const QDateTime e = calendar.toLocal(slot.end);
        auto *item = new QTreeWidgetItem(
            m_results,
            {locale.toString(s.date(), QStringLiteral("dddd, ") + DisplayFormat::dateFormat()),
             locale.toString(s, QStringLiteral("HH:mm")) + QChar(0x2013)
                 + locale.toString(e, QStringLiteral("HH:mm")),
             names.value(slot.equipmentId)});
        Q_UNUSED(item)
    }
    m_message->setText(m_slots.isEmpty() ? tr("Nothing free in the four weeks from then. Try a "
                                              "shorter time or another machine.")
                                         : QString());
    m_message->setVisible(m_slots.isEmpty());
    m_book->setEnabled(!m_slots.isEmpty());
    if (!m_slots.isEmpty())
        m_results->setCurrentItem(m_results->topLevelItem(0));
    m_results->resizeColumnToContents(0);
    m_results->resizeColumnToContents(1);
}

void FreeSlotDialog::accept()
{
    const int row = m_results->indexOfTopLevelItem(m_results->currentItem());
    if (row < 0 || row >= m_slots.size())
        return;
    m_chosen = m_slots.at(row);
    QDialog::accept();
}

} // namespace Rpb
