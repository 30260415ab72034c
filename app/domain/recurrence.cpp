#include "recurrence.h"

#include <QCoreApplication>

#include <libical/ical.h>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Recurrence)
};

Error malformed(const QString &rrule)
{
    return Error::invalid(Tr::tr("\"%1\" is not a valid repeat rule (RFC 5545 RRULE), for example "
                                 "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10.")
                              .arg(rrule),
                          QStringLiteral("RRULE"), QStringLiteral("repeat"));
}

bool parse(const QString &rrule, icalrecurrencetype &out)
{
    QString text = rrule.trimmed();
    if (text.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        text = text.mid(6);
    if (text.isEmpty() || text.size() > 500)
        return false;
    icalerror_clear_errno();
    // libical reports a bad rule through icalerrno; keep it from aborting or printing.
    const icalerrorstate previous = icalerror_get_error_state(ICAL_MALFORMEDDATA_ERROR);
    icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, ICAL_ERROR_NONFATAL);
    out = icalrecurrencetype_from_string(text.toUtf8().constData());
    icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, previous);
    const bool failed = icalerrno != ICAL_NO_ERROR;
    icalerror_clear_errno();
    return !failed && out.freq != ICAL_NO_RECURRENCE;
}
} // namespace

Status Recurrence::validate(const QString &rrule)
{
    icalrecurrencetype recur;
    if (!parse(rrule, recur))
        return fail(malformed(rrule));
    // Sub-daily repeats make no sense for machine bookings and would flood the schedule.
    if (recur.freq == ICAL_SECONDLY_RECURRENCE || recur.freq == ICAL_MINUTELY_RECURRENCE
        || recur.freq == ICAL_HOURLY_RECURRENCE)
        return fail(Error::invalid(Tr::tr("A booking repeats daily, weekly, monthly or yearly, "
                                          "not more often."),
                                   QStringLiteral("RRULE"), QStringLiteral("repeat")));
    return {};
}

Result<QList<QDateTime>> Recurrence::expand(const QString &rrule, const QDateTime &localStart,
                                            const QTimeZone &zone, const QDateTime &until)
{
    if (auto s = validate(rrule); !s)
        return fail(s.error());
    icalrecurrencetype recur;
    parse(rrule, recur);
    // Expand in floating local time: the wall-clock time stays put in the site's zone.
    const QDateTime local = localStart.toTimeZone(zone);
    icaltimetype dtstart = icaltime_null_time();
    dtstart.year = local.date().year();
    dtstart.month = local.date().month();
    dtstart.day = local.date().day();
    dtstart.hour = local.time().hour();
    dtstart.minute = local.time().minute();
    dtstart.second = local.time().second();
    dtstart.is_date = 0;
    icalrecur_iterator *it = icalrecur_iterator_new(recur, dtstart);
    if (!it)
        return fail(malformed(rrule));
    QList<QDateTime> starts;
    for (icaltimetype next = icalrecur_iterator_next(it); !icaltime_is_null_time(next);
         next = icalrecur_iterator_next(it)) {
        const QDateTime occurrence
            = QDateTime(QDate(next.year, next.month, next.day),
                        QTime(next.hour, next.minute, next.second), zone)
                  .toUTC();
        if (until.isValid() && occurrence > until)
            break;
        starts.append(occurrence);
        if (starts.size() >= MaxOccurrences)
            break;
    }
    icalrecur_iterator_free(it);
    return starts;
}

} // namespace Rpb
