// Scheduling by command line, end to end: each case runs the real rpb-hijau binary on a fresh
// database filled through the services. The services use the real clock, so bookings go on the
// coming days.

#include "clitestsupport.h"
#include "domain/sitecalendar.h"
#include "domain/uuid7.h"

#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Rpb;
using Rpb::Test::CliRunner;
using Rpb::Test::Run;

namespace {

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

// A Wednesday at least two days ahead, so that its working hours lie in the future in every
// time zone of Indonesia, whatever the hour of the machine running the tests.
QDate wednesday()
{
    QDate day = QDate::currentDate().addDays(2);
    while (day.dayOfWeek() != 3)
        day = day.addDays(1);
    return day;
}

QString at(const QDate &day, const char *time)
{
    return day.toString(Qt::ISODate) + QLatin1Char('T') + QString::fromLatin1(time);
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// @WED, @THU: the coming Wednesday and the day after it.
QStringList filled(QStringList arguments)
{
    arguments.replaceInStrings(QStringLiteral("@WED"), day(wednesday()));
    arguments.replaceInStrings(QStringLiteral("@THU"), day(wednesday().addDays(1)));
    return arguments;
}

// Three sites: ACH in WIB (+07:00), NTT in WITA (+08:00), both open Monday to Saturday 07:00 to
// 17:00 with a 15-minute buffer, and KLK open round the clock for check-in by the real clock.
void makeSites(const CliRunner &cli)
{
    auto context = cli.open();
    QVERIFY(context);
    MasterDataService &data = context->masterData();
    const auto site = [&data](const char *code, const char *zone, bool roundTheClock) {
        Site s;
        s.code = QString::fromLatin1(code);
        s.name = QStringLiteral("RPB ") + s.code;
        s.province = QStringLiteral("Provinsi ") + s.code;
        s.timeZone = QString::fromLatin1(zone);
        if (roundTheClock) {
            s.openMinute = 0;
            s.closeMinute = 24 * 60;
            s.openDays = 0x7f;
            s.maxBookingMinutes = 12 * 60;
        }
        auto saved = data.save(s);
        if (!saved)
            qWarning() << saved.error().toLine();
        return saved ? saved->meta.id : 0;
    };
    const qint64 ach = site("ACH", "Asia/Jakarta", false);
    const qint64 ntt = site("NTT", "Asia/Makassar", false);
    const qint64 klk = site("KLK", "Asia/Jakarta", true);
    QVERIFY(ach && ntt && klk);

    const auto machine
        = [&data](qint64 siteId, const char *code, const char *type, EquipmentStatus status) {
              Equipment e;
              e.meta.siteId = siteId;
              e.code = QString::fromLatin1(code);
              e.name = QStringLiteral("Mesin ") + e.code;
              e.type = QString::fromLatin1(type);
              e.status = status;
              auto saved = data.save(e);
              if (!saved)
                  qWarning() << saved.error().toLine();
              return saved.has_value();
          };
    QVERIFY(machine(ach, "ACH-KET1", "distillation kettle", EquipmentStatus::Active));
    QVERIFY(machine(ach, "ACH-KET2", "distillation kettle", EquipmentStatus::Active));
    QVERIFY(machine(ach, "ACH-SEP", "oil separator", EquipmentStatus::Active));
    QVERIFY(machine(ach, "ACH-OLD", "distillation kettle", EquipmentStatus::Retired));
    QVERIFY(machine(ntt, "NTT-FRZ1", "blast freezer", EquipmentStatus::Active));
    QVERIFY(machine(klk, "KLK-OVN1", "oven", EquipmentStatus::Active));

    const auto member = [&data](qint64 siteId, const char *code) {
        Member m;
        m.meta.siteId = siteId;
        m.code = QString::fromLatin1(code);
        m.name = QStringLiteral("Usaha ") + m.code;
        m.owner = QStringLiteral("Pemilik ") + m.code;
        auto saved = data.save(m);
        if (!saved)
            qWarning() << saved.error().toLine();
        return saved.has_value();
    };
    for (const char *code : {"ACH-M01", "ACH-M02", "ACH-M03"})
        QVERIFY(member(ach, code));
    QVERIFY(member(ntt, "NTT-M01"));
    QVERIFY(member(klk, "KLK-M01"));

    ProductLine patchouli;
    patchouli.meta.siteId = ach;
    patchouli.code = QStringLiteral("PATCHOULI");
    patchouli.name = QStringLiteral("Minyak nilam");
    QVERIFY(data.save(patchouli).has_value());
}

QJsonObject firstBooking(const Run &run)
{
    return run.object().value(QStringLiteral("bookings")).toArray().first().toObject();
}

QString idOf(const QJsonObject &booking)
{
    return booking.value(QStringLiteral("id")).toString();
}

QStringList idsOf(const QJsonArray &bookings)
{
    QStringList ids;
    for (const QJsonValue &b : bookings)
        ids << b.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

// Open hours of a site open Monday to Saturday, 10 hours a day, in a month.
qint64 openSecondsOfMonth(const QDate &first)
{
    qint64 seconds = 0;
    for (QDate d = first; d.month() == first.month(); d = d.addDays(1)) {
        if (d.dayOfWeek() != 7)
            seconds += 10 * 3600;
    }
    return seconds;
}

QString hoursText(qint64 seconds)
{
    const qint64 centi = (seconds * 100 * 2 + 3600) / (3600 * 2);
    return QStringLiteral("%1.%2").arg(centi / 100).arg(centi % 100, 2, 10, QLatin1Char('0'));
}

QString percentText(qint64 part, qint64 whole)
{
    const qint64 tenths = (part * 1000 * 2 + whole) / (whole * 2);
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

} // namespace

class TestCliSchedule final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void bookShowsInTheListWithTheSiteOffset_data();
    void bookShowsInTheListWithTheSiteOffset();
    void bookAsTable();
    void clashExitsThreeAndNamesTheBooking();
    void clashAsText();
    void series();
    void seriesWithSkipConflicts();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void listFilters();
    void checkInAndOutByTheRealClock();
    void cancelAndConfirm();
    void maintenanceLeavesOrCancelsWhatItHits();
    void freeSlots();
    void freeSlotsForAMemberRespectTheWeeklyHours();
    void icsHasTheBookings();
    void icsChoosesOneSet();
    void utilizationFigures();
    void utilizationTableFollowsTheLanguage();
    void helpListsTheSchedulingCommands();

private:
    Run book(const QStringList &arguments) const;

    std::unique_ptr<CliRunner> m_cli;
};

void TestCliSchedule::init()
{
    m_cli = std::make_unique<CliRunner>();
    makeSites(*m_cli);
}

void TestCliSchedule::cleanup()
{
    m_cli.reset();
}

Run TestCliSchedule::book(const QStringList &arguments) const
{
    return m_cli->run(QStringList {L("book")} + filled(arguments) + QStringList {L("--json")});
}

void TestCliSchedule::bookShowsInTheListWithTheSiteOffset_data()
{
    QTest::addColumn<QString>("equipment");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("expectedStart");
    QTest::addColumn<QString>("expectedEnd");
    const QString wed = day(wednesday());
    QTest::newRow("WIB, local time")
        << L("ACH-KET1") << L("ACH-M01") << L("@WEDT08:00") << L("@WEDT10:00")
        << wed + L("T08:00:00+07:00") << wed + L("T10:00:00+07:00");
    QTest::newRow("WITA, local time")
        << L("NTT-FRZ1") << L("NTT-M01") << L("@WEDT08:00") << L("@WEDT09:30")
        << wed + L("T08:00:00+08:00") << wed + L("T09:30:00+08:00");
    QTest::newRow("WIB, given in WITA")
        << L("ACH-KET1") << L("ACH-M01") << L("@WEDT09:00+08:00") << L("@WEDT11:00+0800")
        << wed + L("T08:00:00+07:00") << wed + L("T10:00:00+07:00");
    QTest::newRow("WITA, given in UTC")
        << L("NTT-FRZ1") << L("NTT-M01") << L("@WEDT01:00Z") << L("@WEDT02:00:00Z")
        << wed + L("T09:00:00+08:00") << wed + L("T10:00:00+08:00");
    QTest::newRow("space for T, seconds")
        << L("ACH-KET1") << L("ACH-M01") << L("@WED 13:00:00") << L("@WED 14:00")
        << wed + L("T13:00:00+07:00") << wed + L("T14:00:00+07:00");
}

void TestCliSchedule::bookShowsInTheListWithTheSiteOffset()
{
    QFETCH(QString, equipment);
    QFETCH(QString, member);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, expectedStart);
    QFETCH(QString, expectedEnd);
    const Run booked = book({L("--equipment"), equipment, L("--member"), member, L("--start"),
                             start, L("--end"), end, L("--purpose"), L("Suling nilam")});
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.describe()));
    const QJsonObject made = firstBooking(booked);
    QVERIFY(!QUuid::fromString(idOf(made)).isNull());
    QCOMPARE(made.value(QStringLiteral("start")).toString(), expectedStart);
    QCOMPARE(booked.object().value(QStringLiteral("series")), QJsonValue());
    QVERIFY(booked.object().value(QStringLiteral("skipped")).toArray().isEmpty());

    const QString site = equipment.left(3);
    const Run listed = m_cli->run({L("bookings"), L("list"), L("--site"), site, L("--from"),
                                   day(wednesday()), L("--to"), day(wednesday()), L("--json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QCOMPARE(listed.array().size(), 1);
    const QJsonObject b = listed.array().first().toObject();
    QCOMPARE(b, made);
    QCOMPARE(idOf(b), idOf(made));
    QCOMPARE(b.value(QStringLiteral("site")).toString(), site);
    QCOMPARE(b.value(QStringLiteral("equipment")).toString(), equipment);
    QCOMPARE(b.value(QStringLiteral("member")).toString(), member);
    QCOMPARE(b.value(QStringLiteral("start")).toString(), expectedStart);
    QCOMPARE(b.value(QStringLiteral("end")).toString(), expectedEnd);
    QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(b.value(QStringLiteral("series")), QJsonValue());
    QCOMPARE(b.value(QStringLiteral("purpose")).toString(), QStringLiteral("Suling nilam"));
    QCOMPARE(b.value(QStringLiteral("actual_start")), QJsonValue());
    QCOMPARE(b.value(QStringLiteral("actual_end")), QJsonValue());
}

void TestCliSchedule::bookAsTable()
{
    const Run run = m_cli->run(filled({L("book"), L("--equipment"), L("ACH-KET1"), L("--member"),
                                       L("ACH-M01"), L("--start"), L("@WEDT08:00"), L("--end"),
                                       L("@WEDT10:00"), L("--product-line"), L("PATCHOULI")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("08:00–10:00 WIB")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Usaha ACH-M01 (ACH-M01)")));
    QVERIFY(run.out.contains(QStringLiteral("Confirmed")));
    const Run listed = m_cli->run({L("bookings"), L("list"), L("--site"), L("ACH"), L("--from"),
                                   day(wednesday()), L("--to"), day(wednesday()), L("--json")});
    QCOMPARE(listed.array().first().toObject().value(QStringLiteral("product_line")).toString(),
             QStringLiteral("PATCHOULI"));
}

void TestCliSchedule::clashExitsThreeAndNamesTheBooking()
{
    const Run first = book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M01"),
                            L("--start"), L("@WEDT08:00"), L("--end"), L("@WEDT10:00")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    const QString firstId = idOf(firstBooking(first));
    const qint64 audits = m_cli->count(QStringLiteral("audit_log"));

    // Inside the 15-minute cleaning buffer after the first one.
    const Run clash = book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M02"),
                            L("--start"), L("@WEDT10:10"), L("--end"), L("@WEDT11:00")});
    QVERIFY2(clash.exitCode == 3, qPrintable(clash.describe()));
    const QJsonObject error = clash.object();
    QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("conflict"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    const QJsonArray conflicts = error.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(idsOf(conflicts), QStringList {firstId});
    QCOMPARE(conflicts.first().toObject().value(QStringLiteral("start")).toString(),
             at(wednesday(), "08:00:00+07:00"));
    QVERIFY(clash.err.startsWith(QStringLiteral("error: ")));
    QCOMPARE(m_cli->count(QStringLiteral("booking")), 1);
    QCOMPARE(m_cli->count(QStringLiteral("audit_log")), audits);

    // The other kettle is free.
    const Run elsewhere = book({L("--equipment"), L("ACH-KET2"), L("--member"), L("ACH-M02"),
                                L("--start"), L("@WEDT10:10"), L("--end"), L("@WEDT11:00")});
    QVERIFY2(elsewhere.exitCode == 0, qPrintable(elsewhere.describe()));
}

void TestCliSchedule::clashAsText()
{
    const Run first = book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M01"),
                            L("--start"), L("@WEDT08:00"), L("--end"), L("@WEDT10:00")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    const QString firstId = idOf(firstBooking(first));
    const Run clash = m_cli->run(
        filled({L("book"), L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M02"),
                L("--start"), L("@WEDT09:00"), L("--end"), L("@WEDT11:00")}));
    QVERIFY2(clash.exitCode == 3, qPrintable(clash.describe()));
    QVERIFY(clash.out.isEmpty());
    const QStringList lines = clash.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(clash.err));
    QVERIFY(lines.at(0).startsWith(QStringLiteral("error: ")));
    QVERIFY2(lines.at(0).endsWith(QStringLiteral("(ACH-KET1)")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(firstId), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QStringLiteral("08:00–10:00 WIB")));
    QVERIFY(clash.err.contains(QStringLiteral("hint: ")));
    QVERIFY(clash.err.contains(QStringLiteral("free-slots")));
}

void TestCliSchedule::series()
{
    const Run run = book({L("--equipment"), L("ACH-SEP"), L("--member"), L("ACH-M01"), L("--start"),
                          L("@WEDT08:00"), L("--end"), L("@WEDT09:00"), L("--repeat"),
                          L("FREQ=WEEKLY;COUNT=4")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString seriesId = run.object().value(QStringLiteral("series")).toString();
    QVERIFY2(!QUuid::fromString(seriesId).isNull(), qPrintable(run.out));
    QCOMPARE(run.object().value(QStringLiteral("rrule")).toString(),
             QStringLiteral("FREQ=WEEKLY;COUNT=4"));
    const QJsonArray made = run.object().value(QStringLiteral("bookings")).toArray();
    QCOMPARE(made.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject b = made.at(i).toObject();
        QCOMPARE(b.value(QStringLiteral("start")).toString(),
                 at(wednesday().addDays(7 * i), "08:00:00+07:00"));
        QCOMPARE(b.value(QStringLiteral("series")).toString(), seriesId);
    }
    const Run listed
        = m_cli->run({L("bookings"), L("list"), L("--site"), L("ACH"), L("--from"),
                      day(wednesday()), L("--to"), day(wednesday().addDays(30)), L("--json")});
    QCOMPARE(idsOf(listed.array()), idsOf(made));
    QCOMPARE(m_cli->count(QStringLiteral("booking_series")), 1);
}

void TestCliSchedule::seriesWithSkipConflicts()
{
    // The second Wednesday is taken.
    const Run taken = book({L("--equipment"), L("ACH-SEP"), L("--member"), L("ACH-M02"),
                            L("--start"), at(wednesday().addDays(7), "08:30"), L("--end"),
                            at(wednesday().addDays(7), "09:30")});
    QVERIFY2(taken.exitCode == 0, qPrintable(taken.describe()));
    const QString takenId = idOf(firstBooking(taken));
    const QStringList request {
        L("--equipment"), L("ACH-SEP"), L("--member"),   L("ACH-M01"),  L("--start"),
        L("@WEDT08:00"),  L("--end"),   L("@WEDT09:00"), L("--repeat"), L("FREQ=WEEKLY;COUNT=3")};

    const Run refused = book(request);
    QVERIFY2(refused.exitCode == 3, qPrintable(refused.describe()));
    QCOMPARE(idsOf(refused.object().value(QStringLiteral("conflicts")).toArray()),
             QStringList {takenId});
    QCOMPARE(m_cli->count(QStringLiteral("booking")), 1);
    QCOMPARE(m_cli->count(QStringLiteral("booking_series")), 0);
    QVERIFY2(refused.err.contains(QStringLiteral("--skip-conflicts")), qPrintable(refused.err));

    const Run skipped = book(request + QStringList {L("--skip-conflicts")});
    QVERIFY2(skipped.exitCode == 0, qPrintable(skipped.describe()));
    const QJsonArray made = skipped.object().value(QStringLiteral("bookings")).toArray();
    QCOMPARE(made.size(), 2);
    QCOMPARE(made.at(0).toObject().value(QStringLiteral("start")).toString(),
             at(wednesday(), "08:00:00+07:00"));
    QCOMPARE(made.at(1).toObject().value(QStringLiteral("start")).toString(),
             at(wednesday().addDays(14), "08:00:00+07:00"));
    const QJsonArray left = skipped.object().value(QStringLiteral("skipped")).toArray();
    QCOMPARE(left.size(), 1);
    const QJsonObject why = left.first().toObject();
    QCOMPARE(why.value(QStringLiteral("start")).toString(),
             at(wednesday().addDays(7), "08:00:00+07:00"));
    QCOMPARE(why.value(QStringLiteral("kind")).toString(), QStringLiteral("booking"));
    QVERIFY(!why.value(QStringLiteral("reason")).toString().isEmpty());
    QCOMPARE(idsOf(why.value(QStringLiteral("conflicts")).toArray()), QStringList {takenId});

    // As text, the skipped date is listed with its reason.
    const Run text = m_cli->run(
        filled({L("book"), L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M03"),
                L("--start"), L("@WEDT08:00"), L("--end"), L("@WEDT09:00"), L("--repeat"),
                L("FREQ=DAILY;COUNT=5"), L("--skip-conflicts")}));
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.contains(QStringLiteral("Skipped")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("opening hours"))); // the Sunday
}

void TestCliSchedule::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("where");

    const QStringList kettle {L("book"), L("--equipment"), L("ACH-KET1"), L("--member"),
                              L("ACH-M01")};
    const auto bookAt = [&kettle](const char *start, const char *end) {
        return kettle + QStringList {L("--start"), L(start), L("--end"), L(end)};
    };
    const QStringList wednesdayMorning = bookAt("@WEDT08:00", "@WEDT10:00");

    QTest::newRow("unknown machine")
        << QStringList {L("book"),    L("--equipment"), L("ACH-NOPE"), L("--member"),  L("ACH-M01"),
                        L("--start"), L("@WEDT08:00"),  L("--end"),    L("@WEDT10:00")}
        << 2 << L("ACH-NOPE") << L("--equipment ACH-NOPE");
    QTest::newRow("unknown member")
        << QStringList {L("book"),    L("--equipment"), L("ACH-KET1"), L("--member"),  L("ACH-M99"),
                        L("--start"), L("@WEDT08:00"),  L("--end"),    L("@WEDT10:00")}
        << 2 << L("ACH-M99") << L("--member ACH-M99");
    QTest::newRow("member of another site")
        << QStringList {L("book"),    L("--equipment"), L("ACH-KET1"), L("--member"),  L("NTT-M01"),
                        L("--start"), L("@WEDT08:00"),  L("--end"),    L("@WEDT10:00")}
        << 2 << L("another site") << L("NTT-M01");
    QTest::newRow("retired machine")
        << QStringList {L("book"),    L("--equipment"), L("ACH-OLD"), L("--member"),  L("ACH-M01"),
                        L("--start"), L("@WEDT08:00"),  L("--end"),   L("@WEDT10:00")}
        << 2 << L("retired") << L("ACH-OLD");
    QTest::newRow("unknown product line")
        << wednesdayMorning + QStringList {L("--product-line"), L("VANILLA")} << 2 << L("VANILLA")
        << L("--product-line VANILLA");
    QTest::newRow("malformed start")
        << bookAt("@WED 8 o'clock", "@WEDT10:00") << 1 << L("YYYY-MM-DDTHH:MM") << L("--start");
    QTest::newRow("no such date") << bookAt("2026-02-30T08:00", "2026-02-30T10:00") << 1
                                  << L("2026-02-30") << L("--start");
    QTest::newRow("a date without a time")
        << bookAt("@WED", "@WEDT10:00") << 1 << L("YYYY-MM-DDTHH:MM") << L("--start");
    QTest::newRow("hour 25") << bookAt("@WEDT08:00", "@WEDT25:00") << 1 << L("@WEDT25:00")
                             << L("--end");
    QTest::newRow("end before start") << bookAt("@WEDT10:00", "@WEDT08:00") << 2
                                      << L("end must be after the start") << L("ACH-KET1");
    QTest::newRow("zero length") << bookAt("@WEDT10:00", "@WEDT10:00") << 2
                                 << L("end must be after the start") << L("ACH-KET1");
    QTest::newRow("before opening")
        << bookAt("@WEDT06:00", "@WEDT08:00") << 2 << L("opening hours") << L("ACH-KET1");
    QTest::newRow("in the past") << bookAt("2020-01-08T08:00", "2020-01-08T10:00") << 2
                                 << L("passed") << L("ACH-KET1");
    QTest::newRow("longer than allowed")
        << bookAt("@WEDT07:00", "@WEDT16:00") << 2 << L("at most") << L("ACH-KET1");
    QTest::newRow("malformed rule")
        << wednesdayMorning + QStringList {L("--repeat"), L("EVERY=DAY")} << 2 << L("RRULE")
        << L("--repeat EVERY=DAY");
    QTest::newRow("hourly rule") << wednesdayMorning
            + QStringList {L("--repeat"), L("FREQ=HOURLY;COUNT=3")}
                                 << 2 << L("daily, weekly") << L("--repeat");
    QTest::newRow("empty rule") << wednesdayMorning + QStringList {L("--repeat=")} << 1
                                << L("--repeat") << L("--repeat");
    QTest::newRow("missing --end")
        << QStringList {L("book"),    L("--equipment"), L("ACH-KET1"),  L("--member"),
                        L("ACH-M01"), L("--start"),     L("@WEDT08:00")}
        << 1 << L("--end T is required") << L("book");

    QTest::newRow("list: unknown site")
        << QStringList {L("bookings"), L("list"), L("--site"), L("XYZ"),
                        L("--from"),   L("@WED"), L("--to"),   L("@WED")}
        << 2 << L("XYZ") << L("--site XYZ");
    QTest::newRow("list: malformed date")
        << QStringList {L("bookings"), L("list"),      L("--site"), L("ACH"),
                        L("--from"),   L("2/12/2026"), L("--to"),   L("@WED")}
        << 1 << L("YYYY-MM-DD") << L("--from");
    QTest::newRow("list: backwards")
        << QStringList {L("bookings"), L("list"), L("--site"), L("ACH"),
                        L("--from"),   L("@THU"), L("--to"),   L("@WED")}
        << 2 << L("before the first") << L("--to");
    QTest::newRow("list: machine of another site")
        << QStringList {L("bookings"), L("list"), L("--site"), L("ACH"),         L("--from"),
                        L("@WED"),     L("--to"), L("@WED"),   L("--equipment"), L("NTT-FRZ1")}
        << 2 << L("NTT-FRZ1") << L("--equipment NTT-FRZ1");

    QTest::newRow("booking: not an id") << QStringList {L("booking"), L("cancel"), L("ACH-KET1")}
                                        << 1 << L("not a booking id") << L("booking cancel");
    QTest::newRow("booking: unknown id")
        << QStringList {L("booking"), L("checkin"), L("01900000-0000-7000-8000-000000000000")} << 2
        << L("no booking") << L("01900000-0000-7000-8000-000000000000");
    QTest::newRow("booking: no id")
        << QStringList {L("booking"), L("checkout")} << 1 << L("needs ID") << L("booking checkout");

    QTest::newRow("maintenance: end before start")
        << QStringList {L("maintenance"), L("add"),   L("--equipment"), L("ACH-KET1"), L("--start"),
                        L("@WEDT12:00"),  L("--end"), L("@WEDT09:00"),  L("--reason"), L("Servis")}
        << 2 << L("end must be after") << L("ACH-KET1");
    QTest::newRow("maintenance: no reason") << QStringList {
        L("maintenance"), L("add"),   L("--equipment"), L("ACH-KET1"),  L("--start"),
        L("@WEDT09:00"),  L("--end"), L("@WEDT12:00"),  L("--reason="),
    } << 2 << L("why") << L("ACH-KET1");
    QTest::newRow("maintenance: unknown machine")
        << QStringList {L("maintenance"), L("add"),   L("--equipment"), L("X1"),       L("--start"),
                        L("@WEDT09:00"),  L("--end"), L("@WEDT12:00"),  L("--reason"), L("Servis")}
        << 2 << L("X1") << L("--equipment X1");

    const QStringList slots {L("free-slots"), L("--site"), L("ACH"), L("--from"), L("@WED")};
    QTest::newRow("free-slots: malformed duration")
        << slots + QStringList {L("--duration"), L("2 jam")} << 1 << L("2h, 90m or 1h30m")
        << L("--duration");
    QTest::newRow("free-slots: zero duration")
        << slots + QStringList {L("--duration"), L("0m")} << 1 << L("1h30m") << L("--duration");
    QTest::newRow("free-slots: too long") << slots + QStringList {L("--duration"), L("9h")} << 2
                                          << L("between 30 and 480") << L("ACH");
    QTest::newRow("free-slots: machine and type")
        << slots + QStringList {L("--duration"), L("1h"),     L("--equipment"),
                                L("ACH-KET1"),   L("--type"), L("oven")}
        << 1 << L("not both") << L("--type");
    QTest::newRow("free-slots: unknown type")
        << slots + QStringList {L("--duration"), L("1h"), L("--type"), L("oven")} << 2
        << L("distillation kettle") << L("--type oven");
    QTest::newRow("free-slots: count")
        << slots + QStringList {L("--duration"), L("1h"), L("--count"), L("many")} << 1
        << L("whole number") << L("--count");

    QTest::newRow("utilization: month 13")
        << QStringList {L("utilization"), L("--site"), L("ACH"), L("--month"), L("2026-13")} << 1
        << L("YYYY-MM") << L("--month");
    QTest::newRow("utilization: a date")
        << QStringList {L("utilization"), L("--site"), L("ACH"), L("--month"), L("2026-12-01")} << 1
        << L("YYYY-MM") << L("--month");
    QTest::newRow("utilization: unknown site")
        << QStringList {L("utilization"), L("--site"), L("XYZ"), L("--month"), L("2026-12")} << 2
        << L("XYZ") << L("--site XYZ");

    QTest::newRow("ics: two choices")
        << QStringList {L("ics"), L("--out"),    L("OUT"),    L("--site"),
                        L("ACH"), L("--member"), L("ACH-M01")}
        << 1 << L("Choose one") << L("--member");
    QTest::newRow("ics: several sites, none chosen")
        << QStringList {L("ics"), L("--out"), L("OUT")} << 1 << L("has 3 site") << L("ics");
    QTest::newRow("ics: backwards")
        << QStringList {L("ics"),    L("--out"), L("OUT"),  L("--site"), L("ACH"),
                        L("--from"), L("@THU"),  L("--to"), L("@WED")}
        << 2 << L("before the first") << L("--to");
}

void TestCliSchedule::badInputChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(QString, where);
    // Something to clash with and to change: a booking that must stay as it is.
    const Run before = book({L("--equipment"), L("ACH-KET2"), L("--member"), L("ACH-M02"),
                             L("--start"), L("@WEDT13:00"), L("--end"), L("@WEDT14:00")});
    QVERIFY2(before.exitCode == 0, qPrintable(before.describe()));
    const QStringList tables {QStringLiteral("booking"), QStringLiteral("booking_series"),
                              QStringLiteral("maintenance_window"), QStringLiteral("audit_log")};
    QList<qint64> counts;
    for (const QString &table : tables)
        counts << m_cli->count(table);
    const QString out = m_cli->file(QStringLiteral("calendar.ics"));
    arguments.replaceInStrings(QStringLiteral("OUT"), out);

    const Run run = m_cli->run(filled(arguments));
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(QStringLiteral("error: ")), qPrintable(run.err));
    const QString firstLine = run.err.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.contains(filled({message}).first()), qPrintable(firstLine));
    QVERIFY2(firstLine.contains(QStringLiteral("(") + where), qPrintable(firstLine));
    QVERIFY(run.out.isEmpty());
    for (qsizetype i = 0; i < tables.size(); ++i)
        QCOMPARE(m_cli->count(tables.at(i)), counts.at(i));
    QVERIFY(!QFile::exists(out));

    // With --json the same error comes as one object on standard output.
    const Run json = m_cli->run(filled(arguments) << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, exitCode);
    const QString kind = exitCode == 1 ? QStringLiteral("usage") : QStringLiteral("invalid");
    QCOMPARE(json.object().value(QStringLiteral("error")).toString(), kind);
}

