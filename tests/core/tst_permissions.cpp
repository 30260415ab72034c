// Who may read and do what, decided once in the core: the matrix of Permissions as a table, the
// read rule through every reading service, and the booking life cycle through SchedulingService,
// where what allowed() tells the window is exactly what the step itself then does.

#include "demo/demogenerator.h"
#include "domain/bookingrules.h"
#include "domain/permissions.h"
#include "domain/sitecalendar.h"
#include "reporting/reportbuilder.h"
#include "testdatabase.h"

#include <QTest>

#include <functional>

using namespace Rpb;
using Rpb::Test::TestDatabase;

namespace {

QString L(const char *text)
{
    return QString::fromLatin1(text);
}

const QDate demoToday(2026, 11, 30);

enum class Who {
    Administrator,
    ManagerAll,
    ManagerHere,
    ManagerElsewhere,
    OperatorHere,
    ViewerAll,
    ViewerHere,
    Nobody
};

Actor actorFor(Who who)
{
    constexpr qint64 here = 1;
    constexpr qint64 elsewhere = 2;
    switch (who) {
    case Who::Administrator:
        return Actor::setupAdministrator();
    case Who::ManagerAll:
        return Actor {10, L("ani"), Role::Manager, std::nullopt, {}};
    case Who::ManagerHere:
        return Actor {11, L("manajer"), Role::Manager, here, {}};
    case Who::ManagerElsewhere:
        return Actor {12, L("manajer.lain"), Role::Manager, elsewhere, {}};
    case Who::OperatorHere:
        return Actor {13, L("operator"), Role::Operator, here, {}};
    case Who::ViewerAll:
        return Actor {14, L("pusat"), Role::Viewer, std::nullopt, {}};
    case Who::ViewerHere:
        return Actor {15, L("peninjau"), Role::Viewer, here, {}};
    case Who::Nobody:
        break;
    }
    return Actor();
}

} // namespace

Q_DECLARE_METATYPE(Who)

class TestPermissions final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrix_data();
    void matrix();
    void readOnlySitesRefuseEveryWriteButSync();

    void initTestCase();
    void readingServices_data();
    void readingServices();
    void bookingSteps_data();
    void bookingSteps();

private:
    Actor account(const QString &name) const;
    Booking bookAs(const Actor &actor, int dayOffset, const QTime &start);

    std::unique_ptr<TestDatabase> m_t;
    Site m_ach;
    Site m_ntt;
    int m_bookings = 0;
};

