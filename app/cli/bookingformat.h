#pragma once

#include "domain/booking.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

namespace Rpb {

class RecordLookup;
class SchedulingService;
class TextTable;

// Bookings as the command line shows them: JSON objects with the site's codes and times in the
// site's offset (docs/cli.md), table rows and one-line summaries in the reader's language.
class BookingFormat final
{
    Q_DISABLE_COPY_MOVE(BookingFormat)
public:
    BookingFormat(const SchedulingService &scheduling, RecordLookup &lookup);

    QJsonObject toJson(const Booking &booking);
    QJsonArray toJson(const QList<Booking> &bookings);

    static void addColumns(TextTable &table);
    QStringList row(const Booking &booking);
    // "ACH-KET1, Nilam Jaya (ACH-M01), Wed 2 Dec 2026 08:00–10:00 WIB, confirmed, ID"
    QString line(const Booking &booking);

    // The zone of a site, read once.
    QTimeZone zone(qint64 siteId);
    // A local span in the reader's language: "Wed 2 Dec 2026 08:00–10:00 WIB", with the end's
    // date too when it falls on another day.
    QString span(qint64 siteId, const QDateTime &start, const QDateTime &end);
    QString localDate(qint64 siteId, const QDateTime &utc);
    QString localTime(qint64 siteId, const QDateTime &utc);
    // WIB, WITA or WIT for the zones of Indonesia, else the IANA id.
    QString zoneLabel(qint64 siteId);

private:
    QJsonValue seriesId(const Booking &booking);

    const SchedulingService &m_scheduling;
    RecordLookup &m_lookup;
    QHash<qint64, QTimeZone> m_zones;
    QHash<qint64, QString> m_zoneLabels;
    QHash<qint64, QString> m_series;
};

} // namespace Rpb
