#include "timelinewidget.h"

#include "bookingstyle.h"
#include "displayformat.h"
#include "services/language.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Rpb {

namespace {
const QColor accent(0x1e, 0x7b, 0x3c); // the application's green
constexpr int defaultBookingMinutes = 60;

QColor gridColour(const QPalette &palette, int alpha)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlpha(alpha);
    return c;
}
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_zone(QByteArrayLiteral("Asia/Jakarta"))
{
    setObjectName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::StyledPanel);
    m_firstDay = QDate::currentDate();
    m_now = QDateTime::currentDateTimeUtc();
    relayout();
}

// --- data -------------------------------------------------------------------------------------

void TimelineWidget::setSite(const Site &site)
{
    m_site = site;
    m_zone = QTimeZone(site.timeZone.toLatin1());
    if (!m_zone.isValid())
        m_zone = QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
    m_cursorMinute = site.openMinute;
    relayout();
}

void TimelineWidget::setView(View view, const QDate &firstDay)
{
    m_view = view;
    m_firstDay = firstDay;
    m_cursorDay = qBound(0, m_cursorDay, dayCount() - 1);
    relayout();
}

QDateTime TimelineWidget::rangeStart() const
{
    return QDateTime(m_firstDay, QTime(0, 0), m_zone).toUTC();
}

QDateTime TimelineWidget::rangeEnd() const
{
    return QDateTime(m_firstDay.addDays(dayCount()), QTime(0, 0), m_zone).toUTC();
}

void TimelineWidget::setMachines(const QList<Machine> &machines)
{
    m_machines = machines;
    m_cursorRow = qBound(0, m_cursorRow, qMax(0, int(m_machines.size()) - 1));
    relayout();
}

void TimelineWidget::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    // A drag in progress refers to an entry by index; new data ends it.
    if (m_drag != Drag::None) {
        m_drag = Drag::None;
        m_ghost = {};
    }
    if (m_selected && entryIndex(m_selected) < 0)
        setSelected(0);
    relayout();
}

void TimelineWidget::setMaintenance(const QList<MaintenanceWindow> &windows)
{
    m_maintenance = windows;
    viewport()->update();
}

void TimelineWidget::setNow(const QDateTime &utc)
{
    m_now = utc;
    viewport()->update();
}

void TimelineWidget::setStepMinutes(int minutes)
{
    m_step = qBound(5, minutes, 120);
    m_cursorMinute = m_cursorMinute / m_step * m_step;
    viewport()->update();
}

int TimelineWidget::entryIndex(qint64 bookingId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).booking.meta.id == bookingId)
            return i;
    return -1;
}

int TimelineWidget::rowOf(qint64 equipmentId) const
{
    for (int i = 0; i < m_machines.size(); ++i)
        if (m_machines.at(i).id == equipmentId)
            return i;
    return -1;
}

// --- geometry ---------------------------------------------------------------------------------

QDateTime TimelineWidget::dayMidnight(int day) const
{
    return day >= 0 && day < m_midnights.size() ? m_midnights.at(day) : rangeStart();
}

QDateTime TimelineWidget::dayVisibleStart(int day) const
{
    return dayMidnight(day).addSecs(qint64(m_fromMinute) * 60);
}

QDateTime TimelineWidget::dayVisibleEnd(int day) const
{
    return dayMidnight(day).addSecs(qint64(m_toMinute) * 60);
}

bool TimelineWidget::isCollapsed(int day) const
{
    return day >= 0 && day < m_collapsed.size() && m_collapsed.at(day);
}

int TimelineWidget::dayOf(const QDateTime &utc) const
{
    const int day = int(m_firstDay.daysTo(utc.toTimeZone(m_zone).date()));
    return day >= 0 && day < dayCount() ? day : -1;
}

void TimelineWidget::computeHours()
{
    m_midnights.clear();
    for (int d = 0; d < dayCount(); ++d)
        m_midnights << QDateTime(m_firstDay.addDays(d), QTime(0, 0), m_zone).toUTC();

    // A day shows its opening hours, with an hour either side in the day view for context;
    // a booking outside them (made before the hours changed) widens the view to show it.
    int from = m_site.openMinute;
    int to = m_site.closeMinute;
    if (m_view == View::Day) {
        from -= 60;
        to += 60;
    }
    QList<bool> busy(dayCount(), false);
    for (const Entry &e : std::as_const(m_entries)) {
        for (int d = 0; d < dayCount(); ++d) {
            const QDateTime midnight = m_midnights.at(d);
            const QDateTime next = midnight.addDays(1);
            if (!(e.booking.start < next && midnight < e.booking.end))
                continue;
            busy[d] = true;
            const qint64 s = std::max<qint64>(0, midnight.secsTo(e.booking.start) / 60);
            const qint64 t = std::min<qint64>(1440, (midnight.secsTo(e.booking.end) + 59) / 60);
            from = std::min<int>(from, int(s));
            to = std::max<int>(to, int(t));
        }
    }
    m_fromMinute = qBound(0, from / 60 * 60, 23 * 60);
    m_toMinute = qBound(m_fromMinute + 60, (to + 59) / 60 * 60, 24 * 60);

    m_collapsed.clear();
    for (int d = 0; d < dayCount(); ++d)
        m_collapsed << (m_view == View::Week && !m_site.isOpenOn(m_firstDay.addDays(d).dayOfWeek())
                        && !busy.at(d));
}

