#include "bookingrules.h"

#include "uuid7.h"

#include <QCoreApplication>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BookingRules)
};

bool isOpen(BookingStatus status)
{
    return status == BookingStatus::Requested || status == BookingStatus::Confirmed;
}
} // namespace

QList<BookingRules::Step> BookingRules::steps()
{
    return {Step::Confirm, Step::CheckIn, Step::CheckOut, Step::NoShow, Step::Cancel, Step::Move};
}

Status BookingRules::check(Step step, const Booking &b, const QDateTime &now)
{
    const QString where = Uuid7::toText(b.meta.uuid);
    bool allowed = false;
    switch (step) {
    case Step::Confirm:
        allowed = b.status == BookingStatus::Requested;
        break;
    case Step::Cancel:
        allowed = isOpen(b.status);
        break;
    case Step::Move:
        if (!isOpen(b.status))
            return fail(Error::invalid(Tr::tr("Only a requested or confirmed booking can be "
                                              "moved; this one is %1.")
                                           .arg(bookingStatusDisplayName(b.status).toLower()),
                                       where));
        return {};
    case Step::CheckIn:
        allowed = b.status == BookingStatus::Confirmed;
        if (allowed && (now < b.start.addSecs(-CheckInOpensMinutes * 60) || now >= b.end))
            return fail(Error::invalid(Tr::tr("Check-in is possible from %n minute(s) before the "
                                              "start until the end.",
                                              nullptr, CheckInOpensMinutes),
                                       where));
        break;
    case Step::CheckOut:
        allowed = b.status == BookingStatus::CheckedIn;
        break;
    case Step::NoShow:
        allowed = isOpen(b.status);
        if (allowed && now < b.start.addSecs(NoShowGraceMinutes * 60))
            return fail(Error::invalid(Tr::tr("A booking becomes a no-show only %n minute(s) after "
                                              "its start.",
                                              nullptr, NoShowGraceMinutes),
                                       where));
        break;
    }
    if (allowed)
        return {};
    return fail(Error::invalid(Tr::tr("A booking that is %1 cannot become %2.")
                                   .arg(bookingStatusDisplayName(b.status).toLower(),
                                        bookingStatusDisplayName(target(step, b.status)).toLower()),
                               where));
}

BookingStatus BookingRules::target(Step step, BookingStatus from)
{
    switch (step) {
    case Step::Confirm:
        return BookingStatus::Confirmed;
    case Step::CheckIn:
        return BookingStatus::CheckedIn;
    case Step::CheckOut:
        return BookingStatus::Done;
    case Step::NoShow:
        return BookingStatus::NoShow;
    case Step::Cancel:
        return BookingStatus::Cancelled;
    case Step::Move:
        break;
    }
    return from;
}

Permissions::Action BookingRules::permission(Step step)
{
    switch (step) {
    case Step::Confirm:
        return Permissions::Action::ConfirmBooking;
    case Step::CheckIn:
    case Step::CheckOut:
        return Permissions::Action::CheckInBooking;
    case Step::NoShow:
        return Permissions::Action::MarkNoShow;
    case Step::Cancel:
        return Permissions::Action::CancelBooking;
    case Step::Move:
        return Permissions::Action::MoveBooking;
    }
    return Permissions::Action::ConfirmBooking;
}

QString BookingRules::actionCode(Step step)
{
    switch (step) {
    case Step::Confirm:
        return QStringLiteral("confirm");
    case Step::CheckIn:
        return QStringLiteral("check_in");
    case Step::CheckOut:
        return QStringLiteral("check_out");
    case Step::NoShow:
        return QStringLiteral("no_show");
    case Step::Cancel:
        return QStringLiteral("cancel");
    case Step::Move:
        return QStringLiteral("move");
    }
    return {};
}

} // namespace Rpb
