#include "domain/recurrence.h"
#include "domain/uuid7.h"
#include "services/calendarexport.h"
#include "domain/sitecalendar.h"
#include "testdatabase.h"

#include <QProcess>

#include <libical/ical.h>

using namespace Rpb;

namespace {
// The row version a person would have read just now: every step names the version it is based on.
[[maybe_unused]] qint64 currentVersion(Rpb::SchedulingService &scheduling, qint64 id)
{
    auto booking = scheduling.booking(id);
    return booking ? booking->meta.rowVersion : 0;
}
} // namespace

namespace {
// Tuesday 1 December 2026, 00:00 UTC: the tests' "now".
const QDateTime testNow(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);

struct Fixture
{
    Site site;
    Equipment machine;
    Member member;
    Member other;
};

Fixture makeFixture(Test::TestDatabase &t, const QString &zone = QStringLiteral("Asia/Jakarta"),
                    int capacity = 1, int buffer = 15, bool roundTheClock = false)
{
    Fixture f;
    Site s = Test::TestDatabase::sampleSite();
    s.timeZone = zone;
    s.bufferMinutes = buffer;
    if (roundTheClock) {
        s.openMinute = 0;
        s.closeMinute = 1440;
        s.openDays = 0x7f;
        s.maxBookingMinutes = 12 * 60;
    }
    f.site = *t.masterData().save(s);
    Equipment e;
    e.meta.siteId = f.site.meta.id;
    e.code = QStringLiteral("KET1");
    e.name = QStringLiteral("Ketel 1");
    e.type = QStringLiteral("kettle");
    e.capacity = capacity;
    f.machine = *t.masterData().save(e);
    for (auto [code, name] : {std::pair{QStringLiteral("M1"), QStringLiteral("Nilam Jaya")},
                              std::pair{QStringLiteral("M2"), QStringLiteral("Sereh Wangi")}}) {
        Member m;
        m.meta.siteId = f.site.meta.id;
        m.code = code;
        m.name = name;
        m.owner = QStringLiteral("Owner");
        (code == QLatin1String("M1") ? f.member : f.other) = *t.masterData().save(m);
    }
    t.context().scheduling().setClock([] { return testNow; });
    return f;
}

// "HH:mm-HH:mm" on a local date of the site, as a request.
SchedulingService::Request at(const Fixture &f, const QDate &day, const QString &span,
                              qint64 memberId = 0)
{
    const SiteCalendar calendar(f.site);
    const QStringList parts = span.split(QLatin1Char('-'));
    SchedulingService::Request r;
    r.equipmentId = f.machine.meta.id;
    r.memberId = memberId ? memberId : f.member.meta.id;
    r.start = calendar.fromLocal(day, QTime::fromString(parts.at(0), QStringLiteral("HH:mm")));
    r.end = calendar.fromLocal(day, QTime::fromString(parts.at(1), QStringLiteral("HH:mm")));
    if (r.end <= r.start)
        r.end = r.end.addDays(1); // "22:00-02:00" runs past midnight
    return r;
}

const QDate wednesday(2026, 12, 2);
} // namespace

class TestScheduling final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clashes_data();
    void clashes();
    void acrossTimeZones_data();
    void acrossTimeZones();
    void roundTheClockSiteBooksAcrossMidnight();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void recurrence_data();
    void recurrence();
    void malformedRules_data();
    void malformedRules();
    void seriesSkipsWhatIsNotFree();
    void weeklyQuota();
    void lifeCycle();
    void maintenanceListsOrCancelsWhatItHits();
    void moveIsCheckedLikeANewBooking();
    void freeSlots();
    void utilisation();
    void operatorsOnlyChangeTheirOwn();
    void twoProcessesRaceForOneSlot();
    void icalendarReadsBack();
    void clashQueryUsesTheIndex();
};