// The whole matrix of docs/architecture.md: who, what, the record's site (1: the account's own
// site for one-site accounts, 2: another; 0: every site together or none), whose record.
void TestPermissions::matrix_data()
{
    QTest::addColumn<Who>("who");
    QTest::addColumn<Permissions::Action>("action");
    QTest::addColumn<qint64>("site");
    QTest::addColumn<bool>("ownRecord");
    QTest::addColumn<bool>("allowed");
    using A = Permissions::Action;
    struct Row
    {
        const char *name;
        Who who;
        A action;
        qint64 site;
        bool own;
        bool allowed;
    };
    const QList<Row> rows {
        // Reading.
        {"admin reads every site together", Who::Administrator, A::ReadSite, 0, false, true},
        {"manager of all reads every site", Who::ManagerAll, A::ReadSite, 0, false, true},
        {"manager of all reads a site", Who::ManagerAll, A::ReadSite, 2, false, true},
        {"manager reads own site", Who::ManagerHere, A::ReadSite, 1, false, true},
        {"manager reads another site", Who::ManagerHere, A::ReadSite, 2, false, false},
        {"manager reads every site together", Who::ManagerHere, A::ReadSite, 0, false, false},
        {"operator reads own site", Who::OperatorHere, A::ReadSite, 1, false, true},
        {"operator reads another site", Who::OperatorHere, A::ReadSite, 2, false, false},
        {"operator reads every site together", Who::OperatorHere, A::ReadSite, 0, false, false},
        {"viewer of all reads every site", Who::ViewerAll, A::ReadSite, 0, false, true},
        {"viewer of a site reads it", Who::ViewerHere, A::ReadSite, 1, false, true},
        {"viewer of a site reads another", Who::ViewerHere, A::ReadSite, 2, false, false},
        {"nobody reads", Who::Nobody, A::ReadSite, 1, false, false},
        {"manager reads own audit", Who::ManagerHere, A::ViewAudit, 1, false, true},
        {"manager reads another site's audit", Who::ManagerHere, A::ViewAudit, 2, false, false},
        {"operator reads the audit", Who::OperatorHere, A::ViewAudit, 1, false, false},
        {"viewer of all reads the audit", Who::ViewerAll, A::ViewAudit, 0, false, true},
        // Master data and accounts.
        {"admin adds a site", Who::Administrator, A::AddSite, 0, false, true},
        {"manager of all adds a site", Who::ManagerAll, A::AddSite, 0, false, true},
        {"manager of a site adds a site", Who::ManagerHere, A::AddSite, 0, false, false},
        {"operator adds a site", Who::OperatorHere, A::AddSite, 0, false, false},
        {"manager edits own site's records", Who::ManagerHere, A::EditMasterData, 1, false, true},
        {"manager edits another site's", Who::ManagerHere, A::EditMasterData, 2, false, false},
        {"operator edits master data", Who::OperatorHere, A::EditMasterData, 1, false, false},
        {"viewer edits master data", Who::ViewerAll, A::EditMasterData, 1, false, false},
        {"manager manages own site's accounts", Who::ManagerHere, A::ManageAccounts, 1, false,
         true},
        {"manager manages another site's", Who::ManagerElsewhere, A::ManageAccounts, 1, false,
         false},
        {"operator manages accounts", Who::OperatorHere, A::ManageAccounts, 1, false, false},
        // Scheduling.
        {"operator books", Who::OperatorHere, A::Book, 1, false, true},
        {"operator books at another site", Who::OperatorHere, A::Book, 2, false, false},
        {"viewer books", Who::ViewerAll, A::Book, 1, false, false},
        {"operator moves own booking", Who::OperatorHere, A::MoveBooking, 1, true, true},
        {"operator moves another's booking", Who::OperatorHere, A::MoveBooking, 1, false, false},
        {"operator cancels own booking", Who::OperatorHere, A::CancelBooking, 1, true, true},
        {"operator cancels another's booking", Who::OperatorHere, A::CancelBooking, 1, false,
         false},
        {"operator checks in another's booking", Who::OperatorHere, A::CheckInBooking, 1, false,
         true},
        {"operator marks another's no-show", Who::OperatorHere, A::MarkNoShow, 1, false, true},
        {"operator confirms", Who::OperatorHere, A::ConfirmBooking, 1, true, false},
        {"operator blocks a machine", Who::OperatorHere, A::ManageMaintenance, 1, false, false},
        {"manager moves another's booking", Who::ManagerHere, A::MoveBooking, 1, false, true},
        {"manager cancels another's booking", Who::ManagerHere, A::CancelBooking, 1, false, true},
        {"manager confirms", Who::ManagerHere, A::ConfirmBooking, 1, false, true},
        {"manager blocks a machine", Who::ManagerHere, A::ManageMaintenance, 1, false, true},
        {"manager elsewhere checks in here", Who::ManagerElsewhere, A::CheckInBooking, 1, false,
         false},
        // Batches.
        {"operator records a batch", Who::OperatorHere, A::RecordBatch, 1, true, true},
        {"operator changes another's batch", Who::OperatorHere, A::RecordBatch, 1, false, false},
        {"operator corrects any batch", Who::OperatorHere, A::EditAnyBatch, 1, false, false},
        {"manager corrects any batch", Who::ManagerHere, A::EditAnyBatch, 1, false, true},
        {"operator closes a month", Who::OperatorHere, A::CloseMonth, 1, false, false},
        {"manager closes a month", Who::ManagerHere, A::CloseMonth, 1, false, true},
        // Sync.
        {"manager syncs own site", Who::ManagerHere, A::Sync, 1, false, true},
        {"manager syncs another site", Who::ManagerHere, A::Sync, 2, false, false},
        {"operator syncs", Who::OperatorHere, A::Sync, 1, false, false},
        {"viewer syncs", Who::ViewerAll, A::Sync, 1, false, false},
        {"nobody syncs", Who::Nobody, A::Sync, 1, false, false},
    };
    for (const Row &r : rows)
        QTest::newRow(r.name) << r.who << r.action << r.site << r.own << r.allowed;
}

