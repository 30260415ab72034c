#include "domain/quantity.h"
#include "domain/sitecalendar.h"
#include "reporting/chartpainter.h"
#include "reporting/monthlyreport.h"
#include "reporting/reportbuilder.h"
#include "reporting/reporthtml.h"
#include "reporting/reportjson.h"
#include "reporting/reportpdf.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

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
// A small dataset whose figures are worked out by hand in the comments.
//
// ACH (WIB, Mon-Sat 07-17): patchouli (kg). Members: Nilam (women-led), Sereh (youth-led),
// Tani (neither), Dewi (women- and youth-led). Machines: KET1, and BOIL1 under maintenance for
// the whole of October.
// NTT (WITA, every day 07-17): se'i (kg). Members: Kupang (women-led), Flores (youth-led).
struct Fixture
{
    Site ach, ntt;
    ProductLine patchouli, sei;
    Member nilam, sereh, tani, dewi, kupang, flores;
    Equipment kettle, boiler, freezer;
    WasteCategory biomass, condensate, bones;
};

template<typename T> T saved(Test::TestDatabase &t, const T &record)
{
    auto r = t.masterData().save(record);
    if (!r)
        qFatal("fixture: %s", qPrintable(r.error().message + r.error().detail));
    return *r;
}

WasteLine waste(const WasteCategory &c, qint64 milli, Route route)
{
    WasteLine w;
    w.categoryId = c.meta.id;
    w.quantityMilli = milli;
    w.unit = c.unit;
    w.route = route;
    return w;
}

Batch addBatch(Test::TestDatabase &t, const ProductLine &line, const Member &member,
               const QDate &date, qint64 output, qint64 energyWh, qint64 waterMl,
               const QList<WasteLine> &lines)
{
    Batch b;
    b.productLineId = line.meta.id;
    b.memberId = member.meta.id;
    b.productionDate = date;
    b.inputMaterial = QStringLiteral("bahan");
    b.inputMilli = output;
    for (const WasteLine &w : lines)
        b.inputMilli += w.unit == Unit::Kg ? w.quantityMilli : 0;
    b.outputMilli = output;
    b.energyWh = energyWh;
    b.waterMl = waterMl;
    b.waste = lines;
    auto r = t.context().batches().save(b, QStringLiteral("test data"));
    if (!r)
        qFatal("batch: %s %s", qPrintable(r.error().message), qPrintable(r.error().detail));
    return *r;
}

