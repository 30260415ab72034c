#include "dialogs/batchform.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/userguidedialog.h"
#include "mainwindow.h"
#include "services/appcontext.h"
#include "services/appinfo.h"
#include "services/language.h"
#include "usersession.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace Rpb;

namespace {
const QString password = QStringLiteral("rahasia-123");

QString native(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

// The anchors a guide defines and the internal links it holds.
struct Anchors
{
    QSet<QString> names;
    QSet<QString> links;
};

Anchors anchorsOf(const QTextDocument *document)
{
    Anchors found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            for (const QString &name : format.anchorNames())
                found.names.insert(name);
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                found.links.insert(format.anchorHref());
        }
    }
    return found;
}
} // namespace

class TestHelp final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void f1OpensTheGuideInTheLanguageOfTheWindow_data();
    void f1OpensTheGuideInTheLanguageOfTheWindow();
    void helpMenuOpensTheGuideAndTheShortcuts();
    void guideFollowsALanguageChangeAtTheSameSection();
    void internalLinksMoveWithinTheDocument();
    void everyLinkOfBothGuidesLeadsToASection();
    void keyboardScrollsAndCtrlFFinds();
    void shortcutsListTheWindowsRealKeys();
    void shortcutsFollowTheLanguage();
    void shortcutsOfTheGuideAndTheBatchFormAreTheirs();

private:
    void switchLanguage(const QString &code);
    UserGuideDialog *pressF1();
    const ShortcutsDialog::Row *row(const QString &place, const QString &keys) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QList<ShortcutsDialog::Row> m_rows;
    qint64 m_siteId = 0;
};

void TestHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::setUpApplication();
}

void TestHelp::init()
{
    QSettings().clear();
    Language::install(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = AppContext::open(m_dir->filePath(QStringLiteral("help.sqlite")));
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message));
    m_context = std::move(*opened);
    m_context->setActor(Actor::setupAdministrator());
    Site ach;
    ach.code = QStringLiteral("ACH");
    ach.name = QStringLiteral("RPB Minyak Atsiri");
    ach.province = QStringLiteral("Aceh");
    ach.timeZone = QStringLiteral("Asia/Jakarta");
    auto site = m_context->masterData().save(ach);
    QVERIFY2(site.has_value(), site ? "" : qPrintable(site.error().message));
    m_siteId = site->meta.id;
    // A manager of all sites, signed in as at the start of the window.
    QVERIFY(m_context->accounts().createFirstManager(
        QStringLiteral("ani"), QStringLiteral("Ani Lestari"), password, password));
    auto actor = m_context->accounts().signIn(QStringLiteral("ani"), password);
    QVERIFY2(actor.has_value(), actor ? "" : qPrintable(actor.error().message));
    m_context->setActor(*actor);

    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestHelp::cleanup()
{
    m_window.reset();
    m_context.reset();
    m_dir.reset();
    Language::install(QStringLiteral("en"));
}

void TestHelp::switchLanguage(const QString &code)
{
    // As a person does it: View > Language.
    auto *action = m_window->findChild<QAction *>(QStringLiteral("language_") + code);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(Language::current(), code);
    // The change is announced through posted events; wait until the menus have followed.
    const QString help
        = code == QLatin1String("id") ? QStringLiteral("Ba&ntuan") : QStringLiteral("&Help");
    auto followed = [this, &help] {
        const QList<QMenu *> menus = m_window->findChildren<QMenu *>();
        return std::any_of(menus.begin(), menus.end(),
                           [&help](const QMenu *menu) { return menu->title() == help; });
    };
    QTRY_VERIFY(followed());
    QTest::qWait(20);
}

UserGuideDialog *TestHelp::pressF1()
{
    m_window->activateWindow();
    if (!QTest::qWaitFor([this] { return QApplication::activeWindow() == m_window.get(); }))
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *guide = m_window->findChild<UserGuideDialog *>();
    if (!guide || !guide->isVisible())
        return nullptr;
    // The guide is a window of its own: keys typed now go to it.
    guide->activateWindow();
    if (!QTest::qWaitFor([guide] { return QApplication::activeWindow() == guide; }))
        return nullptr;
    return guide;
}

const ShortcutsDialog::Row *TestHelp::row(const QString &place, const QString &keys) const
{
    for (const ShortcutsDialog::Row &r : m_rows)
        if (r.place == place && r.keys == keys)
            return &r;
    return nullptr;
}

