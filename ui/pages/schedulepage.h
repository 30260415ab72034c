#pragma once

#include "dialogs/bookingdialog.h"
#include "domain/site.h"
#include "pages/bookingactions.h"
#include "widgets/banner.h"
#include "widgets/timelinewidget.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;
class QUndoStack;
class QVBoxLayout;

namespace Rpb {

class AppContext;
class BookingListPanel;
class ChangeWatch;
class CalendarExportDialog;
class FittingLabel;
class FreeSlotDialog;
class MaintenanceDialog;
class StatusLegend;
class UtilisationPanel;

// Machine time at the chosen site: the timeline (day or week), the same bookings as a list, and
// the month's utilisation; booking, moving, the life cycle of a booking, maintenance windows,
// free slots and calendar export. Every change goes through SchedulingService; moves can be
// taken back with Ctrl+Z.
class SchedulePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePage)
public:
    enum Tab { TimelineTab, ListTab, UtilisationTab, TabCount };

    explicit SchedulePage(AppContext &context, QWidget *parent = nullptr);
    ~SchedulePage() override;

    void setSiteId(std::optional<qint64> siteId);
    std::optional<qint64> siteId() const;
    void setReadOnly(bool readOnly);
    // Shows and hides what the signed-in account may do; call after a sign-in.
    void refreshPermissions();
    void focusCurrentTab();

    void setView(TimelineWidget::View view);
    TimelineWidget::View view() const;
    // The local date the timeline shows (any day of the week in the week view).
    void setDate(const QDate &date);
    QDate date() const { return m_date; }

    TimelineWidget *timeline() const { return m_timeline; }
    BookingListPanel *listPanel() const { return m_list; }
    UtilisationPanel *utilisationPanel() const { return m_utilisation; }
    QTabWidget *tabs() const { return m_tabs; }
    QUndoStack *undoStack() const { return m_undo; }
    QPushButton *newBookingButton() const { return m_newBooking; }
    QPushButton *freeSlotButton() const { return m_findSlot; }
    QPushButton *blockButton() const { return m_block; }
    QPushButton *exportButton() const { return m_export; }
    // The last message shown above the tabs, for tests and for the record.
    QString lastMessage() const { return m_lastMessage; }
    // After a switch of person or site: no message of before stays.
    void clearMessages();

    // Each opens its dialog window-modally and returns it.
    BookingDialog *openBookingDialog(const BookingDialog::Prefill &prefill);
    MaintenanceDialog *openMaintenanceDialog();
    FreeSlotDialog *openFreeSlotDialog();
    CalendarExportDialog *openExportDialog();
    // Moves or resizes a booking after the service agrees, as a step that Ctrl+Z takes back.
    bool moveBooking(qint64 bookingId, qint64 equipmentId, const QDateTime &start,
                     const QDateTime &end);
    // Cancelling asks first; the others act at once.
    void runAction(BookingActions::Action action, qint64 bookingId);
    void showBookingMenu(qint64 bookingId, const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createHeader(QVBoxLayout *layout);
    void createTimelineTab();
    void retranslate();
    void retranslateUndo();
    void reloadSite();
    void reloadTimeline();
    void updateRangeLabel();
    void updateCursorInfo();
    void updateActions();
    void step(int direction);
    void goToday();
    void saveSettings() const;
    void openBookingAtCursor();
    void cancelWithConfirmation(qint64 bookingId);
    void showInTimeline(qint64 bookingId);
    void afterBooking(BookingDialog *dialog);
    void showMessage(Banner::Level level, const QString &text);
    QString memberName(qint64 memberId) const;
    // The booking as the timeline or the list shows it (read from the service when neither does).
    std::optional<Booking> shownBooking(qint64 bookingId);
    bool canWrite() const;
    bool isManager() const;

    AppContext &m_context;
    std::optional<Site> m_site;
    bool m_readOnly = false;
    bool m_restoring = false;
    QDate m_date;
    QUndoStack *m_undo = nullptr;
    ChangeWatch *m_watch = nullptr;
    QTimer m_nowTimer;
    QString m_lastMessage;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_newBooking = nullptr;
    QPushButton *m_findSlot = nullptr;
    QPushButton *m_block = nullptr;
    QPushButton *m_export = nullptr;
    QVBoxLayout *m_messageLayout = nullptr;
    QPointer<Banner> m_message;
    QTabWidget *m_tabs = nullptr;

    QWidget *m_timelineTab = nullptr;
    QToolButton *m_dayButton = nullptr;
    QToolButton *m_weekButton = nullptr;
    QButtonGroup *m_viewGroup = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_today = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    FittingLabel *m_range = nullptr;
    QLabel *m_stepLabel = nullptr;
    QComboBox *m_step = nullptr;
    QCheckBox *m_showCancelled = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    TimelineWidget *m_timeline = nullptr;
    StatusLegend *m_legend = nullptr;
    QLabel *m_cursorInfo = nullptr;

    BookingListPanel *m_list = nullptr;
    UtilisationPanel *m_utilisation = nullptr;
};

} // namespace Rpb
