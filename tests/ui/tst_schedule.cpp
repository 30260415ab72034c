#include "dialogs/bookingdialog.h"
#include "dialogs/calendarexportdialog.h"
#include "dialogs/freeslotdialog.h"
#include "dialogs/maintenancedialog.h"
#include "domain/recurrence.h"
#include "domain/sitecalendar.h"
#include "models/bookinglistmodel.h"
#include "models/utilisationmodel.h"
#include "pages/bookinglistpanel.h"
#include "pages/schedulepage.h"
#include "pages/utilisationpanel.h"
#include "services/appcontext.h"
#include "services/appinfo.h"
#include "services/language.h"
#include "widgets/fittinglabel.h"
#include "widgets/recurrenceeditor.h"
#include "widgets/timelinewidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

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
// Tuesday 1 December 2026, 07:00 in Jakarta: the tests' "now". Wednesday is tomorrow.
const QDateTime testNow(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
const QDate wednesday(2026, 12, 2);
} // namespace

class TestSchedule final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void timelineShowsTheSiteInItsZone();
    void dragOnEmptyStretchBooks();
    void arrowsAndEnterBookByKeyboard();
    void dragMovesABookingAlsoToAnotherMachine();
    void dragTheRightEdgeResizes();
    void moveOntoAnotherBookingIsRefusedAndSnapsBack();
    void undoAndRedoAMove();
    void undoAfterAnotherPersonsMoveIsRefused();
    void keyboardMovesTheSelectedBooking();
    void dialogShowsTheClashBeforeSaving();
    void freeSlotFillsTheDialog();
    void suggestionsRespectTheWeeklyHours();
    void seriesBooksTheFreeDatesAndListsTheSkipped();
    void repeatRules_data();
    void repeatRules();
    void maintenanceListsHitBookings_data();
    void maintenanceListsHitBookings();
    void deleteCancelsAfterConfirmation();
    void onlyManagersBlockMachines();
    void listShowsTheSameBookingsWithFilters();
    void utilisationUsesTheLocale();
    void freeSlotDialogOffersTheEarliest();
    void calendarExportWritesIcs();
    void viewAndDateAreRemembered();
    void rangeHeadingFitsItsRoom();
    void aShortTimelineScrollsToItsLastRow();

private:
    Booking book(qint64 machine, qint64 member, const QString &span, const QDate &day = wednesday);
    QDateTime local(const QTime &time, const QDate &day = wednesday) const;
    QPoint pointAt(qint64 machine, const QTime &time, const QDate &day = wednesday) const;
    void drag(const QPoint &from, const QPoint &to);
    QPointer<BookingDialog> waitForBookingDialog();
    Booking stored(qint64 id) const;
    QString timeOf(const QDateTime &utc) const;

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SchedulePage> m_page;
    Site m_site;
    Equipment m_kettle1;
    Equipment m_kettle2;
    Member m_nilam;
    Member m_serai;
};

void TestSchedule::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::setUpApplication();
    Language::install(QStringLiteral("en"));
}

void TestSchedule::init()
{
    QSettings().clear();
    // A fresh database for each test, so that bookings of one cannot stand in another's way.
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    auto context = AppContext::open(m_dir->filePath(QStringLiteral("schedule.sqlite")));
    QVERIFY2(context.has_value(), context ? "" : qPrintable(context.error().message));
    m_context = std::move(*context);
    m_context->setActor(Actor::setupAdministrator());
    m_context->scheduling().setClock([] { return testNow; });
    MasterDataService &data = m_context->masterData();

    Site site;
    site.code = QStringLiteral("ACH");
    site.name = QStringLiteral("RPB Minyak Atsiri");
    site.province = QStringLiteral("Aceh");
    site.timeZone = QStringLiteral("Asia/Jakarta");
    site.openMinute = 7 * 60;
    site.closeMinute = 17 * 60;
    site.openDays = 0x3f; // Monday to Saturday
    site.bufferMinutes = 15;
    auto savedSite = data.save(site);
    QVERIFY(savedSite.has_value());
    m_site = *savedSite;

    ProductLine patchouli;
    patchouli.meta.siteId = m_site.meta.id;
    patchouli.code = QStringLiteral("PATCHOULI");
    patchouli.name = QStringLiteral("Patchouli oil");
    auto line = data.save(patchouli);
    QVERIFY(line.has_value());

    for (int i = 1; i <= 2; ++i) {
        Equipment kettle;
        kettle.meta.siteId = m_site.meta.id;
        kettle.code = QStringLiteral("ACH-KET%1").arg(i);
        kettle.name = QStringLiteral("Kettle %1").arg(i);
        kettle.type = QStringLiteral("distillation kettle");
        kettle.productLineIds = {line->meta.id};
        auto saved = data.save(kettle);
        QVERIFY(saved.has_value());
        (i == 1 ? m_kettle1 : m_kettle2) = *saved;
    }
    Equipment retired;
    retired.meta.siteId = m_site.meta.id;
    retired.code = QStringLiteral("ACH-OLD");
    retired.name = QStringLiteral("Old boiler");
    retired.type = QStringLiteral("boiler");
    retired.status = EquipmentStatus::Retired;
    QVERIFY(data.save(retired).has_value());

    for (const auto &[code, name] :
         {std::pair {QStringLiteral("ACH-M01"), QStringLiteral("Nilam Jaya")},
          std::pair {QStringLiteral("ACH-M02"), QStringLiteral("Serai Wangi")}}) {
        Member m;
        m.meta.siteId = m_site.meta.id;
        m.code = code;
        m.name = name;
        m.owner = QStringLiteral("Cut Nyak Aisyah");
        auto saved = data.save(m);
        QVERIFY(saved.has_value());
        (code.endsWith(QLatin1Char('1')) ? m_nilam : m_serai) = *saved;
    }

    m_page = std::make_unique<SchedulePage>(*m_context);
    m_page->resize(1280, 720);
    m_page->setSiteId(m_site.meta.id);
    m_page->setView(TimelineWidget::View::Day);
    m_page->setDate(wednesday);
    m_page->tabs()->setCurrentIndex(SchedulePage::TimelineTab);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QCOMPARE(m_page->timeline()->stepMinutes(), 30);
}

void TestSchedule::cleanup()
{
    m_page.reset();
    m_context.reset();
    delete m_dir;
    m_dir = nullptr;
}