void TestScheduling::clashes_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("buffer");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("request");
    QTest::addColumn<bool>("ok");

    const auto one = [](const char *s) { return QStringList{QString::fromLatin1(s)}; };
    QTest::newRow("touching ends, no buffer") << 1 << 0 << one("08:00-10:00") << QStringLiteral("10:00-12:00") << true;
    QTest::newRow("touching ends, inside buffer") << 1 << 15 << one("08:00-10:00") << QStringLiteral("10:00-12:00") << false;
    QTest::newRow("after the buffer") << 1 << 15 << one("08:00-10:00") << QStringLiteral("10:15-12:00") << true;
    QTest::newRow("own buffer runs into the next") << 1 << 15 << one("08:00-10:00") << QStringLiteral("07:00-07:50") << false;
    QTest::newRow("own buffer just fits") << 1 << 15 << one("08:00-10:00") << QStringLiteral("07:00-07:45") << true;
    QTest::newRow("overlap") << 1 << 0 << one("08:00-10:00") << QStringLiteral("09:00-11:00") << false;
    QTest::newRow("inside") << 1 << 0 << one("08:00-12:00") << QStringLiteral("09:00-10:00") << false;
    QTest::newRow("around") << 1 << 0 << one("09:00-10:00") << QStringLiteral("08:00-12:00") << false;
    QTest::newRow("capacity 2, one there") << 2 << 0 << one("08:00-10:00") << QStringLiteral("09:00-11:00") << true;
    QTest::newRow("capacity 2, two at once")
        << 2 << 0 << QStringList{QStringLiteral("08:00-10:00"), QStringLiteral("09:00-11:00")}
        << QStringLiteral("09:30-10:30") << false;
    QTest::newRow("capacity 2, two one after another")
        << 2 << 0 << QStringList{QStringLiteral("08:00-10:00"), QStringLiteral("10:00-12:00")}
        << QStringLiteral("09:00-11:00") << true;
    QTest::newRow("capacity 3, two at once")
        << 3 << 0 << QStringList{QStringLiteral("08:00-10:00"), QStringLiteral("09:00-11:00")}
        << QStringLiteral("09:30-10:30") << true;
    QTest::newRow("capacity 3, three at once")
        << 3 << 0
        << QStringList{QStringLiteral("08:00-10:00"), QStringLiteral("09:00-11:00"),
                       QStringLiteral("09:15-09:45")}
        << QStringLiteral("09:30-10:30") << false;
    QTest::newRow("capacity 3, buffers make the third overlap")
        << 3 << 30
        << QStringList{QStringLiteral("08:00-09:00"), QStringLiteral("08:00-09:00"),
                       QStringLiteral("09:20-10:00")}
        << QStringLiteral("09:20-10:00") << false;
    QTest::newRow("closes at five") << 1 << 0 << QStringList() << QStringLiteral("16:00-18:00") << false;
    QTest::newRow("opens at seven") << 1 << 0 << QStringList() << QStringLiteral("06:30-08:00") << false;
    QTest::newRow("exactly opening hours") << 1 << 0 << QStringList() << QStringLiteral("09:00-17:00") << true;
}

void TestScheduling::clashes()
{
    QFETCH(int, capacity);
    QFETCH(int, buffer);
    QFETCH(QStringList, existing);
    QFETCH(QString, request);
    QFETCH(bool, ok);
    Test::TestDatabase t;
    Fixture f = makeFixture(t, QStringLiteral("Asia/Jakarta"), capacity, buffer);
    SchedulingService &s = t.context().scheduling();
    // Different members so that the fair-use quota never interferes.
    qint64 n = 0;
    for (const QString &span : existing) {
        Member m;
        m.meta.siteId = f.site.meta.id;
        m.code = QStringLiteral("X%1").arg(++n);
        m.name = m.code;
        m.owner = m.code;
        const qint64 memberId = t.masterData().save(m)->meta.id;
        auto r = s.book(at(f, wednesday, span, memberId));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    }
    const qint64 before = t.count(QStringLiteral("booking"));
    auto r = s.book(at(f, wednesday, request));
    QCOMPARE(r.has_value(), ok);
    QCOMPARE(t.count(QStringLiteral("booking")), before + (ok ? 1 : 0));
    if (!ok) {
        QVERIFY(!r.error().message.isEmpty());
        // The dry run agrees with the write.
        QVERIFY(!s.check(at(f, wednesday, request))->isEmpty());
        if (r.error().kind == Error::Kind::Conflict) {
            QVERIFY(!r.error().related.isEmpty());
            QCOMPARE(r.error().exitCode(), 3);
        }
    }
}

