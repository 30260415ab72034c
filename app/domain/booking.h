#pragma once

#include "recordmeta.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Rpb {

enum class BookingStatus { Requested, Confirmed, CheckedIn, Done, Cancelled, NoShow };

QString bookingStatusCode(BookingStatus status); // "checked_in"
std::optional<BookingStatus> bookingStatusFromCode(const QString &code);
QString bookingStatusDisplayName(BookingStatus status);
// Whether a booking in this status holds its machine time (cancelled and no-show ones free it).
bool holdsTime(BookingStatus status);

// A member's reserved time on one machine. Times are UTC; screens show the site's time zone.
struct Booking
{
    RecordMeta meta;
    qint64 equipmentId = 0;
    qint64 memberId = 0;
    std::optional<qint64> operatorId; // the account that made it
    std::optional<qint64> productLineId;
    std::optional<qint64> seriesId;
    QDateTime start;
    QDateTime end;
    BookingStatus status = BookingStatus::Requested;
    QDateTime actualStart; // check-in, invalid until then
    QDateTime actualEnd;   // check-out
    QString purpose;
    QString createdBy; // name of the account, travels with sync

    qint64 minutes() const { return start.secsTo(end) / 60; }
};

// Time a machine is blocked for maintenance.
struct MaintenanceWindow
{
    RecordMeta meta;
    qint64 equipmentId = 0;
    QDateTime start;
    QDateTime end;
    QString reason;
};

} // namespace Rpb
