// Scheduling figures on a national-scale database (issue targets: clash check p99 < 1 ms, a site's
// week for the timeline < 30 ms, a 52-week series < 50 ms). Run on a Release build:
//   bench_scheduling /tmp/national.sqlite
// It works on a copy of the file, so the original stays as the demo made it.
#include "domain/site.h"
#include "domain/sitecalendar.h"
#include "services/appcontext.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Percentiles
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

Percentiles percentiles(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    auto at = [&](double p) {
        return nanoseconds.at(std::min<qsizetype>(nanoseconds.size() - 1,
                                                  qsizetype(p * nanoseconds.size())))
               / 1e6;
    };
    return {at(0.50), at(0.95), at(0.99), nanoseconds.last() / 1e6};
}

void print(const char *what, int runs, const Percentiles &p)
{
    out() << qSetFieldWidth(34) << Qt::left << what << qSetFieldWidth(0) << " runs " << runs
          << "  p50 " << QString::number(p.p50, 'f', 3) << " ms  p95 "
          << QString::number(p.p95, 'f', 3) << " ms  p99 " << QString::number(p.p99, 'f', 3)
          << " ms  max " << QString::number(p.max, 'f', 3) << " ms\n";
    out().flush();
}

void plan(Rpb::Database &db, const QString &what, const QString &sql)
{
    auto q = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    out() << "plan of " << what << ":\n";
    while (q && q->next())
        out() << "    " << q->value(3).toString() << '\n';
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() < 2) {
        out() << "usage: bench_scheduling NATIONAL.sqlite\n";
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
    if (!QFile::copy(app.arguments().at(1), path)) {
        out() << "cannot copy the database\n";
        return 1;
    }
    auto context = Rpb::AppContext::open(path);
    if (!context) {
        out() << context.error().toLine() << '\n';
        return 5;
    }
    (*context)->setActor(Rpb::Actor::setupAdministrator());
    Rpb::AppContext &c = **context;
    Rpb::Database &db = c.database();
    const auto bookings = db.scalar(QStringLiteral("SELECT COUNT(*) FROM booking"))->toLongLong();
    out() << "bookings in the database: " << bookings << '\n';
    auto sites = c.masterData().sites();
    QList<Rpb::Equipment> machines = *c.masterData().equipment(std::nullopt);
    QList<Rpb::Member> members = *c.masterData().members(std::nullopt);
    QRandomGenerator random(42);

    // Clash checks: random machine, random member of its site, a two-hour slot at a random
    // working hour within the data's five years.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    c.scheduling().setClock([&] { return now.addYears(-5); });
    QList<qint64> clash;
    // The first 500 checks warm the page cache, as a morning of use would; they are not counted.
    for (int i = 0; i < 3500; ++i) {
        const Rpb::Equipment &e = machines.at(random.bounded(int(machines.size())));
        QList<qint64> siteMembers;
        for (const Rpb::Member &m : members)
            if (m.meta.siteId == e.meta.siteId)
                siteMembers << m.meta.id;
        const Rpb::Site site = *c.masterData().get<Rpb::Site>(e.meta.siteId);
        const Rpb::SiteCalendar calendar(site);
        const QDate day = now.date().addDays(-random.bounded(5 * 365));
        Rpb::SchedulingService::Request r;
        r.equipmentId = e.meta.id;
        r.memberId = siteMembers.at(random.bounded(int(siteMembers.size())));
        r.start = calendar.fromLocal(day, QTime(7 + random.bounded(8), 0));
        r.end = r.start.addSecs(2 * 3600);
        QElapsedTimer t;
        t.start();
        auto result = c.scheduling().check(r);
        if (i >= 500)
            clash << t.nsecsElapsed();
        if (!result)
            out() << result.error().toLine() << '\n';
    }
    print("clash check (dry run)", int(clash.size()), percentiles(clash));

    // A site's week as the timeline loads it: bookings and maintenance windows.
    QList<qint64> week;
    for (int i = 0; i < 300; ++i) {
        const Rpb::Site &site = sites->at(random.bounded(int(sites->size())));
        const Rpb::SiteCalendar calendar(site);
        const auto range = calendar.week(now.addDays(-random.bounded(5 * 365)));
        QElapsedTimer t;
        t.start();
        auto list = c.scheduling().bookings(site.meta.id, range.start, range.end);
        auto blocked = c.scheduling().maintenance(site.meta.id, range.start, range.end);
        week << t.nsecsElapsed();
        if (!list || !blocked)
            out() << "week load failed\n";
    }
    print("site week for the timeline", int(week.size()), percentiles(week));

    // 52-week series on machines of a site that lets members book a year ahead.
    c.scheduling().setClock([&] { return now; });
    Rpb::Site site = sites->first();
    site.bookAheadDays = 400;
    site.weeklyQuotaMinutes = 0;
    site = *c.masterData().save(site);
    QList<qint64> series;
    int made = 0;
    for (int i = 0; i < 20; ++i) {
        Rpb::Equipment e;
        e.meta.siteId = site.meta.id;
        e.code = QStringLiteral("BENCH-%1").arg(i);
        e.name = e.code;
        e.type = QStringLiteral("bench");
        e = *c.masterData().save(e);
        QList<qint64> siteMembers;
        for (const Rpb::Member &m : members)
            if (m.meta.siteId == site.meta.id)
                siteMembers << m.meta.id;
        const Rpb::SiteCalendar calendar(site);
        QDate day = calendar.localDate(now).addDays(1);
        while (!site.isOpenOn(day.dayOfWeek()))
            day = day.addDays(1);
        Rpb::SchedulingService::Request r;
        r.equipmentId = e.meta.id;
        r.memberId = siteMembers.at(i % siteMembers.size());
        r.start = calendar.fromLocal(day, QTime(8, 0));
        r.end = r.start.addSecs(2 * 3600);
        r.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=52");
        QElapsedTimer t;
        t.start();
        auto outcome = c.scheduling().book(r);
        series << t.nsecsElapsed();
        if (!outcome)
            out() << outcome.error().toLine() << '\n';
        else
            made += int(outcome->created.size());
    }
    print("52-week series (book)", int(series.size()), percentiles(series));
    out() << "occurrences written: " << made << '\n';

    plan(db, QStringLiteral("the clash check"),
         QStringLiteral("SELECT id FROM booking WHERE deleted = 0 AND equipment_id = 1 AND "
                        "start_utc >= 0 AND start_utc < 100 AND end_utc > 50 AND status IN "
                        "('requested', 'confirmed', 'checked_in', 'done')"));
    plan(db, QStringLiteral("the week of a site"),
         QStringLiteral("SELECT id FROM booking WHERE deleted = 0 AND site_id = 1 AND start_utc "
                        ">= 0 AND start_utc < 100 ORDER BY start_utc, id"));
    plan(db, QStringLiteral("the weekly quota"),
         QStringLiteral("SELECT COALESCE(SUM(end_utc - start_utc), 0) FROM booking WHERE deleted "
                        "= 0 AND member_id = 1 AND start_utc >= 0 AND start_utc < 100"));
    return 0;
}
