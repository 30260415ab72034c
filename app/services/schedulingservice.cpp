#include "schedulingservice.h"

#include "changehub.h"
#include "domain/bookingrules.h"
#include "domain/member.h"
#include "domain/permissions.h"
#include "domain/recurrence.h"
#include "domain/sitecalendar.h"
#include "domain/uuid7.h"
#include "editconflict.h"
#include "language.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/bookingrepository.h"
#include "storage/database.h"
#include "storage/masterdatarepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchedulingService)
};

QString timeText(const SiteCalendar &calendar, const QDateTime &utc)
{
    return Language::locale().toString(calendar.toLocal(utc),
                                       QStringLiteral("ddd d MMM yyyy HH:mm"));
}

QString rangeText(const SiteCalendar &calendar, const QDateTime &start, const QDateTime &end)
{
    const QDateTime localEnd = calendar.toLocal(end);
    return timeText(calendar, start) + QStringLiteral("–")
        + Language::locale().toString(localEnd, QStringLiteral("HH:mm"));
}

struct Occupied
{
    QDateTime start;
    QDateTime end; // including the cleaning buffer
    const Booking *booking = nullptr;
};

// The largest number of occupied intervals that overlap at one instant inside [from, to).
int peakOverlap(const QList<Occupied> &others, const QDateTime &from, const QDateTime &to)
{
    QList<std::pair<QDateTime, int>> events;
    for (const Occupied &o : others) {
        if (o.start < to && from < o.end) {
            events.append({std::max(o.start, from), +1});
            events.append({std::min(o.end, to), -1});
        }
    }
    // At equal instants, ends before starts: touching intervals do not overlap.
    std::sort(events.begin(), events.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    int current = 0;
    int peak = 0;
    for (const auto &e : events) {
        current += e.second;
        peak = std::max(peak, current);
    }
    return peak;
}

QJsonObject seriesChanges(const QString &rrule, const QList<Booking> &created, int skipped)
{
    return QJsonObject {
        {QStringLiteral("rrule"), QJsonArray {QJsonValue(), rrule}},
        {QStringLiteral("occurrences"), QJsonArray {QJsonValue(), int(created.size())}},
        {QStringLiteral("skipped"), QJsonArray {QJsonValue(), skipped}},
        {QStringLiteral("first_start_utc"),
         QJsonArray {QJsonValue(), created.first().start.toString(Qt::ISODate)}},
        {QStringLiteral("last_start_utc"),
         QJsonArray {QJsonValue(), created.last().start.toString(Qt::ISODate)}}};
}
} // namespace

struct SchedulingService::Context
{
    Site site;
    Equipment equipment;
    Member member;
    int bufferMinutes = 0;
    qint64 longestSeconds = 0; // longest a booking can occupy, buffer included
};

