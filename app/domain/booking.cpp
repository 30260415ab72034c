#include "booking.h"

#include <QCoreApplication>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Booking)
};

constexpr BookingStatus allStatuses[] = {BookingStatus::Requested, BookingStatus::Confirmed,
                                         BookingStatus::CheckedIn, BookingStatus::Done,
                                         BookingStatus::Cancelled, BookingStatus::NoShow};
} // namespace

QString bookingStatusCode(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Requested:
        return QStringLiteral("requested");
    case BookingStatus::Confirmed:
        return QStringLiteral("confirmed");
    case BookingStatus::CheckedIn:
        return QStringLiteral("checked_in");
    case BookingStatus::Done:
        return QStringLiteral("done");
    case BookingStatus::Cancelled:
        return QStringLiteral("cancelled");
    case BookingStatus::NoShow:
        return QStringLiteral("no_show");
    }
    return {};
}

std::optional<BookingStatus> bookingStatusFromCode(const QString &code)
{
    for (BookingStatus s : allStatuses)
        if (bookingStatusCode(s) == code)
            return s;
    return std::nullopt;
}

QString bookingStatusDisplayName(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Requested:
        return Tr::tr("Requested");
    case BookingStatus::Confirmed:
        return Tr::tr("Confirmed");
    case BookingStatus::CheckedIn:
        return Tr::tr("Checked in");
    case BookingStatus::Done:
        return Tr::tr("Done");
    case BookingStatus::Cancelled:
        return Tr::tr("Cancelled");
    case BookingStatus::NoShow:
        return Tr::tr("No-show");
    }
    return {};
}

bool holdsTime(BookingStatus status)
{
    return status != BookingStatus::Cancelled && status != BookingStatus::NoShow;
}

} // namespace Rpb
