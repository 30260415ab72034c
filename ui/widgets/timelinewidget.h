#pragma once

#include "domain/booking.h"
#include "domain/site.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace Rpb {

// Machine time at one site as rows of machines against the hours of a day or a week, in the
// site's time zone. Bookings are boxes coloured by status, maintenance is hatched, closed hours
// shaded, now is a line. The widget only shows and reports: dragging or pressing Enter asks for
// a booking, a move or a resize through signals, and the page decides with the service. The
// machine labels on the left and the hours on top stay in place while the body scrolls.
class TimelineWidget final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)
public:
    enum class View { Day, Week };

    struct Machine
    {
        qint64 id = 0;
        QString name;
        QString type;
        int capacity = 1;
        bool underMaintenance = false; // the machine's status, not a window
    };

    struct Entry
    {
        Booking booking;
        QString memberName;
        QString machineName;
        QString productLine;
        bool movable = false; // the person may move and resize it
    };

    explicit TimelineWidget(QWidget *parent = nullptr);

    void setSite(const Site &site);
    const Site &site() const { return m_site; }
    QTimeZone zone() const { return m_zone; }

    // Day shows one local date, Week the seven days from firstDay.
    void setView(View view, const QDate &firstDay);
    View view() const { return m_view; }
    QDate firstDay() const { return m_firstDay; }
    int dayCount() const { return m_view == View::Day ? 1 : 7; }
    // UTC bounds of the local days shown: [first midnight, midnight after the last day).
    QDateTime rangeStart() const;
    QDateTime rangeEnd() const;

    void setMachines(const QList<Machine> &machines);
    const QList<Machine> &machines() const { return m_machines; }
    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    void setMaintenance(const QList<MaintenanceWindow> &windows);
    void setNow(const QDateTime &utc);
    // Size of a keyboard cell and of the grid that dragging snaps to.
    void setStepMinutes(int minutes);
    int stepMinutes() const { return m_step; }
    // Whether dragging on an empty stretch and Enter may ask for a new booking.
    void setCanCreate(bool canCreate) { m_canCreate = canCreate; }

    // The keyboard cursor: a machine row and a slot of stepMinutes starting at a UTC time.
    int cursorRow() const { return m_cursorRow; }
    QDateTime cursorStart() const;
    void setCursorCell(int row, const QDateTime &start);
    qint64 selectedBookingId() const { return m_selected; }
    // Selects a shown booking and puts the cursor on it; false when it is not shown.
    bool selectBooking(qint64 bookingId);
    // What the cursor is on, in words, for the line below the timeline and screen readers.
    QString cursorDescription() const;

    // Where things are drawn, in viewport coordinates (for menus, tests and tooltips).
    int rowOf(qint64 equipmentId) const;
    QPoint pointAt(qint64 equipmentId, const QDateTime &utc) const; // y: middle of the row
    QRect bookingRect(qint64 bookingId) const; // its first day's box
    qint64 bookingAt(const QPoint &pos) const;

Q_SIGNALS:
    void createRequested(qint64 equipmentId, const QDateTime &start, const QDateTime &end);
    void moveRequested(qint64 bookingId, qint64 equipmentId, const QDateTime &start,
                       const QDateTime &end);
    void menuRequested(qint64 bookingId, const QPoint &globalPos);
    void cancelRequested(qint64 bookingId);
    void selectionChanged(qint64 bookingId);
    void cursorMoved();
    void pageRequested(int direction); // PgUp -1, PgDn +1

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    enum class Drag { None, PendingCreate, PendingMove, PendingResize, Creating, Moving, Resizing };

    struct Box
    {
        int entry = 0; // index into m_entries
        QRectF rect; // content coordinates
        bool first = true; // the first day's part of the booking
    };

    struct Ghost
    {
        bool active = false;
        int row = -1;
        QDateTime start;
        QDateTime end;
    };

    void relayout();
    void computeHours();
    void updateScrollBars();
    int entryIndex(qint64 bookingId) const;
    int dayOf(const QDateTime &utc) const; // index of the shown day holding utc, or -1
    QDateTime dayMidnight(int day) const; // UTC of local midnight of a shown day
    QDateTime dayVisibleStart(int day) const;
    QDateTime dayVisibleEnd(int day) const;
    bool isCollapsed(int day) const;
    QList<std::pair<double, double>> spans(const QDateTime &start, const QDateTime &end) const;
    double contentX(const QDateTime &utc) const;
    int dayAtX(double x) const; // content x
    // The time at content x, unsnapped, within the day under x.
    QDateTime rawTimeAt(double x) const;
    // To the step grid of a day: mode -1 down, 0 nearest, +1 up; within the hours shown.
    QDateTime snap(const QDateTime &utc, int day, int mode) const;
    int rowAtY(double y) const; // content y, clamped
    QPointF toContent(const QPoint &viewportPos) const;
    QRectF toViewport(const QRectF &content) const;
    QRectF bodyRect() const; // viewport coordinates of the scrolling part
    int hitBox(const QPoint &pos, bool *onRightEdge = nullptr) const;
    void updateHoverCursor(const QPoint &pos);
    void setSelected(qint64 bookingId);
    void selectUnderCursor();
    void moveCursorBy(int slots);
    void moveCursorToRow(int row);
    void ensureCursorVisible();
    void nudgeSelected(int slots, int rows, bool resize);
    QString tooltipAt(const QPoint &pos) const;
    QString timeText(const QDateTime &utc, bool withDate) const;
    QString rangeText(const QDateTime &start, const QDateTime &end) const;

    void paintBody(QPainter &painter);
    void paintHeader(QPainter &painter);
    void paintLabels(QPainter &painter);
    void paintEntry(QPainter &painter, const Entry &entry, const QRectF &rect, bool selected,
                    bool first);
    void paintGhost(QPainter &painter);

    Site m_site;
    QTimeZone m_zone;
    View m_view = View::Day;
    QDate m_firstDay;
    QList<Machine> m_machines;
    QList<Entry> m_entries;
    QList<MaintenanceWindow> m_maintenance;
    QDateTime m_now;
    int m_step = 30;
    bool m_canCreate = true;

    // Layout, in content coordinates (before scrolling).
    int m_labelWidth = 180;
    int m_headerHeight = 44;
    int m_fromMinute = 6 * 60; // local minutes of each day shown
    int m_toMinute = 18 * 60;
    double m_pxPerMinute = 1.0;
    QList<double> m_dayX;
    QList<double> m_dayWidth;
    QList<QDateTime> m_midnights; // UTC of each shown day's local midnight
    QList<bool> m_collapsed; // a closed day in the week, drawn narrow
    double m_contentWidth = 0;
    QList<double> m_rowTop;
    QList<double> m_rowHeight;
    QList<int> m_rowLanes;
    double m_contentHeight = 0;
    QHash<qint64, int> m_lane; // booking id -> lane in its row
    QList<Box> m_boxes;

    int m_cursorRow = 0;
    int m_cursorDay = 0;
    int m_cursorMinute = 8 * 60; // local minute of day
    qint64 m_selected = 0;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    int m_dragEntry = -1;
    qint64 m_dragOffsetSecs = 0; // from the booking's start to where it was grabbed
    int m_anchorRow = -1;
    int m_anchorDay = -1;
    QDateTime m_anchor;
    Ghost m_ghost;
};

} // namespace Rpb