SchedulingService::SchedulingService(Database &db, const Session &session, ChangeHub &hub,
                                     QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_session(session)
    , m_hub(hub)
{ }

const Actor &SchedulingService::actor() const
{
    return m_session.actor();
}

Status SchedulingService::allowed(BookingRules::Step step, const Booking &booking) const
{
    if (auto s = m_db.ensureWritable(); !s)
        return s;
    if (auto s = Permissions::check(actor(), BookingRules::permission(step), booking.meta.siteId,
                                    booking.operatorId.value_or(0));
        !s)
        return s;
    return BookingRules::check(step, booking, now());
}

Status SchedulingService::mayBook(qint64 siteId) const
{
    if (auto s = m_db.ensureWritable(); !s)
        return s;
    return Permissions::check(actor(), Permissions::Action::Book, siteId);
}

Status SchedulingService::mayManageMaintenance(qint64 siteId) const
{
    if (auto s = m_db.ensureWritable(); !s)
        return s;
    return Permissions::check(actor(), Permissions::Action::ManageMaintenance, siteId);
}

QString SchedulingService::describe(const Booking &b) const
{
    const MasterDataRepository repository(m_db);
    auto machine = repository.byId<Equipment>(b.equipmentId);
    auto member = repository.byId<Member>(b.memberId);
    if (machine && *machine && member && *member)
        return Tr::tr("The booking of %1 by %2").arg((*machine)->code, (*member)->code);
    return Tr::tr("The booking %1").arg(Uuid7::toText(b.meta.uuid));
}

Result<SchedulingService::Context> SchedulingService::contextFor(qint64 equipmentId,
                                                                 qint64 memberId) const
{
    const MasterDataRepository repository(m_db);
    auto equipment = repository.byId<Equipment>(equipmentId);
    if (!equipment)
        return fail(equipment.error());
    if (!*equipment || (*equipment)->meta.archived)
        return fail(Error::invalid(Tr::tr("There is no such machine."),
                                   QString::number(equipmentId), QStringLiteral("equipment")));
    if ((*equipment)->status == EquipmentStatus::Retired)
        return fail(Error::invalid(
            Tr::tr("The machine %1 is retired and cannot be booked.").arg((*equipment)->name),
            (*equipment)->code, QStringLiteral("equipment")));
    auto site = repository.byId<Site>((*equipment)->meta.siteId);
    if (!site)
        return fail(site.error());
    if (!*site)
        return fail(Error::invalid(Tr::tr("The machine's site is missing."), (*equipment)->code));
    auto member = repository.byId<Member>(memberId);
    if (!member)
        return fail(member.error());
    if (!*member || (*member)->meta.archived)
        return fail(Error::invalid(Tr::tr("There is no such member."), QString::number(memberId),
                                   QStringLiteral("member")));
    if ((*member)->meta.siteId != (*site)->meta.id)
        return fail(Error::invalid(Tr::tr("%1 is a member of another site.").arg((*member)->name),
                                   (*member)->code, QStringLiteral("member")));
    Context c {**site, **equipment, **member, 0, 0};
    c.bufferMinutes = c.equipment.bufferMinutes.value_or(c.site.bufferMinutes);
    c.longestSeconds = qint64(c.site.maxBookingMinutes + c.bufferMinutes) * 60;
    return c;
}

Status SchedulingService::checkShape(const Context &c, const QDateTime &start,
                                     const QDateTime &end) const
{
    const QString where = c.equipment.code;
    if (auto s = BookingRules::checkTimes(start, end, where); !s)
        return s;
    const qint64 minutes = start.secsTo(end) / 60;
    if (minutes < c.site.minBookingMinutes)
        return fail(Error::invalid(Tr::tr("A booking lasts at least %n minute(s) at this site.",
                                          nullptr, c.site.minBookingMinutes),
                                   where, QStringLiteral("end")));
    if (minutes > c.site.maxBookingMinutes)
        return fail(Error::invalid(Tr::tr("A booking lasts at most %n minute(s) at this site.",
                                          nullptr, c.site.maxBookingMinutes),
                                   where, QStringLiteral("end")));
    if (c.equipment.status == EquipmentStatus::Maintenance)
        return fail(Error::invalid(Tr::tr("The machine %1 is under maintenance and cannot be "
                                          "booked.")
                                       .arg(c.equipment.name),
                                   where, QStringLiteral("equipment")));
    return {};
}

QList<SchedulingService::Clash>
SchedulingService::clashesFor(const Context &c, const QDateTime &start, const QDateTime &end,
                              std::optional<qint64> excludeId, const QList<Booking> &pending,
                              std::optional<Error> *storageError) const
{
    QList<Clash> clashes;
    const SiteCalendar calendar(c.site);
    auto add = [&](Clash::Kind kind, const QString &message, std::optional<Booking> with = {}) {
        clashes.append(Clash {kind, start, end, message, std::move(with)});
    };

    if (end <= now())
        add(Clash::Kind::Rule,
            Tr::tr("%1 has already passed.").arg(rangeText(calendar, start, end)));
    else if (start > now().addDays(c.site.bookAheadDays))
        add(Clash::Kind::Rule,
            Tr::tr("%1 is more than %n day(s) ahead.", nullptr, c.site.bookAheadDays)
                .arg(rangeText(calendar, start, end)));
    if (!calendar.withinOpeningHours(start, end))
        add(Clash::Kind::Closed,
            Tr::tr("%1 is outside the opening hours of %2 (%3–%4).")
                .arg(rangeText(calendar, start, end), c.site.name,
                     QTime(0, 0).addSecs(c.site.openMinute * 60).toString(QStringLiteral("HH:mm")),
                     c.site.closeMinute >= 1440 ? QStringLiteral("24:00")
                                                : QTime(0, 0)
                                                      .addSecs(c.site.closeMinute * 60)
                                                      .toString(QStringLiteral("HH:mm"))));

    const BookingRepository repository(m_db);
    auto windows = repository.maintenance(c.equipment.meta.id, start, end);
    if (!windows) {
        *storageError = windows.error();
        return clashes;
    }
    for (const MaintenanceWindow &w : *windows)
        add(Clash::Kind::Maintenance,
            Tr::tr("%1 is blocked for maintenance %2 (%3).")
                .arg(c.equipment.name, rangeText(calendar, w.start, w.end), w.reason));

    const qint64 buffer = qint64(c.bufferMinutes) * 60;
    const QDateTime occupiedEnd = end.addSecs(buffer);
    auto existing = repository.holdingTime(c.equipment.meta.id, start.addSecs(-buffer), occupiedEnd,
                                           c.longestSeconds, excludeId);
    if (!existing) {
        *storageError = existing.error();
        return clashes;
    }
    QList<Booking> others = *existing;
    for (const Booking &p : pending)
        if (p.equipmentId == c.equipment.meta.id)
            others.append(p);
    QList<Occupied> occupied;
    for (const Booking &b : others)
        occupied.append({b.start, b.end.addSecs(buffer), &b});
    if (peakOverlap(occupied, start, occupiedEnd) + 1 > c.equipment.capacity) {
        for (const Occupied &o : occupied) {
            if (!(o.start < occupiedEnd && start < o.end))
                continue;
            auto member = MasterDataRepository(m_db).byId<Member>(o.booking->memberId);
            const QString who = member && *member ? (*member)->name : QString();
            add(Clash::Kind::Booking,
                buffer > 0 ? Tr::tr("%1 is booked by %2 %3, plus %n minute(s) of cleaning.",
                                    nullptr, c.bufferMinutes)
                                 .arg(c.equipment.name, who,
                                      rangeText(calendar, o.booking->start, o.booking->end))
                           : Tr::tr("%1 is booked by %2 %3.")
                                 .arg(c.equipment.name, who,
                                      rangeText(calendar, o.booking->start, o.booking->end)),
                *o.booking);
        }
    }

    if (c.site.weeklyQuotaMinutes > 0) {
        const SiteCalendar::Interval week = calendar.week(start);
        auto used = repository.memberSeconds(c.member.meta.id, week.start, week.end, excludeId);
        if (!used) {
            *storageError = used.error();
            return clashes;
        }
        qint64 seconds = *used + start.secsTo(end);
        for (const Booking &p : pending)
            if (p.memberId == c.member.meta.id && p.start >= week.start && p.start < week.end)
                seconds += p.start.secsTo(p.end);
        if (seconds > qint64(c.site.weeklyQuotaMinutes) * 60)
            add(Clash::Kind::Quota,
                Tr::tr("%1 would have %2 hours booked in the week of %3; the fair-use limit is %4 "
                       "hours a week.")
                    .arg(c.member.name, Language::locale().toString(double(seconds) / 3600, 'f', 1),
                         Language::locale().toString(calendar.toLocal(week.start).date(),
                                                     QStringLiteral("d MMM yyyy")),
                         Language::locale().toString(c.site.weeklyQuotaMinutes / 60)));
    }
    return clashes;
}

Result<QList<QDateTime>> SchedulingService::occurrences(const Context &c,
                                                        const Request &request) const
{
    if (request.rrule.trimmed().isEmpty())
        return QList<QDateTime> {request.start.toUTC()};
    const SiteCalendar calendar(c.site);
    // Occurrences past the booking horizon are listed too, so the person sees what was left out.
    return Recurrence::expand(request.rrule, request.start, calendar.zone(),
                              now().addDays(c.site.bookAheadDays + 366));
}

Result<QList<SchedulingService::Clash>> SchedulingService::check(const Request &request) const
{
    auto c = contextFor(request.equipmentId, request.memberId);
    if (!c)
        return fail(c.error());
    if (auto s = Permissions::checkRead(actor(), c->site.meta.id); !s)
        return fail(s.error());
    if (auto s = checkShape(*c, request.start.toUTC(), request.end.toUTC()); !s)
        return fail(s.error());
    auto starts = occurrences(*c, request);
    if (!starts)
        return fail(starts.error());
    const qint64 duration = request.start.secsTo(request.end);
    QList<Clash> all;
    QList<Booking> pending;
    for (const QDateTime &s : *starts) {
        std::optional<Error> storageError;
        const QList<Clash> clashes
            = clashesFor(*c, s, s.addSecs(duration), std::nullopt, pending, &storageError);
        if (storageError)
            return fail(*storageError);
        if (clashes.isEmpty()) {
            Booking b;
            b.equipmentId = c->equipment.meta.id;
            b.memberId = c->member.meta.id;
            b.start = s;
            b.end = s.addSecs(duration);
            pending.append(b);
        }
        all += clashes;
    }
    return all;
}

Result<SchedulingService::Outcome> SchedulingService::book(const Request &request)
{
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    auto c = contextFor(request.equipmentId, request.memberId);
    if (!c)
        return fail(c.error());
    if (auto s = Permissions::check(actor(), Permissions::Action::Book, c->site.meta.id); !s)
        return fail(s.error());
    const QDateTime start = request.start.toUTC();
    const QDateTime end = request.end.toUTC();
    if (auto s = checkShape(*c, start, end); !s)
        return fail(s.error());
    if (auto s = BookingRules::checkPurpose(request.purpose, c->equipment.code); !s)
        return fail(s.error());
    const bool series = !request.rrule.trimmed().isEmpty();
    auto starts = occurrences(*c, request);
    if (!starts)
        return fail(starts.error());
    const qint64 duration = start.secsTo(end);

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    Outcome outcome;
    QList<Booking> pending;
    for (const QDateTime &s : *starts) {
        std::optional<Error> storageError;
        const QList<Clash> clashes
            = clashesFor(*c, s, s.addSecs(duration), std::nullopt, pending, &storageError);
        if (storageError)
            return fail(*storageError);
        if (!clashes.isEmpty()) {
            if (series && request.skipConflicts) {
                outcome.skipped.append(clashes.first());
                continue;
            }
            Error e = Error::conflict(clashes.first().message, c->equipment.code);
            for (const Clash &clash : clashes)
                if (clash.with)
                    e.related << Uuid7::toText(clash.with->meta.uuid);
            if (clashes.first().kind == Clash::Kind::Closed
                || clashes.first().kind == Clash::Kind::Rule
                || clashes.first().kind == Clash::Kind::Quota)
                e.kind = Error::Kind::Invalid; // breaks a rule rather than meets another booking
            return fail(e);
        }
        Booking b;
        b.meta.siteId = c->site.meta.id;
        b.equipmentId = c->equipment.meta.id;
        b.memberId = c->member.meta.id;
        if (actor().userId > 0)
            b.operatorId = actor().userId;
        b.productLineId = request.productLineId;
        b.start = s;
        b.end = s.addSecs(duration);
        b.status = c->site.autoConfirm ? BookingStatus::Confirmed : BookingStatus::Requested;
        b.purpose = request.purpose.trimmed();
        b.createdBy = actor().name;
        pending.append(b);
    }
    if (pending.isEmpty())
        return fail(
            Error::conflict(Tr::tr("None of the dates of the series is free."), c->equipment.code));

    QUuid seriesUuid;
    if (series) {
        auto id = BookingRepository(m_db).insertSeries(
            c->site.meta.id, c->equipment.meta.id, c->member.meta.id, request.rrule.trimmed(),
            pending.first().start, int(duration / 60), seriesUuid);
        if (!id)
            return fail(id.error());
        outcome.seriesId = *id;
    }
    const BookingRepository repository(m_db);
    for (Booking &b : pending) {
        b.seriesId = outcome.seriesId;
        if (auto s = repository.insert(b); !s)
            return fail(s.error());
    }
    const QString summary = c->equipment.code + QLatin1Char(' ') + c->member.code;
    Status audited = series
        ? AuditLog::append(
            m_db, actor(), QStringLiteral("create"), QStringLiteral("booking_series"), seriesUuid,
            c->site.meta.id, summary,
            seriesChanges(request.rrule.trimmed(), pending, int(outcome.skipped.size())))
        : AuditLog::append(m_db, actor(), QStringLiteral("create"), QStringLiteral("booking"),
                           pending.first().meta.uuid, c->site.meta.id, summary,
                           AuditLog::diff({}, BookingRepository::columns(pending.first())));
    if (!audited)
        return fail(audited.error());
    if (auto s = tx.commit(); !s)
        return fail(s.error());
    outcome.created = pending;
    QList<qint64> ids;
    for (const Booking &b : std::as_const(pending))
        ids << b.meta.id;
    m_hub.publish({EntityKind::Booking, c->site.meta.id, ids});
    return outcome;
}

Result<Booking> SchedulingService::move(qint64 bookingId, qint64 expectedVersion,
                                        qint64 equipmentId, const QDateTime &start,
                                        const QDateTime &end)
{
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    auto found = booking(bookingId);
    if (!found)
        return fail(found.error());
    Booking b = *found;
    if (auto s = allowed(BookingRules::Step::Move, b); !s)
        return fail(s.error());
    if (auto s = EditConflict::check(m_db, b.meta, expectedVersion, describe(b)); !s)
        return fail(s.error());
    auto c = contextFor(equipmentId, b.memberId);
    if (!c)
        return fail(c.error());
    if (c->site.meta.id != b.meta.siteId)
        return fail(Error::invalid(Tr::tr("A booking can only move to a machine of its own site."),
                                   c->equipment.code, QStringLiteral("equipment")));
    const QDateTime s = start.toUTC();
    const QDateTime e = end.toUTC();
    if (auto shape = checkShape(*c, s, e); !shape)
        return fail(shape.error());
    std::optional<Error> storageError;
    const QList<Clash> clashes = clashesFor(*c, s, e, b.meta.id, {}, &storageError);
    if (storageError)
        return fail(*storageError);
    if (!clashes.isEmpty()) {
        Error err = clashes.first().kind == Clash::Kind::Booking
                || clashes.first().kind == Clash::Kind::Maintenance
            ? Error::conflict(clashes.first().message, c->equipment.code)
            : Error::invalid(clashes.first().message, c->equipment.code);
        for (const Clash &clash : clashes)
            if (clash.with)
                err.related << Uuid7::toText(clash.with->meta.uuid);
        return fail(err);
    }
    const QVariantMap before = BookingRepository::columns(b);
    b.equipmentId = equipmentId;
    b.start = s;
    b.end = e;
    if (auto u = BookingRepository(m_db).update(b); !u)
        return fail(u.error());
    if (auto a = AuditLog::append(m_db, actor(), QStringLiteral("move"), QStringLiteral("booking"),
                                  b.meta.uuid, b.meta.siteId,
                                  c->equipment.code + QLatin1Char(' ') + c->member.code,
                                  AuditLog::diff(before, BookingRepository::columns(b)));
        !a)
        return fail(a.error());
    if (auto cm = tx.commit(); !cm)
        return fail(cm.error());
    m_hub.publish({EntityKind::Booking, b.meta.siteId, {b.meta.id}});
    return b;
}

Result<Booking> SchedulingService::take(BookingRules::Step step, qint64 bookingId,
                                        qint64 expectedVersion)
{
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return fail(s.error());
    auto found = booking(bookingId);
    if (!found)
        return fail(found.error());
    Booking b = *found;
    if (auto s = allowed(step, b); !s)
        return fail(s.error());
    if (auto s = EditConflict::check(m_db, b.meta, expectedVersion, describe(b)); !s)
        return fail(s.error());
    const QDateTime at = now();
    const QVariantMap before = BookingRepository::columns(b);
    b.status = BookingRules::target(step, b.status);
    if (step == BookingRules::Step::CheckIn)
        b.actualStart = at;
    if (step == BookingRules::Step::CheckOut)
        b.actualEnd = std::max(at, b.actualStart);
    if (auto u = BookingRepository(m_db).update(b); !u)
        return fail(u.error());
    if (auto a
        = AuditLog::append(m_db, actor(), BookingRules::actionCode(step), QStringLiteral("booking"),
                           b.meta.uuid, b.meta.siteId, Uuid7::toText(b.meta.uuid),
                           AuditLog::diff(before, BookingRepository::columns(b)));
        !a)
        return fail(a.error());
    if (auto cm = tx.commit(); !cm)
        return fail(cm.error());
    m_hub.publish({EntityKind::Booking, b.meta.siteId, {b.meta.id}});
    return b;
}

Result<Booking> SchedulingService::confirm(qint64 bookingId, qint64 expectedVersion)
{
    return take(BookingRules::Step::Confirm, bookingId, expectedVersion);
}

Result<Booking> SchedulingService::cancel(qint64 bookingId, qint64 expectedVersion)
{
    return take(BookingRules::Step::Cancel, bookingId, expectedVersion);
}

Result<Booking> SchedulingService::checkIn(qint64 bookingId, qint64 expectedVersion)
{
    return take(BookingRules::Step::CheckIn, bookingId, expectedVersion);
}

Result<Booking> SchedulingService::checkOut(qint64 bookingId, qint64 expectedVersion)
{
    return take(BookingRules::Step::CheckOut, bookingId, expectedVersion);
}

Result<Booking> SchedulingService::markNoShow(qint64 bookingId, qint64 expectedVersion)
{
    return take(BookingRules::Step::NoShow, bookingId, expectedVersion);
}

Result<int> SchedulingService::sweepNoShows(qint64 siteId)
{
    const QDateTime cutoff = now().addSecs(-BookingRules::NoShowGraceMinutes * 60);
    auto list = bookings(siteId, cutoff.addDays(-30), cutoff);
    if (!list)
        return fail(list.error());
    int marked = 0;
    for (const Booking &b : *list) {
        if (b.status != BookingStatus::Confirmed && b.status != BookingStatus::Requested)
            continue;
        auto r = markNoShow(b.meta.id, b.meta.rowVersion);
        if (!r)
            return fail(r.error());
        ++marked;
    }
    return marked;
}

Result<SchedulingService::MaintenanceOutcome>
SchedulingService::addMaintenance(qint64 equipmentId, const QDateTime &start, const QDateTime &end,
                                  const QString &reason, bool cancelClashing)
{
    if (auto s = m_db.ensureWritable(); !s)
        return fail(s.error());
    const MasterDataRepository masterData(m_db);
    auto equipment = masterData.byId<Equipment>(equipmentId);
    if (!equipment)
        return fail(equipment.error());
    if (!*equipment)
        return fail(Error::invalid(Tr::tr("There is no such machine."),
                                   QString::number(equipmentId), QStringLiteral("equipment")));
    const Equipment &machine = **equipment;
    if (auto s = mayManageMaintenance(machine.meta.siteId); !s)
        return fail(s.error());
    const QDateTime s = start.toUTC();
    const QDateTime e = end.toUTC();
    MaintenanceWindow window;
    window.meta.siteId = machine.meta.siteId;
    window.equipmentId = machine.meta.id;
    window.start = s;
    window.end = e;
    window.reason = reason;
    if (auto checked = BookingRules::checkMaintenance(window, machine.code); !checked)
        return fail(checked.error());
    window.reason = reason.trimmed();
    auto site = masterData.byId<Site>(machine.meta.siteId);
    if (!site || !*site)
        return fail(site ? Error::invalid(Tr::tr("The machine's site is missing."), machine.code)
                         : site.error());

    Transaction tx(m_db);
    if (auto b = tx.begin(); !b)
        return fail(b.error());
    const BookingRepository repository(m_db);
    MaintenanceOutcome outcome;
    outcome.window = window;
    if (auto w = repository.insertMaintenance(outcome.window); !w)
        return fail(w.error());
    if (auto a = AuditLog::append(m_db, actor(), QStringLiteral("create"),
                                  QStringLiteral("maintenance_window"), outcome.window.meta.uuid,
                                  machine.meta.siteId, machine.code,
                                  AuditLog::diff({}, BookingRepository::columns(outcome.window)));
        !a)
        return fail(a.error());
    const qint64 longest = qint64((*site)->maxBookingMinutes) * 60;
    auto hit = repository.holdingTime(machine.meta.id, s, e, longest);
    if (!hit)
        return fail(hit.error());
    for (Booking b : *hit) {
        if (b.status != BookingStatus::Requested && b.status != BookingStatus::Confirmed)
            continue;
        if (cancelClashing) {
            const QVariantMap before = BookingRepository::columns(b);
            b.status = BookingStatus::Cancelled;
            if (auto u = repository.update(b); !u)
                return fail(u.error());
            if (auto a = AuditLog::append(
                    m_db, actor(), QStringLiteral("cancel"), QStringLiteral("booking"), b.meta.uuid,
                    b.meta.siteId, Tr::tr("cancelled for maintenance of %1").arg(machine.code),
                    AuditLog::diff(before, BookingRepository::columns(b)));
                !a)
                return fail(a.error());
        }
        outcome.hit.append(b);
    }
    outcome.cancelled = cancelClashing && !outcome.hit.isEmpty();
    if (auto cm = tx.commit(); !cm)
        return fail(cm.error());
    m_hub.publish({EntityKind::MaintenanceWindow, machine.meta.siteId, {outcome.window.meta.id}});
    if (outcome.cancelled) {
        QList<qint64> ids;
        for (const Booking &b : std::as_const(outcome.hit))
            ids << b.meta.id;
        m_hub.publish({EntityKind::Booking, machine.meta.siteId, ids});
    }
    return outcome;
}

Result<Booking> SchedulingService::booking(qint64 id) const
{
    auto b = BookingRepository(m_db).byId(id);
    if (!b)
        return fail(b.error());
    if (!*b)
        return fail(Error::notFound(Tr::tr("There is no such booking."), QString::number(id)));
    if (auto s = Permissions::checkRead(actor(), (*b)->meta.siteId); !s)
        return fail(s.error());
    return **b;
}

Result<Booking> SchedulingService::bookingByUuid(const QUuid &uuid) const
{
    auto b = BookingRepository(m_db).byUuid(uuid);
    if (!b)
        return fail(b.error());
    if (!*b)
        return fail(
            Error::notFound(Tr::tr("There is no booking with the id %1.").arg(Uuid7::toText(uuid)),
                            Uuid7::toText(uuid)));
    if (auto s = Permissions::checkRead(actor(), (*b)->meta.siteId); !s)
        return fail(s.error());
    return **b;
}

Result<QUuid> SchedulingService::seriesUuid(qint64 seriesId) const
{
    auto series = BookingRepository(m_db).seriesIdentity(seriesId);
    if (!series)
        return fail(series.error());
    if (!*series)
        return fail(Error::notFound(Tr::tr("There is no such series."), QString::number(seriesId)));
    if (auto s = Permissions::checkRead(actor(), (*series)->siteId); !s)
        return fail(s.error());
    return (*series)->uuid;
}

Result<QList<Booking>> SchedulingService::bookings(qint64 siteId, const QDateTime &from,
                                                   const QDateTime &to,
                                                   std::optional<qint64> equipmentId,
                                                   std::optional<qint64> memberId) const
{
    if (auto s = Permissions::checkRead(actor(), siteId); !s)
        return fail(s.error());
    return BookingRepository(m_db).atSite(siteId, from.toUTC(), to.toUTC(), equipmentId, memberId);
}

Result<QList<MaintenanceWindow>>
SchedulingService::maintenance(qint64 siteId, const QDateTime &from, const QDateTime &to) const
{
    if (auto s = Permissions::checkRead(actor(), siteId); !s)
        return fail(s.error());
    return BookingRepository(m_db).maintenanceAtSite(siteId, from.toUTC(), to.toUTC());
}

Result<QList<SchedulingService::FreeSlot>>
SchedulingService::freeSlots(qint64 siteId, int minutes, const QDateTime &from, const QDateTime &to,
                             std::optional<qint64> equipmentId, const QString &equipmentType,
                             int maxSlots, std::optional<qint64> memberId,
                             std::optional<qint64> excludeId) const
{
    if (auto s = Permissions::checkRead(actor(), siteId); !s)
        return fail(s.error());
    const MasterDataRepository masterData(m_db);
    auto site = masterData.byId<Site>(siteId);
    if (!site)
        return fail(site.error());
    if (!*site)
        return fail(Error::invalid(Tr::tr("There is no such site."), QString::number(siteId)));
    if (minutes < (*site)->minBookingMinutes || minutes > (*site)->maxBookingMinutes)
        return fail(Error::invalid(Tr::tr("The duration must be between %1 and %2 minutes at this "
                                          "site.")
                                       .arg((*site)->minBookingMinutes)
                                       .arg((*site)->maxBookingMinutes),
                                   (*site)->code, QStringLiteral("duration")));
    auto machines = masterData.list<Equipment>(siteId, false);
    if (!machines)
        return fail(machines.error());
    const SiteCalendar calendar(**site);
    const QDateTime begin = std::max(from.toUTC(), now());
    const QDateTime until = to.isValid() ? to.toUTC() : begin.addDays(14);
    const QList<SiteCalendar::Interval> open
        = calendar.openIntervals(calendar.localDate(begin), calendar.localDate(until));
    const qint64 duration = qint64(minutes) * 60;
    const BookingRepository repository(m_db);
    QList<FreeSlot> slots;
    for (const Equipment &e : *machines) {
        if (e.status != EquipmentStatus::Active || (equipmentId && e.meta.id != *equipmentId)
            || (!equipmentType.isEmpty()
                && e.type.compare(equipmentType, Qt::CaseInsensitive) != 0))
            continue;
        const qint64 buffer = qint64(e.bufferMinutes.value_or((*site)->bufferMinutes)) * 60;
        auto taken = repository.holdingTime(e.meta.id, begin.addSecs(-buffer), until,
                                            qint64((*site)->maxBookingMinutes) * 60 + buffer);
        auto blocked = repository.maintenance(e.meta.id, begin, until);
        if (!taken)
            return fail(taken.error());
        if (!blocked)
            return fail(blocked.error());
        QList<Occupied> occupied;
        for (const Booking &b : *taken) {
            if (!excludeId || b.meta.id != *excludeId)
                occupied.append({b.start, b.end.addSecs(buffer), &b});
        }
        // A member's booking is judged by the same rules as when it is made, so that a slot
        // offered is a slot the booking will get.
        std::optional<Context> context;
        if (memberId) {
            auto c = contextFor(e.meta.id, *memberId);
            if (!c)
                return fail(c.error());
            context = *c;
        }
        int found = 0;
        for (const SiteCalendar::Interval &interval : open) {
            // Candidates: the opening, and every moment something ends (quarter-hour aligned).
            QList<QDateTime> candidates {std::max(interval.start, begin)};
            for (const Occupied &o : occupied)
                candidates << o.end;
            for (const MaintenanceWindow &w : *blocked)
                candidates << w.end;
            std::sort(candidates.begin(), candidates.end());
            QDateTime earliest = interval.start;
            for (QDateTime c : candidates) {
                const qint64 quarter = 15 * 60;
                const qint64 secs = c.toSecsSinceEpoch();
                c = QDateTime::fromSecsSinceEpoch((secs + quarter - 1) / quarter * quarter,
                                                  Qt::UTC);
                if (c < earliest || c < interval.start || c < begin)
                    continue;
                const QDateTime end = c.addSecs(duration);
                if (end > interval.end || end > until)
                    continue;
                const bool inMaintenance = std::any_of(
                    blocked->cbegin(), blocked->cend(),
                    [&](const MaintenanceWindow &w) { return w.start < end && c < w.end; });
                if (inMaintenance || peakOverlap(occupied, c, end.addSecs(buffer)) + 1 > e.capacity)
                    continue;
                if (context) {
                    std::optional<Error> storageError;
                    const bool clear
                        = clashesFor(*context, c, end, excludeId, {}, &storageError).isEmpty();
                    if (storageError)
                        return fail(*storageError);
                    if (!clear)
                        continue;
                }
                slots.append({e.meta.id, c, end});
                earliest = end.addSecs(buffer);
                if (++found >= maxSlots)
                    break;
            }
            if (found >= maxSlots)
                break;
        }
    }
    std::sort(slots.begin(), slots.end(), [](const FreeSlot &a, const FreeSlot &b) {
        return a.start != b.start ? a.start < b.start : a.equipmentId < b.equipmentId;
    });
    if (slots.size() > maxSlots)
        slots.resize(maxSlots);
    return slots;
}

Result<QList<SchedulingService::Utilisation>>
SchedulingService::utilisation(qint64 siteId, int year, int month) const
{
    if (auto s = Permissions::checkRead(actor(), siteId); !s)
        return fail(s.error());
    if (month < 1 || month > 12 || year < 2000 || year > 2200)
        return fail(Error::invalid(Tr::tr("Give the month as YYYY-MM."), QString::number(month),
                                   QStringLiteral("month")));
    const MasterDataRepository masterData(m_db);
    auto site = masterData.byId<Site>(siteId);
    if (!site)
        return fail(site.error());
    if (!*site)
        return fail(Error::invalid(Tr::tr("There is no such site."), QString::number(siteId)));
    auto machines = masterData.list<Equipment>(siteId, true);
    if (!machines)
        return fail(machines.error());
    const SiteCalendar calendar(**site);
    const SiteCalendar::Interval range = calendar.month(year, month);
    const QList<SiteCalendar::Interval> open = calendar.openIntervals(
        QDate(year, month, 1), QDate(year, month, 1).addMonths(1).addDays(-1));
    qint64 openSeconds = 0;
    for (const SiteCalendar::Interval &i : open)
        openSeconds += i.start.secsTo(i.end);

    const BookingRepository repository(m_db);
    auto usage = repository.usage(siteId, range.start, range.end);
    if (!usage)
        return fail(usage.error());
    auto windows = repository.maintenanceAtSite(siteId, range.start, range.end);
    if (!windows)
        return fail(windows.error());
    QList<Utilisation> out;
    for (const Equipment &e : *machines) {
        Utilisation u;
        u.equipment = e;
        for (const BookingRepository::Usage &row : *usage) {
            if (row.equipmentId == e.meta.id) {
                u.bookedSeconds = row.bookedSeconds;
                u.usedSeconds = row.usedSeconds;
            }
        }
        // Maintenance only counts where it takes away open hours.
        for (const MaintenanceWindow &w : *windows) {
            if (w.equipmentId != e.meta.id)
                continue;
            for (const SiteCalendar::Interval &i : open) {
                const QDateTime s = std::max(w.start, i.start);
                const QDateTime t = std::min(w.end, i.end);
                if (s < t)
                    u.maintenanceSeconds += s.secsTo(t);
            }
        }
        u.openSeconds = openSeconds - u.maintenanceSeconds;
        if (e.meta.archived && u.bookedSeconds == 0)
            continue;
        out.append(u);
    }
    return out;
}

} // namespace Rpb