void TimelineWidget::relayout()
{
    const QFontMetrics fm(font());
    m_labelWidth = qBound(150, fm.averageCharWidth() * 26, 280);
    m_headerHeight = fm.height() * 2 + 14;
    computeHours();

    const int days = dayCount();
    const double bodyWidth = std::max(1, viewport()->width() - m_labelWidth);
    const double collapsedWidth
        = std::max(fm.averageCharWidth() * 5,
                   fm.horizontalAdvance(Language::locale().dayName(7, QLocale::ShortFormat)) + 10);
    int openDays = 0;
    for (int d = 0; d < days; ++d)
        openDays += isCollapsed(d) ? 0 : 1;
    const double minutes = std::max(1, openDays * (m_toMinute - m_fromMinute));
    const double minPerMinute = (m_view == View::Day ? 40.0 : 10.0) / 60.0;
    // A pixel to spare, so that rounding never calls for a horizontal scroll bar.
    m_pxPerMinute
        = std::max(minPerMinute, (bodyWidth - 1 - (days - openDays) * collapsedWidth) / minutes);
    m_dayX.clear();
    m_dayWidth.clear();
    double x = 0;
    for (int d = 0; d < days; ++d) {
        const double w
            = isCollapsed(d) ? collapsedWidth : (m_toMinute - m_fromMinute) * m_pxPerMinute;
        m_dayX << x;
        m_dayWidth << w;
        x += w;
    }
    m_contentWidth = x;

    // Rows: simultaneous bookings on a machine with room for several stack in lanes.
    m_lane.clear();
    m_rowLanes = QList<int>(m_machines.size(), 1);
    for (int row = 0; row < m_machines.size(); ++row) {
        QList<const Entry *> onRow;
        for (const Entry &e : std::as_const(m_entries))
            if (e.booking.equipmentId == m_machines.at(row).id)
                onRow << &e;
        std::sort(onRow.begin(), onRow.end(), [](const Entry *a, const Entry *b) {
            return a->booking.start != b->booking.start ? a->booking.start < b->booking.start
                                                        : a->booking.meta.id < b->booking.meta.id;
        });
        QList<QDateTime> laneEnds;
        for (const Entry *e : onRow) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > e->booking.start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds << e->booking.end;
            else
                laneEnds[lane] = e->booking.end;
            m_lane.insert(e->booking.meta.id, lane);
        }
        m_rowLanes[row] = std::max<int>(1, int(laneEnds.size()));
    }
    const double laneHeight = fm.height() * 2 + 10;
    const double minRow = fm.height() * 2 + 20;
    m_rowHeight.clear();
    double total = 0;
    for (int row = 0; row < m_machines.size(); ++row) {
        const double h = std::max(minRow, m_rowLanes.at(row) * laneHeight + 8);
        m_rowHeight << h;
        total += h;
    }
    // Spare height goes to the rows, up to a point: a site with three machines should not show
    // three giant bars.
    const double bodyHeight = viewport()->height() - m_headerHeight;
    if (!m_machines.isEmpty() && total < bodyHeight) {
        const double extra = std::min((bodyHeight - total) / m_machines.size(), minRow * 0.8);
        for (double &h : m_rowHeight)
            h = std::floor(h + extra);
    }
    m_rowTop.clear();
    double y = 0;
    for (double h : std::as_const(m_rowHeight)) {
        m_rowTop << y;
        y += h;
    }
    m_contentHeight = y;

    m_boxes.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        const int row = rowOf(e.booking.equipmentId);
        if (row < 0)
            continue;
        const int lanes = m_rowLanes.at(row);
        // Boxes no taller than three lines, centred in a row that grew to fill the view.
        const double laneH = std::min((m_rowHeight.at(row) - 8) / lanes, fm.height() * 3.0 + 8);
        const double spare = m_rowHeight.at(row) - 8 - laneH * lanes;
        const double top
            = m_rowTop.at(row) + 4 + spare / 2 + m_lane.value(e.booking.meta.id) * laneH;
        bool first = true;
        for (const auto &[x0, x1] : spans(e.booking.start, e.booking.end)) {
            m_boxes.append({i, QRectF(x0, top, std::max(3.0, x1 - x0), laneH - 2), first});
            first = false;
        }
    }
    updateScrollBars();
    viewport()->update();
}

void TimelineWidget::updateScrollBars()
{
    const int bodyWidth = std::max(0, viewport()->width() - m_labelWidth);
    const int bodyHeight = std::max(0, viewport()->height() - m_headerHeight);
    horizontalScrollBar()->setRange(0, std::max(0, int(std::round(m_contentWidth)) - bodyWidth));
    horizontalScrollBar()->setPageStep(bodyWidth);
    horizontalScrollBar()->setSingleStep(std::max(4, int(m_pxPerMinute * 30)));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_contentHeight)) - bodyHeight));
    verticalScrollBar()->setPageStep(bodyHeight);
    verticalScrollBar()->setSingleStep(std::max(8, fontMetrics().height()));
}

QList<std::pair<double, double>> TimelineWidget::spans(const QDateTime &start,
                                                       const QDateTime &end) const
{
    QList<std::pair<double, double>> out;
    for (int d = 0; d < dayCount(); ++d) {
        if (isCollapsed(d))
            continue;
        const QDateTime vs = dayVisibleStart(d);
        const QDateTime ve = dayVisibleEnd(d);
        const QDateTime s = std::max(start, vs);
        const QDateTime e = std::min(end, ve);
        if (!(s < e))
            continue;
        out.append({m_dayX.at(d) + vs.secsTo(s) / 60.0 * m_pxPerMinute,
                    m_dayX.at(d) + vs.secsTo(e) / 60.0 * m_pxPerMinute});
    }
    return out;
}

double TimelineWidget::contentX(const QDateTime &utc) const
{
    for (int d = 0; d < dayCount(); ++d) {
        if (utc < dayVisibleStart(d))
            return m_dayX.at(d);
        if (utc <= dayVisibleEnd(d))
            return isCollapsed(d)
                ? m_dayX.at(d)
                : m_dayX.at(d) + dayVisibleStart(d).secsTo(utc) / 60.0 * m_pxPerMinute;
    }
    return m_contentWidth;
}

int TimelineWidget::dayAtX(double x) const
{
    for (int d = 0; d < dayCount(); ++d)
        if (x < m_dayX.at(d) + m_dayWidth.at(d))
            return d;
    return dayCount() - 1;
}

QDateTime TimelineWidget::rawTimeAt(double x) const
{
    const int d = dayAtX(x);
    if (isCollapsed(d))
        return dayVisibleStart(d);
    const double minutes
        = std::clamp((x - m_dayX.at(d)) / m_pxPerMinute, 0.0, double(m_toMinute - m_fromMinute));
    return dayVisibleStart(d).addSecs(qRound64(minutes * 60));
}

QDateTime TimelineWidget::snap(const QDateTime &utc, int day, int mode) const
{
    const double minutes = dayMidnight(day).secsTo(utc) / 60.0;
    const double slots = minutes / m_step;
    const double rounded = mode < 0 ? std::floor(slots)
        : mode > 0                  ? std::ceil(slots)
                                    : std::round(slots);
    const int snapped = std::clamp(int(rounded) * m_step, m_fromMinute, m_toMinute);
    return dayMidnight(day).addSecs(qint64(snapped) * 60);
}

int TimelineWidget::rowAtY(double y) const
{
    for (int row = 0; row < m_rowTop.size(); ++row)
        if (y < m_rowTop.at(row) + m_rowHeight.at(row))
            return row;
    return int(m_rowTop.size()) - 1;
}