void TestCliSchedule::listFilters()
{
    const QDate wed = wednesday();
    QVERIFY(book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M01"), L("--start"),
                  L("@WEDT08:00"), L("--end"), L("@WEDT09:00")})
                .exitCode
            == 0);
    QVERIFY(book({L("--equipment"), L("ACH-KET2"), L("--member"), L("ACH-M02"), L("--start"),
                  L("@WEDT08:00"), L("--end"), L("@WEDT09:00")})
                .exitCode
            == 0);
    // Thursday 07:30 WIB: the day after in the list.
    QVERIFY(book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M02"), L("--start"),
                  L("@THUT07:30"), L("--end"), L("@THUT09:00")})
                .exitCode
            == 0);
    const auto list = [this](const QDate &from, const QDate &to, const QStringList &more) {
        const Run run
            = m_cli->run(QStringList {L("bookings"), L("list"), L("--site"), L("ACH"), L("--from"),
                                      day(from), L("--to"), day(to), L("--json")}
                         + more);
        return run.exitCode == 0 ? run.array().size() : -1;
    };
    QCOMPARE(list(wed, wed, {}), 2);
    QCOMPARE(list(wed, wed.addDays(1), {}), 3);
    QCOMPARE(list(wed.addDays(1), wed.addDays(1), {}), 1);
    QCOMPARE(list(wed, wed.addDays(1), {L("--equipment"), L("ACH-KET1")}), 2);
    QCOMPARE(list(wed, wed.addDays(1), {L("--member"), L("ACH-M02")}), 2);
    QCOMPARE(
        list(wed, wed.addDays(1), {L("--member"), L("ACH-M02"), L("--equipment"), L("ACH-KET2")}),
        1);
    QCOMPARE(list(wed.addDays(2), wed.addDays(9), {}), 0);

    const Run table = m_cli->run({L("bookings"), L("list"), L("--site"), L("ACH"), L("--from"),
                                  day(wed), L("--to"), day(wed.addDays(1))});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header, rule, three bookings
    QVERIFY(lines.at(0).contains(QStringLiteral("Machine")));
    const Run none = m_cli->run({L("bookings"), L("list"), L("--site"), L("NTT"), L("--from"),
                                 day(wed), L("--to"), day(wed)});
    QCOMPARE(none.out.trimmed(), QStringLiteral("No bookings."));
}