Fixture makeFixture(Test::TestDatabase &t)
{
    Fixture f;
    f.ach = saved(t, Test::TestDatabase::sampleSite(QStringLiteral("ACH")));
    Site ntt = Test::TestDatabase::sampleSite(QStringLiteral("NTT"));
    ntt.name = QStringLiteral("RPB Daging Sapi");
    ntt.province = QStringLiteral("Nusa Tenggara Timur");
    ntt.timeZone = QStringLiteral("Asia/Makassar");
    ntt.openDays = 0x7f;
    f.ntt = saved(t, ntt);

    auto line = [&](const Site &s, const char *code, const char *name) {
        ProductLine p;
        p.meta.siteId = s.meta.id;
        p.code = QString::fromLatin1(code);
        p.name = QString::fromLatin1(name);
        p.unit = Unit::Kg;
        return saved(t, p);
    };
    f.patchouli = line(f.ach, "PATCHOULI", "Minyak nilam");
    f.sei = line(f.ntt, "SEI", "Se'i sapi");

    auto member = [&](const Site &s, const char *code, const char *name, bool women, bool youth) {
        Member m;
        m.meta.siteId = s.meta.id;
        m.code = QString::fromLatin1(code);
        m.name = QString::fromLatin1(name);
        m.owner = QStringLiteral("Owner");
        m.womenLed = women;
        m.youthLed = youth;
        return saved(t, m);
    };
    f.nilam = member(f.ach, "ACH-M01", "Nilam Jaya", true, false);
    f.sereh = member(f.ach, "ACH-M02", "Sereh Wangi", false, true);
    f.tani = member(f.ach, "ACH-M03", "Tani Makmur", false, false);
    f.dewi = member(f.ach, "ACH-M04", "Dewi Atsiri", true, true);
    f.kupang = member(f.ntt, "NTT-M01", "Se'i Kupang", true, false);
    f.flores = member(f.ntt, "NTT-M02", "Flores Muda", false, true);

    auto machine = [&](const Site &s, const char *code, const char *name) {
        Equipment e;
        e.meta.siteId = s.meta.id;
        e.code = QString::fromLatin1(code);
        e.name = QString::fromLatin1(name);
        e.type = QStringLiteral("machine");
        return saved(t, e);
    };
    f.kettle = machine(f.ach, "KET1", "Ketel suling");
    f.boiler = machine(f.ach, "BOIL1", "Boiler");
    f.freezer = machine(f.ntt, "FRZ1", "Freezer");

    auto category = [&](const Site &s, const char *code, const char *name, Unit unit) {
        WasteCategory w;
        w.meta.siteId = s.meta.id;
        w.code = QString::fromLatin1(code);
        w.name = QString::fromLatin1(name);
        w.unit = unit;
        return saved(t, w);
    };
    f.biomass = category(f.ach, "SPENT_BIOMASS", "Ampas daun", Unit::Kg);
    f.condensate = category(f.ach, "CONDENSATE", "Air kondensat", Unit::Litre);
    f.bones = category(f.ntt, "BONES", "Tulang", Unit::Kg);

    // Machine time first, with the clock at the start of October.
    SchedulingService &s = t.context().scheduling();
    QDateTime clock(QDate(2026, 9, 30), QTime(0, 0), Qt::UTC);
    s.setClock([&clock] { return clock; });
    const SiteCalendar ach(f.ach);
    const SiteCalendar kupang(f.ntt);
    auto book = [&](const Equipment &e, const Member &m, const QDateTime &start, int hours) {
        SchedulingService::Request r;
        r.equipmentId = e.meta.id;
        r.memberId = m.meta.id;
        r.start = start;
        r.end = start.addSecs(hours * 3600);
        auto out = s.book(r);
        if (!out)
            qFatal("booking: %s %s", qPrintable(out.error().message),
                   qPrintable(out.error().detail));
        return out->created.first();
    };
    // BOIL1 is under maintenance for all of October (local time).
    auto maintenance = s.addMaintenance(
        f.boiler.meta.id, ach.fromLocal(QDate(2026, 10, 1), QTime(0, 0)),
        ach.fromLocal(QDate(2026, 11, 1), QTime(0, 0)), QStringLiteral("overhaul"), true);
    if (!maintenance)
        qFatal("maintenance: %s", qPrintable(maintenance.error().message));
    // Nilam books KET1 for 4 h on 5 October and uses it 3 h; Dewi books 2 h on 12 October
    // and does not come (a no-show: booked, not used, and Dewi not served).
    const Booking nilam
        = book(f.kettle, f.nilam, ach.fromLocal(QDate(2026, 10, 5), QTime(8, 0)), 4);
    const Booking dewi = book(f.kettle, f.dewi, ach.fromLocal(QDate(2026, 10, 12), QTime(8, 0)), 2);
    // Flores books the freezer at 07:00 WITA on 1 November (23:00 UTC on 31 October) and uses
    // it: a November member in Kupang although the UTC date is in October. Kupang also books
    // it on 20 November, not used yet: no member served by that one.
    const Booking flores
        = book(f.freezer, f.flores, kupang.fromLocal(QDate(2026, 11, 1), QTime(7, 0)), 2);
    book(f.freezer, f.kupang, kupang.fromLocal(QDate(2026, 11, 20), QTime(9, 0)), 3);
    clock = ach.fromLocal(QDate(2026, 10, 5), QTime(8, 0));
    if (!s.checkIn(nilam.meta.id, currentVersion(s, nilam.meta.id)))
        qFatal("check-in failed");
    clock = ach.fromLocal(QDate(2026, 10, 5), QTime(11, 0));
    if (!s.checkOut(nilam.meta.id, currentVersion(s, nilam.meta.id)))
        qFatal("check-out failed");
    clock = ach.fromLocal(QDate(2026, 10, 12), QTime(9, 0));
    if (!s.markNoShow(dewi.meta.id, currentVersion(s, dewi.meta.id)))
        qFatal("no-show failed");
    clock = kupang.fromLocal(QDate(2026, 11, 1), QTime(7, 0));
    if (!s.checkIn(flores.meta.id, currentVersion(s, flores.meta.id)))
        qFatal("check-in failed");
    clock = kupang.fromLocal(QDate(2026, 11, 1), QTime(8, 30));
    if (!s.checkOut(flores.meta.id, currentVersion(s, flores.meta.id)))
        qFatal("check-out failed");
    s.setClock([] { return QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC); });

    t.context().batches().setClock(
        [] { return QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC); });
    // September: 6.5 kg oil, 230 kg biomass composted, 500 L condensate treated.
    addBatch(t, f.patchouli, f.nilam, QDate(2026, 9, 10), 6'500, 120'000, 800'000,
             {waste(f.biomass, 230'000, Route::Compost),
              waste(f.condensate, 500'000, Route::TreatedDischarge)});
    // October: 6.5 + 7.25 + 1 = 14.75 kg oil; biomass 230 + 150 composted, 50 landfill,
    // 10 energy recovery = 440 kg (390 diverted); condensate 500 + 400 = 900 L treated;
    // energy 120 + 130 = 250 kWh; water 800 + 900 = 1700 L.
    addBatch(t, f.patchouli, f.nilam, QDate(2026, 10, 5), 6'500, 120'000, 800'000,
             {waste(f.biomass, 230'000, Route::Compost),
              waste(f.condensate, 500'000, Route::TreatedDischarge)});
    addBatch(t, f.patchouli, f.sereh, QDate(2026, 10, 20), 7'250, 130'000, 900'000,
             {waste(f.biomass, 150'000, Route::Compost), waste(f.biomass, 50'000, Route::Landfill),
              waste(f.condensate, 400'000, Route::TreatedDischarge)});
    addBatch(t, f.patchouli, f.tani, QDate(2026, 10, 31), 1'000, 0, 0,
             {waste(f.biomass, 10'000, Route::EnergyRecovery)});
    // Kupang, 31 October local (WITA): 20 kg se'i, 8 kg bones sold as by-product.
    addBatch(t, f.sei, f.kupang, QDate(2026, 10, 31), 20'000, 40'000, 100'000,
             {waste(f.bones, 8'000, Route::Byproduct)});
    // Two October batches that do not count: Dewi's, archived, and one of Sereh's, deleted.
    // Neither adds output, waste or a member served.
    const Batch archived = addBatch(t, f.patchouli, f.dewi, QDate(2026, 10, 14), 3'000, 50'000,
                                    200'000, {waste(f.biomass, 90'000, Route::Landfill)});
    if (!t.context().batches().setArchived(archived.meta.id, true, archived.meta.rowVersion))
        qFatal("archive failed");
    const Batch deleted = addBatch(t, f.patchouli, f.sereh, QDate(2026, 10, 21), 2'000, 10'000,
                                   100'000, {waste(f.condensate, 70'000, Route::Landfill)});
    if (!t.context().batches().remove(deleted.meta.id, deleted.meta.rowVersion))
        qFatal("delete failed");
    if (!t.context().batches().closeMonth(f.ach.meta.id, 2026, 10))
        qFatal("close failed");
    return f;
}

ReportOptions fixedOptions(const QString &language)
{
    ReportOptions o;
    o.language = language;
    o.notes = QStringLiteral("Boiler overhaul all month.\nKettle <KET1> running well.");
    o.managerName = QStringLiteral("Siti Rahma");
    o.preparedBy = QStringLiteral("Analis Kantor Pusat");
    o.signatureDate = QDate(2026, 11, 2);
    o.generatedAt = QDateTime(QDate(2026, 11, 2), QTime(3, 4), Qt::UTC);
    return o;
}

QString sourceDir()
{
    return qEnvironmentVariable("RPB_TEST_SOURCE_DIR", QStringLiteral(RPB_SOURCE_DIR));
}

QString extractText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestReport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void siteFigures();
    void productLines();
    void wasteInGriOrder();
    void machineUnderMaintenance();
    void monthWithoutBatches();
    void witaBoundary();
    void allSites();
    void agreesWithIndependentSql();
    void jsonAgreesWithSql_data();
    void jsonAgreesWithSql();
    void arithmetic_data();
    void arithmetic();
    void unknownSiteAndMonth();
    void comparisonBasis_data();
    void comparisonBasis();
    void changesWhenComparable();
    void json();
    void htmlGolden_data();
    void htmlGolden();
    void pdfText_data();
    void pdfText();
    void nationalDataset();

private:
    Test::TestDatabase *m_t = nullptr;
    Fixture m_f;
    std::unique_ptr<Test::TestDatabase> m_owner;
    MonthlyReport report(std::optional<qint64> site, int year, int month)
    {
        auto r = ReportBuilder(m_t->context()).build(site, year, month);
        if (!r)
            qFatal("report: %s", qPrintable(r.error().message));
        return *r;
    }
};

void TestReport::initTestCase()
{
    m_owner = std::make_unique<Test::TestDatabase>();
    m_t = m_owner.get();
    m_f = makeFixture(*m_t);
}

void TestReport::siteFigures()
{
    const MonthlyReport r = report(m_f.ach.meta.id, 2026, 10);
    QCOMPARE(r.siteCode, QStringLiteral("ACH"));
    QVERIFY(r.final); // October is closed at ACH
    QCOMPARE(r.current.batches, qint64(3));
    QCOMPARE(r.current.wasteKgMilli, qint64(440'000));
    QCOMPARE(r.current.divertedKgMilli, qint64(390'000));
    QCOMPARE(r.current.wasteLitreMilli, qint64(900'000));
    QCOMPARE(r.current.divertedLitreMilli, qint64(0));
    QCOMPARE(r.current.energyWh, qint64(250'000));
    QCOMPARE(r.current.waterMl, qint64(1'700'000));
    // 390 of 440 kg = 88.636 % -> 88.6 %.
    QCOMPARE(MonthlyReport::permille(r.current.divertedKgMilli, r.current.wasteKgMilli),
             std::optional<qint64>(886));
    // Members: Nilam (batch and used booking), Sereh, Tani (batches). Dewi is not served: her
    // booking was a no-show and her batch is archived.
    QCOMPARE(r.current.membersServed, qint64(3));
    QCOMPARE(r.current.womenLed, qint64(1));
    QCOMPARE(r.current.youthLed, qint64(1));
    QCOMPARE(r.current.womenOrYouthLed, qint64(2)); // 66.7 %: below the 70 % aim
    // The month before: one batch, all 230 kg composted, Nilam alone.
    QCOMPARE(r.previous.batches, qint64(1));
    QCOMPARE(r.previous.wasteKgMilli, qint64(230'000));
    QCOMPARE(r.previous.divertedKgMilli, qint64(230'000));
    QCOMPARE(r.previous.wasteLitreMilli, qint64(500'000));
    QCOMPARE(r.previous.membersServed, qint64(1));
    QCOMPARE(r.previous.womenOrYouthLed, qint64(1));
    QCOMPARE(r.chart.totalMilli, r.current.wasteKgMilli);
    QVERIFY(r.dataVersion > 0);
}

void TestReport::productLines()
{
    const MonthlyReport r = report(m_f.ach.meta.id, 2026, 10);
    QCOMPARE(r.lines.size(), 1);
    const MonthlyReport::Line &l = r.lines.first();
    QCOMPARE(l.code, QStringLiteral("PATCHOULI"));
    QCOMPARE(l.current.batches, qint64(3));
    QCOMPARE(l.current.outputMilli, qint64(14'750));
    QCOMPARE(l.previous.outputMilli, qint64(6'500));
    QCOMPARE(l.previous.batches, qint64(1));
    // 440 kg / 14.75 kg = 29.8305 -> 29.831; 900 L / 14.75 = 61.0169 -> 61.017;
    // 250 kWh / 14.75 = 16.9492 -> 16.949; 1700 L / 14.75 = 115.2542 -> 115.254.
    QCOMPARE(MonthlyReport::perUnitMilli(l.current.wasteKgMilli, l.current.outputMilli),
             std::optional<qint64>(29'831));
    QCOMPARE(MonthlyReport::perUnitMilli(l.current.wasteLitreMilli, l.current.outputMilli),
             std::optional<qint64>(61'017));
    QCOMPARE(MonthlyReport::perUnitMilli(l.current.energyWh, l.current.outputMilli),
             std::optional<qint64>(16'949));
    QCOMPARE(MonthlyReport::perUnitMilli(l.current.waterMl, l.current.outputMilli),
             std::optional<qint64>(115'254));
}

void TestReport::wasteInGriOrder()
{
    const MonthlyReport r = report(m_f.ach.meta.id, 2026, 10);
    QStringList rows;
    for (const MonthlyReport::WasteRow &w : r.waste)
        rows << w.categoryCode + QLatin1Char(':') + routeCode(w.route) + QLatin1Char('=')
                + QString::number(w.milli);
    QCOMPARE(rows,
             (QStringList {QStringLiteral("SPENT_BIOMASS:compost=380000"),
                           QStringLiteral("SPENT_BIOMASS:energy_recovery=10000"),
                           QStringLiteral("CONDENSATE:treated_discharge=900000"),
                           QStringLiteral("SPENT_BIOMASS:landfill=50000")}));
}

void TestReport::machineUnderMaintenance()
{
    const MonthlyReport r = report(m_f.ach.meta.id, 2026, 10);
    QCOMPARE(r.machines.size(), 2);
    // October 2026 has 27 days from Monday to Saturday: 270 open hours a machine.
    const MonthlyReport::Machine &boiler = r.machines.at(0);
    QCOMPARE(boiler.code, QStringLiteral("BOIL1"));
    QCOMPARE(boiler.maintenanceSeconds, qint64(270 * 3600));
    QCOMPARE(boiler.availableSeconds, qint64(0));
    QCOMPARE(MonthlyReport::permille(boiler.bookedSeconds, boiler.availableSeconds), std::nullopt);
    const MonthlyReport::Machine &kettle = r.machines.at(1);
    QCOMPARE(kettle.availableSeconds, qint64(270 * 3600));
    QCOMPARE(kettle.bookedSeconds, qint64(6 * 3600));
    QCOMPARE(kettle.usedSeconds, qint64(3 * 3600));
    QCOMPARE(r.current.availableSeconds, qint64(270 * 3600));
    QCOMPARE(r.current.maintenanceSeconds, qint64(270 * 3600));
    QCOMPARE(r.current.bookedSeconds, qint64(6 * 3600));
    // 6 of 270 h = 2.2 %.
    QCOMPARE(MonthlyReport::permille(r.current.bookedSeconds, r.current.availableSeconds),
             std::optional<qint64>(22));
}

void TestReport::monthWithoutBatches()
{
    const MonthlyReport r = report(m_f.ach.meta.id, 2026, 11);
    QVERIFY(!r.final);
    QCOMPARE(r.current.batches, qint64(0));
    QCOMPARE(r.current.wasteKgMilli, qint64(0));
    QCOMPARE(r.current.membersServed, qint64(0));
    QCOMPARE(MonthlyReport::permille(r.current.divertedKgMilli, r.current.wasteKgMilli),
             std::nullopt);
    QVERIFY(r.waste.isEmpty());
    // The line still shows, for its change against October.
    QCOMPARE(r.lines.size(), 1);
    QCOMPARE(r.lines.first().current.outputMilli, qint64(0));
    QCOMPARE(r.lines.first().previous.outputMilli, qint64(14'750));
    QCOMPARE(r.previous.wasteKgMilli, qint64(440'000));
    const QString html = ReportHtml::render(r, fixedOptions(QStringLiteral("en")));
    QVERIFY(html.contains(QStringLiteral("No waste recorded this month.")));
    QVERIFY(html.contains(QStringLiteral("DRAFT")));
}

void TestReport::witaBoundary()
{
    // The batch of 31 October (local) counts in October; the booking used at 07:00 WITA on
    // 1 November (23:00 UTC on 31 October) counts in November, in hours and members served.
    const MonthlyReport october = report(m_f.ntt.meta.id, 2026, 10);
    QCOMPARE(october.current.batches, qint64(1));
    QCOMPARE(october.current.membersServed, qint64(1));
    QCOMPARE(october.current.womenLed, qint64(1));
    QCOMPARE(october.current.bookedSeconds, qint64(0));
    QVERIFY(!october.final);
    const MonthlyReport november = report(m_f.ntt.meta.id, 2026, 11);
    QCOMPARE(november.current.batches, qint64(0));
    QCOMPARE(november.current.membersServed, qint64(1)); // Flores; Kupang's booking is unused
    QCOMPARE(november.current.youthLed, qint64(1));
    QCOMPARE(november.current.womenLed, qint64(0));
    QCOMPARE(november.current.bookedSeconds, qint64(5 * 3600));
    QCOMPARE(november.current.usedSeconds, qint64(90 * 60));
}

void TestReport::allSites()
{
    const MonthlyReport r = report(std::nullopt, 2026, 10);
    QCOMPARE(r.siteCode, QStringLiteral("ALL"));
    QVERIFY(!r.final); // NTT has not closed October
    QCOMPARE(r.sites.size(), 2);
    QCOMPARE(r.sites.at(0).code, QStringLiteral("ACH"));
    QVERIFY(r.sites.at(0).closed);
    QVERIFY(!r.sites.at(1).closed);
    QCOMPARE(r.sites.at(1).figures.wasteKgMilli, qint64(8'000));
    QCOMPARE(r.current.batches, qint64(4));
    QCOMPARE(r.current.wasteKgMilli, qint64(448'000));
    QCOMPARE(r.current.divertedKgMilli, qint64(398'000));
    QCOMPARE(r.current.membersServed, qint64(4));
    QCOMPARE(r.current.womenOrYouthLed, qint64(3));
    QStringList keys;
    for (const auto &l : r.lines)
        keys << l.key;
    // Product lines stay each site's own; machine time one row per site.
    QCOMPARE(keys, (QStringList {QStringLiteral("ACH/PATCHOULI"), QStringLiteral("NTT/SEI")}));
    QCOMPARE(r.lines.at(0).siteCode, QStringLiteral("ACH"));
    // The waste table keeps the categories, by site.
    QStringList waste;
    for (const MonthlyReport::WasteRow &w : r.waste)
        waste << w.siteCode + QLatin1Char(':') + w.categoryCode + QLatin1Char(':')
                + routeCode(w.route);
    QCOMPARE(waste,
             (QStringList {QStringLiteral("ACH:SPENT_BIOMASS:compost"),
                           QStringLiteral("ACH:SPENT_BIOMASS:energy_recovery"),
                           QStringLiteral("ACH:CONDENSATE:treated_discharge"),
                           QStringLiteral("ACH:SPENT_BIOMASS:landfill"),
                           QStringLiteral("NTT:BONES:byproduct")}));
    QCOMPARE(r.machines.size(), 2);
    QCOMPARE(r.machines.at(0).code, QStringLiteral("ACH"));
    QCOMPARE(r.machines.at(0).bookedSeconds, qint64(6 * 3600));
    QCOMPARE(r.machines.at(0).maintenanceSeconds, qint64(270 * 3600));
    QCOMPARE(r.machines.at(1).code, QStringLiteral("NTT"));
    // October in Kupang, open every day: 31 days of 10 h for the freezer.
    QCOMPARE(r.machines.at(1).availableSeconds, qint64(310 * 3600));
}

void TestReport::agreesWithIndependentSql()
{
    const MonthlyReport r = report(std::nullopt, 2026, 10);
    auto q = m_t->db().exec(QStringLiteral(
        "SELECT SUM(w.quantity_milli), SUM(CASE WHEN w.route IN ('landfill', 'treated_discharge', "
        "'open_burning') THEN 0 ELSE w.quantity_milli END) FROM waste_line w JOIN batch b ON "
        "b.id = w.batch_id WHERE b.deleted = 0 AND w.deleted = 0 AND b.status <> 'archived' AND "
        "w.unit = 'kg' AND substr(b.production_date, 1, 7) = '2026-10'"));
    QVERIFY(q.has_value() && q->next());
    QCOMPARE(r.current.wasteKgMilli, q->value(0).toLongLong());
    QCOMPARE(r.current.divertedKgMilli, q->value(1).toLongLong());
    auto out = m_t->db().scalar(QStringLiteral(
        "SELECT SUM(output_milli) FROM batch WHERE deleted = 0 AND status <> 'archived' AND "
        "production_date LIKE '2026-10-%'"));
    qint64 output = 0;
    for (const auto &l : r.lines)
        output += l.current.outputMilli;
    QCOMPARE(output, out->toLongLong());
}

// The figures of one site and month, straight from the base tables: batches, waste lines,
// bookings and members, not the totals the app keeps. The month's bounds are the site's local
// midnights.
struct SqlFigures
{
    qint64 batches = 0, wasteKg = 0, wasteL = 0, divertedKg = 0, divertedL = 0, energyWh = 0,
           waterMl = 0, booked = 0, used = 0, served = 0, women = 0, youth = 0, either = 0,
           available = 0, maintenance = 0;
};

SqlFigures sqlFigures(Test::TestDatabase &t, const Site &site, int year, int month)
{
    const SiteCalendar calendar(site);
    const qint64 from = calendar.fromLocal(QDate(year, month, 1), QTime(0, 0)).toSecsSinceEpoch();
    const qint64 to
        = calendar.fromLocal(QDate(year, month, 1).addMonths(1), QTime(0, 0)).toSecsSinceEpoch();
    const QString prefix
        = QDate(year, month, 1).toString(QStringLiteral("yyyy-MM-")) + QLatin1Char('%');
    const QString counted = QStringLiteral(
        "b.deleted = 0 AND b.status <> 'archived' AND b.site_id = :site AND b.production_date "
        "LIKE :month");
    SqlFigures f;
    const auto one = [&](const QString &sql) -> qint64 {
        QSqlQuery q(t.db().connection());
        if (!q.prepare(sql))
            qFatal("prepare: %s", qPrintable(q.lastError().text()));
        const QVariantMap values {{QStringLiteral(":site"), site.meta.id},
                                  {QStringLiteral(":month"), prefix},
                                  {QStringLiteral(":f"), from},
                                  {QStringLiteral(":t"), to}};
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (sql.contains(it.key()))
                q.bindValue(it.key(), it.value());
        if (!q.exec() || !q.next())
            qFatal("exec: %s", qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    };
    f.batches = one(QStringLiteral("SELECT COUNT(*) FROM batch b WHERE ") + counted);
    f.energyWh
        = one(QStringLiteral("SELECT COALESCE(SUM(energy_wh), 0) FROM batch b WHERE ") + counted);
    f.waterMl
        = one(QStringLiteral("SELECT COALESCE(SUM(water_ml), 0) FROM batch b WHERE ") + counted);
    const QString waste
        = QStringLiteral(
              "SELECT COALESCE(SUM(w.quantity_milli), 0) FROM waste_line w JOIN batch b ON b.id = "
              "w.batch_id WHERE w.deleted = 0 AND w.unit = '%1' AND %2 AND ")
        + counted;
    const QString all = QStringLiteral("1 = 1");
    const QString diverted = QStringLiteral(
        "w.route IN ('reuse', 'byproduct', 'recycle', 'compost', 'energy_recovery')");
    f.wasteKg = one(waste.arg(QStringLiteral("kg"), all));
    f.wasteL = one(waste.arg(QStringLiteral("L"), all));
    f.divertedKg = one(waste.arg(QStringLiteral("kg"), diverted));
    f.divertedL = one(waste.arg(QStringLiteral("L"), diverted));
    // Booked: every booking not cancelled, no-shows too, clipped to the month.
    f.booked = one(QStringLiteral(
        "SELECT COALESCE(SUM(MIN(end_utc, :t) - MAX(start_utc, :f)), 0) FROM booking WHERE "
        "deleted = 0 AND site_id = :site AND status <> 'cancelled' AND start_utc < :t AND "
        "end_utc > :f"));
    f.used = one(QStringLiteral(
        "SELECT COALESCE(SUM(MIN(actual_end_utc, :t) - MAX(actual_start_utc, :f)), 0) FROM "
        "booking WHERE deleted = 0 AND site_id = :site AND status = 'done' AND actual_start_utc "
        "< :t AND actual_end_utc > :f"));
    const QString served
        = QStringLiteral(
              "SELECT COUNT(*) FROM member m WHERE %1 AND m.id IN (SELECT b.member_id FROM batch b "
              "WHERE ")
        + counted
        + QStringLiteral(
              " UNION SELECT member_id FROM booking WHERE deleted = 0 AND site_id = :site AND "
              "status "
              "IN ('checked_in', 'done') AND actual_start_utc < :t AND COALESCE(actual_end_utc, "
              "actual_start_utc + 1) > :f)");
    f.served = one(served.arg(all));
    f.women = one(served.arg(QStringLiteral("m.women_led = 1")));
    f.youth = one(served.arg(QStringLiteral("m.youth_led = 1")));
    f.either = one(served.arg(QStringLiteral("(m.women_led = 1 OR m.youth_led = 1)")));

    // Opening hours day by day from the site's open days and times, for each machine that is not
    // archived (or was booked in the month), less its maintenance windows within them.
    QList<std::pair<qint64, qint64>> open;
    for (QDate d(year, month, 1); d.month() == month; d = d.addDays(1)) {
        if (!(site.openDays & (1 << (d.dayOfWeek() - 1))))
            continue;
        open.append({calendar.fromLocal(d, QTime(0, 0))
                         .addSecs(qint64(site.openMinute) * 60)
                         .toSecsSinceEpoch(),
                     calendar.fromLocal(d, QTime(0, 0))
                         .addSecs(qint64(site.closeMinute) * 60)
                         .toSecsSinceEpoch()});
    }
    QSqlQuery machines(t.db().connection());
    machines.prepare(QStringLiteral(
        "SELECT e.id FROM equipment e WHERE e.deleted = 0 AND e.site_id = :site AND (e.archived "
        "= 0 OR EXISTS (SELECT 1 FROM booking b WHERE b.equipment_id = e.id AND b.deleted = 0 "
        "AND b.start_utc < :t AND b.end_utc > :f))"));
    machines.bindValue(QStringLiteral(":site"), site.meta.id);
    machines.bindValue(QStringLiteral(":f"), from);
    machines.bindValue(QStringLiteral(":t"), to);
    if (!machines.exec())
        qFatal("machines: %s", qPrintable(machines.lastError().text()));
    while (machines.next()) {
        QSqlQuery windows(t.db().connection());
        windows.prepare(QStringLiteral("SELECT start_utc, end_utc FROM maintenance_window WHERE "
                                       "deleted = 0 AND equipment_id = ?"));
        windows.addBindValue(machines.value(0));
        if (!windows.exec())
            qFatal("windows: %s", qPrintable(windows.lastError().text()));
        qint64 blocked = 0;
        while (windows.next())
            for (const auto &[a, b] : std::as_const(open))
                blocked += std::max<qint64>(0,
                                            std::min(b, windows.value(1).toLongLong())
                                                - std::max(a, windows.value(0).toLongLong()));
        qint64 hours = 0;
        for (const auto &[a, b] : std::as_const(open))
            hours += b - a;
        f.available += hours - blocked;
        f.maintenance += blocked;
    }
    return f;
}

void TestReport::jsonAgreesWithSql_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<int>("month");
    // September (one batch), October (archived and deleted batches, a no-show), November (no
    // batch; at NTT the booking used from 07:00 WITA on the 1st, 23:00 UTC on 31 October).
    for (const char *site : {"ACH", "NTT"})
        for (int month : {9, 10, 11, 12})
            QTest::newRow(
                qPrintable(QStringLiteral("%1 2026-%2").arg(QLatin1String(site)).arg(month)))
                << QString::fromLatin1(site) << month;
}

void TestReport::jsonAgreesWithSql()
{
    QFETCH(QString, site);
    QFETCH(int, month);
    const Site &s = site == QLatin1String("ACH") ? m_f.ach : m_f.ntt;
    const QJsonObject key = ReportJson::toJson(report(s.meta.id, 2026, month))
                                .value(QStringLiteral("key_figures"))
                                .toObject();
    const SqlFigures now = sqlFigures(*m_t, s, 2026, month);
    const SqlFigures then = month == 1 ? SqlFigures {} : sqlFigures(*m_t, s, 2026, month - 1);
    const auto value = [&](const char *name, const char *which) {
        return key.value(QLatin1String(name)).toObject().value(QLatin1String(which));
    };
    const auto counts = [&](const char *name, qint64 current, qint64 previous) {
        QVERIFY2(value(name, "current").toInteger() == current, name);
        QVERIFY2(value(name, "previous").toInteger() == previous, name);
        QVERIFY2(value(name, "change").toInteger() == current - previous, name);
    };
    const auto milli = [&](const char *name, qint64 current, qint64 previous) {
        QVERIFY2(value(name, "current").toString() == Quantity::toDecimalString(current), name);
        QVERIFY2(value(name, "previous").toString() == Quantity::toDecimalString(previous), name);
        QVERIFY2(value(name, "change").toString() == Quantity::toDecimalString(current - previous),
                 name);
    };
    // Shares to four places; their change in percentage points, null where one is undefined.
    const auto share
        = [&](const char *name, qint64 part, qint64 whole, qint64 partBefore, qint64 wholeBefore) {
              const auto expect = [&](const char *which, qint64 p, qint64 w) {
                  const QJsonValue v = value(name, which);
                  if (w == 0) {
                      QVERIFY2(v.isNull(), name);
                      return;
                  }
                  QVERIFY2(qAbs(v.toString().toDouble() - double(p) / double(w)) <= 0.00005, name);
              };
              expect("current", part, whole);
              expect("previous", partBefore, wholeBefore);
              const QJsonValue change = value(name, "change");
              if (whole == 0 || wholeBefore == 0) {
                  QVERIFY2(change.isNull(), name);
                  return;
              }
              const double points = (double(part) / whole - double(partBefore) / wholeBefore) * 100;
              QVERIFY2(qAbs(change.toString().toDouble() - points) <= 0.01, name);
          };
    counts("batches", now.batches, then.batches);
    milli("waste_kg", now.wasteKg, then.wasteKg);
    milli("waste_l", now.wasteL, then.wasteL);
    milli("diverted_kg", now.divertedKg, then.divertedKg);
    milli("diverted_l", now.divertedL, then.divertedL);
    share("diversion_rate_kg", now.divertedKg, now.wasteKg, then.divertedKg, then.wasteKg);
    share("diversion_rate_l", now.divertedL, now.wasteL, then.divertedL, then.wasteL);
    milli("energy", now.energyWh, then.energyWh);
    milli("water", now.waterMl, then.waterMl);
    counts("machine_booked_seconds", now.booked, then.booked);
    counts("machine_used_seconds", now.used, then.used);
    counts("machine_available_seconds", now.available, then.available);
    counts("machine_maintenance_seconds", now.maintenance, then.maintenance);
    share("booked_share", now.booked, now.available, then.booked, then.available);
    share("used_share", now.used, now.available, then.used, then.available);
    counts("members_served", now.served, then.served);
    counts("women_led", now.women, then.women);
    counts("youth_led", now.youth, then.youth);
    counts("women_or_youth_led", now.either, then.either);
    share("women_led_share", now.women, now.served, then.women, then.served);
    share("youth_led_share", now.youth, now.served, then.youth, then.served);
    share("women_or_youth_led_share", now.either, now.served, then.either, then.served);
}

void TestReport::arithmetic_data()
{
    QTest::addColumn<qint64>("part");
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<qint64>("expected"); // -1: undefined
    QTest::newRow("exact") << qint64(3) << qint64(4) << qint64(750);
    QTest::newRow("round half up") << qint64(1) << qint64(8) << qint64(125);
    QTest::newRow("two thirds") << qint64(2) << qint64(3) << qint64(667);
    QTest::newRow("none") << qint64(0) << qint64(5) << qint64(0);
    QTest::newRow("zero whole") << qint64(5) << qint64(0) << qint64(-1);
    QTest::newRow("large") << qint64(1'000'000'000'000) << qint64(3) << qint64(333'333'333'333'333);
}

void TestReport::arithmetic()
{
    QFETCH(qint64, part);
    QFETCH(qint64, whole);
    QFETCH(qint64, expected);
    QCOMPARE(MonthlyReport::perUnitMilli(part, whole).value_or(-1), expected);
}

void TestReport::unknownSiteAndMonth()
{
    QVERIFY(!ReportBuilder(m_t->context()).build(99999, 2026, 10).has_value());
    auto bad = ReportBuilder(m_t->context()).build(m_f.ach.meta.id, 2026, 13);
    QVERIFY(!bad.has_value());
    QCOMPARE(bad.error().field, QStringLiteral("month"));
}

void TestReport::comparisonBasis_data()
{
    QTest::addColumn<qint64>("batches");
    QTest::addColumn<qint64>("earlier");
    QTest::addColumn<int>("kind");
    QTest::newRow("nothing before")
        << qint64(12) << qint64(0) << int(ComparisonBasis::Kind::NoData);
    QTest::newRow("two before") << qint64(12) << qint64(2)
                                << int(ComparisonBasis::Kind::LittleData);
    QTest::newRow("under half") << qint64(40) << qint64(19)
                                << int(ComparisonBasis::Kind::LittleData);
    QTest::newRow("half") << qint64(40) << qint64(20) << int(ComparisonBasis::Kind::Enough);
    QTest::newRow("enough") << qint64(64) << qint64(67) << int(ComparisonBasis::Kind::Enough);
    QTest::newRow("none now") << qint64(0) << qint64(5) << int(ComparisonBasis::Kind::Enough);
}

void TestReport::comparisonBasis()
{
    QFETCH(qint64, batches);
    QFETCH(qint64, earlier);
    QFETCH(int, kind);
    QCOMPARE(int(ComparisonBasis::of(batches, earlier)), kind);
}

void TestReport::changesWhenComparable()
{
    // September holds one batch: no change is printed, and the document says why.
    MonthlyReport r = report(m_f.ach.meta.id, 2026, 10);
    QCOMPARE(r.comparison, ComparisonBasis::Kind::LittleData);
    const QJsonObject j = ReportJson::toJson(r);
    QCOMPARE(j.value(QStringLiteral("comparison")).toObject().value(QStringLiteral("basis")),
             QJsonValue(QStringLiteral("little_data")));
    // Were it enough, the changes would show in the figures' own decimals, rates in points.
    r.comparison = ComparisonBasis::Kind::Enough;
    const QString html = ReportHtml::render(r, fixedOptions(QStringLiteral("id")));
    for (const char *expected :
         {">+2<", ">+210,0<", "\u221211,4 poin", ">\u2212250,0<", ">+6,0<", "\u221233,3 poin"})
        QVERIFY2(html.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!html.contains(QStringLiteral("Tanpa perbandingan")));
}

void TestReport::json()
{
    const QJsonObject j = ReportJson::toJson(report(m_f.ach.meta.id, 2026, 10));
    QCOMPARE(j.value(QStringLiteral("site")).toString(), QStringLiteral("ACH"));
    QCOMPARE(j.value(QStringLiteral("month")).toString(), QStringLiteral("2026-10"));
    QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("final"));
    const QJsonObject key = j.value(QStringLiteral("key_figures")).toObject();
    const QJsonObject wasteKg = key.value(QStringLiteral("waste_kg")).toObject();
    QCOMPARE(wasteKg.value(QStringLiteral("current")).toString(), QStringLiteral("440"));
    QCOMPARE(wasteKg.value(QStringLiteral("previous")).toString(), QStringLiteral("230"));
    QCOMPARE(wasteKg.value(QStringLiteral("change")).toString(), QStringLiteral("210"));
    QCOMPARE(wasteKg.value(QStringLiteral("unit")).toString(), QStringLiteral("kg"));
    QCOMPARE(key.value(QStringLiteral("diversion_rate_kg"))
                 .toObject()
                 .value(QStringLiteral("current"))
                 .toString(),
             QStringLiteral("0.8864"));
    QCOMPARE(key.value(QStringLiteral("women_or_youth_led_share"))
                 .toObject()
                 .value(QStringLiteral("current"))
                 .toString(),
             QStringLiteral("0.6667"));
    QCOMPARE(
        key.value(QStringLiteral("batches")).toObject().value(QStringLiteral("change")).toInt(), 2);
    const QJsonObject line = j.value(QStringLiteral("product_lines")).toArray().first().toObject();
    QCOMPARE(
        line.value(QStringLiteral("output")).toObject().value(QStringLiteral("current")).toString(),
        QStringLiteral("14.75"));
    QCOMPARE(line.value(QStringLiteral("waste_kg_per_unit")).toString(), QStringLiteral("29.831"));
    QCOMPARE(line.value(QStringLiteral("energy_kwh_per_unit")).toString(),
             QStringLiteral("16.949"));
    const QJsonArray waste = j.value(QStringLiteral("waste")).toArray();
    QCOMPARE(waste.size(), 4);
    QCOMPARE(waste.at(0).toObject().value(QStringLiteral("route")).toString(),
             QStringLiteral("compost"));
    QCOMPARE(waste.at(2).toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("L"));
    QCOMPARE(waste.at(2).toObject().value(QStringLiteral("quantity")).toString(),
             QStringLiteral("900"));
    const QJsonObject all = ReportJson::toJson(report(std::nullopt, 2026, 10));
    QCOMPARE(all.value(QStringLiteral("site")).toString(), QStringLiteral("all"));
    QCOMPARE(all.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(all.value(QStringLiteral("sites")).toArray().size(), 2);
}

void TestReport::htmlGolden_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("allSites");
    QTest::newRow("id site") << QStringLiteral("id") << false;
    QTest::newRow("en site") << QStringLiteral("en") << false;
    QTest::newRow("id all") << QStringLiteral("id") << true;
}

void TestReport::htmlGolden()
{
    QFETCH(QString, language);
    QFETCH(bool, allSites);
    const MonthlyReport r
        = report(allSites ? std::nullopt : std::optional<qint64>(m_f.ach.meta.id), 2026, 10);
    const QString html = ReportHtml::render(r, fixedOptions(language));
    const QString name
        = QStringLiteral("%1/tests/fixtures/report/%2-%3.html")
              .arg(sourceDir(), allSites ? QStringLiteral("all") : QStringLiteral("ach"), language);
    if (qEnvironmentVariableIsSet("RPB_UPDATE_GOLDEN")) {
        QFile out(name);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(html.toUtf8());
    }
    QFile golden(name);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(name));
    const QString expected = QString::fromUtf8(golden.readAll());
    // Line by line, so a difference names where it is.
    const QStringList a = html.split(QLatin1Char('\n'));
    const QStringList b = expected.split(QLatin1Char('\n'));
    for (int i = 0; i < std::min(a.size(), b.size()); ++i)
        QCOMPARE(a.at(i), b.at(i));
    QCOMPARE(a.size(), b.size());
}

void TestReport::pdfText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("allSites");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("id") << QStringLiteral("id") << false
                        << QStringList {QStringLiteral("Oktober 2026"),
                                        QStringLiteral("440,0 kg"),
                                        QStringLiteral("88,6 %"),
                                        QStringLiteral("14,8 kg"),
                                        QStringLiteral("29,831"),
                                        QStringLiteral("Halaman 1 dari"),
                                        QStringLiteral("FINAL"),
                                        QStringLiteral("Manajer lokasi: Siti Rahma"),
                                        QStringLiteral("Disiapkan oleh Analis Kantor Pusat"),
                                        QStringLiteral("2 November 2026, 10.04 WIB"),
                                        QStringLiteral("Kementerian Koperasi dan UKM"),
                                        QStringLiteral("Kompos"),
                                        QStringLiteral("Bulan kalender lokal lokasi"),
                                        QStringLiteral("Tanpa perbandingan")};
    QTest::newRow("en") << QStringLiteral("en") << false
                        << QStringList {QStringLiteral("October 2026"),
                                        QStringLiteral("440.0 kg"),
                                        QStringLiteral("88.6 %"),
                                        QStringLiteral("14.8 kg"),
                                        QStringLiteral("29.831"),
                                        QStringLiteral("Page 1 of"),
                                        QStringLiteral("FINAL"),
                                        QStringLiteral("Siti Rahma"),
                                        QStringLiteral("Prepared by Analis Kantor Pusat"),
                                        QStringLiteral("Compost"),
                                        QStringLiteral("local calendar month")};
    // All sites: the sites compared, with their own stamps, and the whole stamped draft.
    QTest::newRow("id all")
        << QStringLiteral("id") << true
        << QStringList {QStringLiteral("Semua lokasi"),       QStringLiteral("Perbandingan lokasi"),
                        QStringLiteral("448,0 kg"),           QStringLiteral("NTT · Tulang"),
                        QStringLiteral("ACH · Minyak nilam"), QStringLiteral("DRAF"),
                        QStringLiteral("RPB Daging Sapi"),    QStringLiteral("Halaman 1 dari")};
}

void TestReport::pdfText()
{
    QFETCH(QString, language);
    QFETCH(bool, allSites);
    QFETCH(QStringList, expected);
    const MonthlyReport r
        = report(allSites ? std::nullopt : std::optional<qint64>(m_f.ach.meta.id), 2026, 10);
    // RPB_REPORT_PDF_DIR keeps the files, to look at them.
    const QString folder = qEnvironmentVariable("RPB_REPORT_PDF_DIR", m_t->folder());
    const QString file = folder + QStringLiteral("/report-")
        + (allSites ? QStringLiteral("all-") : QString()) + language + QStringLiteral(".pdf");
    const Status written = ReportPdf::write(r, fixedOptions(language), file);
    QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().message));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/FontFile2") || bytes.contains("/FontFile")); // embedded fonts
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be checked");
    const QString text = extractText(file);
    for (const QString &s : expected)
        QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" missing in:\n") + text));
    // Three to five A4 pages, the last defining the figures.
    const qsizetype pages = text.count(QChar(0x0c));
    QVERIFY2(pages >= 3 && pages <= 5, qPrintable(QString::number(pages)));
    if (!ChartPainter::instance())
        QVERIFY(text.contains(language == QLatin1String("en")
                                  ? QStringLiteral("not available in this build.")
                                  : QStringLiteral("tidak tersedia pada versi ini.")));
}

// Opt-in timing on a demo database (bench_demo --scale national --keep --out F), for
// docs/performance.md: RPB_REPORT_BENCH_DB=F RPB_REPORT_BENCH_MONTH=2026-10 tst_report
// nationalDataset. Also checks the figures against an independent SQL sum on real-sized data.
void TestReport::nationalDataset()
{
    const QString path = qEnvironmentVariable("RPB_REPORT_BENCH_DB");
    if (path.isEmpty())
        QSKIP("RPB_REPORT_BENCH_DB is not set");
    const QDate month = QDate::fromString(
        qEnvironmentVariable("RPB_REPORT_BENCH_MONTH", QStringLiteral("2026-10"))
            + QStringLiteral("-01"),
        Qt::ISODate);
    QVERIFY(month.isValid());
    auto context = AppContext::open(path);
    QVERIFY(context.has_value());
    (*context)->setActor(Actor::setupAdministrator());
    AppContext &c = **context;
    auto sites = c.masterData().sites();
    QVERIFY(sites.has_value() && !sites->isEmpty());
    const ReportOptions options = fixedOptions(QStringLiteral("id"));
    const QString folder = qEnvironmentVariable("RPB_REPORT_PDF_DIR", m_t->folder());

    QElapsedTimer timer;
    timer.start();
    auto one = ReportBuilder(c).build(sites->first().meta.id, month.year(), month.month());
    QVERIFY(one.has_value());
    QVERIFY(ReportPdf::write(*one, options, folder + QStringLiteral("/national-one.pdf")));
    const qint64 oneMs = timer.elapsed();

    timer.restart();
    for (const Site &s : *sites) {
        auto r = ReportBuilder(c).build(s.meta.id, month.year(), month.month());
        QVERIFY(r.has_value());
        QVERIFY(ReportPdf::write(
            *r, options, folder + QStringLiteral("/national-") + s.code + QStringLiteral(".pdf")));
    }
    const qint64 eachMs = timer.elapsed();

    timer.restart();
    auto all = ReportBuilder(c).build(std::nullopt, month.year(), month.month());
    QVERIFY(all.has_value());
    QVERIFY(ReportPdf::write(*all, options, folder + QStringLiteral("/national-all.pdf")));
    const qint64 allMs = timer.elapsed();
    qInfo("one site-month PDF: %lld ms; %lld site PDFs: %lld ms; all-sites PDF: %lld ms", oneMs,
          qint64(sites->size()), eachMs, allMs);

    auto sum = c.database().scalar(
        QStringLiteral("SELECT SUM(w.quantity_milli) FROM waste_line w JOIN batch b ON b.id = "
                       "w.batch_id WHERE b.deleted = 0 AND w.deleted = 0 AND b.status <> "
                       "'archived' AND w.unit = 'kg' AND substr(b.production_date, 1, 7) = ?"),
        {month.toString(QStringLiteral("yyyy-MM"))});
    QVERIFY(sum.has_value());
    QCOMPARE(all->current.wasteKgMilli, sum->toLongLong());
    QVERIFY(oneMs < 1000);
    QVERIFY(eachMs < 10000);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