void TestPermissions::matrix()
{
    QFETCH(Who, who);
    QFETCH(Permissions::Action, action);
    QFETCH(qint64, site);
    QFETCH(bool, ownRecord);
    QFETCH(bool, allowed);
    const Actor actor = actorFor(who);
    const std::optional<qint64> siteId = site > 0 ? std::optional<qint64>(site) : std::nullopt;
    const qint64 owner = ownRecord ? actor.userId : 99;
    const Status result = Permissions::check(actor, action, siteId, owner);
    QCOMPARE(result.has_value(), allowed);
    if (!allowed) {
        QCOMPARE(result.error().kind, Error::Kind::Forbidden);
        QCOMPARE(result.error().exitCode(), 4);
        QVERIFY(!result.error().message.isEmpty());
    }
}

void TestPermissions::readOnlySitesRefuseEveryWriteButSync()
{
    Actor manager = actorFor(Who::ManagerAll);
    manager.readOnlySites = {2};
    using A = Permissions::Action;
    for (A action : {A::EditMasterData, A::ManageAccounts, A::Book, A::MoveBooking,
                     A::CancelBooking, A::CheckInBooking, A::MarkNoShow, A::ConfirmBooking,
                     A::ManageMaintenance, A::RecordBatch, A::EditAnyBatch, A::CloseMonth})
        QVERIFY(!Permissions::allows(manager, action, qint64(2)));
    QVERIFY(Permissions::allows(manager, A::Sync, qint64(2)));
    QVERIFY(Permissions::allows(manager, A::ReadSite, qint64(2)));
    QVERIFY(Permissions::allows(manager, A::EditMasterData, qint64(1)));
}

void TestPermissions::initTestCase()
{
    m_t = std::make_unique<TestDatabase>();
    DemoGenerator::Options options;
    options.today = demoToday;
    auto demo = DemoGenerator::run(m_t->db(), options);
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().toLine()));
    m_ach = *m_t->masterData().find<Site>(std::nullopt, L("ACH"));
    m_ntt = *m_t->masterData().find<Site>(std::nullopt, L("NTT"));
    // Bookings by hand: the demo's site takes them confirmed; this test wants requested ones too.
    Site ach = m_ach;
    ach.autoConfirm = false;
    auto saved = m_t->masterData().save(ach);
    QVERIFY(saved);
    m_ach = *saved;
}

Actor TestPermissions::account(const QString &name) const
{
    m_t->context().setActor(Actor::setupAdministrator());
    auto user = m_t->context().accounts().userByName(name);
    if (!user)
        qFatal("no account %s", qPrintable(name));
    return Actor {user->meta.id, user->name, user->role, user->siteId, {}};
}

void TestPermissions::readingServices_data()
{
    QTest::addColumn<QString>("what");
    for (const char *what :
         {"members",         "equipment",   "product lines", "waste categories",     "a site",
          "bookings",        "maintenance", "free slots",    "utilisation",          "a booking",
          "a booking check", "batches",     "batch count",   "batch totals",         "a batch",
          "closed months",   "today",       "waste figures", "batches behind a bar", "report",
          "calendar",        "csv",         "audit",         "sync conflicts"})
        QTest::newRow(what) << L(what);
}