void TestHelp::f1OpensTheGuideInTheLanguageOfTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("scheduleHeading");
    QTest::addColumn<QString>("batchesHeading");
    QTest::newRow("Bahasa Indonesia")
        << QStringLiteral("id") << QStringLiteral("Panduan Pengguna RPB Hijau")
        << QStringLiteral("4. Jadwal: memesan waktu mesin")
        << QStringLiteral("5. Batch produksi: mencatat produksi");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("RPB Hijau User Guide")
                             << QStringLiteral("4. Schedule: booking machine time")
                             << QStringLiteral("5. Batches: recording production");
}

void TestHelp::f1OpensTheGuideInTheLanguageOfTheWindow()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, scheduleHeading);
    QFETCH(QString, batchesHeading);
    if (language != Language::current())
        switchLanguage(language);

    // F1 is help for the page in front: it opens the guide at that page's section.
    m_window->setCurrentPage(MainWindow::Schedule);
    UserGuideDialog *guide = pressF1();
    QVERIFY(guide);
    QCOMPARE(guide->windowTitle(), title);
    QCOMPARE(guide->language(), language);
    QVERIFY(!guide->isModal());
    QCOMPARE(guide->currentSection(), QStringLiteral("schedule"));
    QCOMPARE(guide->browser()->cursorForPosition(QPoint(0, 0)).block().text(), scheduleHeading);

    // Another page, F1 again: the same window moves to that page's section.
    guide->hide();
    m_window->setCurrentPage(MainWindow::Batches);
    QCOMPARE(pressF1(), guide);
    QCOMPARE(guide->currentSection(), QStringLiteral("batches"));
    QCOMPARE(guide->browser()->cursorForPosition(QPoint(0, 0)).block().text(), batchesHeading);
    QCOMPARE(m_window->findChildren<UserGuideDialog *>().size(), 1);
    // The window stays usable beside the guide.
    QVERIFY(!QApplication::activeModalWidget());
}

void TestHelp::helpMenuOpensTheGuideAndTheShortcuts()
{
    auto *help = m_window->findChild<QAction *>(QStringLiteral("userGuideAction"));
    auto *keys = m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"));
    QVERIFY(help);
    QVERIFY(keys);
    QCOMPARE(native(help->shortcut()), QStringLiteral("F1"));
    // Both are in the Help menu, before About.
    const auto menus = m_window->findChildren<QMenu *>();
    const auto helpMenu = std::find_if(menus.begin(), menus.end(), [](const QMenu *menu) {
        return menu->title() == QStringLiteral("&Help");
    });
    QVERIFY(helpMenu != menus.end());
    const QList<QAction *> entries = (*helpMenu)->actions();
    QVERIFY(entries.indexOf(help) >= 0);
    QVERIFY(entries.indexOf(keys) > entries.indexOf(help));
    QCOMPARE(help->text(), QStringLiteral("&User guide"));
    QCOMPARE(keys->text(), QStringLiteral("&Keyboard shortcuts"));

    help->trigger();
    auto *guide = m_window->findChild<UserGuideDialog *>();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    QCOMPARE(guide->windowTitle(), QStringLiteral("RPB Hijau User Guide"));
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Who may do what")));

    keys->trigger();
    auto *shortcuts = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(shortcuts);
    QVERIFY(shortcuts->isVisible());
    QCOMPARE(shortcuts->windowTitle(), QStringLiteral("Keyboard shortcuts"));
    keys->trigger(); // again: the same dialog comes to the front
    QCOMPARE(m_window->findChildren<ShortcutsDialog *>().size(), 1);
    shortcuts->close();
}

void TestHelp::guideFollowsALanguageChangeAtTheSameSection()
{
    m_window->setCurrentPage(MainWindow::Waste);
    UserGuideDialog *guide = pressF1();
    QVERIFY(guide);
    QCOMPARE(guide->currentSection(), QStringLiteral("waste"));

    switchLanguage(QStringLiteral("id"));
    QTRY_COMPARE(guide->language(), QStringLiteral("id"));
    QCOMPARE(guide->windowTitle(), QStringLiteral("Panduan Pengguna RPB Hijau"));
    QTRY_COMPARE(guide->currentSection(), QStringLiteral("waste"));
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Siapa boleh melakukan apa")));
    QVERIFY(!guide->browser()->toPlainText().contains(QStringLiteral("Who may do what")));
    // Back does not lead into the English guide.
    QVERIFY(!guide->browser()->isBackwardAvailable());

    switchLanguage(QStringLiteral("en"));
    QTRY_COMPARE(guide->windowTitle(), QStringLiteral("RPB Hijau User Guide"));
    QTRY_COMPARE(guide->currentSection(), QStringLiteral("waste"));
    QTest::qWait(50); // and stays there
    QCOMPARE(guide->currentSection(), QStringLiteral("waste"));
}

