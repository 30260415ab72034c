#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace Rpb {

class Database;
class Session;

// Bookings as an iCalendar file (RFC 5545) for phones and other calendars, written by libical.
// Each booking is one VEVENT whose UID is the booking's UUID, so re-importing updates it.
class CalendarExport final
{
public:
    struct Filter
    {
        qint64 siteId = 0;
        std::optional<qint64> equipmentId;
        std::optional<qint64> memberId;
        QDateTime from; // UTC
        QDateTime to;
    };

    CalendarExport(const Database &db, const Session &session);
    // The site's bookings; refused for a site the actor may not read.
    Result<QByteArray> write(const Filter &filter) const;

private:
    const Database &m_db;
    const Session &m_session;
};

} // namespace Rpb