Booking TestSchedule::book(qint64 machine, qint64 member, const QString &span, const QDate &day)
{
    const QStringList parts = span.split(QLatin1Char('-'));
    SchedulingService::Request r;
    r.equipmentId = machine;
    r.memberId = member;
    r.start = local(QTime::fromString(parts.at(0), QStringLiteral("HH:mm")), day);
    r.end = local(QTime::fromString(parts.at(1), QStringLiteral("HH:mm")), day);
    auto outcome = m_context->scheduling().book(r);
    if (!outcome) {
        qWarning("%s", qPrintable(outcome.error().message));
        return {};
    }
    return outcome->created.first();
}

QDateTime TestSchedule::local(const QTime &time, const QDate &day) const
{
    return SiteCalendar(m_site).fromLocal(day, time);
}

QString TestSchedule::timeOf(const QDateTime &utc) const
{
    return SiteCalendar(m_site).toLocal(utc).toString(QStringLiteral("ddd HH:mm"));
}

QPoint TestSchedule::pointAt(qint64 machine, const QTime &time, const QDate &day) const
{
    return m_page->timeline()->pointAt(machine, local(time, day));
}

void TestSchedule::drag(const QPoint &from, const QPoint &to)
{
    QWidget *viewport = m_page->timeline()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    // In steps, as a hand does: the widget decides on the first moves whether it is a drag.
    for (int i = 1; i <= 8; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / 8);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
}

QPointer<BookingDialog> TestSchedule::waitForBookingDialog()
{
    QPointer<BookingDialog> dialog;
    if (!QTest::qWaitFor([&] {
            dialog = m_page->findChild<BookingDialog *>();
            return dialog && dialog->isVisible();
        }))
        return {};
    // A window-modal dialog counts as active while its parent is; wait for the real thing.
    dialog->activateWindow();
    if (!QTest::qWaitFor([&] { return dialog && QApplication::activeWindow() == dialog; }))
        return {};
    return dialog;
}

Booking TestSchedule::stored(qint64 id) const
{
    auto b = m_context->scheduling().booking(id);
    return b ? *b : Booking {};
}

void TestSchedule::timelineShowsTheSiteInItsZone()
{
    TimelineWidget *timeline = m_page->timeline();
    // Retired machines are left out.
    QCOMPARE(timeline->machines().size(), qsizetype(2));
    QCOMPARE(timeline->machines().first().name, QStringLiteral("Kettle 1"));
    // The day is Wednesday in Jakarta (UTC+7): midnight local is 17:00 UTC the day before.
    QCOMPARE(timeline->rangeStart(), QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC));
    QCOMPARE(timeline->rangeEnd(), QDateTime(QDate(2026, 12, 2), QTime(17, 0), Qt::UTC));

    const Booking b = book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:00"));
    QVERIFY(b.meta.id);
    // Loaded on the service's signal, at 08:00 local: one hour after 07:00, four after 06:00.
    const QRect box = timeline->bookingRect(b.meta.id);
    QVERIFY(box.isValid());
    const QPoint eight = pointAt(m_kettle1.meta.id, QTime(8, 0));
    const QPoint ten = pointAt(m_kettle1.meta.id, QTime(10, 0));
    QVERIFY(qAbs(box.left() - eight.x()) <= 1);
    QVERIFY(qAbs(box.right() - ten.x()) <= 2);
    QVERIFY(box.top() < eight.y() && eight.y() < box.bottom());
    QCOMPARE(timeline->bookingAt(box.center()), b.meta.id);

    // A booking of another day is not loaded.
    const Booking thursday = book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:00"),
                                  wednesday.addDays(1));
    QVERIFY(thursday.meta.id);
    QVERIFY(!timeline->bookingRect(thursday.meta.id).isValid());
    // The week view shows both, Monday first.
    m_page->setView(TimelineWidget::View::Week);
    QCOMPARE(timeline->firstDay(), QDate(2026, 11, 30));
    QVERIFY(timeline->bookingRect(thursday.meta.id).isValid());
    QVERIFY(timeline->bookingRect(b.meta.id).left()
            < timeline->bookingRect(thursday.meta.id).left());
}

void TestSchedule::dragOnEmptyStretchBooks()
{
    // From inside the 08:00 slot to inside the 09:30 one: the grid makes it 08:00-10:00.
    drag(pointAt(m_kettle2.meta.id, QTime(8, 5)), pointAt(m_kettle2.meta.id, QTime(9, 50)));
    QPointer<BookingDialog> dialog = waitForBookingDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->machineBox()->currentData().toLongLong(), m_kettle2.meta.id);
    QCOMPARE(dialog->dateEdit()->date(), wednesday);
    QCOMPARE(dialog->fromEdit()->time(), QTime(8, 0));
    QCOMPARE(dialog->toEdit()->time(), QTime(10, 0));
    QCOMPARE(dialog->durationBox()->value(), 120);

    // The member is typed, part of the name is enough.
    QCOMPARE(QApplication::focusWidget(), dialog->memberBox());
    QTest::keyClicks(dialog->memberBox(), QStringLiteral("nilam"));
    QCOMPARE(dialog->memberId(), m_nilam.meta.id);
    dialog->purposeEdit()->setText(QStringLiteral("200 kg daun nilam"));
    dialog->checkNow();
    QVERIFY2(dialog->clashMessages().isEmpty(), qPrintable(dialog->clashMessages().join(u'\n')));
    dialog->saveButton()->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    auto bookings
        = m_context->scheduling().bookings(m_site.meta.id, local(QTime(0, 0)), local(QTime(23, 0)));
    QVERIFY(bookings.has_value());
    QCOMPARE(bookings->size(), qsizetype(1));
    const Booking &b = bookings->first();
    QCOMPARE(b.equipmentId, m_kettle2.meta.id);
    QCOMPARE(b.memberId, m_nilam.meta.id);
    QCOMPARE(b.start, local(QTime(8, 0)));
    QCOMPARE(b.end, local(QTime(10, 0)));
    QCOMPARE(b.purpose, QStringLiteral("200 kg daun nilam"));
    QVERIFY(b.productLineId.has_value()); // the kettle's only line
    // It is on the timeline, selected.
    QVERIFY(m_page->timeline()->bookingRect(b.meta.id).isValid());
    QCOMPARE(m_page->timeline()->selectedBookingId(), b.meta.id);
}

