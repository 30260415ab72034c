#pragma once

#include "domain/site.h"
#include "services/schedulingservice.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;

namespace Rpb {

class AppContext;

// The earliest free slots of a length, on one machine or on any machine of a type, from a
// time on. Choosing one hands it to the booking dialog.
class FreeSlotDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreeSlotDialog)
public:
    FreeSlotDialog(AppContext &context, const Site &site, const QDateTime &from,
                   QWidget *parent = nullptr);

    void search();
    const QList<SchedulingService::FreeSlot> &slots() const { return m_slots; }
    std::optional<SchedulingService::FreeSlot> chosen() const { return m_chosen; }

    QSpinBox *durationBox() const { return m_duration; }
    QComboBox *machineBox() const { return m_machine; }
    QDateEdit *fromDateEdit() const { return m_fromDate; }
    QTimeEdit *fromTimeEdit() const { return m_fromTime; }
    QTreeWidget *results() const { return m_results; }
    QPushButton *bookButton() const { return m_book; }

    void accept() override;

private:
    AppContext &m_context;
    Site m_site;
    QList<SchedulingService::FreeSlot> m_slots;
    std::optional<SchedulingService::FreeSlot> m_chosen;

    QSpinBox *m_duration = nullptr;
    QLabel *m_durationText = nullptr;
    QComboBox *m_machine = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QTimeEdit *m_fromTime = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_book = nullptr;
};

} // namespace Rpb