void TestScheduling::acrossTimeZones_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("ok");
    // 23:30 UTC on 2 December to 01:00 UTC on 3 December: 06:30-08:00 WIB (closed), 07:30-09:00
    // WITA (open), 08:30-10:00 WIT (open).
    QTest::newRow("WIB") << QStringLiteral("Asia/Jakarta") << false;
    QTest::newRow("WITA") << QStringLiteral("Asia/Makassar") << true;
    QTest::newRow("WIT") << QStringLiteral("Asia/Jayapura") << true;
}

void TestScheduling::acrossTimeZones()
{
    QFETCH(QString, zone);
    QFETCH(bool, ok);
    Test::TestDatabase t;
    Fixture f = makeFixture(t, zone);
    SchedulingService::Request r;
    r.equipmentId = f.machine.meta.id;
    r.memberId = f.member.meta.id;
    r.start = QDateTime(QDate(2026, 12, 2), QTime(23, 30), Qt::UTC);
    r.end = QDateTime(QDate(2026, 12, 3), QTime(1, 0), Qt::UTC);
    auto booked = t.context().scheduling().book(r);
    QCOMPARE(booked.has_value(), ok);
    if (ok)
        QCOMPARE(booked->created.first().start, r.start);
}

void TestScheduling::roundTheClockSiteBooksAcrossMidnight()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t, QStringLiteral("Asia/Makassar"), 1, 0, true);
    auto r = t.context().scheduling().book(at(f, wednesday, QStringLiteral("22:00-02:00")));
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(r->created.first().minutes(), qint64(240));
    // And the next booking meets it across midnight.
    auto clash = t.context().scheduling().book(
        at(f, wednesday.addDays(1), QStringLiteral("01:00-03:00")));
    QVERIFY(!clash.has_value());
    QCOMPARE(clash.error().kind, Error::Kind::Conflict);
}

void TestScheduling::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("end before start") << QStringLiteral("reverse") << 2;
    QTest::newRow("zero duration") << QStringLiteral("zero") << 2;
    QTest::newRow("too long") << QStringLiteral("long") << 2;
    QTest::newRow("too short") << QStringLiteral("short") << 2;
    QTest::newRow("unknown machine") << QStringLiteral("machine") << 2;
    QTest::newRow("unknown member") << QStringLiteral("member") << 2;
    QTest::newRow("retired machine") << QStringLiteral("retired") << 2;
    QTest::newRow("machine under maintenance") << QStringLiteral("maintenance") << 2;
    QTest::newRow("in the past") << QStringLiteral("past") << 2;
    QTest::newRow("too far ahead") << QStringLiteral("ahead") << 2;
    QTest::newRow("sunday") << QStringLiteral("sunday") << 2;
    QTest::newRow("malformed rule") << QStringLiteral("rrule") << 2;
}

void TestScheduling::badInputChangesNothing()
{
    QFETCH(QString, what);
    QFETCH(int, exitCode);
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    SchedulingService::Request r = at(f, wednesday, QStringLiteral("08:00-10:00"));
    if (what == QLatin1String("reverse"))
        std::swap(r.start, r.end);
    else if (what == QLatin1String("zero"))
        r.end = r.start;
    else if (what == QLatin1String("long"))
        r = at(f, wednesday, QStringLiteral("07:00-16:00"));
    else if (what == QLatin1String("short"))
        r = at(f, wednesday, QStringLiteral("08:00-08:10"));
    else if (what == QLatin1String("machine"))
        r.equipmentId = 9999;
    else if (what == QLatin1String("member"))
        r.memberId = 9999;
    else if (what == QLatin1String("retired") || what == QLatin1String("maintenance")) {
        Equipment e = f.machine;
        e.status = what == QLatin1String("retired") ? EquipmentStatus::Retired
                                                    : EquipmentStatus::Maintenance;
        QVERIFY(t.masterData().save(e).has_value());
    } else if (what == QLatin1String("past"))
        r = at(f, QDate(2026, 11, 25), QStringLiteral("08:00-10:00"));
    else if (what == QLatin1String("ahead"))
        r = at(f, QDate(2027, 8, 4), QStringLiteral("08:00-10:00"));
    else if (what == QLatin1String("sunday"))
        r = at(f, QDate(2026, 12, 6), QStringLiteral("08:00-10:00"));
    else if (what == QLatin1String("rrule"))
        r.rrule = QStringLiteral("FREQ=SOMETIMES");
    const qint64 audits = t.count(QStringLiteral("audit_log"));
    auto result = t.context().scheduling().book(r);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().exitCode(), exitCode);
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(t.count(QStringLiteral("booking")), 0);
    QCOMPARE(t.count(QStringLiteral("booking_series")), 0);
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits);
}