void TestSchedule::arrowsAndEnterBookByKeyboard()
{
    TimelineWidget *timeline = m_page->timeline();
    timeline->setFocus();
    QTRY_VERIFY(timeline->hasFocus());
    timeline->setCursorCell(0, local(QTime(7, 0)));
    // Down to the second kettle, Home to the first slot of the day (06:00 is shown, closed),
    // then four half hours to the right.
    QTest::keyClick(timeline, Qt::Key_Down);
    QCOMPARE(timeline->cursorRow(), 1);
    QTest::keyClick(timeline, Qt::Key_Home);
    QCOMPARE(timeline->cursorStart(), local(QTime(6, 0)));
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(timeline, Qt::Key_Right);
    QCOMPARE(timeline->cursorStart(), local(QTime(9, 0)));
    QTest::keyClick(timeline, Qt::Key_Left);
    QCOMPARE(timeline->cursorStart(), local(QTime(8, 30)));
    QVERIFY(timeline->cursorDescription().contains(QStringLiteral("Kettle 2")));
    QVERIFY(timeline->cursorDescription().contains(QStringLiteral("free")));
    QTest::keyClick(timeline, Qt::Key_Return);

    QPointer<BookingDialog> dialog = waitForBookingDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->machineBox()->currentData().toLongLong(), m_kettle2.meta.id);
    QCOMPARE(dialog->fromEdit()->time(), QTime(8, 30));
    QCOMPARE(dialog->toEdit()->time(), QTime(9, 30));
    // Fill by keyboard: the member, then the length.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Serai"));
    QTest::keyClick(dialog, Qt::Key_U, Qt::AltModifier); // D&uration
    QCOMPARE(QApplication::focusWidget(), dialog->durationBox());
    QTest::keyClick(dialog->durationBox(), Qt::Key_Up); // a quarter of an hour more
    QCOMPARE(dialog->durationBox()->value(), 75);
    QCOMPARE(dialog->toEdit()->time(), QTime(9, 45));
    QTest::keyClick(dialog->durationBox(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    auto bookings = m_context->scheduling().bookings(m_site.meta.id, local(QTime(0, 0)),
                                                     local(QTime(23, 0)), m_kettle2.meta.id);
    QVERIFY(bookings.has_value());
    QCOMPARE(bookings->size(), qsizetype(1));
    QCOMPARE(bookings->first().memberId, m_serai.meta.id);
    QCOMPARE(bookings->first().start, local(QTime(8, 30)));
    QCOMPARE(bookings->first().end, local(QTime(9, 45)));
    // Back in the timeline, the cursor on the new booking (once the window is active again,
    // which a window manager does by itself).
    m_page->activateWindow();
    QTRY_COMPARE(QApplication::focusWidget(), timeline);
    QCOMPARE(timeline->selectedBookingId(), bookings->first().meta.id);
}

void TestSchedule::dragMovesABookingAlsoToAnotherMachine()
{
    const Booking b = book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:00"));
    QVERIFY(b.meta.id);
    TimelineWidget *timeline = m_page->timeline();
    const QRect box = timeline->bookingRect(b.meta.id);
    QVERIFY(box.isValid());
    // Grab it in the middle and move it two hours later on the same machine.
    const QPoint grab = box.center();
    const int twoHours = pointAt(m_kettle1.meta.id, QTime(12, 0)).x()
        - pointAt(m_kettle1.meta.id, QTime(10, 0)).x();
    drag(grab, grab + QPoint(twoHours, 0));
    Booking moved = stored(b.meta.id);
    QCOMPARE(timeOf(moved.start), timeOf(local(QTime(10, 0))));
    QCOMPARE(moved.end, local(QTime(12, 0)));
    QCOMPARE(moved.equipmentId, m_kettle1.meta.id);
    QCOMPARE(m_page->undoStack()->count(), 1);

    // Now down onto the second kettle, same time.
    const QRect again = timeline->bookingRect(b.meta.id);
    QVERIFY(again.isValid());
    const int down = pointAt(m_kettle2.meta.id, QTime(11, 0)).y()
        - pointAt(m_kettle1.meta.id, QTime(11, 0)).y();
    QVERIFY(down > 0);
    drag(again.center(), again.center() + QPoint(0, down));
    moved = stored(b.meta.id);
    QCOMPARE(moved.equipmentId, m_kettle2.meta.id);
    QCOMPARE(moved.start, local(QTime(10, 0)));
    QCOMPARE(moved.end, local(QTime(12, 0)));
    QCOMPARE(timeline->rowOf(m_kettle2.meta.id), 1);
    QVERIFY(timeline->bookingRect(b.meta.id).top() > again.bottom());
}

void TestSchedule::dragTheRightEdgeResizes()
{
    const Booking b = book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:00"));
    QVERIFY(b.meta.id);
    const QRect box = m_page->timeline()->bookingRect(b.meta.id);
    const QPoint edge(box.right() - 1, box.center().y());
    drag(edge, QPoint(pointAt(m_kettle1.meta.id, QTime(11, 0)).x(), edge.y()));
    const Booking resized = stored(b.meta.id);
    QCOMPARE(resized.start, local(QTime(8, 0)));
    QCOMPARE(resized.end, local(QTime(11, 0)));
    QVERIFY(m_page->timeline()->bookingRect(b.meta.id).width() > box.width());
    QVERIFY(m_page->undoStack()->undoText().contains(QStringLiteral("end")));
}

void TestSchedule::moveOntoAnotherBookingIsRefusedAndSnapsBack()
{
    const Booking a = book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:00"));
    const Booking other = book(m_kettle1.meta.id, m_serai.meta.id, QStringLiteral("13:00-15:00"));
    QVERIFY(a.meta.id && other.meta.id);
    TimelineWidget *timeline = m_page->timeline();
    const QRect before = timeline->bookingRect(a.meta.id);
    // Onto 12:00-14:00, over Serai Wangi's booking.
    const int fourHours = pointAt(m_kettle1.meta.id, QTime(12, 0)).x()
        - pointAt(m_kettle1.meta.id, QTime(8, 0)).x();
    drag(before.center(), before.center() + QPoint(fourHours, 0));

    const Booking after = stored(a.meta.id);
    QCOMPARE(after.start, a.start);
    QCOMPARE(after.end, a.end);
    QCOMPARE(after.meta.rowVersion, a.meta.rowVersion);
    QCOMPARE(m_page->undoStack()->count(), 0);
    // The person reads why, naming the booking in the way.
    QVERIFY2(m_page->lastMessage().contains(QStringLiteral("Serai Wangi")),
             qPrintable(m_page->lastMessage()));
    auto *banner = m_page->findChild<Banner *>(QStringLiteral("scheduleMessage"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), Banner::Level::Warning);
    // Drawn where it was.
    QCOMPARE(timeline->bookingRect(a.meta.id), before);
}

void TestSchedule::undoAndRedoAMove()
{
    const Booking b = book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:00"));
    QVERIFY(b.meta.id);
    TimelineWidget *timeline = m_page->timeline();
    const QRect box = timeline->bookingRect(b.meta.id);
    const int twoHours = pointAt(m_kettle1.meta.id, QTime(10, 0)).x()
        - pointAt(m_kettle1.meta.id, QTime(8, 0)).x();
    drag(box.center(), box.center() + QPoint(twoHours, 0));
    QCOMPARE(stored(b.meta.id).start, local(QTime(10, 0)));

    QCOMPARE(QApplication::focusWidget(), timeline);
    // Ctrl+Z is the window's Edit menu's (tst_mainwindow); the page's own buttons do the same.
    auto *undo = m_page->findChild<QToolButton *>(QStringLiteral("undo"));
    auto *redo = m_page->findChild<QToolButton *>(QStringLiteral("redo"));
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(stored(b.meta.id).start, local(QTime(8, 0)));
    QCOMPARE(stored(b.meta.id).end, local(QTime(10, 0)));
    QCOMPARE(timeline->bookingRect(b.meta.id), box);
    QVERIFY(m_page->undoStack()->canRedo());

    QTest::mouseClick(redo, Qt::LeftButton);
    QCOMPARE(stored(b.meta.id).start, local(QTime(10, 0)));
    QCOMPARE(stored(b.meta.id).end, local(QTime(12, 0)));

    // When the old time has been taken meanwhile, undo says so and changes nothing.
    QVERIFY(book(m_kettle1.meta.id, m_serai.meta.id, QStringLiteral("08:00-09:30")).meta.id);
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(stored(b.meta.id).start, local(QTime(10, 0)));
    QVERIFY2(m_page->lastMessage().contains(QStringLiteral("cannot be taken back")),
             qPrintable(m_page->lastMessage()));
    QCOMPARE(m_page->undoStack()->count(), 0);
}

void TestSchedule::undoAfterAnotherPersonsMoveIsRefused()
{
    const Booking b = book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:00"));
    TimelineWidget *timeline = m_page->timeline();
    const QRect box = timeline->bookingRect(b.meta.id);
    const int twoHours = pointAt(m_kettle1.meta.id, QTime(10, 0)).x()
        - pointAt(m_kettle1.meta.id, QTime(8, 0)).x();
    drag(box.center(), box.center() + QPoint(twoHours, 0));
    QCOMPARE(stored(b.meta.id).start, local(QTime(10, 0)));
    QCOMPARE(m_page->undoStack()->count(), 1);

    // Budi, the manager, puts it on the other kettle from the office PC in the meantime.
    {
        auto office = AppContext::open(m_dir->filePath(QStringLiteral("schedule.sqlite")));
        QVERIFY(office);
        (*office)->setActor(Actor {0, QStringLiteral("budi"), Role::Manager, m_site.meta.id, {}});
        (*office)->scheduling().setClock([] { return testNow; });
        const Booking seen = *(*office)->scheduling().booking(b.meta.id);
        QVERIFY((*office)->scheduling().move(b.meta.id, seen.meta.rowVersion, m_kettle2.meta.id,
                                             seen.start, seen.end));
    }
    const Booking budis = stored(b.meta.id);
    QCOMPARE(budis.equipmentId, m_kettle2.meta.id);

    auto *undo = m_page->findChild<QToolButton *>(QStringLiteral("undo"));
    QVERIFY(undo && undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    const Booking after = stored(b.meta.id);
    QCOMPARE(after.equipmentId, m_kettle2.meta.id);
    QCOMPARE(after.start, budis.start);
    QCOMPARE(after.meta.rowVersion, budis.meta.rowVersion);
    QCOMPARE(m_page->undoStack()->count(), 0);
    QVERIFY2(m_page->lastMessage().contains(QStringLiteral("budi")),
             qPrintable(m_page->lastMessage()));
    // The hub told the timeline: it draws the booking where Budi put it.
    QTRY_VERIFY(timeline->bookingRect(b.meta.id).top() > box.bottom());
}

void TestSchedule::keyboardMovesTheSelectedBooking()
{
    const Booking b = book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:00"));
    TimelineWidget *timeline = m_page->timeline();
    timeline->setFocus();
    QVERIFY(timeline->selectBooking(b.meta.id));
    QTest::keyClick(timeline, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(stored(b.meta.id).start, local(QTime(8, 30)));
    QTest::keyClick(timeline, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(stored(b.meta.id).equipmentId, m_kettle2.meta.id);
    QTest::keyClick(timeline, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(stored(b.meta.id).end, local(QTime(11, 0)));
    QCOMPARE(m_page->undoStack()->count(), 3);
}

void TestSchedule::dialogShowsTheClashBeforeSaving()
{
    QVERIFY(book(m_kettle1.meta.id, m_serai.meta.id, QStringLiteral("13:00-15:00")).meta.id);
    const int before = int(m_context->scheduling()
                               .bookings(m_site.meta.id, local(QTime(0, 0)), local(QTime(23, 0)))
                               ->size());
    QPointer<BookingDialog> dialog = m_page->openBookingDialog(
        {m_kettle1.meta.id, local(QTime(14, 0)), local(QTime(15, 0)), 0});
    QVERIFY(dialog);
    // No member yet: nothing to check.
    QVERIFY(dialog->clashMessages().isEmpty());
    QTest::keyClicks(dialog->memberBox()->lineEdit(), QStringLiteral("Nilam Jaya"));
    // The check runs by itself after a pause in typing.
    QTRY_VERIFY(!dialog->clashMessages().isEmpty());
    QVERIFY2(dialog->clashMessages().first().contains(QStringLiteral("Serai Wangi")),
             qPrintable(dialog->clashMessages().first()));
    QVERIFY(dialog->clashList()->isVisible());
    QVERIFY(dialog->clashList()->count() >= 1);
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("already booked")),
             qPrintable(dialog->statusLabel()->text()));
    // Free times are offered, the first right after the other booking and its cleaning.
    QVERIFY(dialog->freeSlotList()->isVisible());
    QVERIFY(dialog->freeSlotList()->count() > 0);
    // Nothing was written by the check.
    QCOMPARE(int(m_context->scheduling()
                     .bookings(m_site.meta.id, local(QTime(0, 0)), local(QTime(23, 0)))
                     ->size()),
             before);

    // Saving anyway is refused with the same reason, and the dialog stays.
    dialog->saveButton()->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("Serai Wangi")));
    QCOMPARE(int(m_context->scheduling()
                     .bookings(m_site.meta.id, local(QTime(0, 0)), local(QTime(23, 0)))
                     ->size()),
             before);
    dialog->reject();
}

void TestSchedule::freeSlotFillsTheDialog()
{
    QVERIFY(book(m_kettle1.meta.id, m_serai.meta.id, QStringLiteral("07:00-12:00")).meta.id);
    QVERIFY(book(m_kettle2.meta.id, m_serai.meta.id, QStringLiteral("07:00-10:00")).meta.id);
    QPointer<BookingDialog> dialog = m_page->openBookingDialog(
        {m_kettle1.meta.id, local(QTime(9, 0)), local(QTime(11, 0)), m_nilam.meta.id});
    QVERIFY(dialog);
    dialog->checkNow();
    QVERIFY(!dialog->clashMessages().isEmpty());
    QListWidget *slots = dialog->freeSlotList();
    QVERIFY(slots->count() > 0);
    // The earliest: kettle 2 after its booking and the cleaning, 10:15.
    QVERIFY2(slots->item(0)->text().contains(QStringLiteral("10:15")),
             qPrintable(slots->item(0)->text()));
    QVERIFY(slots->item(0)->text().contains(QStringLiteral("Kettle 2")));
    slots->setFocus();
    slots->setCurrentRow(0);
    QTest::keyClick(slots, Qt::Key_Return);
    QCOMPARE(dialog->machineBox()->currentData().toLongLong(), m_kettle2.meta.id);
    QCOMPARE(dialog->fromEdit()->time(), QTime(10, 15));
    QCOMPARE(dialog->toEdit()->time(), QTime(12, 15));
    QVERIFY(dialog->clashMessages().isEmpty());
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("free")));
    dialog->reject();
}