void TestCliSchedule::checkInAndOutByTheRealClock()
{
    // The round-the-clock site: a booking that began ten minutes ago, given in UTC.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = now.addSecs(-10 * 60);
    const QDateTime end = now.addSecs(50 * 60);
    const auto utc = [](const QDateTime &t) -> QString {
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
    };
    const Run booked = book({L("--equipment"), L("KLK-OVN1"), L("--member"), L("KLK-M01"),
                             L("--start"), utc(start), L("--end"), utc(end)});
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.describe()));
    const QString id = idOf(firstBooking(booked));

    const Run in = m_cli->run({L("booking"), L("checkin"), id, L("--json")});
    QVERIFY2(in.exitCode == 0, qPrintable(in.describe()));
    QCOMPARE(in.object().value(QStringLiteral("status")).toString(), QStringLiteral("checked_in"));
    const QString actualStart = in.object().value(QStringLiteral("actual_start")).toString();
    QVERIFY2(actualStart.endsWith(QStringLiteral("+07:00")), qPrintable(actualStart));
    const QDateTime checkedIn = QDateTime::fromString(actualStart, Qt::ISODate);
    QVERIFY(qAbs(checkedIn.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // Checked in: no longer cancellable.
    const Run cancel = m_cli->run({L("booking"), L("cancel"), id});
    QVERIFY2(cancel.exitCode == 2, qPrintable(cancel.describe()));

    const Run out = m_cli->run({L("booking"), L("checkout"), id, L("--json")});
    QVERIFY2(out.exitCode == 0, qPrintable(out.describe()));
    QCOMPARE(out.object().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QVERIFY(out.object()
                .value(QStringLiteral("actual_end"))
                .toString()
                .endsWith(QStringLiteral("+07:00")));
    QCOMPARE(out.object().value(QStringLiteral("actual_start")).toString(), actualStart);

    const Run again = m_cli->run({L("booking"), L("checkout"), id});
    QCOMPARE(again.exitCode, 2);
}

void TestCliSchedule::cancelAndConfirm()
{
    const Run booked = book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M01"),
                             L("--start"), L("@WEDT08:00"), L("--end"), L("@WEDT10:00")});
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.describe()));
    const QString id = idOf(firstBooking(booked));
    // Too early to check in, or to call it a no-show.
    QCOMPARE(m_cli->run({L("booking"), L("checkin"), id}).exitCode, 2);
    QCOMPARE(m_cli->run({L("booking"), L("no-show"), id}).exitCode, 2);
    // The site confirms by itself: there is nothing left to confirm.
    QCOMPARE(m_cli->run({L("booking"), L("confirm"), id}).exitCode, 2);

    const Run text = m_cli->run({L("booking"), L("cancel"), id});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.contains(id), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("cancelled")));
    const Run listed = m_cli->run({L("bookings"), L("list"), L("--site"), L("ACH"), L("--from"),
                                   day(wednesday()), L("--to"), day(wednesday()), L("--json")});
    QCOMPARE(listed.array().first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    QCOMPARE(m_cli->run({L("booking"), L("cancel"), id}).exitCode, 2);

    // The freed time can be booked again.
    const Run rebooked = book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M02"),
                               L("--start"), L("@WEDT08:00"), L("--end"), L("@WEDT10:00")});
    QVERIFY2(rebooked.exitCode == 0, qPrintable(rebooked.describe()));
}