void TestHelp::internalLinksMoveWithinTheDocument()
{
    UserGuideDialog *guide = pressF1();
    QVERIFY(guide);
    QTextBrowser *browser = guide->browser();
    const QString file = browser->source().path();
    guide->showSection(QStringLiteral("contents"));
    QCOMPARE(browser->verticalScrollBar()->value(), 0);
    QCOMPARE(QApplication::focusWidget(), browser);

    // Tab reaches the first link of the contents, Enter follows it.
    QTest::keyClick(browser, Qt::Key_Tab);
    QCOMPARE(browser->textCursor().charFormat().anchorHref(), QStringLiteral("#start"));
    QTest::keyClick(browser, Qt::Key_Return);
    QCOMPARE(browser->source().path(), file);
    QCOMPARE(browser->source().fragment(), QStringLiteral("start"));
    QVERIFY(browser->verticalScrollBar()->value() > 0);
    QCOMPARE(guide->currentSection(), QStringLiteral("start"));

    // A link further down goes further; Back (Alt+Left) returns to the section and the link
    // followed, the contents (Alt+Home) to the top.
    const int atStart = browser->verticalScrollBar()->value();
    guide->showSection(QStringLiteral("sync"));
    const int atSync = browser->verticalScrollBar()->value();
    QVERIFY(atSync > atStart);
    QCOMPARE(guide->currentSection(), QStringLiteral("sync"));
    QTest::keyClick(browser, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(browser->source().fragment(), QStringLiteral("start"));
    QVERIFY(browser->verticalScrollBar()->value() <= atStart);
    QTest::keyClick(browser, Qt::Key_Home, Qt::AltModifier);
    QCOMPARE(browser->verticalScrollBar()->value(), 0);
    QCOMPARE(browser->source().path(), file);
}

void TestHelp::everyLinkOfBothGuidesLeadsToASection()
{
    QSet<QString> sections;
    for (const QString &language : Language::available()) {
        QTextBrowser browser;
        browser.setSource(UserGuideDialog::guideUrl(language));
        QVERIFY2(!browser.documentTitle().isEmpty(), qPrintable(language));
        const Anchors anchors = anchorsOf(browser.document());
        QVERIFY(anchors.links.size() > 20);
        for (const QString &link : anchors.links) {
            QVERIFY2(link.startsWith(QLatin1Char('#')),
                     qPrintable(language + QLatin1Char(' ') + link));
            QVERIFY2(anchors.names.contains(link.mid(1)),
                     qPrintable(language + QStringLiteral(": no section ") + link));
        }
        // The same sections under the same names, so that a change of language keeps the place.
        if (sections.isEmpty())
            sections = anchors.names;
        QCOMPARE(anchors.names, sections);
    }
    // Each page of the window has its section.
    for (const char *page : {"schedulePage", "batchesPage", "wastePage", "reportsPage",
                             "masterDataPage", "auditPage", "syncPage"}) {
        QVERIFY(m_window->findChild<QWidget *>(QLatin1String(page)));
        QVERIFY2(sections.contains(UserGuideDialog::sectionOfPage(QLatin1String(page))), page);
    }
}

void TestHelp::keyboardScrollsAndCtrlFFinds()
{
    UserGuideDialog *guide = pressF1();
    QVERIFY(guide);
    QTextBrowser *browser = guide->browser();
    guide->showSection(QStringLiteral("contents"));
    QCOMPARE(QApplication::focusWidget(), browser);
    QTest::keyClick(browser, Qt::Key_PageDown);
    const int paged = browser->verticalScrollBar()->value();
    QVERIFY(paged > 0);
    QTest::keyClick(browser, Qt::Key_Down);
    QVERIFY(browser->verticalScrollBar()->value() > paged);

    // Ctrl+F goes to the search field; typing finds; Enter and F3 go on, Shift+F3 back.
    QTest::keyClick(browser, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), guide->findEdit());
    QTest::keyClicks(guide->findEdit(), QStringLiteral("usb stick"));
    QCOMPARE(browser->textCursor().selectedText(), QStringLiteral("USB stick"));
    const int first = browser->textCursor().position();
    QTest::keyClick(guide->findEdit(), Qt::Key_Return);
    const int second = browser->textCursor().position();
    QVERIFY(second != first);
    QTest::keyClick(guide->findEdit(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(browser->textCursor().position(), first);
    QVERIFY(guide->isVisible()); // Enter did not close the guide

    // A word the guide does not hold says so and leaves the place as it was.
    guide->findEdit()->clear();
    QTest::keyClicks(guide->findEdit(), QStringLiteral("zzqx"));
    const auto *message = guide->findChild<QLabel *>(QStringLiteral("guideFindMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("zzqx")));
    QVERIFY(browser->textCursor().position() >= first);
    QCOMPARE(browser->textCursor().selectedText(), QString());
}

void TestHelp::shortcutsListTheWindowsRealKeys()
{
    m_rows = ShortcutsDialog::rows(m_window.get());
    QVERIFY(m_rows.size() > 40);
    for (const ShortcutsDialog::Row &r : std::as_const(m_rows)) {
        QVERIFY2(!r.place.isEmpty(), qPrintable(r.text));
        QVERIFY2(!r.keys.trimmed().isEmpty(), qPrintable(r.place + QStringLiteral(": ") + r.text));
        QVERIFY2(!r.text.trimmed().isEmpty(), qPrintable(r.place + QStringLiteral(": ") + r.keys));
    }

    // The window's actions, as they are: not as the list would like them to be.
    const QString anywhere = QStringLiteral("Anywhere in the window");
    auto keysOf = [this](const char *name) {
        auto *action
            = m_window->findChild<QAction *>(QLatin1String(name), Qt::FindDirectChildrenOnly);
        if (!action) // Switch user belongs to the session
            action = m_window->session()->switchUserAction();
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << native(key);
        return keys.join(QStringLiteral(" / "));
    };
    QCOMPARE(keysOf("undoAction"), QStringLiteral("Ctrl+Z"));
    QVERIFY(row(anywhere, keysOf("undoAction")));
    QVERIFY(row(anywhere, keysOf("redoAction")));
    QCOMPARE(row(anywhere, QStringLiteral("Ctrl+Shift+Z / Ctrl+Y"))->text,
             QStringLiteral("Redo the step just undone"));
    QCOMPARE(keysOf("switchUserAction"), QStringLiteral("Ctrl+Shift+L"));
    QVERIFY(row(anywhere, QStringLiteral("Ctrl+Shift+L")));
    QVERIFY(row(anywhere, QStringLiteral("F1")));
    QVERIFY(row(anywhere, QStringLiteral("Ctrl+Q")));
    const QStringList pages {QStringLiteral("Schedule"),    QStringLiteral("Batches"),
                             QStringLiteral("Waste"),       QStringLiteral("Reports"),
                             QStringLiteral("Master data"), QStringLiteral("Audit"),
                             QStringLiteral("Sync")};
    for (int i = 1; i <= 7; ++i) {
        const QString key = QStringLiteral("Ctrl+%1").arg(i);
        QCOMPARE(keysOf(qPrintable(QStringLiteral("pageAction%1").arg(i))), key);
        const ShortcutsDialog::Row *page = row(anywhere, key);
        QVERIFY2(page, qPrintable(key));
        QCOMPARE(page->text, QStringLiteral("Go to the page %1").arg(pages.at(i - 1)));
    }
    // The site selector's underlined letter, as its label has it.
    QVERIFY(row(anywhere, QStringLiteral("Alt+S")));

    // Keys of the pages, read from the shortcuts the pages have: the platform's own keys for
    // New, Find, Refresh and Delete (Ctrl+N, Ctrl+F, F5, Del here).
    auto standard = [](QKeySequence::StandardKey key) {
        QStringList keys;
        for (const QKeySequence &k : QKeySequence::keyBindings(key))
            keys << native(k);
        return keys.join(QStringLiteral(" / "));
    };
    QVERIFY(standard(QKeySequence::New).startsWith(QStringLiteral("Ctrl+N")));
    QVERIFY(row(QStringLiteral("Schedule page"), standard(QKeySequence::New)));
    QVERIFY(row(QStringLiteral("Schedule, List tab"), standard(QKeySequence::Delete)));
    QVERIFY(row(QStringLiteral("Batches page"), standard(QKeySequence::New)));
    QVERIFY(row(QStringLiteral("Batches page"), QStringLiteral("Enter")));
    QVERIFY(row(QStringLiteral("Master data page"), standard(QKeySequence::Find)));
    QVERIFY(row(QStringLiteral("Master data page"), QStringLiteral("Alt+A")));
    QVERIFY(row(QStringLiteral("Audit page"), standard(QKeySequence::Find)));
    QVERIFY(row(QStringLiteral("Audit page"), standard(QKeySequence::Refresh)));
    QVERIFY(row(QStringLiteral("Sync page"), standard(QKeySequence::Refresh)));
    QVERIFY(row(QStringLiteral("Schedule, Timeline tab"), QStringLiteral("Alt+Left / Alt+Right")));
    QVERIFY(row(QStringLiteral("Sign-in and lock"), QStringLiteral("Alt+Q")));

    // The dialog shows every row under its place.
    auto *keys = m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"));
    keys->trigger();
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    int shown = 0;
    for (int i = 0; i < dialog->tree()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *place = dialog->tree()->topLevelItem(i);
        for (int j = 0; j < place->childCount(); ++j) {
            const ShortcutsDialog::Row &r = m_rows.at(shown++);
            QCOMPARE(place->text(0), r.place);
            QCOMPARE(place->child(j)->text(0), r.keys);
            QCOMPARE(place->child(j)->text(1), r.text);
        }
    }
    QCOMPARE(shown, m_rows.size());
    // It fits a 1366x768 screen.
    QVERIFY(dialog->frameGeometry().height() <= 768);
    QVERIFY(dialog->frameGeometry().width() <= 1366);
    dialog->close();
}

void TestHelp::shortcutsFollowTheLanguage()
{
    auto *keys = m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"));
    keys->trigger();
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    switchLanguage(QStringLiteral("id"));
    QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Pintasan keyboard"));
    QCOMPARE(dialog->tree()->topLevelItem(0)->text(0),
             QStringLiteral("Di mana saja dalam jendela"));

    m_rows = ShortcutsDialog::rows(m_window.get());
    const QString anywhere = QStringLiteral("Di mana saja dalam jendela");
    QCOMPARE(row(anywhere, QStringLiteral("Ctrl+1"))->text, QStringLiteral("Buka halaman Jadwal"));
    // The underlined letters are those of the Indonesian words: Lokasi, Keluar.
    QVERIFY(row(anywhere, QStringLiteral("Alt+L")));
    QVERIFY(!row(anywhere, QStringLiteral("Alt+S")));
    QVERIFY(row(QStringLiteral("Masuk dan kunci"), QStringLiteral("Alt+K")));
    // Key names as Qt's Indonesian catalogue writes them.
    QVERIFY(row(QStringLiteral("Jadwal, tab Lini waktu"), QStringLiteral("Alt+Kiri / Alt+Kanan")));
    for (const ShortcutsDialog::Row &r : std::as_const(m_rows)) {
        QVERIFY(!r.keys.isEmpty());
        QVERIFY(!r.text.isEmpty());
    }
    dialog->close();
}

void TestHelp::shortcutsOfTheGuideAndTheBatchFormAreTheirs()
{
    m_rows = ShortcutsDialog::rows(m_window.get());
    // The guide's actions have the keys the list gives them.
    UserGuideDialog *guide = pressF1();
    QVERIFY(guide);
    for (const char *name : {"guideBackAction", "guideForwardAction", "guideContentsAction",
                             "guideFindAction", "guideFindNextAction", "guideFindPreviousAction",
                             "guideZoomInAction", "guideZoomOutAction"}) {
        auto *action = guide->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && !action->shortcuts().isEmpty(), name);
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << native(key);
        QVERIFY2(row(QStringLiteral("User guide"), keys.join(QStringLiteral(" / "))), name);
    }

    // The batch form has each key the list says it has.
    BatchForm form(*m_context, m_siteId);
    QSet<QString> formKeys;
    for (const QShortcut *shortcut : form.findChildren<QShortcut *>())
        for (const QKeySequence &key : shortcut->keys())
            formKeys.insert(native(key));
    const QString place = QStringLiteral("Batch form");
    for (const ShortcutsDialog::Row &r : std::as_const(m_rows)) {
        if (r.place != place || r.keys == QStringLiteral("Enter")
            || r.keys == QStringLiteral("Esc"))
            continue; // handled by the form's fields and by every dialog
        for (const QString &key : r.keys.split(QStringLiteral(" / ")))
            QVERIFY2(formKeys.contains(key), qPrintable(key));
    }
    QVERIFY(row(place, QStringLiteral("Ins / Ctrl+Enter")));
    QVERIFY(row(place, QStringLiteral("Ctrl+Del")));
    QVERIFY(row(place, QStringLiteral("Ctrl+S")));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