void TestSchedule::suggestionsRespectTheWeeklyHours()
{
    // Ten hours a week per member; Nilam Jaya has eight this week (Monday 30 November to Sunday).
    Site site = m_site;
    site.weeklyQuotaMinutes = 10 * 60;
    auto saved = m_context->masterData().save(site);
    QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().message));
    QVERIFY(book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("07:00-15:00")).meta.id);
    QPointer<BookingDialog> dialog = m_page->openBookingDialog(
        {m_kettle2.meta.id, local(QTime(8, 0)), local(QTime(11, 0)), m_nilam.meta.id});
    QVERIFY(dialog);
    dialog->checkNow();
    // The heading names the reason: the machine itself is free.
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("weekly hours")),
             qPrintable(dialog->statusLabel()->text()));
    // Every suggestion is one the booking would get: none in this week, the first on Monday.
    QListWidget *slots = dialog->freeSlotList();
    QVERIFY(slots->isVisible());
    QVERIFY(slots->count() > 0);
    slots->setFocus();
    slots->setCurrentRow(0);
    QTest::keyClick(slots, Qt::Key_Return);
    QCOMPARE(dialog->dateEdit()->date(), QDate(2026, 12, 7));
    QCOMPARE(dialog->fromEdit()->time(), QTime(7, 0));
    QVERIFY(dialog->clashMessages().isEmpty());
    // Serai Wangi has no hours this week: the same time is offered to her at once.
    dialog->memberBox()->setCurrentIndex(dialog->memberBox()->findData(m_serai.meta.id));
    dialog->dateEdit()->setDate(wednesday);
    dialog->fromEdit()->setTime(QTime(7, 0));
    dialog->checkNow();
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("already booked")),
             qPrintable(dialog->statusLabel()->text()));
    QVERIFY(slots->count() > 0);
    slots->setCurrentRow(0);
    QTest::keyClick(slots, Qt::Key_Return);
    QCOMPARE(dialog->dateEdit()->date(), wednesday);
    QVERIFY(dialog->clashMessages().isEmpty());
    dialog->reject();
}

