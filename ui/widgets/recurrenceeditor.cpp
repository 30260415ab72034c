#include "recurrenceeditor.h"

#include "displayformat.h"
#include "services/language.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>

namespace Rpb {

namespace {
const std::array<const char *, 7> dayCodes {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
} // namespace

RecurrenceEditor::RecurrenceEditor(QWidget *parent)
    : QWidget(parent)
    , m_start(QDate::currentDate())
{
    setObjectName(QStringLiteral("recurrenceEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *first = new QHBoxLayout;
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("repeatFrequency"));
    for (int i = 0; i < 4; ++i)
        m_frequency->addItem(QString(), i);
    m_everyLabel = new QLabel(this);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("repeatInterval"));
    m_interval->setRange(1, 12);
    m_everyLabel->setBuddy(m_interval);
    m_unitLabel = new QLabel(this);
    first->addWidget(m_frequency);
    first->addWidget(m_everyLabel);
    first->addWidget(m_interval);
    first->addWidget(m_unitLabel);
    first->addStretch(1);
    layout->addLayout(first);

    m_weekRow = new QWidget(this);
    auto *week = new QHBoxLayout(m_weekRow);
    week->setContentsMargins(0, 0, 0, 0);
    week->setSpacing(6);
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(m_weekRow);
        box->setObjectName(QStringLiteral("repeatDay%1").arg(d));
        m_days.at(std::size_t(d - 1)) = box;
        week->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &RecurrenceEditor::emitChanged);
    }
    week->addStretch(1);
    layout->addWidget(m_weekRow);

    m_monthRow = new QWidget(this);
    auto *month = new QHBoxLayout(m_monthRow);
    month->setContentsMargins(0, 0, 0, 0);
    m_byDate = new QRadioButton(m_monthRow);
    m_byDate->setObjectName(QStringLiteral("repeatByDate"));
    m_byWeekday = new QRadioButton(m_monthRow);
    m_byWeekday->setObjectName(QStringLiteral("repeatByWeekday"));
    m_byDate->setChecked(true);
    month->addWidget(m_byDate);
    month->addWidget(m_byWeekday);
    month->addStretch(1);
    layout->addWidget(m_monthRow);

    m_endRow = new QWidget(this);
    auto *end = new QHBoxLayout(m_endRow);
    end->setContentsMargins(0, 0, 0, 0);
    m_endsLabel = new QLabel(m_endRow);
    m_untilChoice = new QRadioButton(m_endRow);
    m_untilChoice->setObjectName(QStringLiteral("repeatUntilChoice"));
    m_until = new QDateEdit(m_endRow);
    m_until->setObjectName(QStringLiteral("repeatUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(DisplayFormat::dateFormat());
    m_countChoice = new QRadioButton(m_endRow);
    m_countChoice->setObjectName(QStringLiteral("repeatCountChoice"));
    m_count = new QSpinBox(m_endRow);
    m_count->setObjectName(QStringLiteral("repeatCount"));
    m_count->setRange(2, 160);
    m_count->setValue(10);
    m_countLabel = new QLabel(m_endRow);
    m_countChoice->setChecked(true);
    end->addWidget(m_endsLabel);
    end->addWidget(m_countChoice);
    end->addWidget(m_count);
    end->addWidget(m_countLabel);
    end->addSpacing(8);
    end->addWidget(m_untilChoice);
    end->addWidget(m_until);
    end->addStretch(1);
    layout->addWidget(m_endRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("repeatSummary"));
    m_summary->setWordWrap(true);
    m_summary->setEnabled(false);
    layout->addWidget(m_summary);

    auto *monthGroup = new QButtonGroup(this);
    monthGroup->addButton(m_byDate);
    monthGroup->addButton(m_byWeekday);
    auto *endGroup = new QButtonGroup(this);
    endGroup->addButton(m_countChoice);
    endGroup->addButton(m_untilChoice);

    connect(m_frequency, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emitChanged();
    });
    connect(m_interval, &QSpinBox::valueChanged, this, &RecurrenceEditor::emitChanged);
    connect(m_byDate, &QRadioButton::toggled, this, &RecurrenceEditor::emitChanged);
    connect(m_untilChoice, &QRadioButton::toggled, this, [this] {
        m_until->setEnabled(m_untilChoice->isChecked());
        m_count->setEnabled(m_countChoice->isChecked());
        emitChanged();
    });
    connect(m_until, &QDateEdit::dateChanged, this, [this] {
        m_untilTouched = true;
        emitChanged();
    });
    connect(m_count, &QSpinBox::valueChanged, this, &RecurrenceEditor::emitChanged);
    m_until->setEnabled(false);

    setStartDate(m_start);
    retranslate();
    updateVisibility();
}

void RecurrenceEditor::setStartDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const QDate old = m_start;
    m_start = date;
    {
        // The weekday of the first date is always part of a weekly series.
        const QSignalBlocker blocker(this);
        if (old.isValid() && old != date)
            m_days.at(std::size_t(old.dayOfWeek() - 1))->setChecked(false);
        m_days.at(std::size_t(date.dayOfWeek() - 1))->setChecked(true);
        const QSignalBlocker untilBlocker(m_until);
        m_until->setMinimumDate(date);
        if (!m_untilTouched)
            m_until->setDate(date.addMonths(3));
    }
    retranslate();
    emitChanged();
}

void RecurrenceEditor::setFrequency(Frequency frequency)
{
    m_frequency->setCurrentIndex(int(frequency));
}

