#pragma once

#include "domain/site.h"
#include "services/schedulingservice.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace Rpb {

class AppContext;
class RecurrenceEditor;

// Books machine time for a member, once or as a series. While the person edits, the service's
// dry run shows what the time clashes with and offers the next free slots; nothing is written
// until Save, and then in one transaction. Times are typed in the site's local time.
class BookingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingDialog)
public:
    struct Prefill
    {
        qint64 equipmentId = 0;
        QDateTime start; // UTC
        QDateTime end;
        qint64 memberId = 0;
    };

    BookingDialog(AppContext &context, const Site &site, const Prefill &prefill,
                  QWidget *parent = nullptr);

    SchedulingService::Request request() const;
    qint64 memberId() const;
    // The dry run now rather than after the pause in typing.
    void checkNow();
    QStringList clashMessages() const { return m_clashMessages; }
    // Set once the booking is stored.
    const std::optional<SchedulingService::Outcome> &outcome() const { return m_outcome; }

    QComboBox *machineBox() const { return m_machine; }
    QComboBox *memberBox() const { return m_member; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *fromEdit() const { return m_from; }
    QTimeEdit *toEdit() const { return m_to; }
    QSpinBox *durationBox() const { return m_duration; }
    QComboBox *productLineBox() const { return m_productLine; }
    QLineEdit *purposeEdit() const { return m_purpose; }
    RecurrenceEditor *recurrence() const { return m_repeat; }
    QCheckBox *skipBox() const { return m_skip; }
    QListWidget *clashList() const { return m_clashes; }
    QListWidget *freeSlotList() const { return m_slots; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }

    void accept() override;

Q_SIGNALS:
    void booked();

private:
    enum class Tone { Neutral, Good, Bad };

    void fillMachines(qint64 selected);
    void fillMembers(qint64 selected);
    void fillProductLines();
    void setTimes(const QDateTime &start, const QDateTime &end);
    void fromChanged();
    void toChanged();
    void durationChanged();
    void edited();
    void runCheck();
    void showFreeSlots();
    static QString clashHeading(const QList<SchedulingService::Clash> &clashes);
    void useSlot(QListWidgetItem *item);
    void setStatus(Tone tone, const QString &text);
    void focusField(const QString &field);
    void showResult(const SchedulingService::Outcome &outcome);
    QString dateTimeText(const QDateTime &utc) const;
    QString rangeText(const QDateTime &start, const QDateTime &end) const;
    void updateDurationText();

    AppContext &m_context;
    Site m_site;
    QTimer m_checkTimer;
    bool m_syncing = false;
    std::optional<SchedulingService::Outcome> m_outcome;
    QStringList m_clashMessages;

    QComboBox *m_machine = nullptr;
    QComboBox *m_member = nullptr;
    QLabel *m_operator = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QSpinBox *m_duration = nullptr;
    QLabel *m_durationText = nullptr;
    QComboBox *m_productLine = nullptr;
    QLineEdit *m_purpose = nullptr;
    RecurrenceEditor *m_repeat = nullptr;
    QCheckBox *m_skip = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_clashes = nullptr;
    QLabel *m_slotsLabel = nullptr;
    QListWidget *m_slots = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QWidget *> m_form;
};

} // namespace Rpb