void TestSchedule::seriesBooksTheFreeDatesAndListsTheSkipped()
{
    // Serai Wangi holds the second Wednesday.
    QVERIFY(book(m_kettle1.meta.id, m_serai.meta.id, QStringLiteral("08:00-10:00"),
                 wednesday.addDays(7))
                .meta.id);
    QPointer<BookingDialog> dialog = m_page->openBookingDialog(
        {m_kettle1.meta.id, local(QTime(8, 0)), local(QTime(10, 0)), m_nilam.meta.id});
    QVERIFY(dialog);
    RecurrenceEditor *repeat = dialog->recurrence();
    repeat->setFrequency(RecurrenceEditor::Weekly);
    repeat->endsAfterCount()->setChecked(true);
    repeat->countBox()->setValue(4);
    QCOMPARE(repeat->rrule(), QStringLiteral("FREQ=WEEKLY;BYDAY=WE;COUNT=4"));
    QVERIFY(dialog->skipBox()->isEnabled());
    dialog->checkNow();
    QCOMPARE(dialog->clashMessages().size(), 1);
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("1 date")));

    // Without the choice to skip, nothing is booked.
    dialog->saveButton()->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->outcome().has_value());

    dialog->skipBox()->setChecked(true);
    dialog->saveButton()->click();
    QVERIFY(dialog->outcome().has_value());
    QCOMPARE(dialog->outcome()->created.size(), qsizetype(3));
    QCOMPARE(dialog->outcome()->skipped.size(), qsizetype(1));
    // The dialog stays to list what was skipped, then closes.
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->clashList()->count(), 1);
    QVERIFY(dialog->clashList()->item(0)->text().contains(QStringLiteral("9 Dec 2026")));
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("Booked 3 dates")));
    dialog->saveButton()->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    auto mine = m_context->scheduling().bookings(m_site.meta.id, local(QTime(0, 0)),
                                                 local(QTime(0, 0), wednesday.addDays(30)),
                                                 std::nullopt, m_nilam.meta.id);
    QVERIFY(mine.has_value());
    QCOMPARE(mine->size(), qsizetype(3));
    for (const Booking &b : *mine) {
        QVERIFY(b.seriesId.has_value());
        QCOMPARE(SiteCalendar(m_site).toLocal(b.start).date().dayOfWeek(), 3);
        QCOMPARE(SiteCalendar(m_site).toLocal(b.start).time(), QTime(8, 0));
    }
}