void TestScheduling::recurrence_data()
{
    // Examples from RFC 5545, section 3.8.5.3, starting 2 September 1997 09:00 local time.
    QTest::addColumn<QString>("rrule");
    QTest::addColumn<QStringList>("dates");
    QTest::newRow("daily for 10 occurrences")
        << QStringLiteral("FREQ=DAILY;COUNT=10")
        << QStringList{QStringLiteral("1997-09-02"), QStringLiteral("1997-09-03"), QStringLiteral("1997-09-04"),
                       QStringLiteral("1997-09-05"), QStringLiteral("1997-09-06"), QStringLiteral("1997-09-07"),
                       QStringLiteral("1997-09-08"), QStringLiteral("1997-09-09"), QStringLiteral("1997-09-10"),
                       QStringLiteral("1997-09-11")};
    QTest::newRow("weekly on Tuesday and Thursday for five weeks")
        << QStringLiteral("FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH")
        << QStringList{QStringLiteral("1997-09-02"), QStringLiteral("1997-09-04"), QStringLiteral("1997-09-09"),
                       QStringLiteral("1997-09-11"), QStringLiteral("1997-09-16"), QStringLiteral("1997-09-18"),
                       QStringLiteral("1997-09-23"), QStringLiteral("1997-09-25"), QStringLiteral("1997-09-30"),
                       QStringLiteral("1997-10-02")};
    QTest::newRow("monthly on the first Friday")
        << QStringLiteral("FREQ=MONTHLY;COUNT=6;BYDAY=1FR")
        << QStringList{QStringLiteral("1997-09-05"), QStringLiteral("1997-10-03"), QStringLiteral("1997-11-07"),
                       QStringLiteral("1997-12-05"), QStringLiteral("1998-01-02"), QStringLiteral("1998-02-06")};
    QTest::newRow("monthly on the 2nd and 15th")
        << QStringLiteral("FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15")
        << QStringList{QStringLiteral("1997-09-02"), QStringLiteral("1997-09-15"), QStringLiteral("1997-10-02"),
                       QStringLiteral("1997-10-15"), QStringLiteral("1997-11-02"), QStringLiteral("1997-11-15"),
                       QStringLiteral("1997-12-02"), QStringLiteral("1997-12-15"), QStringLiteral("1998-01-02"),
                       QStringLiteral("1998-01-15")};
    QTest::newRow("every other week on Monday, Wednesday, Friday")
        << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH")
        << QStringList{QStringLiteral("1997-09-02"), QStringLiteral("1997-09-04"), QStringLiteral("1997-09-16"),
                       QStringLiteral("1997-09-18"), QStringLiteral("1997-09-30"), QStringLiteral("1997-10-02"),
                       QStringLiteral("1997-10-14"), QStringLiteral("1997-10-16")};
}

void TestScheduling::recurrence()
{
    QFETCH(QString, rrule);
    QFETCH(QStringList, dates);
    const QTimeZone wita(QByteArrayLiteral("Asia/Makassar"));
    const QDateTime start(QDate(1997, 9, 2), QTime(9, 0), wita);
    auto occurrences = Recurrence::expand(rrule, start, wita, QDateTime());
    QVERIFY2(occurrences.has_value(), qPrintable(rrule));
    QStringList got;
    for (const QDateTime &o : *occurrences) {
        QCOMPARE(o.timeSpec(), Qt::UTC);
        const QDateTime local = o.toTimeZone(wita);
        QCOMPARE(local.time(), QTime(9, 0)); // the wall-clock time stays put
        got << local.date().toString(Qt::ISODate);
    }
    QCOMPARE(got, dates);
}