RecurrenceEditor::Frequency RecurrenceEditor::frequency() const
{
    return Frequency(m_frequency->currentIndex());
}

int RecurrenceEditor::weekOfMonth() const
{
    const int week = (m_start.day() - 1) / 7 + 1;
    return week >= 5 ? -1 : week;
}

QString RecurrenceEditor::ordinal(int week) const
{
    switch (week) {
    case 1:
        return tr("first");
    case 2:
        return tr("second");
    case 3:
        return tr("third");
    case 4:
        return tr("fourth");
    default:
        return tr("last");
    }
}

QString RecurrenceEditor::rrule() const
{
    QStringList parts;
    switch (frequency()) {
    case None:
        return {};
    case Daily:
        parts << QStringLiteral("FREQ=DAILY");
        break;
    case Weekly: {
        parts << QStringLiteral("FREQ=WEEKLY");
        QStringList days;
        for (int d = 0; d < 7; ++d)
            if (m_days.at(std::size_t(d))->isChecked())
                days << QLatin1String(dayCodes.at(std::size_t(d)));
        if (days.isEmpty())
            days << QLatin1String(dayCodes.at(std::size_t(m_start.dayOfWeek() - 1)));
        parts << QStringLiteral("BYDAY=") + days.join(QLatin1Char(','));
        break;
    }
    case Monthly:
        parts << QStringLiteral("FREQ=MONTHLY");
        if (m_byWeekday->isChecked())
            parts << QStringLiteral("BYDAY=%1%2")
                         .arg(weekOfMonth())
                         .arg(QLatin1String(dayCodes.at(std::size_t(m_start.dayOfWeek() - 1))));
        else
            parts << QStringLiteral("BYMONTHDAY=%1").arg(m_start.day());
        break;
    }
    if (m_interval->value() > 1)
        parts << QStringLiteral("INTERVAL=%1").arg(m_interval->value());
    if (m_untilChoice->isChecked())
        // Floating local time: the series is expanded in the site's zone (RFC 5545 3.3.10).
        parts << QStringLiteral("UNTIL=%1T235959")
                     .arg(m_until->date().toString(QStringLiteral("yyyyMMdd")));
    else
        parts << QStringLiteral("COUNT=%1").arg(m_count->value());
    return parts.join(QLatin1Char(';'));
}

QString RecurrenceEditor::summary() const
{
    const int n = m_interval->value();
    QString what;
    switch (frequency()) {
    case None:
        return tr("Once");
    case Daily:
        what = n > 1 ? tr("Every %n days", nullptr, n) : tr("Every day");
        break;
    case Weekly: {
        QStringList days;
        for (int d = 1; d <= 7; ++d)
            if (m_days.at(std::size_t(d - 1))->isChecked())
                days << DisplayFormat::dayName(d);
        what = (n > 1 ? tr("Every %n weeks", nullptr, n) : tr("Every week")) + QLatin1Char(' ')
            + tr("on %1").arg(days.join(QStringLiteral(", ")));
        break;
    }
    case Monthly:
        what = n > 1 ? tr("Every %n months", nullptr, n) : tr("Every month");
        what += QLatin1Char(' ')
            + (m_byWeekday->isChecked()
                   ? tr("on the %1 %2")
                         .arg(ordinal(weekOfMonth()),
                              Language::locale().dayName(m_start.dayOfWeek(), QLocale::LongFormat))
                   : tr("on day %1").arg(m_start.day()));
        break;
    }
    if (m_untilChoice->isChecked())
        return tr("%1, until %2").arg(what, DisplayFormat::date(m_until->date()));
    return tr("%1, %n times", nullptr, m_count->value()).arg(what);
}

void RecurrenceEditor::updateVisibility()
{
    const Frequency f = frequency();
    m_everyLabel->setVisible(f != None);
    m_interval->setVisible(f != None);
    m_unitLabel->setVisible(f != None);
    m_weekRow->setVisible(f == Weekly);
    m_monthRow->setVisible(f == Monthly);
    m_endRow->setVisible(f != None);
    m_summary->setVisible(f != None);
    retranslate();
}

void RecurrenceEditor::emitChanged()
{
    m_summary->setText(summary());
    Q_EMIT changed();
}

void RecurrenceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecurrenceEditor::retranslate()
{
    m_frequency->setItemText(None, tr("Does not repeat"));
    m_frequency->setItemText(Daily, tr("Daily"));
    m_frequency->setItemText(Weekly, tr("Weekly"));
    m_frequency->setItemText(Monthly, tr("Monthly"));
    m_everyLabel->setText(tr("every"));
    const int n = m_interval->value();
    switch (frequency()) {
    case Daily:
        m_unitLabel->setText(tr("day(s)", nullptr, n));
        break;
    case Weekly:
        m_unitLabel->setText(tr("week(s)", nullptr, n));
        break;
    default:
        m_unitLabel->setText(tr("month(s)", nullptr, n));
        break;
    }
    for (int d = 1; d <= 7; ++d)
        m_days.at(std::size_t(d - 1))->setText(DisplayFormat::dayName(d));
    m_byDate->setText(tr("on day %1").arg(m_start.day()));
    m_byWeekday->setText(
        tr("on the %1 %2")
            .arg(ordinal(weekOfMonth()),
                 Language::locale().dayName(m_start.dayOfWeek(), QLocale::LongFormat)));
    m_endsLabel->setText(tr("Ends:"));
    m_countChoice->setText(tr("after"));
    m_countLabel->setText(tr("times"));
    m_untilChoice->setText(tr("on"));
    m_summary->setText(summary());
}

} // namespace Rpb