void TestSchedule::repeatRules_data()
{
    QTest::addColumn<int>("frequency");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<bool>("byWeekday");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("rrule");

    const QDate none;
    QTest::newRow("once") << int(RecurrenceEditor::None) << 1 << QList<int> {} << false << none << 5
                          << QString();
    QTest::newRow("daily, five times")
        << int(RecurrenceEditor::Daily) << 1 << QList<int> {} << false << none << 5
        << QStringLiteral("FREQ=DAILY;COUNT=5");
    QTest::newRow("every other week on Monday and Wednesday until a date")
        << int(RecurrenceEditor::Weekly) << 2 << QList<int> {1} << false << QDate(2027, 3, 1) << 0
        << QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE;INTERVAL=2;UNTIL=20270301T235959");
    QTest::newRow("monthly on the date")
        << int(RecurrenceEditor::Monthly) << 1 << QList<int> {} << false << none << 6
        << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=2;COUNT=6");
    QTest::newRow("monthly on the first Wednesday")
        << int(RecurrenceEditor::Monthly) << 1 << QList<int> {} << true << none << 6
        << QStringLiteral("FREQ=MONTHLY;BYDAY=1WE;COUNT=6");
}

void TestSchedule::repeatRules()
{
    QFETCH(int, frequency);
    QFETCH(int, interval);
    QFETCH(QList<int>, days);
    QFETCH(bool, byWeekday);
    QFETCH(QDate, until);
    QFETCH(int, count);
    QFETCH(QString, rrule);

    RecurrenceEditor editor;
    editor.setStartDate(wednesday); // a Wednesday, the 2nd
    editor.setFrequency(RecurrenceEditor::Frequency(frequency));
    editor.intervalBox()->setValue(interval);
    for (int day : days)
        editor.dayBox(day)->setChecked(true);
    (byWeekday ? editor.monthlyByWeekday() : editor.monthlyByDate())->setChecked(true);
    if (until.isValid()) {
        editor.endsOnDate()->setChecked(true);
        editor.untilEdit()->setDate(until);
    } else {
        editor.endsAfterCount()->setChecked(true);
        editor.countBox()->setValue(count);
    }
    QCOMPARE(editor.rrule(), rrule);
    // Whatever the editor builds expands the way it says, in the site's zone.
    if (!rrule.isEmpty()) {
        auto starts = Recurrence::expand(
            rrule, QDateTime(wednesday, QTime(8, 0), SiteCalendar(m_site).zone()),
            SiteCalendar(m_site).zone(), QDateTime());
        QVERIFY2(starts.has_value(), qPrintable(rrule));
        QVERIFY(!starts->isEmpty());
        QCOMPARE(SiteCalendar(m_site).toLocal(starts->first()).date(), wednesday);
        if (!until.isValid())
            QCOMPARE(int(starts->size()), count);
        QVERIFY(!editor.summary().isEmpty());
    }
}

void TestSchedule::maintenanceListsHitBookings_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("cancel them") << true;
    QTest::newRow("leave them flagged") << false;
}

void TestSchedule::maintenanceListsHitBookings()
{
    QFETCH(bool, cancel);
    const Booking hit = book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:00"));
    const Booking clear = book(m_kettle1.meta.id, m_serai.meta.id, QStringLiteral("13:00-15:00"));
    const Booking otherMachine
        = book(m_kettle2.meta.id, m_serai.meta.id, QStringLiteral("09:00-10:00"));
    QVERIFY(hit.meta.id && clear.meta.id && otherMachine.meta.id);

    QVERIFY(m_page->blockButton()->isVisible());
    QPointer<MaintenanceDialog> dialog = m_page->openMaintenanceDialog();
    QVERIFY(dialog);
    dialog->machineBox()->setCurrentIndex(dialog->machineBox()->findData(m_kettle1.meta.id));
    dialog->fromDateEdit()->setDate(wednesday);
    dialog->fromTimeEdit()->setTime(QTime(9, 0));
    dialog->untilDateEdit()->setDate(wednesday);
    dialog->untilTimeEdit()->setTime(QTime(11, 0));
    // Listed before saving: only the booking the window overlaps on that machine.
    QCOMPARE(dialog->hitBookings().size(), qsizetype(1));
    QCOMPARE(dialog->hitBookings().first().meta.id, hit.meta.id);
    QCOMPARE(dialog->hitList()->count(), 1);
    QVERIFY(dialog->hitList()->item(0)->text().contains(QStringLiteral("Nilam Jaya")));
    QVERIFY(dialog->cancelChoice()->isEnabled());

    // A reason is required.
    dialog->saveButton()->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->outcome().has_value());

    dialog->reasonEdit()->setText(QStringLiteral("ganti seal"));
    (cancel ? dialog->cancelChoice() : dialog->flagChoice())->setChecked(true);
    dialog->saveButton()->click();
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    QCOMPARE(stored(hit.meta.id).status,
             cancel ? BookingStatus::Cancelled : BookingStatus::Confirmed);
    QCOMPARE(stored(clear.meta.id).status, BookingStatus::Confirmed);
    QCOMPARE(stored(otherMachine.meta.id).status, BookingStatus::Confirmed);
    auto windows = m_context->scheduling().maintenance(m_site.meta.id, local(QTime(0, 0)),
                                                       local(QTime(23, 0)));
    QVERIFY(windows.has_value());
    QCOMPARE(windows->size(), qsizetype(1));
    QCOMPARE(windows->first().start, local(QTime(9, 0)));
    QCOMPARE(windows->first().reason, QStringLiteral("ganti seal"));
    QVERIFY2(m_page->lastMessage().contains(cancel ? QStringLiteral("cancelled")
                                                   : QStringLiteral("talk to the member")),
             qPrintable(m_page->lastMessage()));
    // The blocked time cannot be booked afterwards.
    QPointer<BookingDialog> booking = m_page->openBookingDialog(
        {m_kettle1.meta.id, local(QTime(10, 0)), local(QTime(11, 0)), m_serai.meta.id});
    booking->checkNow();
    QVERIFY(booking->clashMessages().join(u' ').contains(QStringLiteral("ganti seal")));
    booking->reject();
}