QPointF TimelineWidget::toContent(const QPoint &pos) const
{
    return QPointF(pos.x() - m_labelWidth + horizontalScrollBar()->value(),
                   pos.y() - m_headerHeight + verticalScrollBar()->value());
}

QRectF TimelineWidget::toViewport(const QRectF &content) const
{
    return content.translated(m_labelWidth - horizontalScrollBar()->value(),
                              m_headerHeight - verticalScrollBar()->value());
}

QRectF TimelineWidget::bodyRect() const
{
    return QRectF(m_labelWidth, m_headerHeight, viewport()->width() - m_labelWidth,
                  viewport()->height() - m_headerHeight);
}

QPoint TimelineWidget::pointAt(qint64 equipmentId, const QDateTime &utc) const
{
    const int row = rowOf(equipmentId);
    if (row < 0)
        return {};
    const QRectF r = toViewport(QRectF(contentX(utc), m_rowTop.at(row), 0, m_rowHeight.at(row)));
    return QPoint(qRound(r.left()), qRound(r.center().y()));
}

QRect TimelineWidget::bookingRect(qint64 bookingId) const
{
    for (const Box &box : m_boxes)
        if (box.first && m_entries.at(box.entry).booking.meta.id == bookingId)
            return toViewport(box.rect).toAlignedRect();
    return {};
}

int TimelineWidget::hitBox(const QPoint &pos, bool *onRightEdge) const
{
    if (!bodyRect().contains(pos))
        return -1;
    // Last drawn is on top.
    for (int i = int(m_boxes.size()) - 1; i >= 0; --i) {
        const QRectF r = toViewport(m_boxes.at(i).rect);
        if (!r.contains(pos))
            continue;
        if (onRightEdge) {
            const double grip = std::min(6.0, r.width() / 4);
            // Only the last day's part of a booking ends it.
            const Entry &e = m_entries.at(m_boxes.at(i).entry);
            *onRightEdge = pos.x() >= r.right() - grip
                && (e.booking.end <= dayVisibleEnd(dayAtX(toContent(pos).x())));
        }
        return i;
    }
    return -1;
}

qint64 TimelineWidget::bookingAt(const QPoint &pos) const
{
    const int box = hitBox(pos);
    return box < 0 ? 0 : m_entries.at(m_boxes.at(box).entry).booking.meta.id;
}

// --- cursor and selection ---------------------------------------------------------------------

QDateTime TimelineWidget::cursorStart() const
{
    return dayMidnight(m_cursorDay).addSecs(qint64(m_cursorMinute) * 60);
}

void TimelineWidget::setCursorCell(int row, const QDateTime &start)
{
    if (m_machines.isEmpty())
        return;
    m_cursorRow = qBound(0, row, int(m_machines.size()) - 1);
    const int day = dayOf(start);
    m_cursorDay = day < 0 ? 0 : day;
    const int minute = int(dayMidnight(m_cursorDay).secsTo(start) / 60);
    m_cursorMinute = qBound(m_fromMinute, minute / m_step * m_step, m_toMinute - m_step);
    selectUnderCursor();
    ensureCursorVisible();
    viewport()->update();
    Q_EMIT cursorMoved();
}

void TimelineWidget::setSelected(qint64 bookingId)
{
    if (bookingId == m_selected)
        return;
    m_selected = bookingId;
    viewport()->update();
    Q_EMIT selectionChanged(bookingId);
}

bool TimelineWidget::selectBooking(qint64 bookingId)
{
    const int i = entryIndex(bookingId);
    if (i < 0)
        return false;
    const Booking &b = m_entries.at(i).booking;
    m_cursorRow = std::max(0, rowOf(b.equipmentId));
    const int day = dayOf(b.start);
    m_cursorDay = day < 0 ? 0 : day;
    const int minute = int(dayMidnight(m_cursorDay).secsTo(b.start) / 60);
    m_cursorMinute = qBound(m_fromMinute, minute / m_step * m_step, m_toMinute - m_step);
    setSelected(bookingId);
    ensureCursorVisible();
    viewport()->update();
    Q_EMIT cursorMoved();
    return true;
}

void TimelineWidget::selectUnderCursor()
{
    if (m_machines.isEmpty()) {
        setSelected(0);
        return;
    }
    const QDateTime s = cursorStart();
    const QDateTime e = s.addSecs(qint64(m_step) * 60);
    const qint64 machine = m_machines.at(m_cursorRow).id;
    qint64 found = 0;
    int bestLane = INT_MAX;
    bool bestHolds = false;
    for (const Entry &entry : std::as_const(m_entries)) {
        const Booking &b = entry.booking;
        if (b.equipmentId != machine || !(b.start < e && s < b.end))
            continue;
        // Prefer a booking that holds the time over a cancelled one in the same slot.
        const bool holds = holdsTime(b.status);
        const int lane = m_lane.value(b.meta.id);
        if ((holds && !bestHolds) || (holds == bestHolds && lane < bestLane)) {
            found = b.meta.id;
            bestLane = lane;
            bestHolds = holds;
        }
    }
    setSelected(found);
}

void TimelineWidget::moveCursorBy(int slots)
{
    int minute = m_cursorMinute + slots * m_step;
    int day = m_cursorDay;
    while (minute < m_fromMinute || minute + m_step > m_toMinute) {
        const int direction = minute < m_fromMinute ? -1 : 1;
        int next = day + direction;
        while (next >= 0 && next < dayCount() && isCollapsed(next))
            next += direction;
        if (next < 0 || next >= dayCount()) {
            minute = qBound(m_fromMinute, minute, m_toMinute - m_step);
            break;
        }
        day = next;
        minute = direction < 0 ? (m_toMinute - m_step) / m_step * m_step
                               : (m_fromMinute + m_step - 1) / m_step * m_step;
    }
    m_cursorDay = day;
    m_cursorMinute = minute;
    selectUnderCursor();
    ensureCursorVisible();
    viewport()->update();
    Q_EMIT cursorMoved();
}

void TimelineWidget::moveCursorToRow(int row)
{
    if (m_machines.isEmpty())
        return;
    m_cursorRow = qBound(0, row, int(m_machines.size()) - 1);
    selectUnderCursor();
    ensureCursorVisible();
    viewport()->update();
    Q_EMIT cursorMoved();
}

