#pragma once

#include "domain/booking.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace Rpb {

// Bookings as rows of a table, for those who prefer a list to the timeline. It shows what it
// is given; the list panel asks the service with its filters and hands the result over.
class BookingListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingListModel)
public:
    enum Column {
        Start,
        End,
        Machine,
        Member,
        Status,
        ProductLine,
        Purpose,
        Series,
        BookedBy,
        Count
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 local id of the booking
        SortRole, // raw value so that times and statuses sort as such
        StatusRole // int(BookingStatus)
    };

    // Names of the records a booking refers to by id.
    struct Names
    {
        QHash<qint64, QString> machines;
        QHash<qint64, QString> members;
        QHash<qint64, QString> productLines;
    };

    explicit BookingListModel(QObject *parent = nullptr);

    void setBookings(const QList<Booking> &bookings, const Names &names, const QTimeZone &zone);
    const Booking &bookingAt(int row) const { return m_bookings.at(row); }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool event(QEvent *event) override;

private:
    QString timeText(const QDateTime &utc) const;
    QVariant display(const Booking &b, int column) const;

    QList<Booking> m_bookings;
    Names m_names;
    QTimeZone m_zone;
};

} // namespace Rpb