void TestPermissions::readingServices()
{
    QFETCH(QString, what);
    AppContext &c = m_t->context();
    // Records of NTT, read beforehand by the setup administrator.
    c.setActor(Actor::setupAdministrator());
    const Booking nttBooking = [&] {
        const SiteCalendar calendar(m_ntt);
        auto list = c.scheduling().bookings(m_ntt.meta.id,
                                            calendar.fromLocal(demoToday.addMonths(-1), {}),
                                            calendar.fromLocal(demoToday, {}));
        return list && !list->isEmpty() ? list->first() : Booking();
    }();
    QVERIFY(nttBooking.meta.id > 0);
    BatchQuery nttQuery;
    nttQuery.siteId = m_ntt.meta.id;
    const BatchRow nttBatch = c.batches().page(nttQuery, {}, 0, 1)->first();
    const Equipment nttMachine = c.masterData().equipment(m_ntt.meta.id)->first();
    const Member nttMember = c.masterData().members(m_ntt.meta.id)->first();
    const Equipment achMachine = c.masterData().equipment(m_ach.meta.id)->first();
    const Member achMember = c.masterData().members(m_ach.meta.id)->first();

    const auto read = [&](const Site &site) -> Status {
        const qint64 id = site.meta.id;
        const bool ntt = id == m_ntt.meta.id;
        const QDateTime from = SiteCalendar(site).fromLocal(demoToday.addDays(-30), {});
        const QDateTime to = from.addDays(60);
        const auto status = [](const auto &result) -> Status {
            if (!result)
                return fail(result.error());
            return {};
        };
        if (what == L("members"))
            return status(c.masterData().members(id));
        if (what == L("equipment"))
            return status(c.masterData().equipment(id));
        if (what == L("product lines"))
            return status(c.masterData().productLines(id));
        if (what == L("waste categories"))
            return status(c.masterData().wasteCategories(id));
        if (what == L("a site"))
            return status(c.masterData().get<Site>(id));
        if (what == L("bookings"))
            return status(c.scheduling().bookings(id, from, to));
        if (what == L("maintenance"))
            return status(c.scheduling().maintenance(id, from, to));
        if (what == L("free slots"))
            return status(c.scheduling().freeSlots(id, site.minBookingMinutes, to, to.addDays(3)));
        if (what == L("utilisation"))
            return status(c.scheduling().utilisation(id, 2026, 11));
        if (what == L("a booking")) {
            if (ntt)
                return status(c.scheduling().booking(nttBooking.meta.id));
            return status(c.scheduling().bookings(id, from, to));
        }
        if (what == L("a booking check")) {
            SchedulingService::Request r;
            r.equipmentId = ntt ? nttMachine.meta.id : achMachine.meta.id;
            r.memberId = ntt ? nttMember.meta.id : achMember.meta.id;
            r.start = to;
            r.end = to.addSecs(3600);
            return status(c.scheduling().check(r));
        }
        BatchQuery q;
        q.siteId = id;
        if (what == L("batches"))
            return status(c.batches().page(q, {}, 0, 10));
        if (what == L("batch count"))
            return status(c.batches().count(q));
        if (what == L("batch totals"))
            return status(c.batches().totals(q));
        if (what == L("a batch")) {
            if (ntt)
                return status(c.batches().byCode(nttBatch.code));
            return status(c.batches().page(q, {}, 0, 1));
        }
        if (what == L("closed months"))
            return status(c.batches().closedMonths(id));
        if (what == L("today"))
            return status(c.batches().today(id));
        WasteSummaryService::Query w;
        w.siteId = id;
        w.fromMonth = 202609;
        w.toMonth = 202611;
        if (what == L("waste figures"))
            return status(c.waste().figures(w));
        if (what == L("batches behind a bar"))
            return status(c.waste().batchesBehind(w, QString(), QString()));
        if (what == L("report"))
            return status(c.reports().build(id, 2026, 11));
        if (what == L("calendar")) {
            CalendarExport::Filter f;
            f.siteId = id;
            f.from = from;
            f.to = to;
            return status(c.calendar().write(f));
        }
        if (what == L("csv")) {
            CsvExport::Options o;
            o.what = CsvExport::What::Members;
            o.siteId = id;
            return status(c.csv().count(o));
        }
        if (what == L("audit")) {
            AuditService::Filter f;
            f.siteId = id;
            return status(c.audit().count(f));
        }
        if (what == L("sync conflicts"))
            return status(c.sync().openConflicts(id));
        return fail(Error::invalid(L("unknown read ") + what));
    };

    // A manager of ACH (the audit is not an operator's to read): NTT refused, ACH read.
    c.setActor(account(L("manajer.ach")));
    const Status other = read(m_ntt);
    QVERIFY(!other.has_value());
    QCOMPARE(other.error().exitCode(), 4);
    QVERIFY2(other.error().message.contains(L("own site")), qPrintable(other.error().message));
    const Status own = read(m_ach);
    QVERIFY2(own.has_value(), qPrintable(own ? QString() : own.error().toLine()));
    // The viewer of all sites reads both.
    c.setActor(account(L("pusat")));
    QVERIFY(read(m_ntt).has_value());
    // Nobody reads nothing.
    c.setActor(Actor());
    QCOMPARE(read(m_ach).error().exitCode(), 4);
}