void TimelineWidget::ensureCursorVisible()
{
    if (m_machines.isEmpty() || m_cursorRow >= m_rowTop.size())
        return;
    const QDateTime s = cursorStart();
    const double x0 = contentX(s);
    const double x1 = contentX(s.addSecs(qint64(m_step) * 60));
    const int bodyWidth = viewport()->width() - m_labelWidth;
    QScrollBar *h = horizontalScrollBar();
    if (x0 < h->value())
        h->setValue(int(x0));
    else if (x1 > h->value() + bodyWidth)
        h->setValue(int(std::ceil(x1)) - bodyWidth);
    const double y0 = m_rowTop.at(m_cursorRow);
    const double y1 = y0 + m_rowHeight.at(m_cursorRow);
    const int bodyHeight = viewport()->height() - m_headerHeight;
    QScrollBar *v = verticalScrollBar();
    if (y0 < v->value())
        v->setValue(int(y0));
    else if (y1 > v->value() + bodyHeight)
        v->setValue(int(std::ceil(y1)) - bodyHeight);
}

QString TimelineWidget::cursorDescription() const
{
    if (m_machines.isEmpty())
        return {};
    const Machine &machine = m_machines.at(m_cursorRow);
    const QDateTime s = cursorStart();
    const QDateTime e = s.addSecs(qint64(m_step) * 60);
    QString what;
    if (const int i = entryIndex(m_selected); i >= 0) {
        const Entry &entry = m_entries.at(i);
        what = tr("%1, %2, %3")
                   .arg(entry.memberName, rangeText(entry.booking.start, entry.booking.end),
                        bookingStatusDisplayName(entry.booking.status));
    } else {
        bool blocked = false;
        for (const MaintenanceWindow &w : m_maintenance)
            blocked = blocked || (w.equipmentId == machine.id && w.start < e && s < w.end);
        const QDateTime local = s.toTimeZone(m_zone);
        const int minute = local.time().msecsSinceStartOfDay() / 60000;
        const bool open = m_site.isOpenOn(local.date().dayOfWeek()) && minute >= m_site.openMinute
            && minute + m_step <= m_site.closeMinute;
        what = blocked ? tr("blocked for maintenance") : open ? tr("free") : tr("closed");
    }
    return tr("%1 · %2 · %3")
        .arg(machine.name, timeText(s, true) + QChar(0x2013) + timeText(e, false), what);
}

// --- text -------------------------------------------------------------------------------------

QString TimelineWidget::timeText(const QDateTime &utc, bool withDate) const
{
    return Language::locale().toString(utc.toTimeZone(m_zone),
                                       withDate ? QStringLiteral("ddd d MMM yyyy HH:mm")
                                                : QStringLiteral("HH:mm"));
}

QString TimelineWidget::rangeText(const QDateTime &start, const QDateTime &end) const
{
    const bool sameDay
        = start.toTimeZone(m_zone).date() == end.addSecs(-1).toTimeZone(m_zone).date();
    return timeText(start, true) + QChar(0x2013) + timeText(end, !sameDay);
}

QString TimelineWidget::tooltipAt(const QPoint &pos) const
{
    const QString zone = DisplayFormat::timeZoneAbbreviation(m_site.timeZone);
    if (const int box = hitBox(pos); box >= 0) {
        const Entry &e = m_entries.at(m_boxes.at(box).entry);
        QString text = QStringLiteral("<b>%1</b><br>%2<br>%3 %4<br>%5")
                           .arg(e.memberName.toHtmlEscaped(), e.machineName.toHtmlEscaped(),
                                rangeText(e.booking.start, e.booking.end).toHtmlEscaped(), zone,
                                tr("Status: %1")
                                    .arg(bookingStatusDisplayName(e.booking.status))
                                    .toHtmlEscaped());
        if (!e.productLine.isEmpty())
            text += QStringLiteral("<br>")
                + tr("Product line: %1").arg(e.productLine).toHtmlEscaped();
        if (!e.booking.purpose.isEmpty())
            text += QStringLiteral("<br>")
                + tr("Purpose: %1").arg(e.booking.purpose).toHtmlEscaped();
        if (e.booking.actualStart.isValid())
            text += QStringLiteral("<br>")
                + tr("Checked in %1").arg(timeText(e.booking.actualStart, false)).toHtmlEscaped();
        if (e.booking.actualEnd.isValid())
            text += QStringLiteral("<br>")
                + tr("Checked out %1").arg(timeText(e.booking.actualEnd, false)).toHtmlEscaped();
        if (e.movable)
            text += QStringLiteral("<br><i>%1</i>")
                        .arg(tr("Drag to move, drag the right edge to change the end.")
                                 .toHtmlEscaped());
        return text;
    }
    if (pos.x() < m_labelWidth && pos.y() > m_headerHeight) {
        const int row = rowAtY(toContent(pos).y());
        if (row < 0)
            return {};
        const Machine &m = m_machines.at(row);
        QString text
            = QStringLiteral("<b>%1</b><br>%2").arg(m.name.toHtmlEscaped(), m.type.toHtmlEscaped());
        if (m.capacity > 1)
            text += QStringLiteral("<br>")
                + tr("%n members at once", nullptr, m.capacity).toHtmlEscaped();
        if (m.underMaintenance)
            text += QStringLiteral("<br>") + tr("Under maintenance: cannot be booked.");
        return text;
    }
    if (!bodyRect().contains(pos) || m_machines.isEmpty())
        return {};
    const QPointF c = toContent(pos);
    const int row = rowAtY(c.y());
    const QDateTime t = rawTimeAt(c.x());
    if (row < 0)
        return {};
    for (const MaintenanceWindow &w : m_maintenance)
        if (w.equipmentId == m_machines.at(row).id && w.start <= t && t < w.end)
            return QStringLiteral("<b>%1</b><br>%2 %3<br>%4")
                .arg(tr("Maintenance").toHtmlEscaped(), rangeText(w.start, w.end).toHtmlEscaped(),
                     zone, w.reason.toHtmlEscaped());
    return {};
}

// --- painting ---------------------------------------------------------------------------------

void TimelineWidget::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    paintBody(painter);
    paintHeader(painter);
    paintLabels(painter);

    // The corner: what the rows are, and the zone the hours are in.
    const QRect corner(0, 0, m_labelWidth, m_headerHeight);
    painter.fillRect(corner, palette().color(QPalette::Window));
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(corner.adjusted(10, 4, -6, -(fm.height() + 6)),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Machine"));
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(
        corner.adjusted(10, fm.height() + 6, -6, -4), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(tr("Times in %1").arg(DisplayFormat::timeZoneAbbreviation(m_site.timeZone)),
                      Qt::ElideRight, m_labelWidth - 16));
    painter.setPen(gridColour(palette(), 90));
    painter.drawLine(QPointF(m_labelWidth - 0.5, 0), QPointF(m_labelWidth - 0.5, height()));
    painter.drawLine(QPointF(0, m_headerHeight - 0.5), QPointF(width(), m_headerHeight - 0.5));
}

