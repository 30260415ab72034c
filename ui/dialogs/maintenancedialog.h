#pragma once

#include "domain/site.h"
#include "services/schedulingservice.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTimeEdit;

namespace Rpb {

class AppContext;

// Blocks a machine for maintenance. Before saving it lists the bookings the window would hit,
// and the manager chooses to cancel them or to leave them standing, flagged, for a word with
// the members.
class MaintenanceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceDialog)
public:
    MaintenanceDialog(AppContext &context, const Site &site, qint64 equipmentId,
                      const QDateTime &start, QWidget *parent = nullptr);

    QDateTime start() const; // UTC
    QDateTime end() const;
    // The requested and confirmed bookings the window overlaps, as it stands.
    const QList<Booking> &hitBookings() const { return m_hit; }
    const std::optional<SchedulingService::MaintenanceOutcome> &outcome() const
    {
        return m_outcome;
    }

    QComboBox *machineBox() const { return m_machine; }
    QDateEdit *fromDateEdit() const { return m_fromDate; }
    QTimeEdit *fromTimeEdit() const { return m_fromTime; }
    QDateEdit *untilDateEdit() const { return m_untilDate; }
    QTimeEdit *untilTimeEdit() const { return m_untilTime; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QListWidget *hitList() const { return m_hitList; }
    QRadioButton *cancelChoice() const { return m_cancelThem; }
    QRadioButton *flagChoice() const { return m_leaveThem; }
    QPushButton *saveButton() const { return m_save; }

    void refreshHits();
    void accept() override;

private:
    AppContext &m_context;
    Site m_site;
    QList<Booking> m_hit;
    std::optional<SchedulingService::MaintenanceOutcome> m_outcome;

    QComboBox *m_machine = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QTimeEdit *m_fromTime = nullptr;
    QDateEdit *m_untilDate = nullptr;
    QTimeEdit *m_untilTime = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_hitLabel = nullptr;
    QListWidget *m_hitList = nullptr;
    QRadioButton *m_cancelThem = nullptr;
    QRadioButton *m_leaveThem = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Rpb
