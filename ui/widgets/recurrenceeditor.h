#pragma once

#include <QDate>
#include <QWidget>

#include <array>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace Rpb {

// How a booking repeats, in words a person chooses (daily, weekly on chosen days, monthly on a
// date or on the nth weekday; until a date or a number of times), turned into an RFC 5545
// RRULE. The rule is expanded in the site's local time, so UNTIL is a local date-time.
class RecurrenceEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecurrenceEditor)
public:
    enum Frequency { None, Daily, Weekly, Monthly };

    explicit RecurrenceEditor(QWidget *parent = nullptr);

    // The date of the first occurrence: the default weekday and the monthly choices follow it.
    void setStartDate(const QDate &date);
    void setFrequency(Frequency frequency);
    Frequency frequency() const;
    bool repeats() const { return frequency() != None; }
    // Empty when the booking does not repeat.
    QString rrule() const;
    QString summary() const;

    QComboBox *frequencyBox() const { return m_frequency; }
    QSpinBox *intervalBox() const { return m_interval; }
    QCheckBox *dayBox(int isoDayOfWeek) const { return m_days.at(std::size_t(isoDayOfWeek - 1)); }
    QRadioButton *monthlyByDate() const { return m_byDate; }
    QRadioButton *monthlyByWeekday() const { return m_byWeekday; }
    QRadioButton *endsOnDate() const { return m_untilChoice; }
    QRadioButton *endsAfterCount() const { return m_countChoice; }
    QDateEdit *untilEdit() const { return m_until; }
    QSpinBox *countBox() const { return m_count; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateVisibility();
    void emitChanged();
    int weekOfMonth() const; // 1..4, or -1 for the last such weekday of the month
    QString ordinal(int week) const;

    QDate m_start;
    QComboBox *m_frequency = nullptr;
    QLabel *m_everyLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_unitLabel = nullptr;
    QWidget *m_weekRow = nullptr;
    std::array<QCheckBox *, 7> m_days {};
    QWidget *m_monthRow = nullptr;
    QRadioButton *m_byDate = nullptr;
    QRadioButton *m_byWeekday = nullptr;
    QWidget *m_endRow = nullptr;
    QLabel *m_endsLabel = nullptr;
    QRadioButton *m_untilChoice = nullptr;
    QDateEdit *m_until = nullptr;
    QRadioButton *m_countChoice = nullptr;
    QSpinBox *m_count = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_summary = nullptr;
    bool m_untilTouched = false;
};

} // namespace Rpb