void TimelineWidget::paintBody(QPainter &painter)
{
    const QRectF body = bodyRect();
    painter.save();
    painter.setClipRect(body);
    painter.translate(m_labelWidth - horizontalScrollBar()->value(),
                      m_headerHeight - verticalScrollBar()->value());
    const QFontMetrics fm(font());
    const double height = std::max(m_contentHeight, body.height() + verticalScrollBar()->value());

    if (m_machines.isEmpty()) {
        painter.restore();
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(body.adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("This site has no machines to book yet. Add them under Master data "
                            "(Ctrl+5), tab Equipment."));
        return;
    }

    // Closed time and today.
    const QDate today = m_now.toTimeZone(m_zone).date();
    for (int d = 0; d < dayCount(); ++d) {
        const double x = m_dayX.at(d);
        const double w = m_dayWidth.at(d);
        const QDate date = m_firstDay.addDays(d);
        if (date == today)
            painter.fillRect(QRectF(x, 0, w, height), QColor(0x1e, 0x7b, 0x3c, 14));
        if (isCollapsed(d) || !m_site.isOpenOn(date.dayOfWeek())) {
            painter.fillRect(QRectF(x, 0, w, height), BookingStyle::closedFill());
            continue;
        }
        if (m_site.openMinute > m_fromMinute)
            painter.fillRect(
                QRectF(x, 0, (m_site.openMinute - m_fromMinute) * m_pxPerMinute, height),
                BookingStyle::closedFill());
        if (m_site.closeMinute < m_toMinute) {
            const double cx = x + (m_site.closeMinute - m_fromMinute) * m_pxPerMinute;
            painter.fillRect(QRectF(cx, 0, x + w - cx, height), BookingStyle::closedFill());
        }
    }

    // Grid: hours, half hours where there is room, days, rows.
    const double hourWidth = 60 * m_pxPerMinute;
    for (int d = 0; d < dayCount(); ++d) {
        if (isCollapsed(d))
            continue;
        for (int minute = m_fromMinute; minute <= m_toMinute; minute += 30) {
            const bool hour = minute % 60 == 0;
            if (!hour && hourWidth < 48)
                continue;
            const double x
                = std::round(m_dayX.at(d) + (minute - m_fromMinute) * m_pxPerMinute) + 0.5;
            painter.setPen(QPen(gridColour(palette(), hour ? 38 : 18), 1));
            painter.drawLine(QPointF(x, 0), QPointF(x, height));
        }
    }
    painter.setPen(QPen(gridColour(palette(), 110), 1));
    for (int d = 1; d < dayCount(); ++d) {
        const double x = std::round(m_dayX.at(d)) + 0.5;
        painter.drawLine(QPointF(x, 0), QPointF(x, height));
    }
    painter.setPen(QPen(gridColour(palette(), 55), 1));
    for (int row = 0; row < m_machines.size(); ++row) {
        const double y = std::round(m_rowTop.at(row) + m_rowHeight.at(row)) - 0.5;
        painter.drawLine(QPointF(0, y), QPointF(m_contentWidth, y));
    }

    // Maintenance windows and machines out of service.
    for (const MaintenanceWindow &w : std::as_const(m_maintenance)) {
        const int row = rowOf(w.equipmentId);
        if (row < 0)
            continue;
        for (const auto &[x0, x1] : spans(w.start, w.end)) {
            const QRectF r(x0, m_rowTop.at(row) + 1, x1 - x0, m_rowHeight.at(row) - 3);
            BookingStyle::paintMaintenance(painter, r);
            const QString label = tr("Maintenance");
            if (r.width() > fm.horizontalAdvance(label) + 16) {
                const QRectF pill(r.left() + 4, r.bottom() - fm.height() - 6,
                                  fm.horizontalAdvance(label) + 10, fm.height() + 2);
                painter.fillRect(pill, QColor(255, 255, 255, 215));
                painter.setPen(BookingStyle::maintenanceHatch().darker(130));
                painter.drawText(pill, Qt::AlignCenter, label);
            }
        }
    }

    // Bookings; one being dragged stays where it is, faded, until the service agrees.
    const bool dragging = m_ghost.active && (m_drag == Drag::Moving || m_drag == Drag::Resizing);
    for (const Box &box : std::as_const(m_boxes)) {
        const Entry &entry = m_entries.at(box.entry);
        const bool dragged = dragging && box.entry == m_dragEntry;
        if (dragged)
            painter.setOpacity(0.35);
        paintEntry(painter, entry, box.rect, entry.booking.meta.id == m_selected && !dragged,
                   box.first);
        if (dragged)
            painter.setOpacity(1.0);
    }
    paintGhost(painter);

    // Now.
    for (int d = 0; d < dayCount(); ++d) {
        if (isCollapsed(d) || m_now < dayVisibleStart(d) || m_now > dayVisibleEnd(d))
            continue;
        const double x = std::round(contentX(m_now)) + 0.5;
        painter.setPen(QPen(BookingStyle::nowLine(), 2));
        painter.drawLine(QPointF(x, 0), QPointF(x, height));
    }

    // The keyboard cursor, while the timeline has the focus.
    if (hasFocus() && m_cursorRow < m_rowTop.size()) {
        const QDateTime s = cursorStart();
        const double x0 = contentX(s);
        const double x1 = contentX(s.addSecs(qint64(m_step) * 60));
        const QRectF cell(x0 + 1, m_rowTop.at(m_cursorRow) + 1, std::max(4.0, x1 - x0 - 2),
                          m_rowHeight.at(m_cursorRow) - 3);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(m_selected ? 0 : 45);
        painter.fillRect(cell, fill);
        QPen pen(palette().color(QPalette::Highlight), 2);
        pen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell);
    }
    painter.restore();
}