void TestCliSchedule::maintenanceLeavesOrCancelsWhatItHits()
{
    const Run a = book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M01"), L("--start"),
                        L("@WEDT08:00"), L("--end"), L("@WEDT10:00")});
    const Run b = book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M02"), L("--start"),
                        L("@WEDT13:00"), L("--end"), L("@WEDT15:00")});
    QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.describe() + b.describe()));
    const QString aId = idOf(firstBooking(a));
    const QString bId = idOf(firstBooking(b));

    const Run flagged = m_cli->run(filled(
        {L("maintenance"), L("add"), L("--equipment"), L("ACH-KET1"), L("--start"), L("@WEDT09:00"),
         L("--end"), L("@WEDT11:00"), L("--reason"), L("Ganti paking"), L("--json")}));
    QVERIFY2(flagged.exitCode == 0, qPrintable(flagged.describe()));
    QCOMPARE(flagged.object().value(QStringLiteral("cancelled")).toBool(), false);
    QCOMPARE(flagged.object().value(QStringLiteral("start")).toString(),
             at(wednesday(), "09:00:00+07:00"));
    QCOMPARE(flagged.object().value(QStringLiteral("reason")).toString(),
             QStringLiteral("Ganti paking"));
    const QJsonArray hitFirst = flagged.object().value(QStringLiteral("bookings")).toArray();
    QCOMPARE(idsOf(hitFirst), QStringList {aId});
    QCOMPARE(hitFirst.first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("confirmed"));

    const Run cancelled
        = m_cli->run(filled({L("maintenance"), L("add"), L("--equipment"), L("ACH-KET1"),
                             L("--start"), L("@WEDT12:30"), L("--end"), L("@WEDT16:00"),
                             L("--reason"), L("Kalibrasi"), L("--cancel-clashing"), L("--json")}));
    QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.describe()));
    QCOMPARE(cancelled.object().value(QStringLiteral("cancelled")).toBool(), true);
    const QJsonArray hitSecond = cancelled.object().value(QStringLiteral("bookings")).toArray();
    QCOMPARE(idsOf(hitSecond), QStringList {bId});
    QCOMPARE(hitSecond.first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));

    const Run listed = m_cli->run({L("bookings"), L("list"), L("--site"), L("ACH"), L("--from"),
                                   day(wednesday()), L("--to"), day(wednesday()), L("--json")});
    QStringList statuses;
    for (const QJsonValue &v : listed.array())
        statuses << v.toObject().value(QStringLiteral("status")).toString();
    QCOMPARE(statuses, (QStringList {QStringLiteral("confirmed"), QStringLiteral("cancelled")}));
    QCOMPARE(m_cli->count(QStringLiteral("maintenance_window")), 2);

    // The blocked time cannot be booked, and the text names what the window hits.
    const Run blocked = book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M03"),
                              L("--start"), L("@WEDT13:00"), L("--end"), L("@WEDT14:00")});
    QVERIFY2(blocked.exitCode == 3, qPrintable(blocked.describe()));
    QVERIFY(blocked.object()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("maintenance")));
    const Run text = m_cli->run(
        filled({L("maintenance"), L("add"), L("--equipment"), L("ACH-KET1"), L("--start"),
                L("@WEDT07:00"), L("--end"), L("@WEDT08:30"), L("--reason"), L("Cek")}));
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.contains(aId), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("left as")), qPrintable(text.out));
}

