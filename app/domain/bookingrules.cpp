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

Status BookingRules::checkTimes(const QDateTime &start, const QDateTime &end, const QString &where)
{
    if (!start.isValid() || !end.isValid())
        return fail(Error::invalid(Tr::tr("Give both a start and an end time."), where,
                                   QStringLiteral("start")));
    if (end <= start)
        return fail(Error::invalid(Tr::tr("The end must be after the start."), where,
                                   QStringLiteral("end")));
    return {};
}

Status BookingRules::checkPurpose(const QString &purpose, const QString &where)
{
    if (purpose.size() > MaxPurposeLength)
        return fail(Error::invalid(
            Tr::tr("The purpose is too long: at most %1 characters.").arg(MaxPurposeLength), where,
            QStringLiteral("purpose")));
    return {};
}

Status BookingRules::checkRecord(const Booking &b, const QString &where)
{
    if (auto s = checkTimes(b.start, b.end, where); !s)
        return s;
    if (auto s = checkPurpose(b.purpose, where); !s)
        return s;
    // Check-in sets the actual start and check-out the actual end; nothing else does.
    const bool checkedIn = b.status == BookingStatus::CheckedIn || b.status == BookingStatus::Done;
    const bool checkedOut = b.status == BookingStatus::Done;
    const QString status = bookingStatusDisplayName(b.status).toLower();
    if (checkedIn != b.actualStart.isValid())
        return fail(Error::invalid(
            checkedIn ? Tr::tr("A booking that is %1 must have a check-in time.").arg(status)
                      : Tr::tr("A booking that is %1 cannot have a check-in time.").arg(status),
            where, QStringLiteral("actual_start")));
    if (checkedOut != b.actualEnd.isValid())
        return fail(Error::invalid(
            checkedOut ? Tr::tr("A booking that is %1 must have a check-out time.").arg(status)
                       : Tr::tr("A booking that is %1 cannot have a check-out time.").arg(status),
            where, QStringLiteral("actual_end")));
    if (checkedOut && b.actualEnd < b.actualStart)
        return fail(Error::invalid(Tr::tr("The check-out cannot be before the check-in."), where,
                                   QStringLiteral("actual_end")));
    return {};
}

Status BookingRules::checkMaintenance(const MaintenanceWindow &w, const QString &where)
{
    if (auto s = checkTimes(w.start, w.end, where); !s)
        return s;
    if (w.start.daysTo(w.end) > MaxMaintenanceDays)
        return fail(Error::invalid(Tr::tr("A maintenance window lasts at most a year."), where,
                                   QStringLiteral("end")));
    if (w.reason.trimmed().isEmpty() || w.reason.size() > MaxReasonLength)
        return fail(Error::invalid(Tr::tr("Say why the machine is blocked (at most %1 "
                                          "characters).")
                                       .arg(MaxReasonLength),
                                   where, QStringLiteral("reason")));
    return {};
}

} // namespace Rpb
