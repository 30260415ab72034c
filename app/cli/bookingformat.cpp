#include "bookingformat.h"

#include "domain/site.h"
#include "domain/sitecalendar.h"
#include "domain/uuid7.h"
#include "recordlookup.h"
#include "services/language.h"
#include "services/schedulingservice.h"
#include "texttable.h"
#include "timeinput.h"

#include <QCoreApplication>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BookingFormat)
};

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

BookingFormat::BookingFormat(const SchedulingService &scheduling, RecordLookup &lookup)
    : m_scheduling(scheduling)
    , m_lookup(lookup)
{}

QTimeZone BookingFormat::zone(qint64 siteId)
{
    auto it = m_zones.constFind(siteId);
    if (it == m_zones.constEnd()) {
        auto site = m_lookup.siteById(siteId);
        QTimeZone z(site ? site->timeZone.toLatin1() : QByteArray());
        // As SiteCalendar does: a site whose zone this system does not know keeps WIB.
        if (!z.isValid())
            z = QTimeZone(QByteArrayLiteral("Asia/Jakarta"));
        it = m_zones.insert(siteId, z);
    }
    return *it;
}

QString BookingFormat::zoneLabel(qint64 siteId)
{
    auto it = m_zoneLabels.constFind(siteId);
    if (it == m_zoneLabels.constEnd()) {
        const QString id = QString::fromLatin1(zone(siteId).id());
        it = m_zoneLabels.insert(siteId, SiteCalendar::zoneAbbreviation(id));
    }
    return *it;
}

QString BookingFormat::localDate(qint64 siteId, const QDateTime &utc)
{
    // A month name and a four-digit year: "1 Mar 2024" cannot be misread as 3 January.
    return Language::locale().toString(utc.toTimeZone(zone(siteId)).date(),
                                       QStringLiteral("ddd d MMM yyyy"));
}

QString BookingFormat::localTime(qint64 siteId, const QDateTime &utc)
{
    return Language::locale().toString(utc.toTimeZone(zone(siteId)).time(), QLocale::ShortFormat);
}

QString BookingFormat::span(qint64 siteId, const QDateTime &start, const QDateTime &end)
{
    const QTimeZone z = zone(siteId);
    const bool sameDay = start.toTimeZone(z).date() == end.toTimeZone(z).date();
    QString text = localDate(siteId, start) + QLatin1Char(' ') + localTime(siteId, start)
        + QChar(0x2013);
    if (!sameDay)
        text += localDate(siteId, end) + QLatin1Char(' ');
    return text + localTime(siteId, end) + QLatin1Char(' ') + zoneLabel(siteId);
}

QJsonValue BookingFormat::seriesId(const Booking &booking)
{
    if (!booking.seriesId)
        return QJsonValue();
    auto it = m_series.constFind(*booking.seriesId);
    if (it == m_series.constEnd()) {
        auto uuid = m_scheduling.seriesUuid(*booking.seriesId);
        it = m_series.insert(*booking.seriesId, uuid ? Uuid7::toText(*uuid) : QString());
    }
    return optionalText(*it);
}

QJsonObject BookingFormat::toJson(const Booking &booking)
{
    const qint64 siteId = booking.meta.siteId;
    const QTimeZone z = zone(siteId);
    const auto time = [&z](const QDateTime &utc) {
        return utc.isValid() ? QJsonValue(TimeInput::isoLocal(utc, z)) : QJsonValue();
    };
    QJsonObject object;
    object.insert(QStringLiteral("id"), Uuid7::toText(booking.meta.uuid));
    object.insert(QStringLiteral("site"), m_lookup.siteCode(siteId));
    object.insert(QStringLiteral("equipment"), m_lookup.equipmentCode(booking.equipmentId));
    object.insert(QStringLiteral("member"), m_lookup.memberCode(booking.memberId));
    object.insert(QStringLiteral("start"), time(booking.start));
    object.insert(QStringLiteral("end"), time(booking.end));
    object.insert(QStringLiteral("status"), bookingStatusCode(booking.status));
    object.insert(QStringLiteral("series"), seriesId(booking));
    object.insert(QStringLiteral("purpose"), booking.purpose);
    object.insert(QStringLiteral("product_line"),
                  booking.productLineId
                      ? optionalText(m_lookup.productLineCode(*booking.productLineId))
                      : QJsonValue());
    object.insert(QStringLiteral("actual_start"), time(booking.actualStart));
    object.insert(QStringLiteral("actual_end"), time(booking.actualEnd));
    object.insert(QStringLiteral("created_by"), optionalText(booking.createdBy));
    return object;
}

QJsonArray BookingFormat::toJson(const QList<Booking> &bookings)
{
    QJsonArray array;
    for (const Booking &booking : bookings)
        array.append(toJson(booking));
    return array;
}

void BookingFormat::addColumns(TextTable &table)
{
    table.addColumn(Tr::tr("Date"));
    table.addColumn(Tr::tr("Time"));
    table.addColumn(Tr::tr("Machine"));
    table.addColumn(Tr::tr("Member"));
    table.addColumn(Tr::tr("Status"));
    table.addColumn(Tr::tr("Purpose"));
    table.addColumn(Tr::tr("ID"));
}

QStringList BookingFormat::row(const Booking &booking)
{
    const qint64 siteId = booking.meta.siteId;
    const QTimeZone z = zone(siteId);
    QString time = localTime(siteId, booking.start) + QChar(0x2013);
    if (booking.start.toTimeZone(z).date() != booking.end.toTimeZone(z).date())
        time += localDate(siteId, booking.end) + QLatin1Char(' ');
    time += localTime(siteId, booking.end) + QLatin1Char(' ') + zoneLabel(siteId);
    return {localDate(siteId, booking.start),
            time,
            m_lookup.equipmentCode(booking.equipmentId),
            m_lookup.memberName(booking.memberId) + QStringLiteral(" (")
                + m_lookup.memberCode(booking.memberId) + QLatin1Char(')'),
            bookingStatusDisplayName(booking.status),
            booking.purpose,
            Uuid7::toText(booking.meta.uuid)};
}

QString BookingFormat::line(const Booking &booking)
{
    return QStringList{m_lookup.equipmentCode(booking.equipmentId),
                       m_lookup.memberName(booking.memberId) + QStringLiteral(" (")
                           + m_lookup.memberCode(booking.memberId) + QLatin1Char(')'),
                       span(booking.meta.siteId, booking.start, booking.end),
                       bookingStatusDisplayName(booking.status).toLower(),
                       Uuid7::toText(booking.meta.uuid)}
        .join(QStringLiteral(", "));
}

} // namespace Rpb