void TestSchedule::deleteCancelsAfterConfirmation()
{
    const Booking b = book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:00"));
    TimelineWidget *timeline = m_page->timeline();
    timeline->setFocus();
    QVERIFY(timeline->selectBooking(b.meta.id));

    // Keep it: nothing happens.
    QTest::keyClick(timeline, Qt::Key_Delete);
    QPointer<QMessageBox> box;
    QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(QStringLiteral("cancelConfirmation"))));
    QVERIFY(box->text().contains(QStringLiteral("Nilam Jaya")));
    box->reject();
    QTRY_VERIFY(!box);
    QCOMPARE(stored(b.meta.id).status, BookingStatus::Confirmed);

    QTest::keyClick(timeline, Qt::Key_Delete);
    QTRY_VERIFY((box = m_page->findChild<QMessageBox *>(QStringLiteral("cancelConfirmation"))));
    QAbstractButton *yes = nullptr;
    for (QAbstractButton *button : box->buttons())
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            yes = button;
    QVERIFY(yes);
    yes->click();
    QTRY_COMPARE(stored(b.meta.id).status, BookingStatus::Cancelled);
    // Cancelled bookings stay visible, drawn as such, and can no longer be moved.
    QVERIFY(timeline->bookingRect(b.meta.id).isValid());
    for (const TimelineWidget::Entry &e : timeline->entries())
        if (e.booking.meta.id == b.meta.id)
            QVERIFY(!e.movable);
}

void TestSchedule::onlyManagersBlockMachines()
{
    QVERIFY(m_page->blockButton()->isVisible());
    m_context->setActor(Actor {7, QStringLiteral("ani"), Role::Operator, m_site.meta.id, {}});
    m_page->refreshPermissions();
    QVERIFY(!m_page->blockButton()->isVisible());
    QVERIFY(!m_page->openMaintenanceDialog());
    QVERIFY(m_page->newBookingButton()->isEnabled());
    m_context->setActor(Actor {8, QStringLiteral("pusat"), Role::Viewer, std::nullopt, {}});
    m_page->refreshPermissions();
    QVERIFY(!m_page->blockButton()->isVisible());
    QVERIFY(!m_page->newBookingButton()->isEnabled());
    // A viewer's drag on an empty stretch asks for nothing.
    drag(pointAt(m_kettle1.meta.id, QTime(8, 5)), pointAt(m_kettle1.meta.id, QTime(9, 50)));
    QTest::qWait(50);
    QVERIFY(!m_page->findChild<BookingDialog *>());
    m_context->setActor(Actor::setupAdministrator());
    m_page->refreshPermissions();
    QVERIFY(m_page->blockButton()->isVisible());
}

void TestSchedule::listShowsTheSameBookingsWithFilters()
{
    const Booking a = book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:00"));
    const Booking b = book(m_kettle2.meta.id, m_serai.meta.id, QStringLiteral("09:00-11:00"));
    QVERIFY(m_context->scheduling()
                .cancel(b.meta.id, currentVersion(m_context->scheduling(), b.meta.id))
                .has_value());
    m_page->tabs()->setCurrentIndex(SchedulePage::ListTab);
    BookingListPanel *list = m_page->listPanel();
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->fromEdit()->date(), QDate(2026, 12, 1)); // today at the site
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->columnCount(), int(BookingListModel::Count));
    QCOMPARE(list->model()->index(0, BookingListModel::Member).data().toString(),
             QStringLiteral("Nilam Jaya"));
    QVERIFY(list->model()
                ->index(0, BookingListModel::Start)
                .data()
                .toString()
                .contains(QStringLiteral("08:00")));

    // By status, then by machine.
    list->statusFilter()->setCurrentIndex(
        list->statusFilter()->findData(int(BookingStatus::Cancelled)));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->bookingAt(0).meta.id, b.meta.id);
    list->statusFilter()->setCurrentIndex(0);
    list->machineFilter()->setCurrentIndex(list->machineFilter()->findData(m_kettle1.meta.id));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->bookingAt(0).meta.id, a.meta.id);

    // The actions follow the booking: a confirmed one tomorrow may be cancelled, not checked in.
    list->selectId(a.meta.id);
    QVERIFY(list->actionButton(BookingActions::Cancel)->isEnabled());
    QVERIFY(!list->actionButton(BookingActions::CheckIn)->isEnabled());
    QVERIFY(!list->actionButton(BookingActions::Confirm)->isEnabled());

    // Check-in opens half an hour before the start.
    m_context->scheduling().setClock([this] { return local(QTime(7, 45)); });
    list->reload();
    list->selectId(a.meta.id);
    QVERIFY(list->actionButton(BookingActions::CheckIn)->isEnabled());
    list->actionButton(BookingActions::CheckIn)->click();
    QCOMPARE(stored(a.meta.id).status, BookingStatus::CheckedIn);
    QTRY_COMPARE(list->model()->index(0, BookingListModel::Status).data().toString(),
                 QStringLiteral("Checked in"));
    QVERIFY(list->actionButton(BookingActions::CheckOut)->isEnabled());

    // Enter opens the booking in the timeline.
    list->table()->setFocus();
    QTest::keyClick(list->table(), Qt::Key_Return);
    QCOMPARE(m_page->tabs()->currentIndex(), int(SchedulePage::TimelineTab));
    QCOMPARE(m_page->timeline()->selectedBookingId(), a.meta.id);
}

void TestSchedule::utilisationUsesTheLocale()
{
    const Booking a = book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:30"));
    QVERIFY(a.meta.id);
    m_page->tabs()->setCurrentIndex(SchedulePage::UtilisationTab);
    UtilisationPanel *panel = m_page->utilisationPanel();
    panel->setMonth(2026, 12);
    UtilisationModel *model = panel->model();
    QTRY_COMPARE(model->rowCount(), 4); // two kettles, the retired boiler and the total
    QCOMPARE(model->columnCount(), int(UtilisationModel::Count));
    QCOMPARE(model->index(0, UtilisationModel::Machine).data().toString(),
             QStringLiteral("Kettle 1"));
    QCOMPARE(model->index(0, UtilisationModel::BookedHours).data().toString(),
             QStringLiteral("2.5"));
    // December 2026: 27 open days of 10 hours.
    QCOMPARE(model->index(0, UtilisationModel::OpenHours).data().toString(),
             QStringLiteral("270.0"));
    QCOMPARE(model->index(0, UtilisationModel::BookedPercent).data().toString(),
             QStringLiteral("0.9 %"));
    QVERIFY(model->isTotalRow(3));
    QCOMPARE(model->index(3, UtilisationModel::BookedHours).data().toString(),
             QStringLiteral("2.5"));

    Language::install(QStringLiteral("id"));
    panel->reload();
    QCOMPARE(model->index(0, UtilisationModel::BookedHours).data().toString(),
             QStringLiteral("2,5"));
    QCOMPARE(model->index(0, UtilisationModel::OpenHours).data().toString(),
             QStringLiteral("270,0"));
    Language::install(QStringLiteral("en"));
}