void TestScheduling::malformedRules_data()
{
    QTest::addColumn<QString>("rrule");
    QTest::newRow("unknown frequency") << QStringLiteral("FREQ=SOMETIMES");
    QTest::newRow("no frequency") << QStringLiteral("COUNT=5");
    QTest::newRow("hourly") << QStringLiteral("FREQ=HOURLY;COUNT=5");
    QTest::newRow("garbage") << QStringLiteral(";;==;;");
    QTest::newRow("bad weekday") << QStringLiteral("FREQ=WEEKLY;BYDAY=XX");
    QTest::newRow("empty") << QString();
}

void TestScheduling::malformedRules()
{
    QFETCH(QString, rrule);
    auto s = Recurrence::validate(rrule);
    QVERIFY(!s.has_value());
    QCOMPARE(s.error().field, QStringLiteral("repeat"));
}

void TestScheduling::seriesSkipsWhatIsNotFree()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    SchedulingService &s = t.context().scheduling();
    // Someone else holds the second Wednesday.
    QVERIFY(s.book(at(f, wednesday.addDays(7), QStringLiteral("08:00-10:00"), f.other.meta.id)));
    SchedulingService::Request weekly = at(f, wednesday, QStringLiteral("08:00-10:00"));
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=52");
    // Without permission to skip, the whole series is refused and nothing is written.
    auto refused = s.book(weekly);
    QVERIFY(!refused.has_value());
    QCOMPARE(t.count(QStringLiteral("booking")), 1);
    weekly.skipConflicts = true;
    auto outcome = s.book(weekly);
    QVERIFY2(outcome.has_value(), qPrintable(outcome ? QString() : outcome.error().message));
    // 180 days ahead reaches 26 Wednesdays; one of them is taken.
    QCOMPARE(outcome->created.size(), 25);
    QCOMPARE(outcome->skipped.size(), 52 - 25);
    QCOMPARE(outcome->skipped.first().kind, SchedulingService::Clash::Kind::Booking);
    QCOMPARE(outcome->skipped.last().kind, SchedulingService::Clash::Kind::Rule);
    QVERIFY(outcome->seriesId.has_value());
    for (const Booking &b : outcome->created)
        QCOMPARE(b.seriesId, outcome->seriesId);
    QCOMPARE(t.count(QStringLiteral("booking_series")), 1);
}

void TestScheduling::weeklyQuota()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    SchedulingService &s = t.context().scheduling();
    // 20 hours a week: 8 + 8 fit, a further 8 does not, in the same week.
    QVERIFY(s.book(at(f, wednesday, QStringLiteral("08:00-16:00"))));
    QVERIFY(s.book(at(f, wednesday.addDays(1), QStringLiteral("08:00-16:00"))));
    auto third = s.book(at(f, wednesday.addDays(2), QStringLiteral("08:00-16:00")));
    QVERIFY(!third.has_value());
    QVERIFY(third.error().message.contains(QLatin1String("fair-use")));
    QCOMPARE(third.error().exitCode(), 2);
    // The next week starts afresh.
    QVERIFY(s.book(at(f, wednesday.addDays(7), QStringLiteral("08:00-16:00"))));
}

void TestScheduling::lifeCycle()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    SchedulingService &s = t.context().scheduling();
    auto booked = s.book(at(f, wednesday, QStringLiteral("08:00-10:00")));
    QVERIFY(booked.has_value());
    const Booking b = booked->created.first();
    QCOMPARE(b.status, BookingStatus::Confirmed); // the site confirms automatically
    // Too early to check in.
    QVERIFY(!s.checkIn(b.meta.id, currentVersion(s, b.meta.id)).has_value());
    QDateTime clock = b.start.addSecs(5 * 60);
    s.setClock([&clock] { return clock; });
    auto in = s.checkIn(b.meta.id, currentVersion(s, b.meta.id));
    QVERIFY(in.has_value());
    QCOMPARE(in->status, BookingStatus::CheckedIn);
    QCOMPARE(in->actualStart, clock);
    QVERIFY(!s.cancel(b.meta.id, currentVersion(s, b.meta.id)).has_value());
    clock = clock.addSecs(90 * 60);
    auto out = s.checkOut(b.meta.id, currentVersion(s, b.meta.id));
    QVERIFY(out.has_value());
    QCOMPARE(out->status, BookingStatus::Done);
    QCOMPARE(out->actualEnd, clock);
    QCOMPARE(s.booking(b.meta.id)->actualEnd, clock);

    // A booking nobody checks in becomes a no-show after the grace time.
    auto later = s.book(at(f, wednesday.addDays(1), QStringLiteral("08:00-09:00")));
    QVERIFY(later.has_value());
    clock = later->created.first().start.addSecs(10 * 60);
    QVERIFY(!s.markNoShow(later->created.first().meta.id,
                          currentVersion(s, later->created.first().meta.id))
                 .has_value());
    clock = later->created.first().start.addSecs(45 * 60);
    QCOMPARE(s.sweepNoShows(f.site.meta.id).value_or(-1), 1);
    QCOMPARE(s.booking(later->created.first().meta.id)->status, BookingStatus::NoShow);
}