void TestCliSchedule::freeSlots()
{
    QVERIFY(book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M01"), L("--start"),
                  L("@WEDT07:00"), L("--end"), L("@WEDT12:00")})
                .exitCode
            == 0);
    const Run run = m_cli->run(
        filled({L("free-slots"), L("--site"), L("ACH"), L("--duration"), L("2h"), L("--from"),
                L("@WED"), L("--equipment"), L("ACH-KET1"), L("--count"), L("2"), L("--json")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.array().size(), 2);
    const QJsonObject first = run.array().first().toObject();
    // After the booking and its 15-minute buffer.
    QCOMPARE(first.value(QStringLiteral("start")).toString(), at(wednesday(), "12:15:00+07:00"));
    QCOMPARE(first.value(QStringLiteral("end")).toString(), at(wednesday(), "14:15:00+07:00"));
    QCOMPARE(first.value(QStringLiteral("equipment")).toString(), QStringLiteral("ACH-KET1"));
    QCOMPARE(first.value(QStringLiteral("site")).toString(), QStringLiteral("ACH"));

    // By type, across both kettles: the free one is earliest. 1h30m is 90 minutes.
    const Run byType
        = m_cli->run(filled({L("free-slots"), L("--site"), L("ACH"), L("--duration"), L("1h30m"),
                             L("--from"), L("@WEDT07:00"), L("--to"), L("@WED"), L("--type"),
                             L("distillation kettle"), L("--json")}));
    QVERIFY2(byType.exitCode == 0, qPrintable(byType.describe()));
    QVERIFY(!byType.array().isEmpty());
    const QJsonObject earliest = byType.array().first().toObject();
    QCOMPARE(earliest.value(QStringLiteral("equipment")).toString(), QStringLiteral("ACH-KET2"));
    QCOMPARE(earliest.value(QStringLiteral("start")).toString(), at(wednesday(), "07:00:00+07:00"));
    QCOMPARE(earliest.value(QStringLiteral("end")).toString(), at(wednesday(), "08:30:00+07:00"));
    for (const QJsonValue &slot : byType.array()) {
        QVERIFY(slot.toObject()
                    .value(QStringLiteral("start"))
                    .toString()
                    .startsWith(day(wednesday()))); // --to as a date ends with that day
        QVERIFY(slot.toObject().value(QStringLiteral("equipment")).toString() != L("ACH-SEP"));
    }

    const Run text = m_cli->run(filled({L("free-slots"), L("--site"), L("ACH"), L("--duration"),
                                        L("90m"), L("--from"), L("@WED")}));
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QCOMPARE(text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2 + 5);
}

void TestCliSchedule::freeSlotsForAMemberRespectTheWeeklyHours()
{
    {
        auto context = m_cli->open();
        QVERIFY(context);
        auto sites = context->masterData().sites();
        QVERIFY(sites);
        for (Site site : std::as_const(*sites)) {
            if (site.code != QLatin1String("ACH"))
                continue;
            site.weeklyQuotaMinutes = 10 * 60;
            QVERIFY(context->masterData().save(site));
        }
    }
    QVERIFY(book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M01"), L("--start"),
                  L("@WEDT07:00"), L("--end"), L("@WEDT15:00")})
                .exitCode
            == 0);
    // Three more hours would make eleven this week: every slot offered lies in the next one.
    const QDate nextMonday = wednesday().addDays(5);
    const Run run
        = m_cli->run(filled({L("free-slots"), L("--site"), L("ACH"), L("--duration"), L("3h"),
                             L("--from"), L("@WED"), L("--member"), L("ACH-M01"), L("--json")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(!run.array().isEmpty());
    for (const QJsonValue &slot : run.array()) {
        const QDateTime start = QDateTime::fromString(
            slot.toObject().value(QStringLiteral("start")).toString(), Qt::ISODate);
        QVERIFY2(start.toOffsetFromUtc(7 * 3600).date() >= nextMonday,
                 qPrintable(start.toString(Qt::ISODate)));
    }
    // The first of them books.
    const QJsonObject first = run.array().first().toObject();
    const Run booked = book({L("--equipment"), first.value(QStringLiteral("equipment")).toString(),
                             L("--member"), L("ACH-M01"), L("--start"),
                             first.value(QStringLiteral("start")).toString(), L("--end"),
                             first.value(QStringLiteral("end")).toString()});
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.describe()));
    // Without --member, this week's free times are offered as before.
    const Run anyone = m_cli->run(filled({L("free-slots"), L("--site"), L("ACH"), L("--duration"),
                                          L("3h"), L("--from"), L("@WED"), L("--json")}));
    QVERIFY2(anyone.exitCode == 0, qPrintable(anyone.describe()));
    QVERIFY(anyone.array()
                .first()
                .toObject()
                .value(QStringLiteral("start"))
                .toString()
                .startsWith(day(wednesday())));
    // A member of no such code is named.
    const Run unknown
        = m_cli->run(filled({L("free-slots"), L("--site"), L("ACH"), L("--duration"), L("3h"),
                             L("--from"), L("@WED"), L("--member"), L("ACH-M99")}));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("ACH-M99")), qPrintable(unknown.err));
}