Booking TestPermissions::bookAs(const Actor &actor, int dayOffset, const QTime &start)
{
    AppContext &c = m_t->context();
    c.setActor(actor);
    const SiteCalendar calendar(m_ach);
    // Two months on, past the demo's bookings, a day of its own for each booking.
    QDate day = demoToday.addDays(dayOffset);
    while (day.dayOfWeek() == Qt::Sunday)
        day = day.addDays(1);
    SchedulingService::Request r;
    r.equipmentId = c.masterData().equipment(m_ach.meta.id)->first().meta.id;
    r.memberId = c.masterData().members(m_ach.meta.id)->first().meta.id;
    r.start = calendar.fromLocal(day, start);
    r.end = r.start.addSecs(3600);
    ++m_bookings;
    c.scheduling().setClock([] { return QDateTime(demoToday, QTime(0, 0), Qt::UTC); });
    auto made = c.scheduling().book(r);
    if (!made)
        qWarning() << made.error().toLine();
    return made ? made->created.first() : Booking();
}

void TestPermissions::bookingSteps_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<BookingRules::Step>("step");
    QTest::addColumn<bool>("allowed");
    using S = BookingRules::Step;
    // The booking is operator1.ach's own, requested (or confirmed, or checked in, as the step
    // needs), at the time the step needs.
    struct Row
    {
        const char *who;
        S step;
        bool allowed;
    };
    const QList<Row> rows {
        {"operator1.ach", S::Move, true},    {"operator1.ach", S::Cancel, true},
        {"operator1.ach", S::CheckIn, true}, {"operator1.ach", S::CheckOut, true},
        {"operator1.ach", S::NoShow, true},  {"operator1.ach", S::Confirm, false},
        {"operator2.ach", S::Move, false},   {"operator2.ach", S::Cancel, false},
        {"operator2.ach", S::CheckIn, true}, {"operator2.ach", S::CheckOut, true},
        {"operator2.ach", S::NoShow, true},  {"operator2.ach", S::Confirm, false},
        {"manajer.ach", S::Move, true},      {"manajer.ach", S::Cancel, true},
        {"manajer.ach", S::CheckIn, true},   {"manajer.ach", S::Confirm, true},
        {"manajer.ntt", S::Cancel, false},   {"manajer.ntt", S::CheckIn, false},
        {"pusat", S::Cancel, false},         {"pusat", S::CheckIn, false},
    };
    for (const Row &r : rows)
        QTest::addRow("%s %d", r.who, int(r.step)) << L(r.who) << r.step << r.allowed;
}

void TestPermissions::bookingSteps()
{
    QFETCH(QString, who);
    QFETCH(BookingRules::Step, step);
    QFETCH(bool, allowed);
    using S = BookingRules::Step;
    AppContext &c = m_t->context();
    const Actor owner = account(L("operator1.ach"));
    const Actor manager = account(L("manajer.ach"));
    const Actor actor = account(who);
    Booking b = bookAs(owner, 60 + 3 * m_bookings, QTime(8, 0));
    QVERIFY(b.meta.id > 0);
    QCOMPARE(b.status, BookingStatus::Requested);
    SchedulingService &s = c.scheduling();
    // The status and the time the step needs, made by the manager.
    if (step != S::Confirm && step != S::Move && step != S::Cancel && step != S::NoShow) {
        c.setActor(manager);
        auto confirmed = s.confirm(b.meta.id, b.meta.rowVersion);
        QVERIFY(confirmed);
        b = *confirmed;
    }
    QDateTime now = QDateTime(demoToday, QTime(0, 0), Qt::UTC);
    if (step == S::CheckIn || step == S::CheckOut)
        now = b.start;
    if (step == S::NoShow)
        now = b.start.addSecs(45 * 60);
    s.setClock([now] { return now; });
    if (step == S::CheckOut) {
        auto in = s.checkIn(b.meta.id, b.meta.rowVersion);
        QVERIFY(in);
        b = *in;
    }

    c.setActor(actor);
    // What the window is told and what the step does are one answer.
    const Status offered = s.allowed(step, b);
    QCOMPARE(offered.has_value(), allowed);
    Result<Booking> done = step == S::Move ? s.move(b.meta.id, b.meta.rowVersion, b.equipmentId,
                                                    b.start.addSecs(3600), b.end.addSecs(3600))
                                           : s.take(step, b.meta.id, b.meta.rowVersion);
    QCOMPARE(done.has_value(), allowed);
    if (!allowed)
        QCOMPARE(done.error().exitCode(), offered.error().exitCode());
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