void TestScheduling::maintenanceListsOrCancelsWhatItHits()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    SchedulingService &s = t.context().scheduling();
    auto a = s.book(at(f, wednesday, QStringLiteral("08:00-10:00")));
    auto b = s.book(at(f, wednesday, QStringLiteral("13:00-15:00"), f.other.meta.id));
    QVERIFY(a && b);
    const SiteCalendar calendar(f.site);
    auto flagged = s.addMaintenance(f.machine.meta.id, calendar.fromLocal(wednesday, QTime(9, 0)),
                                    calendar.fromLocal(wednesday, QTime(11, 0)),
                                    QStringLiteral("ganti seal"), false);
    QVERIFY(flagged.has_value());
    QCOMPARE(flagged->hit.size(), 1);
    QCOMPARE(s.booking(a->created.first().meta.id)->status, BookingStatus::Confirmed);
    auto cancelling = s.addMaintenance(f.machine.meta.id,
                                       calendar.fromLocal(wednesday, QTime(14, 0)),
                                       calendar.fromLocal(wednesday, QTime(16, 0)),
                                       QStringLiteral("kalibrasi"), true);
    QVERIFY(cancelling.has_value());
    QCOMPARE(cancelling->hit.size(), 1);
    QCOMPARE(s.booking(b->created.first().meta.id)->status, BookingStatus::Cancelled);
    // The blocked time cannot be booked.
    auto blocked = s.book(at(f, wednesday, QStringLiteral("14:30-15:30"), f.other.meta.id));
    QVERIFY(!blocked.has_value());
    QCOMPARE(blocked.error().exitCode(), 3);
    QVERIFY(blocked.error().message.contains(QLatin1String("kalibrasi")));
}

void TestScheduling::moveIsCheckedLikeANewBooking()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    SchedulingService &s = t.context().scheduling();
    auto a = s.book(at(f, wednesday, QStringLiteral("08:00-10:00")));
    auto b = s.book(at(f, wednesday, QStringLiteral("13:00-15:00"), f.other.meta.id));
    QVERIFY(a && b);
    const Booking first = a->created.first();
    const SchedulingService::Request onto = at(f, wednesday, QStringLiteral("12:00-14:00"));
    auto clash = s.move(first.meta.id, currentVersion(s, first.meta.id), f.machine.meta.id,
                        onto.start, onto.end);
    QVERIFY(!clash.has_value());
    QCOMPARE(clash.error().kind, Error::Kind::Conflict);
    QCOMPARE(s.booking(first.meta.id)->start, first.start);
    // Moving within its own time (a resize) does not clash with itself.
    const SchedulingService::Request longer = at(f, wednesday, QStringLiteral("08:00-11:00"));
    auto resized = s.move(first.meta.id, currentVersion(s, first.meta.id), f.machine.meta.id,
                          longer.start, longer.end);
    QVERIFY2(resized.has_value(), qPrintable(resized ? QString() : resized.error().message));
    QCOMPARE(resized->minutes(), qint64(180));
    QCOMPARE(resized->meta.rowVersion, qint64(2));
}

