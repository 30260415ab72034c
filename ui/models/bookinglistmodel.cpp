#include "bookinglistmodel.h"

#include "services/language.h"
#include "widgets/bookingstyle.h"

#include <QEvent>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace Rpb {

namespace {
QIcon statusIcon(BookingStatus status)
{
    // A small sample of the box the timeline draws, so the list and the timeline match.
    QPixmap pixmap(QSize(28, 16) * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    BookingStyle::paintBox(painter, QRectF(1, 2, 26, 12), status, false);
    return QIcon(pixmap);
}
} // namespace

BookingListModel::BookingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BookingListModel::setBookings(const QList<Booking> &bookings, const Names &names,
                                   const QTimeZone &zone)
{
    beginResetModel();
    m_bookings = bookings;
    m_names = names;
    m_zone = zone;
    endResetModel();
}

int BookingListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_bookings.size(); ++row)
        if (m_bookings.at(row).meta.id == id)
            return row;
    return -1;
}

int BookingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookings.size());
}

int BookingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QString BookingListModel::timeText(const QDateTime &utc) const
{
    return Language::locale().toString(utc.toTimeZone(m_zone),
                                       QStringLiteral("ddd d MMM yyyy  HH:mm"));
}

QVariant BookingListModel::display(const Booking &b, int column) const
{
    switch (Column(column)) {
    case Start:
        return timeText(b.start);
    case End:
        // The date only when it differs from the start's.
        if (b.start.toTimeZone(m_zone).date() == b.end.toTimeZone(m_zone).date())
            return Language::locale().toString(b.end.toTimeZone(m_zone), QStringLiteral("HH:mm"));
        return timeText(b.end);
    case Machine:
        return m_names.machines.value(b.equipmentId);
    case Member:
        return m_names.members.value(b.memberId);
    case Status:
        return bookingStatusDisplayName(b.status);
    case ProductLine:
        return b.productLineId ? m_names.productLines.value(*b.productLineId) : QString();
    case Purpose:
        return b.purpose.section(QLatin1Char('\n'), 0, 0);
    case Series:
        return b.seriesId ? tr("Repeats") : QString();
    case BookedBy:
        return b.createdBy;
    case Count:
        break;
    }
    return {};
}

QVariant BookingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Booking &b = m_bookings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(b, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Purpose)
            return b.purpose;
        return display(b, index.column());
    case Qt::DecorationRole:
        if (index.column() == Status)
            return statusIcon(b.status);
        return {};
    case Qt::FontRole:
        if (b.status == BookingStatus::Cancelled || b.status == BookingStatus::NoShow) {
            QFont font;
            font.setStrikeOut(index.column() == Start || index.column() == End);
            return font;
        }
        return {};
    case IdRole:
        return b.meta.id;
    case StatusRole:
        return int(b.status);
    case SortRole:
        switch (Column(index.column())) {
        case Start:
            return b.start.toSecsSinceEpoch();
        case End:
            return b.end.toSecsSinceEpoch();
        case Status:
            return int(b.status);
        default:
            return display(b, index.column());
        }
    default:
        return {};
    }
}

QVariant BookingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Machine:
        return tr("Machine");
    case Member:
        return tr("Member");
    case Status:
        return tr("Status");
    case ProductLine:
        return tr("Product line");
    case Purpose:
        return tr("Purpose");
    case Series:
        return tr("Series");
    case BookedBy:
        return tr("Booked by");
    case Count:
        break;
    }
    return {};
}

bool BookingListModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, Count - 1);
        if (!m_bookings.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, Count - 1));
    }
    return QAbstractTableModel::event(event);
}

} // namespace Rpb