void TimelineWidget::paintEntry(QPainter &painter, const Entry &entry, const QRectF &rect,
                                bool selected, bool first)
{
    const BookingStatus status = entry.booking.status;
    const QRectF text = BookingStyle::paintBox(painter, rect, status, selected);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    if (text.width() < fm.averageCharWidth() * 3 || text.height() < fm.height() - 4)
        return;
    const BookingStyle::Look look = BookingStyle::look(status);
    bold.setStrikeOut(look.struckOut);
    painter.save();
    painter.setClipRect(rect);
    painter.setPen(look.text);
    painter.setFont(bold);
    const QString name = first ? entry.memberName : QChar(0x2026) + entry.memberName;
    const QString shown = fm.elidedText(name, Qt::ElideRight, int(text.width()));
    // A name cut to a letter and an ellipsis says nothing; the tooltip and the colour remain.
    if (shown.size() < 4 && shown != name) {
        painter.restore();
        return;
    }
    const bool twoLines = text.height() >= fm.height() * 2 - 2;
    const QRectF line1(text.left(), text.top() + (twoLines ? 0 : (text.height() - fm.height()) / 2),
                       text.width(), fm.height());
    painter.drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, shown);
    if (twoLines) {
        QFont normal = font();
        normal.setStrikeOut(look.struckOut);
        painter.setFont(normal);
        const QFontMetrics nfm(normal);
        QString detail = Language::locale().toString(entry.booking.start.toTimeZone(m_zone),
                                                     QStringLiteral("HH:mm"))
            + QChar(0x2013)
            + Language::locale().toString(entry.booking.end.toTimeZone(m_zone),
                                          QStringLiteral("HH:mm"));
        if (status == BookingStatus::Cancelled || status == BookingStatus::NoShow
            || status == BookingStatus::Requested)
            detail += QStringLiteral(" · ") + bookingStatusDisplayName(status);
        else if (!entry.productLine.isEmpty())
            detail += QStringLiteral(" · ") + entry.productLine;
        const QString times = detail.section(QStringLiteral(" · "), 0, 0);
        const QString extra = detail.section(QStringLiteral(" · "), 1);
        // The extra may be cut short; the times go whole or not at all, since "08:…" misleads.
        if (nfm.horizontalAdvance(times + QStringLiteral(" · ") + extra.left(3)) > text.width())
            detail = times;
        if (nfm.horizontalAdvance(times) > text.width())
            detail = Language::locale().toString(entry.booking.start.toTimeZone(m_zone),
                                                 QStringLiteral("HH:mm"));
        if (nfm.horizontalAdvance(detail.section(QStringLiteral(" · "), 0, 0)) <= text.width())
            painter.drawText(QRectF(text.left(), line1.bottom(), text.width(), nfm.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             nfm.elidedText(detail, Qt::ElideRight, int(text.width())));
    }
    painter.restore();
}

void TimelineWidget::paintGhost(QPainter &painter)
{
    if (!m_ghost.active || m_ghost.row < 0 || m_ghost.row >= m_rowTop.size())
        return;
    const QFontMetrics fm(font());
    const double h = std::min(m_rowHeight.at(m_ghost.row) - 9, fm.height() * 3.0 + 7);
    const double top = m_rowTop.at(m_ghost.row) + (m_rowHeight.at(m_ghost.row) - h) / 2;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const auto &[x0, x1] : spans(m_ghost.start, m_ghost.end)) {
        const QRectF r(x0, top, std::max(3.0, x1 - x0), h);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(70);
        painter.setBrush(fill);
        QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
        painter.setPen(pen);
        painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4);
        const QString label
            = Language::locale().toString(m_ghost.start.toTimeZone(m_zone), QStringLiteral("HH:mm"))
            + QChar(0x2013)
            + Language::locale().toString(m_ghost.end.toTimeZone(m_zone), QStringLiteral("HH:mm"));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(r.adjusted(6, 2, -4, -2), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(label, Qt::ElideRight, int(r.width()) - 10));
    }
    painter.restore();
}