void TestScheduling::freeSlots()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    SchedulingService &s = t.context().scheduling();
    QVERIFY(s.book(at(f, wednesday, QStringLiteral("07:00-09:00"))));
    const SiteCalendar calendar(f.site);
    auto slots = s.freeSlots(f.site.meta.id, 120, calendar.fromLocal(wednesday, QTime(0, 0)),
                             calendar.fromLocal(wednesday.addDays(1), QTime(0, 0)));
    QVERIFY(slots.has_value());
    QVERIFY(!slots->isEmpty());
    // 09:00 plus the 15-minute cleaning buffer.
    QCOMPARE(calendar.toLocal(slots->first().start).time(), QTime(9, 15));
    QCOMPARE(slots->first().equipmentId, f.machine.meta.id);
    for (const auto &slot : *slots) {
        SchedulingService::Request r = at(f, wednesday, QStringLiteral("08:00-10:00"), f.other.meta.id);
        r.start = slot.start;
        r.end = slot.end;
        QVERIFY2(s.check(r)->isEmpty(), "every offered slot can be booked");
    }
}

void TestScheduling::utilisation()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    SchedulingService &s = t.context().scheduling();
    auto a = s.book(at(f, wednesday, QStringLiteral("08:00-10:00")));
    QVERIFY(a.has_value());
    QDateTime clock = a->created.first().start;
    s.setClock([&clock] { return clock; });
    QVERIFY(s.checkIn(a->created.first().meta.id, currentVersion(s, a->created.first().meta.id)));
    clock = clock.addSecs(90 * 60);
    QVERIFY(s.checkOut(a->created.first().meta.id, currentVersion(s, a->created.first().meta.id)));
    const SiteCalendar calendar(f.site);
    clock = testNow;
    QVERIFY(s.addMaintenance(f.machine.meta.id, calendar.fromLocal(QDate(2026, 12, 5), QTime(15, 0)),
                             calendar.fromLocal(QDate(2026, 12, 7), QTime(9, 0)),
                             QStringLiteral("servis"), false));
    auto u = s.utilisation(f.site.meta.id, 2026, 12);
    QVERIFY(u.has_value());
    QCOMPARE(u->size(), 1);
    // December 2026 has 27 days from Monday to Saturday, ten open hours each; the maintenance
    // takes 2 open hours on Saturday 5th and 2 on Monday 7th (Sunday is closed anyway).
    QCOMPARE(u->first().maintenanceSeconds, qint64(4 * 3600));
    QCOMPARE(u->first().openSeconds, qint64(27 * 10 * 3600 - 4 * 3600));
    QCOMPARE(u->first().bookedSeconds, qint64(2 * 3600));
    QCOMPARE(u->first().usedSeconds, qint64(90 * 60));
}

void TestScheduling::operatorsOnlyChangeTheirOwn()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    SchedulingService &s = t.context().scheduling();
    Actor ani{0, QStringLiteral("ani"), Role::Operator, f.site.meta.id};
    // Accounts give operators their ids; two made directly keep the test short.
    for (const char *name : {"ani", "budi"})
        QVERIFY(t.db().exec(QStringLiteral("INSERT INTO app_user (uuid, created_ms, updated_ms, "
                                           "name, role, password_hash) VALUES (randomblob(16), 0, "
                                           "0, ?, 'operator', 'x')"),
                            {QString::fromLatin1(name)}));
    ani.userId = 1;
    Actor budi{2, QStringLiteral("budi"), Role::Operator, f.site.meta.id};
    t.context().setActor(ani);
    t.context().scheduling().setClock([] { return testNow; });
    auto mine = s.book(at(f, wednesday, QStringLiteral("08:00-10:00")));
    QVERIFY(mine.has_value());
    t.context().setActor(budi);
    auto r
        = s.cancel(mine->created.first().meta.id, currentVersion(s, mine->created.first().meta.id));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().exitCode(), 4);
    t.context().setActor(Actor{0, QStringLiteral("pusat"), Role::Viewer, std::nullopt, {}});
    auto viewer = s.book(at(f, wednesday, QStringLiteral("12:00-13:00")));
    QVERIFY(!viewer.has_value());
    QCOMPARE(viewer.error().exitCode(), 4);
    t.context().setActor(ani);
    QVERIFY(
        s.cancel(mine->created.first().meta.id, currentVersion(s, mine->created.first().meta.id))
            .has_value());
}