void TestCliSchedule::icsHasTheBookings()
{
    const Run booked = book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M01"),
                             L("--start"), L("@WEDT08:00"), L("--end"), L("@WEDT10:00")});
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.describe()));
    const QString id = idOf(firstBooking(booked));
    const Run other = book({L("--equipment"), L("ACH-KET2"), L("--member"), L("ACH-M02"),
                            L("--start"), L("@WEDT08:00"), L("--end"), L("@WEDT10:00")});
    QVERIFY2(other.exitCode == 0, qPrintable(other.describe()));

    const QString path = m_cli->file(QStringLiteral("ketel.ics"));
    const Run run
        = m_cli->run({L("ics"), L("--out"), path, L("--equipment"), L("ACH-KET1"), L("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.object().value(QStringLiteral("events")).toInt(), 1);
    QCOMPARE(run.object().value(QStringLiteral("site")).toString(), QStringLiteral("ACH"));
    QCOMPARE(
        run.object().value(QStringLiteral("to")).toString(),
        day(QDate::fromString(run.object().value(QStringLiteral("from")).toString(), Qt::ISODate)
                .addDays(90)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
    const QByteArray uid = QStringLiteral("UID:%1@rpb-hijau").arg(id).toUtf8();
    QVERIFY2(ics.contains(uid), ics.constData());

    // The whole site, on a chosen day: both bookings; a day without any: none.
    const Run site = m_cli->run({L("ics"), L("--out"), path, L("--site"), L("ACH"), L("--from"),
                                 day(wednesday()), L("--to"), day(wednesday()), L("--json")});
    QVERIFY2(site.exitCode == 0, qPrintable(site.describe()));
    QCOMPARE(site.object().value(QStringLiteral("events")).toInt(), 2);
    const Run member = m_cli->run({L("ics"), L("--out"), path, L("--member"), L("ACH-M02")});
    QVERIFY2(member.exitCode == 0, qPrintable(member.describe()));
    QVERIFY2(member.out.contains(QStringLiteral("1 booking")), qPrintable(member.out));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(id.toUtf8()));
    const Run empty = m_cli->run({L("ics"), L("--out"), path, L("--site"), L("ACH"), L("--from"),
                                  day(wednesday().addDays(1)), L("--to"),
                                  day(wednesday().addDays(1)), L("--json")});
    QCOMPARE(empty.object().value(QStringLiteral("events")).toInt(), 0);
}

void TestCliSchedule::icsChoosesOneSet()
{
    // A database of one site needs no choice.
    CliRunner single;
    {
        auto context = single.open();
        QVERIFY(context);
        Site s;
        s.code = QStringLiteral("SLU");
        s.name = QStringLiteral("RPB Sulawesi");
        s.province = QStringLiteral("Sulawesi Utara");
        s.timeZone = QStringLiteral("Asia/Makassar");
        QVERIFY(context->masterData().save(s).has_value());
    }
    const Run run
        = single.run({L("ics"), L("--out"), single.file(QStringLiteral("a.ics")), L("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.object().value(QStringLiteral("site")).toString(), QStringLiteral("SLU"));
    QCOMPARE(run.object().value(QStringLiteral("events")).toInt(), 0);
    QVERIFY(QFile::exists(single.file(QStringLiteral("a.ics"))));
}

void TestCliSchedule::utilizationFigures()
{
    // Two hours booked on the first kettle, two hours of maintenance on the second.
    QVERIFY(book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M01"), L("--start"),
                  L("@WEDT08:00"), L("--end"), L("@WEDT10:00")})
                .exitCode
            == 0);
    const Run maintenance = m_cli->run(
        filled({L("maintenance"), L("add"), L("--equipment"), L("ACH-KET2"), L("--start"),
                L("@WEDT06:00"), L("--end"), L("@WEDT09:00"), L("--reason"), L("Servis")}));
    QVERIFY2(maintenance.exitCode == 0, qPrintable(maintenance.describe()));

    const QDate first(wednesday().year(), wednesday().month(), 1);
    const Run run = m_cli->run({L("utilization"), L("--site"), L("ACH"), L("--month"),
                                first.toString(QStringLiteral("yyyy-MM")), L("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject report = run.object();
    QCOMPARE(report.value(QStringLiteral("site")).toString(), QStringLiteral("ACH"));
    QCOMPARE(report.value(QStringLiteral("month")).toString(),
             first.toString(QStringLiteral("yyyy-MM")));
    QHash<QString, QJsonObject> machines;
    for (const QJsonValue &v : report.value(QStringLiteral("machines")).toArray())
        machines.insert(v.toObject().value(QStringLiteral("equipment")).toString(), v.toObject());
    QVERIFY(machines.contains(QStringLiteral("ACH-KET1")));
    QVERIFY(machines.contains(QStringLiteral("ACH-KET2")));

    const qint64 open = openSecondsOfMonth(first);
    const QJsonObject k1 = machines.value(QStringLiteral("ACH-KET1"));
    QCOMPARE(k1.value(QStringLiteral("open_hours")).toString(), hoursText(open));
    QCOMPARE(k1.value(QStringLiteral("maintenance_hours")).toString(), QStringLiteral("0.00"));
    QCOMPARE(k1.value(QStringLiteral("available_hours")).toString(), hoursText(open));
    QCOMPARE(k1.value(QStringLiteral("booked_hours")).toString(), QStringLiteral("2.00"));
    QCOMPARE(k1.value(QStringLiteral("used_hours")).toString(), QStringLiteral("0.00"));
    QCOMPARE(k1.value(QStringLiteral("booked_percent")).toString(), percentText(7200, open));
    QCOMPARE(k1.value(QStringLiteral("used_percent")).toString(), QStringLiteral("0.0"));
    QCOMPARE(k1.value(QStringLiteral("booked_seconds")).toInteger(), 7200);

    // Maintenance counts only within opening hours: 07:00 to 09:00.
    const QJsonObject k2 = machines.value(QStringLiteral("ACH-KET2"));
    QCOMPARE(k2.value(QStringLiteral("maintenance_hours")).toString(), QStringLiteral("2.00"));
    QCOMPARE(k2.value(QStringLiteral("available_hours")).toString(), hoursText(open - 7200));
    QCOMPARE(k2.value(QStringLiteral("booked_hours")).toString(), QStringLiteral("0.00"));
    QCOMPARE(k2.value(QStringLiteral("booked_percent")).toString(), QStringLiteral("0.0"));

    const QJsonObject total = report.value(QStringLiteral("total")).toObject();
    QCOMPARE(total.value(QStringLiteral("booked_hours")).toString(), QStringLiteral("2.00"));
    QCOMPARE(total.value(QStringLiteral("maintenance_hours")).toString(), QStringLiteral("2.00"));
    // Every machine of the site that is not archived, the retired one included.
    QCOMPARE(machines.size(), 4);
}

void TestCliSchedule::utilizationTableFollowsTheLanguage()
{
    QVERIFY(book({L("--equipment"), L("ACH-KET1"), L("--member"), L("ACH-M01"), L("--start"),
                  L("@WEDT08:00"), L("--end"), L("@WEDT09:30")})
                .exitCode
            == 0);
    const QString month = wednesday().toString(QStringLiteral("yyyy-MM"));
    const Run english = m_cli->run({L("utilization"), L("--site"), L("ACH"), L("--month"), month});
    QVERIFY2(english.exitCode == 0, qPrintable(english.describe()));
    QVERIFY2(english.out.contains(QRegularExpression(QStringLiteral("ACH-KET1 .* 1\\.5 "))),
             qPrintable(english.out));
    QVERIFY(english.out.contains(QStringLiteral("Booked %")));
    // --lang id after the runner's --lang en would be given twice; a run of its own.
    QProcess process;
    process.setProcessEnvironment(m_cli->environment());
    process.start(QStringLiteral(RPB_EXECUTABLE),
                  {L("utilization"), L("--site"), L("ACH"), L("--month"), month, L("--db"),
                   m_cli->dbPath(), L("--lang"), L("id")});
    QVERIFY(process.waitForFinished(60000));
    const QString indonesian = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(indonesian.contains(QRegularExpression(QStringLiteral("ACH-KET1 .* 1,5 "))),
             qPrintable(indonesian));
}

void TestCliSchedule::helpListsTheSchedulingCommands()
{
    const Run help = m_cli->run({L("--help")});
    QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
    // Every command is built now; should one be planned again, these stay before it.
    const qsizetype planned = help.out.indexOf(QStringLiteral("not available yet"));
    for (const char *command :
         {"\n  book ", "\n  bookings list", "\n  booking cancel", "\n  booking checkin",
          "\n  booking checkout", "\n  booking confirm", "\n  booking no-show",
          "\n  maintenance add", "\n  free-slots", "\n  ics ", "\n  utilization"}) {
        const qsizetype at = help.out.indexOf(QString::fromLatin1(command));
        QVERIFY2(at > 0 && (planned < 0 || at < planned), command);
    }
    const Run one = m_cli->run({L("book"), L("--help")});
    QVERIFY(one.out.contains(QStringLiteral("--skip-conflicts")));
    QVERIFY(!one.out.contains(QStringLiteral("not available yet")));
}

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "tst_cli_schedule.moc"
