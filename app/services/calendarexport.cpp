#include "calendarexport.h"

#include "domain/permissions.h"
#include "session.h"

#include "appinfo.h"
#include "domain/equipment.h"
#include "domain/member.h"
#include "domain/site.h"
#include "domain/uuid7.h"
#include "storage/bookingrepository.h"
#include "storage/database.h"
#include "storage/masterdatarepository.h"

#include <QCoreApplication>
#include <QHash>

#include <libical/ical.h>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
};

icaltimetype utcTime(const QDateTime &t)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(t.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

icalproperty_status statusOf(BookingStatus s)
{
    switch (s) {
    case BookingStatus::Requested:
        return ICAL_STATUS_TENTATIVE;
    case BookingStatus::Cancelled:
    case BookingStatus::NoShow:
        return ICAL_STATUS_CANCELLED;
    case BookingStatus::Confirmed:
    case BookingStatus::CheckedIn:
    case BookingStatus::Done:
        break;
    }
    return ICAL_STATUS_CONFIRMED;
}
} // namespace

CalendarExport::CalendarExport(const Database &db, const Session &session)
    : m_db(db)
    , m_session(session)
{}

Result<QByteArray> CalendarExport::write(const Filter &filter) const
{
    if (auto s = Permissions::checkRead(m_session.actor(), filter.siteId); !s)
        return fail(s.error());
    const MasterDataRepository masterData(m_db);
    auto site = masterData.byId<Site>(filter.siteId);
    if (!site)
        return fail(site.error());
    if (!*site)
        return fail(Error::invalid(Tr::tr("There is no such site."), QString::number(filter.siteId)));
    auto machines = masterData.list<Equipment>(filter.siteId, true);
    auto members = masterData.list<Member>(filter.siteId, true);
    if (!machines)
        return fail(machines.error());
    if (!members)
        return fail(members.error());
    QHash<qint64, QString> machineName;
    QHash<qint64, QString> memberName;
    for (const Equipment &e : *machines)
        machineName.insert(e.meta.id, e.name);
    for (const Member &m : *members)
        memberName.insert(m.meta.id, m.name);
    auto bookings = BookingRepository(m_db).atSite(filter.siteId, filter.from, filter.to,
                                                   filter.equipmentId, filter.memberId);
    if (!bookings)
        return fail(bookings.error());

    icalcomponent *calendar = icalcomponent_new_vcalendar();
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    const QByteArray prodid = QStringLiteral("-//RPB Hijau//%1//ID").arg(AppInfo::version()).toUtf8();
    icalcomponent_add_property(calendar, icalproperty_new_prodid(prodid.constData()));
    icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"));
    const icaltimetype stamp = utcTime(QDateTime::currentDateTimeUtc());
    const QByteArray location = (*site)->name.toUtf8();
    for (const Booking &b : *bookings) {
        icalcomponent *event = icalcomponent_new_vevent();
        const QByteArray uid = (Uuid7::toText(b.meta.uuid) + QStringLiteral("@rpb-hijau")).toUtf8();
        const QByteArray summary = (machineName.value(b.equipmentId) + QStringLiteral(" – ")
                                    + memberName.value(b.memberId))
                                       .toUtf8();
        icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(b.start)));
        icalcomponent_add_property(event, icalproperty_new_dtend(utcTime(b.end)));
        icalcomponent_add_property(event, icalproperty_new_summary(summary.constData()));
        icalcomponent_add_property(event, icalproperty_new_location(location.constData()));
        icalcomponent_add_property(event, icalproperty_new_status(statusOf(b.status)));
        icalcomponent_add_property(event, icalproperty_new_sequence(int(b.meta.rowVersion - 1)));
        if (!b.purpose.isEmpty()) {
            const QByteArray description = b.purpose.toUtf8();
            icalcomponent_add_property(event, icalproperty_new_description(description.constData()));
        }
        icalcomponent_add_component(calendar, event);
    }
    char *text = icalcomponent_as_ical_string_r(calendar);
    const QByteArray out(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(calendar);
    return out;
}

} // namespace Rpb