void TestScheduling::twoProcessesRaceForOneSlot()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    // The racers use the real clock: race for slots on the coming weekdays.
    const SiteCalendar calendar(f.site);
    QDate day = calendar.localDate(QDateTime::currentDateTimeUtc()).addDays(1);
    const QString path = t.path();
    const qint64 equipment = f.machine.meta.id;
    QList<qint64> members;
    for (int i = 0; i < 4; ++i) {
        Member m;
        m.meta.siteId = f.site.meta.id;
        m.code = QStringLiteral("R%1").arg(i);
        m.name = m.code;
        m.owner = m.code;
        members << t.masterData().save(m)->meta.id;
    }
    t.close();
    int rounds = 0;
    for (int round = 0; round < 12; ++round) {
        while (!f.site.isOpenOn(day.dayOfWeek()))
            day = day.addDays(1);
        const qint64 start = calendar.fromLocal(day, QTime(8 + (round % 4) * 2, 0)).toSecsSinceEpoch();
        const qint64 end = start + 3600;
        QList<QProcess *> racers;
        for (qint64 member : members) {
            auto *p = new QProcess(this);
            p->start(QStringLiteral(RPB_BOOKING_RACER),
                     {path, QString::number(equipment), QString::number(member),
                      QString::number(start), QString::number(end)});
            racers << p;
        }
        int won = 0;
        int lost = 0;
        for (QProcess *p : racers) {
            QVERIFY(p->waitForFinished(60000));
            if (p->exitCode() == 0)
                ++won;
            else if (p->exitCode() == 3)
                ++lost;
            delete p;
        }
        QCOMPARE(won, 1);
        QCOMPARE(lost, int(members.size()) - 1);
        ++rounds;
        if (round % 4 == 3)
            day = day.addDays(1);
    }
    QCOMPARE(rounds, 12);
    auto reopened = AppContext::open(path);
    QVERIFY(reopened.has_value());
    QCOMPARE((*reopened)->database().scalar(QStringLiteral("SELECT COUNT(*) FROM booking"))->toInt(), 12);
}

void TestScheduling::icalendarReadsBack()
{
    Test::TestDatabase t;
    Fixture f = makeFixture(t);
    SchedulingService &s = t.context().scheduling();
    auto a = s.book(at(f, wednesday, QStringLiteral("08:00-10:00")));
    SchedulingService::Request second = at(f, wednesday, QStringLiteral("13:00-14:30"), f.other.meta.id);
    second.purpose = QStringLiteral("Suling nilam, batch uji");
    auto b = s.book(second);
    QVERIFY(a && b);
    QVERIFY(s.cancel(b->created.first().meta.id, currentVersion(s, b->created.first().meta.id)));
    CalendarExport::Filter filter;
    filter.siteId = f.site.meta.id;
    filter.from = testNow;
    filter.to = testNow.addDays(7);
    auto ics = t.context().calendar().write(filter);
    QVERIFY(ics.has_value());
    icalcomponent *calendar = icalparser_parse_string(ics->constData());
    QVERIFY(calendar != nullptr);
    QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), 2);
    icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(event)),
             Uuid7::toText(a->created.first().meta.uuid) + QStringLiteral("@rpb-hijau"));
    QCOMPARE(qint64(icaltime_as_timet(icalcomponent_get_dtstart(event))),
             a->created.first().start.toSecsSinceEpoch());
    QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(event)),
             QStringLiteral("Ketel 1 – Nilam Jaya"));
    event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT);
    QCOMPARE(icalcomponent_get_status(event), ICAL_STATUS_CANCELLED);
    QCOMPARE(QString::fromUtf8(icalcomponent_get_description(event)), second.purpose);
    QCOMPARE(qint64(icaltime_as_timet(icalcomponent_get_dtend(event))),
             b->created.first().end.toSecsSinceEpoch());
    icalcomponent_free(calendar);
}

void TestScheduling::clashQueryUsesTheIndex()
{
    Test::TestDatabase t;
    auto plan = t.db().exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT id FROM booking WHERE deleted = 0 AND equipment_id = 1 AND "
        "start_utc >= 0 AND start_utc < 100 AND end_utc > 50 AND status IN ('requested', "
        "'confirmed', 'checked_in', 'done')"));
    QVERIFY(plan.has_value());
    QString text;
    while (plan->next())
        text += plan->value(3).toString() + QLatin1Char('\n');
    QVERIFY2(text.contains(QLatin1String("booking_equipment_time")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("start_utc>? AND start_utc<?"))
                 || text.contains(QLatin1String("start_utc>=? AND start_utc<?")),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestScheduling)
#include "tst_scheduling.moc"
