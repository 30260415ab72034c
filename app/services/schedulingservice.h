#pragma once

#include "domain/actor.h"
#include "domain/booking.h"
#include "domain/bookingrules.h"
#include "domain/equipment.h"
#include "domain/result.h"
#include "domain/site.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Rpb {

class ChangeHub;
class Database;
class Session;

// Machine time: bookings (single or recurring), their life cycle, maintenance windows, free slots
// and utilisation. The clash check and the write happen in one BEGIN IMMEDIATE transaction, so two
// people booking the same slot at the same moment cannot both win. Reads keep to the sites the
// actor may read; every step of a booking names the row version it was based on.
class SchedulingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulingService)
public:
    struct Request
    {
        qint64 equipmentId = 0;
        qint64 memberId = 0;
        QDateTime start; // any time spec; converted to UTC
        QDateTime end;
        std::optional<qint64> productLineId;
        QString purpose;
        QString rrule;              // empty: a single booking
        bool skipConflicts = false; // for a series: book the free dates, list the rest
    };

    // Why a time cannot be booked.
    struct Clash
    {
        enum class Kind { Booking, Maintenance, Closed, Quota, Rule };
        Kind kind = Kind::Booking;
        QDateTime start; // the occurrence asked for (UTC)
        QDateTime end;
        QString message;             // translated, names what it clashes with
        std::optional<Booking> with; // the booking it clashes with
    };

    struct Outcome
    {
        QList<Booking> created;
        QList<Clash> skipped; // occurrences of a series left out
        std::optional<qint64> seriesId;
    };

    struct FreeSlot
    {
        qint64 equipmentId = 0;
        QDateTime start; // UTC
        QDateTime end;
    };

    struct Utilisation
    {
        Equipment equipment;
        qint64 openSeconds = 0;        // open hours of the month less maintenance
        qint64 maintenanceSeconds = 0; // within open hours
        qint64 bookedSeconds = 0; // scheduled, of every booking not cancelled (no-shows too)
        qint64 usedSeconds = 0; // between check-in and check-out
    };

    struct MaintenanceOutcome
    {
        MaintenanceWindow window;
        QList<Booking> hit;       // bookings the window overlaps
        bool cancelled = false;   // whether they were cancelled (else left flagged)
    };

    SchedulingService(Database &db, const Session &session, ChangeHub &hub,
                      QObject *parent = nullptr);

    const Actor &actor() const;
    // Tests move the clock; everything else uses the real one.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    QDateTime now() const { return m_now ? m_now() : QDateTime::currentDateTimeUtc(); }

    // Dry run: every reason the request (each occurrence of a series) cannot be booked.
    Result<QList<Clash>> check(const Request &request) const;
    // Books a single booking or a series. A clash refuses the whole request (Conflict, nothing
    // written) unless skipConflicts is set for a series.
    Result<Outcome> book(const Request &request);
    // Whether the actor may take the step with the booking now: a writable database, the
    // permission (BookingRules::permission) and the life cycle (BookingRules::check). The window
    // offers a step only when this allows it; the step itself asks it again.
    Status allowed(BookingRules::Step step, const Booking &booking) const;
    // Whether the actor may book machine time at the site, or block machines for maintenance.
    Status mayBook(qint64 siteId) const;
    Status mayManageMaintenance(qint64 siteId) const;

    // Moves (and resizes, or puts on another machine) one booking, checked like a new one.
    // expectedVersion: the row version the person saw; a booking changed since is refused.
    Result<Booking> move(qint64 bookingId, qint64 expectedVersion, qint64 equipmentId,
                         const QDateTime &start, const QDateTime &end);

    // One step of the life cycle, refused (Conflict) when the booking changed since
    // expectedVersion.
    Result<Booking> take(BookingRules::Step step, qint64 bookingId, qint64 expectedVersion);
    Result<Booking> confirm(qint64 bookingId, qint64 expectedVersion);
    Result<Booking> cancel(qint64 bookingId, qint64 expectedVersion);
    Result<Booking> checkIn(qint64 bookingId, qint64 expectedVersion);
    Result<Booking> checkOut(qint64 bookingId, qint64 expectedVersion);
    Result<Booking> markNoShow(qint64 bookingId, qint64 expectedVersion);
    // Marks every confirmed booking of the site that nobody checked in within the grace time.
    Result<int> sweepNoShows(qint64 siteId);

    Result<MaintenanceOutcome> addMaintenance(qint64 equipmentId, const QDateTime &start,
                                              const QDateTime &end, const QString &reason,
                                              bool cancelClashing);

    Result<Booking> booking(qint64 id) const;
    Result<Booking> bookingByUuid(const QUuid &uuid) const;
    // The UUID of a series, by which lists and exports name it (its integer id stays inside the
    // database).
    Result<QUuid> seriesUuid(qint64 seriesId) const;
    Result<QList<Booking>> bookings(qint64 siteId, const QDateTime &from, const QDateTime &to,
                                    std::optional<qint64> equipmentId = {},
                                    std::optional<qint64> memberId = {}) const;
    Result<QList<MaintenanceWindow>> maintenance(qint64 siteId, const QDateTime &from,
                                                 const QDateTime &to) const;
    // The earliest free slots of `minutes` at the site from `from` (up to `to`), on one machine
    // or on every active machine of a type (empty: all). For a member, a slot is offered only
    // when a booking of it would pass every rule the booking is checked against (the member's
    // weekly hours, how far ahead, the site's opening hours), leaving out the booking being
    // edited (`excludeId`).
    Result<QList<FreeSlot>> freeSlots(qint64 siteId, int minutes, const QDateTime &from,
                                      const QDateTime &to, std::optional<qint64> equipmentId = {},
                                      const QString &equipmentType = {}, int maxSlots = 5,
                                      std::optional<qint64> memberId = {},
                                      std::optional<qint64> excludeId = {}) const;
    // Per machine, for a local calendar month of the site.
    Result<QList<Utilisation>> utilisation(qint64 siteId, int year, int month) const;

private:
    struct Context; // the site, machine and member a request concerns
    Result<Context> contextFor(qint64 equipmentId, qint64 memberId) const;
    QList<Clash> clashesFor(const Context &context, const QDateTime &start, const QDateTime &end,
                            std::optional<qint64> excludeId, const QList<Booking> &pending,
                            std::optional<Error> *storageError) const;
    Result<QList<QDateTime>> occurrences(const Context &context, const Request &request) const;
    Status checkShape(const Context &context, const QDateTime &start, const QDateTime &end) const;
    // "The booking of KETEL-01 by ACH-M03", for messages.
    QString describe(const Booking &booking) const;

    Database &m_db;
    const Session &m_session;
    ChangeHub &m_hub;
    std::function<QDateTime()> m_now;
};

} // namespace Rpb