void TestSchedule::freeSlotDialogOffersTheEarliest()
{
    QVERIFY(book(m_kettle1.meta.id, m_serai.meta.id, QStringLiteral("07:00-12:00")).meta.id);
    QPointer<FreeSlotDialog> dialog = m_page->openFreeSlotDialog();
    QVERIFY(dialog);
    dialog->durationBox()->setValue(120);
    dialog->machineBox()->setCurrentIndex(
        dialog->machineBox()->findData(m_kettle1.meta.id, Qt::UserRole + 1));
    dialog->fromDateEdit()->setDate(wednesday);
    dialog->fromTimeEdit()->setTime(QTime(7, 0));
    QVERIFY(!dialog->slots().isEmpty());
    QCOMPARE(dialog->slots().first().equipmentId, m_kettle1.meta.id);
    QCOMPARE(dialog->slots().first().start, local(QTime(12, 15)));
    QCOMPARE(dialog->results()->topLevelItemCount(), int(dialog->slots().size()));
    // Choosing one opens the booking dialog with it.
    dialog->results()->setCurrentItem(dialog->results()->topLevelItem(0));
    dialog->bookButton()->click();
    QPointer<BookingDialog> booking = waitForBookingDialog();
    QVERIFY(booking);
    QCOMPARE(booking->machineBox()->currentData().toLongLong(), m_kettle1.meta.id);
    QCOMPARE(booking->fromEdit()->time(), QTime(12, 15));
    QCOMPARE(booking->toEdit()->time(), QTime(14, 15));
    booking->reject();
}

void TestSchedule::calendarExportWritesIcs()
{
    const Booking a = book(m_kettle1.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:00"));
    const Booking b = book(m_kettle2.meta.id, m_serai.meta.id, QStringLiteral("08:00-10:00"));
    QVERIFY(a.meta.id && b.meta.id);
    QPointer<CalendarExportDialog> dialog = m_page->openExportDialog();
    QVERIFY(dialog);
    dialog->memberChoice()->setChecked(true);
    dialog->memberBox()->setCurrentIndex(dialog->memberBox()->findData(m_serai.meta.id));
    QCOMPARE(dialog->filter().memberId, std::optional<qint64>(m_serai.meta.id));
    const QString file = m_dir->filePath(QStringLiteral("serai.ics"));
    QVERIFY(dialog->exportTo(file).has_value());
    QFile ics(file);
    QVERIFY(ics.open(QIODevice::ReadOnly));
    const QByteArray text = ics.readAll();
    QVERIFY(text.startsWith("BEGIN:VCALENDAR"));
    QCOMPARE(text.count("BEGIN:VEVENT"), 1);
    QVERIFY(text.contains(b.meta.uuid.toString(QUuid::WithoutBraces).toLatin1()));
    dialog->reject();
}

void TestSchedule::viewAndDateAreRemembered()
{
    m_page->setView(TimelineWidget::View::Week);
    m_page->setDate(QDate(2027, 1, 13));
    m_page.reset();
    SchedulePage again(*m_context);
    again.setSiteId(m_site.meta.id);
    QCOMPARE(again.view(), TimelineWidget::View::Week);
    QCOMPARE(again.date(), QDate(2027, 1, 13));
    QCOMPARE(again.timeline()->firstDay(), QDate(2027, 1, 11)); // its Monday
}

QTEST_MAIN(TestSchedule)
void TestSchedule::rangeHeadingFitsItsRoom()
{
    // The week heading shortens with the room rather than being clipped: at the page's width the
    // whole heading, on a narrow page a shorter one, always whole words, the full text as tooltip.
    m_page->setView(TimelineWidget::View::Week);
    auto *range = m_page->findChild<FittingLabel *>(QStringLiteral("range"));
    QVERIFY(range);
    QCOMPARE(range->texts().size(), qsizetype(3));
    const QString full = range->texts().first();
    QVERIFY2(full.contains(QStringLiteral("49")), qPrintable(full));
    QCOMPARE(range->toolTip(), full);
    for (const int width : {1280, 900, 700}) {
        m_page->resize(width, 720);
        QTest::qWait(20);
        const int room = range->contentsRect().width();
        QVERIFY2(range->fontMetrics().horizontalAdvance(range->text()) <= room,
                 qPrintable(QStringLiteral("%1 at %2").arg(range->text()).arg(width)));
        QVERIFY2(range->texts().contains(range->text()) || range->text().endsWith(QChar(0x2026)),
                 qPrintable(range->text()));
        QVERIFY(range->geometry().right() <= m_page->width());
    }
    m_page->resize(1280, 720);
    QTest::qWait(20);
    QCOMPARE(range->text(), full);
}

void TestSchedule::aShortTimelineScrollsToItsLastRow()
{
    // A banner or a small screen leaves the timeline little height: its rows scroll instead of
    // being cut off, and the keyboard's way down brings the last machine into view.
    const Booking last = book(m_kettle2.meta.id, m_nilam.meta.id, QStringLiteral("08:00-10:00"));
    QVERIFY(last.meta.id);
    TimelineWidget *timeline = m_page->timeline();
    m_page->resize(1280, 300);
    QTest::qWait(20);
    const int viewport = timeline->viewport()->height();
    QVERIFY(viewport > 0);
    timeline->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(timeline, Qt::Key_Down);
    QTest::qWait(20);
    const QRect box = timeline->bookingRect(last.meta.id);
    QVERIFY(box.isValid());
    QVERIFY2(
        box.bottom() <= viewport && box.top() >= 0,
        qPrintable(QStringLiteral("%1..%2 in %3").arg(box.top()).arg(box.bottom()).arg(viewport)));
    m_page->resize(1280, 720);
}

#include "tst_schedule.moc"