void TimelineWidget::paintHeader(QPainter &painter)
{
    const QFontMetrics fm(font());
    const QRectF header(m_labelWidth, 0, viewport()->width() - m_labelWidth, m_headerHeight);
    painter.save();
    painter.fillRect(header, palette().color(QPalette::Window));
    painter.setClipRect(header);
    painter.translate(m_labelWidth - horizontalScrollBar()->value(), 0);
    const QDate today = m_now.toTimeZone(m_zone).date();
    const double line = fm.height() + 6;
    QFont bold = font();
    bold.setBold(true);

    // Hours are labelled as often as they fit.
    const bool compact = m_view == View::Week;
    const QString sample = compact ? QStringLiteral("00") : QStringLiteral("00:00");
    const double hourWidth = 60 * m_pxPerMinute;
    int every = 1;
    for (int candidate : {1, 2, 3, 4, 6, 12}) {
        every = candidate;
        if (candidate * hourWidth >= fm.horizontalAdvance(sample) + 8)
            break;
    }

    for (int d = 0; d < dayCount(); ++d) {
        const double x = m_dayX.at(d);
        const double w = m_dayWidth.at(d);
        const QDate date = m_firstDay.addDays(d);
        const bool isToday = date == today;
        QString label;
        if (isCollapsed(d)) {
            label = Language::locale().toString(date, QStringLiteral("ddd"));
        } else if (m_view == View::Day) {
            // The date itself is above the timeline; here what matters for booking.
            label = !m_site.isOpenOn(date.dayOfWeek())
                ? tr("Closed all day")
                : tr("Open %1–%2")
                      .arg(DisplayFormat::timeOfDay(m_site.openMinute),
                           DisplayFormat::timeOfDay(m_site.closeMinute));
            if (isToday)
                label = tr("Today") + QStringLiteral(" · ") + label;
        } else {
            label = Language::locale().toString(date, QStringLiteral("ddd d MMM"));
        }
        painter.setFont(isToday ? bold : font());
        painter.setPen(isToday ? accent : palette().color(QPalette::WindowText));
        const double margin = isCollapsed(d) ? 1 : 4;
        const QRectF dayRect(x + margin, 2, w - 2 * margin, line);
        // A closed day's short name is clipped rather than cut to one letter and dots.
        painter.drawText(
            dayRect, (m_view == View::Day ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter,
            isCollapsed(d) ? label : fm.elidedText(label, Qt::ElideRight, int(dayRect.width())));
        if (isToday) {
            painter.fillRect(QRectF(x + 1, 0, w - 2, 3), accent);
        }
        if (d > 0) {
            painter.setPen(QPen(gridColour(palette(), 110), 1));
            const double sx = std::round(x) + 0.5;
            painter.drawLine(QPointF(sx, 0), QPointF(sx, m_headerHeight));
        }
        if (isCollapsed(d))
            continue;
        painter.setFont(font());
        for (int minute = (m_fromMinute + 59) / 60 * 60; minute < m_toMinute; minute += 60) {
            if ((minute / 60) % every != 0)
                continue;
            const double hx = std::round(x + (minute - m_fromMinute) * m_pxPerMinute) + 0.5;
            painter.setPen(QPen(gridColour(palette(), 70), 1));
            painter.drawLine(QPointF(hx, m_headerHeight - 5), QPointF(hx, m_headerHeight));
            const QString text = compact
                ? QStringLiteral("%1").arg(minute / 60, 2, 10, QLatin1Char('0'))
                : DisplayFormat::timeOfDay(minute);
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRectF(hx + 3, line, every * hourWidth - 4, m_headerHeight - line - 2),
                             Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
    // Now, marked in the header too, so that it can be found when the rows scroll.
    for (int d = 0; d < dayCount(); ++d) {
        if (isCollapsed(d) || m_now < dayVisibleStart(d) || m_now > dayVisibleEnd(d))
            continue;
        const double x = contentX(m_now);
        QPainterPath marker;
        marker.moveTo(x - 5, m_headerHeight - 7);
        marker.lineTo(x + 5, m_headerHeight - 7);
        marker.lineTo(x, m_headerHeight);
        marker.closeSubpath();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.fillPath(marker, BookingStyle::nowLine());
    }
    painter.restore();
}

void TimelineWidget::paintLabels(QPainter &painter)
{
    const QRectF column(0, m_headerHeight, m_labelWidth, viewport()->height() - m_headerHeight);
    painter.save();
    painter.fillRect(column, palette().color(QPalette::Window));
    painter.setClipRect(column);
    painter.translate(0, m_headerHeight - verticalScrollBar()->value());
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    for (int row = 0; row < m_machines.size(); ++row) {
        const Machine &m = m_machines.at(row);
        const QRectF r(0, m_rowTop.at(row), m_labelWidth, m_rowHeight.at(row));
        if (row == m_cursorRow && hasFocus())
            painter.fillRect(QRectF(0, r.top(), 4, r.height()),
                             palette().color(QPalette::Highlight));
        const double textHeight = bfm.height() + fm.height();
        const double top = r.top() + (r.height() - textHeight) / 2;
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(10, top, m_labelWidth - 16, bfm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         bfm.elidedText(m.name, Qt::ElideRight, m_labelWidth - 16));
        painter.setFont(font());
        QString second = m.type;
        if (m.capacity > 1)
            second += QStringLiteral(" · ") + tr("%n at once", nullptr, m.capacity);
        if (m.underMaintenance) {
            second = tr("Under maintenance");
            painter.setPen(QColor(0x9a, 0x5b, 0x00));
        } else {
            painter.setPen(palette().color(QPalette::PlaceholderText));
        }
        painter.drawText(QRectF(10, top + bfm.height(), m_labelWidth - 16, fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(second, Qt::ElideRight, m_labelWidth - 16));
        painter.setPen(QPen(gridColour(palette(), 55), 1));
        const double y = std::round(r.bottom()) - 0.5;
        painter.drawLine(QPointF(0, y), QPointF(m_labelWidth, y));
    }
    painter.restore();
}

// --- events -----------------------------------------------------------------------------------

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void TimelineWidget::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    viewport()->update();
}

QSize TimelineWidget::sizeHint() const
{
    return QSize(900, 420);
}

QSize TimelineWidget::minimumSizeHint() const
{
    return QSize(360, 160);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange
        || event->type() == QEvent::LocaleChange)
        relayout();
    else if (event->type() == QEvent::PaletteChange)
        viewport()->update();
}

void TimelineWidget::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
    Q_EMIT cursorMoved();
}

void TimelineWidget::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool TimelineWidget::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineWidget::updateHoverCursor(const QPoint &pos)
{
    bool edge = false;
    const int box = hitBox(pos, &edge);
    if (box >= 0 && m_entries.at(m_boxes.at(box).entry).movable)
        viewport()->setCursor(edge ? Qt::SizeHorCursor : Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    m_drag = Drag::None;
    m_ghost = {};
    if (!bodyRect().contains(pos) || m_machines.isEmpty())
        return;
    m_pressPos = pos;
    const QPointF c = toContent(pos);
    const int row = rowAtY(c.y());
    const int day = dayAtX(c.x());
    const QDateTime at = rawTimeAt(c.x());
    m_cursorRow = std::max(0, row);
    m_cursorDay = day;
    m_cursorMinute = qBound(m_fromMinute, int(dayMidnight(day).secsTo(snap(at, day, -1)) / 60),
                            m_toMinute - m_step);

    bool edge = false;
    const int box = hitBox(pos, &edge);
    if (box >= 0) {
        const Entry &entry = m_entries.at(m_boxes.at(box).entry);
        setSelected(entry.booking.meta.id);
        if (entry.movable) {
            m_drag = edge ? Drag::PendingResize : Drag::PendingMove;
            m_dragEntry = m_boxes.at(box).entry;
            m_dragOffsetSecs = entry.booking.start.secsTo(at);
        }
    } else {
        setSelected(0);
        if (m_canCreate && !isCollapsed(day)) {
            m_drag = Drag::PendingCreate;
            m_anchorRow = m_cursorRow;
            m_anchorDay = day;
            m_anchor = snap(at, day, -1);
        }
    }
    viewport()->update();
    Q_EMIT cursorMoved();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        updateHoverCursor(pos);
        return;
    }
    if (m_drag == Drag::PendingCreate || m_drag == Drag::PendingMove
        || m_drag == Drag::PendingResize) {
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = m_drag == Drag::PendingCreate ? Drag::Creating
            : m_drag == Drag::PendingMove      ? Drag::Moving
                                               : Drag::Resizing;
        if (m_drag == Drag::Moving)
            viewport()->setCursor(Qt::ClosedHandCursor);
    }
    const QPointF c = toContent(pos);
    switch (m_drag) {
    case Drag::Creating: {
        const int day = m_anchorDay;
        const double x = std::clamp(c.x(), m_dayX.at(day), m_dayX.at(day) + m_dayWidth.at(day) - 1);
        const QDateTime t = rawTimeAt(x);
        const qint64 step = qint64(m_step) * 60;
        if (t >= m_anchor)
            m_ghost
                = {true, m_anchorRow, m_anchor, std::max(snap(t, day, +1), m_anchor.addSecs(step))};
        else
            m_ghost = {true, m_anchorRow, snap(t, day, -1), m_anchor.addSecs(step)};
        break;
    }
    case Drag::Moving: {
        const Booking &b = m_entries.at(m_dragEntry).booking;
        const qint64 duration = b.start.secsTo(b.end);
        const int day = dayAtX(c.x());
        if (isCollapsed(day))
            break;
        QDateTime start = snap(rawTimeAt(c.x()).addSecs(-m_dragOffsetSecs), day, 0);
        if (start.addSecs(duration) > dayVisibleEnd(day)
            && dayVisibleStart(day).secsTo(dayVisibleEnd(day)) >= duration)
            start = snap(dayVisibleEnd(day).addSecs(-duration), day, -1);
        m_ghost = {true, std::max(0, rowAtY(c.y())), start, start.addSecs(duration)};
        break;
    }
    case Drag::Resizing: {
        const Booking &b = m_entries.at(m_dragEntry).booking;
        int day = dayOf(b.start);
        if (day < 0)
            day = 0;
        const double x = std::clamp(c.x(), m_dayX.at(day), m_dayX.at(day) + m_dayWidth.at(day) - 1);
        const QDateTime end
            = std::max(snap(rawTimeAt(x), day, 0), b.start.addSecs(qint64(m_step) * 60));
        m_ghost = {true, rowOf(b.equipmentId), b.start, end};
        break;
    }
    default:
        break;
    }
    viewport()->update();
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const Drag was = m_drag;
    const Ghost ghost = m_ghost;
    const int entry = m_dragEntry;
    m_drag = Drag::None;
    m_ghost = {};
    m_dragEntry = -1;
    viewport()->update();
    updateHoverCursor(event->position().toPoint());
    if (!ghost.active || ghost.row < 0 || ghost.row >= m_machines.size())
        return;
    if (was == Drag::Creating) {
        Q_EMIT createRequested(m_machines.at(ghost.row).id, ghost.start, ghost.end);
    } else if ((was == Drag::Moving || was == Drag::Resizing) && entry >= 0
               && entry < m_entries.size()) {
        const Booking &b = m_entries.at(entry).booking;
        const qint64 machine = m_machines.at(ghost.row).id;
        if (machine != b.equipmentId || ghost.start != b.start || ghost.end != b.end)
            Q_EMIT moveRequested(b.meta.id, machine, ghost.start, ghost.end);
    }
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    m_drag = Drag::None;
    m_ghost = {};
    if (const qint64 id = bookingAt(pos)) {
        Q_EMIT menuRequested(id, viewport()->mapToGlobal(pos));
        return;
    }
    if (!bodyRect().contains(pos) || !m_canCreate || m_machines.isEmpty())
        return;
    const QDateTime start = cursorStart();
    const QDateTime end
        = std::min(start.addSecs(defaultBookingMinutes * 60), dayVisibleEnd(m_cursorDay));
    Q_EMIT createRequested(m_machines.at(m_cursorRow).id, start, end);
}

void TimelineWidget::nudgeSelected(int slots, int rows, bool resize)
{
    const int i = entryIndex(m_selected);
    if (i < 0 || !m_entries.at(i).movable)
        return;
    // A copy: the move reloads the entries while the signal is still being delivered.
    const Booking b = m_entries.at(i).booking;
    const qint64 step = qint64(m_step) * 60 * slots;
    int row = rowOf(b.equipmentId) + rows;
    if (row < 0 || row >= m_machines.size())
        return;
    if (resize) {
        const QDateTime end = b.end.addSecs(step);
        if (end <= b.start)
            return;
        Q_EMIT moveRequested(b.meta.id, b.equipmentId, b.start, end);
    } else {
        Q_EMIT moveRequested(b.meta.id, m_machines.at(row).id, b.start.addSecs(step),
                             b.end.addSecs(step));
    }
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (m_drag != Drag::None) {
        if (event->key() == Qt::Key_Escape) {
            m_drag = Drag::None;
            m_ghost = {};
            viewport()->update();
            event->accept();
            return;
        }
    }
    // Alt with the arrows moves the selected booking; Alt+Shift changes its end.
    if (mods & Qt::AltModifier) {
        const bool resize = mods & Qt::ShiftModifier;
        switch (event->key()) {
        case Qt::Key_Left:
            nudgeSelected(-1, 0, resize);
            return;
        case Qt::Key_Right:
            nudgeSelected(1, 0, resize);
            return;
        case Qt::Key_Up:
            if (!resize)
                nudgeSelected(0, -1, false);
            return;
        case Qt::Key_Down:
            if (!resize)
                nudgeSelected(0, 1, false);
            return;
        default:
            break;
        }
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursorBy(-1);
        return;
    case Qt::Key_Right:
        moveCursorBy(1);
        return;
    case Qt::Key_Up:
        moveCursorToRow(m_cursorRow - 1);
        return;
    case Qt::Key_Down:
        moveCursorToRow(m_cursorRow + 1);
        return;
    case Qt::Key_Home:
        moveCursorBy(-((m_cursorMinute - m_fromMinute) / m_step));
        return;
    case Qt::Key_End:
        moveCursorBy((m_toMinute - m_step - m_cursorMinute) / m_step);
        return;
    case Qt::Key_PageUp:
        Q_EMIT pageRequested(-1);
        return;
    case Qt::Key_PageDown:
        Q_EMIT pageRequested(1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_machines.isEmpty())
            return;
        if (m_selected) {
            const QRect r = bookingRect(m_selected);
            Q_EMIT menuRequested(
                m_selected,
                viewport()->mapToGlobal(r.isValid() ? r.bottomLeft() : QPoint(m_labelWidth, 0)));
        } else if (m_canCreate) {
            const QDateTime start = cursorStart();
            const QDateTime end
                = std::min(start.addSecs(defaultBookingMinutes * 60), dayVisibleEnd(m_cursorDay));
            Q_EMIT createRequested(m_machines.at(m_cursorRow).id, start,
                                   std::max(end, start.addSecs(qint64(m_step) * 60)));
        }
        return;
    case Qt::Key_Delete:
        if (m_selected)
            Q_EMIT cancelRequested(m_selected);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    qint64 id = 0;
    QPoint at = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        id = bookingAt(event->pos());
        if (id)
            setSelected(id);
    } else if (m_selected) {
        id = m_selected;
        const QRect r = bookingRect(id);
        if (r.isValid())
            at = viewport()->mapToGlobal(r.bottomLeft());
    }
    if (id)
        Q_EMIT menuRequested(id, at);
}

} // namespace Rpb
