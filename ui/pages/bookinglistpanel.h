#pragma once

#include "domain/site.h"
#include "pages/bookingactions.h"

#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Rpb {

class ChangeWatch;

class AppContext;
class BookingListModel;

// The bookings of the site as a table, filtered by machine, member, status and dates, with the
// same actions as the timeline's menu.
class BookingListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingListPanel)
public:
    explicit BookingListPanel(AppContext &context, QWidget *parent = nullptr);

    void setSite(const std::optional<Site> &site);
    void setReadOnly(bool readOnly);
    void reload();
    // Reloads at the next showing when hidden, at once otherwise.
    void invalidate();

    qint64 currentId() const;
    void selectId(qint64 id);

    BookingListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *machineFilter() const { return m_machine; }
    QComboBox *memberFilter() const { return m_member; }
    QComboBox *statusFilter() const { return m_status; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *actionButton(BookingActions::Action action) const
    {
        return m_actions.at(std::size_t(action));
    }

Q_SIGNALS:
    void actionRequested(Rpb::BookingActions::Action action, qint64 bookingId);
    void menuRequested(qint64 bookingId, const QPoint &globalPos);
    void showInTimelineRequested(qint64 bookingId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFilters();
    void updateActions();

    AppContext &m_context;
    std::optional<Site> m_site;
    ChangeWatch *m_watch = nullptr;
    bool m_readOnly = false;
    bool m_stale = true;
    bool m_columnsFitted = false;
    BookingListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_machineLabel = nullptr;
    QComboBox *m_machine = nullptr;
    QLabel *m_memberLabel = nullptr;
    QComboBox *m_member = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_periodLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    std::array<QPushButton *, BookingActions::ActionCount> m_actions {};
    QPushButton *m_showInTimeline = nullptr;
};

} // namespace Rpb
