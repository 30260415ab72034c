#include "dialogs/syncimportdialog.h"
#include "mainwindow.h"
#include "models/masterdatamodel.h"
#include "pages/batchespage.h"
#include "pages/masterdatapage.h"
#include "pages/masterdatatab.h"
#include "pages/syncpage.h"
#include "services/appcontext.h"
#include "services/appinfo.h"
#include "services/language.h"
#include "services/masterdataservice.h"
#include "services/syncservice.h"
#include "storage/database.h"
#include "widgets/banner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Rpb;

namespace {
// Saturday 28 November 2026, 12:00 in Aceh (WIB).
const QDateTime testNow(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC);

qint64 number(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->data(Qt::UserRole).toLongLong() : -1;
}

// The row of a kind in a table whose first column carries the kind's package name.
int rowOfKind(const QTableWidget *table, const QString &kind)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->data(Qt::UserRole).toString() == kind)
            return row;
    return -1;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exportWritesThePackageToTheChosenFile();
    void importDialogShowsWhatTheServiceFinds();
    void secondImportOffersNothingToDo();
    void badPackageIsNamedAndChangesNothing_data();
    void badPackageIsNamedAndChangesNothing();
    void conflictIsDecidedFromTheList_data();
    void conflictIsDecidedFromTheList();
    void onlyManagersSendAndReceive_data();
    void onlyManagersSendAndReceive();
    void importedSiteIsMarkedAndReadOnly();
    void secondPackageRefreshesTheShownSite();

private:
    std::unique_ptr<AppContext> openContext(const QString &name);
    Member addMember(AppContext &context, const QString &code, const QString &name);
    QString exportFull(AppContext &context, const QString &name);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Clicks reach only a window on the screen.
    static bool showPage(QWidget &page)
    {
        page.resize(1280, 680);
        page.show();
        return QTest::qWaitForWindowExposed(&page);
    }

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<AppContext> m_site; // the site's own database (ACH)
    std::unique_ptr<AppContext> m_central; // the central office's
    Site m_ach;
    Member m_nilam;
};

void TestSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::setUpApplication();
    Language::install(QStringLiteral("en"));
}

std::unique_ptr<AppContext> TestSync::openContext(const QString &name)
{
    auto context = AppContext::open(path(name));
    if (!context) {
        qWarning("%s", qPrintable(context.error().message));
        return {};
    }
    (*context)->setActor(Actor::setupAdministrator());
    (*context)->batches().setClock([] { return testNow; });
    (*context)->scheduling().setClock([] { return testNow; });
    (*context)->sync().setClock([] { return testNow; });
    return std::move(*context);
}

Member TestSync::addMember(AppContext &context, const QString &code, const QString &name)
{
    Member m;
    m.meta.siteId = m_ach.meta.id;
    m.code = code;
    m.name = name;
    m.owner = QStringLiteral("Cut Nyak Aisyah");
    m.womenLed = true;
    auto saved = context.masterData().save(m);
    if (!saved)
        qWarning("%s", qPrintable(saved.error().message));
    return saved ? *saved : Member();
}

QString TestSync::exportFull(AppContext &context, const QString &name)
{
    auto sites = context.sync().localSites();
    if (!sites || sites->isEmpty())
        return {};
    auto written = context.sync().exportPackage(sites->constFirst(), path(name), true);
    if (!written) {
        qWarning("%s", qPrintable(written.error().message));
        return {};
    }
    return path(name);
}

void TestSync::init()
{
    QSettings().clear();
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_site = openContext(QStringLiteral("ach.sqlite"));
    QVERIFY(m_site);
    m_central = openContext(QStringLiteral("central.sqlite"));
    QVERIFY(m_central);

    Site site;
    site.code = QStringLiteral("ACH");
    site.name = QStringLiteral("RPB Minyak Atsiri");
    site.province = QStringLiteral("Aceh");
    site.timeZone = QStringLiteral("Asia/Jakarta");
    site.openMinute = 7 * 60;
    site.closeMinute = 17 * 60;
    site.openDays = 0x3f;
    auto saved = m_site->masterData().save(site);
    QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().message));
    m_ach = *saved;
    ProductLine line;
    line.meta.siteId = m_ach.meta.id;
    line.code = QStringLiteral("PATCHOULI");
    line.name = QStringLiteral("Patchouli oil");
    line.unit = Unit::Kg;
    QVERIFY(m_site->masterData().save(line).has_value());
    m_nilam = addMember(*m_site, QStringLiteral("ACH-M01"), QStringLiteral("Nilam Jaya"));
    QVERIFY(m_nilam.meta.id > 0);
    QVERIFY(addMember(*m_site, QStringLiteral("ACH-M02"), QStringLiteral("Sereh Wangi")).meta.id);
}

void TestSync::cleanup()
{
    m_site.reset();
    m_central.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestSync::exportWritesThePackageToTheChosenFile()
{
    SyncPage page(*m_site);
    page.refreshPermissions();
    page.setSiteId(m_ach.meta.id);
    QVERIFY(showPage(page));
    QCOMPARE(page.exportSite()->count(), 1);
    QCOMPARE(page.exportSite()->currentData().toLongLong(), m_ach.meta.id);

    // The preview counts what the service will write, kind by kind.
    auto preview = m_site->sync().previewExport(m_ach.meta.id, false);
    QVERIFY(preview.has_value());
    QVERIFY(preview->records() >= 4); // the site, a line, two members
    QTableWidget *kinds = page.exportPreviewTable();
    QCOMPARE(kinds->rowCount(), int(preview->kinds.size()) + 1); // and the total
    for (const SyncService::KindCount &k : preview->kinds)
        QCOMPARE(number(kinds, rowOfKind(kinds, k.kind), 1), k.records);
    QCOMPARE(number(kinds, kinds->rowCount() - 1, 1), preview->records());
    QCOMPARE(number(kinds, rowOfKind(kinds, QStringLiteral("member")), 1), 2);
    QVERIFY(page.exportButton()->isEnabled());

    // The save dialog is offered the site's code and its local date, in the remembered folder.
    QSettings().setValue(QStringLiteral("sync/folder"), m_dir->path());
    QString offered;
    const QString target = path(QStringLiteral("chosen"));
    page.setSaveFileChooser([&offered, target](const QString &suggested) {
        offered = suggested;
        return target;
    });
    QTest::mouseClick(page.exportButton(), Qt::LeftButton);
    QCOMPARE(offered, path(QStringLiteral("RPB-ACH-2026-11-28.rpbsync")));
    const QString written = target + QStringLiteral(".rpbsync"); // the extension is added
    QVERIFY(QFile::exists(written));
    QVERIFY2(page.lastMessage().contains(QDir::toNativeSeparators(written)),
             qPrintable(page.lastMessage()));
    QVERIFY(page.lastMessage().contains(QString::number(preview->records())
                                        + QStringLiteral(" record")));
    auto status = m_site->sync().status();
    QVERIFY(status.has_value());
    QCOMPARE(status->size(), 1);
    QCOMPARE(status->constFirst().lastExportRecords, preview->records());
    // The package's SHA-256 in the message is the one in its trailer.
    QFile file(written);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QVERIFY(lines.size() >= 3);
    QVERIFY(page.lastMessage().contains(QString::fromLatin1(
        lines.constLast().mid(lines.constLast().indexOf("\"sha256\":\"") + 10, 64))));

    // The status row shows the export; with nothing changed since, there is nothing to send.
    QTableWidget *table = page.statusTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, SyncPage::CodeColumn)->text(), QStringLiteral("ACH"));
    QCOMPARE(table->item(0, SyncPage::DataColumn)->text(), QStringLiteral("Local"));
    QVERIFY2(table->item(0, SyncPage::LastExportColumn)->text().contains(QStringLiteral("2026")),
             qPrintable(table->item(0, SyncPage::LastExportColumn)->text()));
    QCOMPARE(number(table, 0, SyncPage::WaitingColumn), 0);
    QVERIFY(!page.exportButton()->isEnabled());
    page.fullCheck()->setChecked(true);
    QVERIFY(page.exportButton()->isEnabled());
    QCOMPARE(number(kinds, kinds->rowCount() - 1, 1), preview->records());

    // A change on another page shows up as waiting.
    addMember(*m_site, QStringLiteral("ACH-M03"), QStringLiteral("Atsiri Makmur"));
    page.reload();
    QCOMPARE(number(table, 0, SyncPage::WaitingColumn), 1);
}

void TestSync::importDialogShowsWhatTheServiceFinds()
{
    const QString package = exportFull(*m_site, QStringLiteral("ach.rpbsync"));
    QVERIFY(!package.isEmpty());
    SyncPage page(*m_central);
    page.refreshPermissions();
    QVERIFY(showPage(page));
    page.tabs()->setCurrentIndex(SyncPage::ImportTab);
    QVERIFY(page.importButton()->isVisible());
    QString offeredFolder;
    page.setOpenFileChooser([&offeredFolder, package](const QString &folder) {
        offeredFolder = folder;
        return package;
    });
    QSignalSpy changed(&m_central->hub(), &ChangeHub::changed);
    QTest::mouseClick(page.importButton(), Qt::LeftButton);
    auto *dialog = page.findChild<SyncImportDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(offeredFolder.size() > 0);
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QVERIFY(dialog->preview().has_value());

    auto expected = m_central->sync().previewImport(package);
    QVERIFY(expected.has_value());
    QCOMPARE(dialog->preview()->sha256, expected->sha256);
    QTableWidget *kinds = dialog->kindTable();
    QCOMPARE(kinds->rowCount(), int(expected->kinds.size()) + 1);
    qint64 added = 0;
    for (const SyncService::KindCount &k : expected->kinds) {
        const int row = rowOfKind(kinds, k.kind);
        QVERIFY2(row >= 0, qPrintable(k.kind));
        QCOMPARE(number(kinds, row, 1), k.records);
        QCOMPARE(number(kinds, row, 2), k.added);
        QCOMPARE(number(kinds, row, 3), k.changed);
        QCOMPARE(number(kinds, row, 4), k.unchanged);
        QCOMPARE(number(kinds, row, 5), k.conflicting);
        added += k.added;
    }
    QCOMPARE(number(kinds, kinds->rowCount() - 1, 1), expected->records());
    QCOMPARE(number(kinds, kinds->rowCount() - 1, 2), added);
    QCOMPARE(number(kinds, rowOfKind(kinds, QStringLiteral("member")), 2), 2);
    QVERIFY(dialog->importButton()->isEnabled());
    QVERIFY(dialog->keepAsideButton()->isHidden());
    QVERIFY(dialog->conflictTable()->isHidden());
    QCOMPARE(changed.count(), 0); // the preview writes nothing

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(changed.count() >= 1);
    QVERIFY2(page.lastMessage().contains(QStringLiteral("ACH")), qPrintable(page.lastMessage()));
    auto members = m_central->masterData().members(std::nullopt);
    QVERIFY(members.has_value());
    QCOMPARE(members->size(), 2);

    // The status lists the site as imported, with the package's records.
    QTableWidget *table = page.statusTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, SyncPage::DataColumn)->text(), QStringLiteral("Imported"));
    QVERIFY(table->item(0, SyncPage::LastImportColumn)
                ->text()
                .contains(QString::number(expected->records())));
    // An imported site is not ours to export.
    QCOMPARE(page.exportSite()->count(), 0);
    QVERIFY(!page.exportButton()->isEnabled());
}

void TestSync::secondImportOffersNothingToDo()
{
    const QString package = exportFull(*m_site, QStringLiteral("ach.rpbsync"));
    auto done = m_central->sync().importPackage(package, SyncService::ConflictPolicy::Refuse);
    QVERIFY2(done.has_value(), done ? "" : qPrintable(done.error().toLine()));
    SyncPage page(*m_central);
    page.refreshPermissions();
    SyncImportDialog *dialog = page.openImportDialog(package);
    QVERIFY(dialog->preview().has_value());
    QVERIFY(dialog->preview()->seenBefore);
    QCOMPARE(dialog->preview()->changes(), 0);
    QTableWidget *kinds = dialog->kindTable();
    QCOMPARE(number(kinds, kinds->rowCount() - 1, 2), 0);
    QCOMPARE(number(kinds, kinds->rowCount() - 1, 4), dialog->preview()->records());
    QVERIFY(!dialog->importButton()->isEnabled());
    QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Close"));
    QVERIFY(dialog->summary().contains(QStringLiteral("change nothing")));
    dialog->close();
}

void TestSync::badPackageIsNamedAndChangesNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated") << QStringLiteral("truncate");
    QTest::newRow("altered byte") << QStringLiteral("alter");
    QTest::newRow("not a package") << QStringLiteral("text");
    QTest::newRow("empty file") << QStringLiteral("empty");
}

void TestSync::badPackageIsNamedAndChangesNothing()
{
    QFETCH(QString, damage);
    const QString package = exportFull(*m_site, QStringLiteral("ach.rpbsync"));
    QVERIFY(!package.isEmpty());
    QFile file(package);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    if (damage == QLatin1String("truncate"))
        bytes.chop(bytes.size() / 3);
    else if (damage == QLatin1String("alter"))
        bytes.replace("Nilam Jaya", "Nilam Jaja");
    else if (damage == QLatin1String("text"))
        bytes = "name,owner,site\nNilam Jaya,Cut,ACH\n";
    else
        bytes.clear();
    const QString bad = path(QStringLiteral("bad.rpbsync"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    // Whatever happens in the window, the database file stays as it was.
    m_central.reset();
    const QByteArray before = fileHash(path(QStringLiteral("central.sqlite")));
    QVERIFY(!before.isEmpty());
    m_central = openContext(QStringLiteral("central.sqlite"));
    {
        SyncPage page(*m_central);
        page.refreshPermissions();
        SyncImportDialog *dialog = page.openImportDialog(bad);
        QVERIFY(!dialog->preview().has_value());
        QVERIFY(!dialog->errorText().isEmpty());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("Nothing was changed")),
                 qPrintable(dialog->errorText()));
        QVERIFY(!dialog->importButton()->isEnabled());
        QVERIFY(dialog->keepAsideButton()->isHidden());
        QVERIFY(!dialog->import(SyncService::ConflictPolicy::KeepAside).has_value());
        dialog->close();
    }
    auto sites = m_central->masterData().sites(true);
    QVERIFY(sites.has_value());
    QVERIFY(sites->isEmpty());
    m_central.reset();
    QCOMPARE(fileHash(path(QStringLiteral("central.sqlite"))), before);
}

void TestSync::conflictIsDecidedFromTheList_data()
{
    QTest::addColumn<bool>("takeTheirs");
    QTest::addColumn<bool>("confirmed");
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<int>("openAfter");
    QTest::newRow("take theirs") << true << true << QStringLiteral("Nilam Wangi") << 0;
    QTest::newRow("keep ours") << false << true << QStringLiteral("Nilam Harum") << 0;
    QTest::newRow("not confirmed") << true << false << QStringLiteral("Nilam Harum") << 1;
}

void TestSync::conflictIsDecidedFromTheList()
{
    QFETCH(bool, takeTheirs);
    QFETCH(bool, confirmed);
    QFETCH(QString, expectedName);
    QFETCH(int, openAfter);

    // A copy of the site's database edited apart from it: both then hold version n+1 of the
    // same member with different names, which is the conflict an import must not decide alone.
    QVERIFY(m_site->database().backupTo(path(QStringLiteral("copy.sqlite"))));
    auto copy = openContext(QStringLiteral("copy.sqlite"));
    QVERIFY(copy);
    Member ours = m_nilam;
    ours.name = QStringLiteral("Nilam Harum");
    QVERIFY(m_site->masterData().save(ours).has_value());
    Member theirs = *copy->masterData().get<Member>(m_nilam.meta.id);
    theirs.name = QStringLiteral("Nilam Wangi");
    QVERIFY(copy->masterData().save(theirs).has_value());
    const QString first = exportFull(*m_site, QStringLiteral("first.rpbsync"));
    const QString second = exportFull(*copy, QStringLiteral("second.rpbsync"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    auto done = m_central->sync().importPackage(first, SyncService::ConflictPolicy::Refuse);
    QVERIFY2(done.has_value(), done ? "" : qPrintable(done.error().toLine()));

    SyncPage page(*m_central);
    page.refreshPermissions();
    QVERIFY(showPage(page));
    SyncImportDialog *dialog = page.openImportDialog(second);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->conflictTable()->rowCount(), 1);
    QVERIFY(!dialog->conflictTable()->isHidden());
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(!dialog->keepAsideButton()->isHidden());
    QCOMPARE(
        number(dialog->kindTable(), rowOfKind(dialog->kindTable(), QStringLiteral("member")), 5),
        1);
    QTest::mouseClick(dialog->keepAsideButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(page.tabs()->currentIndex(), int(SyncPage::ConflictsTab));

    QTableWidget *list = page.conflictTable();
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->item(0, 0)->text(), QStringLiteral("ACH"));
    QVERIFY(page.tabs()->tabText(SyncPage::ConflictsTab).contains(QStringLiteral("1")));
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(page.incomingText()->toPlainText().contains(QStringLiteral("Nilam Wangi")));
    QVERIFY(page.localText()->toPlainText().contains(QStringLiteral("Nilam Harum")));
    QVERIFY2(page.differencesLabel()->text().contains(QStringLiteral("name")),
             qPrintable(page.differencesLabel()->text()));
    QVERIFY(page.keepOursButton()->isEnabled());
    QVERIFY(page.takeTheirsButton()->isEnabled());

    QString asked;
    page.setConfirmer([&asked, confirmed](const QString &question) {
        asked = question;
        return confirmed;
    });
    QTest::mouseClick(takeTheirs ? page.takeTheirsButton() : page.keepOursButton(), Qt::LeftButton);
    QVERIFY(asked.contains(QStringLiteral("ACH")));
    QCOMPARE(list->rowCount(), openAfter);
    auto open = m_central->sync().openConflicts();
    QVERIFY(open.has_value());
    QCOMPARE(open->size(), openAfter);
    auto member = m_central->masterData().get<Member>(
        m_central->masterData().find<Member>(std::nullopt, m_nilam.meta.uuid.toString())->meta.id);
    QVERIFY(member.has_value());
    QCOMPARE(member->name, expectedName);
}

void TestSync::onlyManagersSendAndReceive_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("sends");
    QTest::newRow("manager") << int(Role::Manager) << true;
    QTest::newRow("operator") << int(Role::Operator) << false;
    QTest::newRow("viewer") << int(Role::Viewer) << false;
}

void TestSync::onlyManagersSendAndReceive()
{
    QFETCH(int, role);
    QFETCH(bool, sends);
    Actor actor;
    actor.userId = 7;
    actor.name = QStringLiteral("someone");
    actor.role = Role(role);
    m_site->setActor(actor);
    SyncPage page(*m_site);
    page.refreshPermissions();
    QVERIFY(showPage(page));
    QVERIFY(page.statusTable()->isVisible());
    QCOMPARE(page.statusTable()->rowCount(), 1);
    QCOMPARE(page.exportButton()->isVisible(), sends);
    page.tabs()->setCurrentIndex(SyncPage::ImportTab);
    QCOMPARE(page.importButton()->isVisible(), sends);
    page.tabs()->setCurrentIndex(SyncPage::ConflictsTab);
    QCOMPARE(page.keepOursButton()->isVisible(), sends);
}

void TestSync::importedSiteIsMarkedAndReadOnly()
{
    // The central office has a site of its own and receives ACH.
    Site office;
    office.code = QStringLiteral("PST");
    office.name = QStringLiteral("Kantor Pusat");
    office.province = QStringLiteral("DKI Jakarta");
    office.timeZone = QStringLiteral("Asia/Jakarta");
    auto own = m_central->masterData().save(office);
    QVERIFY(own.has_value());
    const QString package = exportFull(*m_site, QStringLiteral("ach.rpbsync"));
    QVERIFY(!package.isEmpty());

    // The setup administrator may do everything, except change what another site sends.
    MainWindow window(*m_central);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QComboBox *sites = window.siteSelector();
    QCOMPARE(sites->count(), 1);

    // Importing from the Sync page brings the site into the selector at once, marked.
    window.setCurrentPage(MainWindow::Sync);
    QCOMPARE(window.currentPage(), int(MainWindow::Sync));
    SyncImportDialog *dialog = window.syncPage()->openImportDialog(package);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->errorText()));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QCOMPARE(sites->count(), 2);
    const int achIndex = sites->findText(QStringLiteral("ACH"), Qt::MatchStartsWith);
    QVERIFY(achIndex >= 0);
    QVERIFY2(sites->itemText(achIndex).contains(QStringLiteral("(imported)")),
             qPrintable(sites->itemText(achIndex)));
    const int ownIndex = sites->findText(QStringLiteral("PST"), Qt::MatchStartsWith);
    QVERIFY(!sites->itemText(ownIndex).contains(QStringLiteral("(imported)")));
    QVERIFY(m_central->actor().readOnlySites.contains(sites->itemData(achIndex).toLongLong()));

    auto banner = [&window]() -> Banner * {
        for (Banner *b : window.banners())
            if (b->objectName() == QLatin1String("importedSiteBanner"))
                return b;
        return nullptr;
    };
    auto *batches = qobject_cast<BatchesPage *>(window.page(MainWindow::Batches));
    QVERIFY(batches);

    sites->setCurrentIndex(achIndex);
    window.setCurrentPage(MainWindow::Batches);
    QVERIFY(banner());
    QVERIFY(banner()->isVisible());
    QVERIFY(banner()->text().contains(QStringLiteral("read-only")));
    QVERIFY(!batches->newButton()->isVisible());

    sites->setCurrentIndex(ownIndex);
    QVERIFY(!banner()->isVisible());
    QVERIFY(batches->newButton()->isVisible());

    // Master data: the imported site cannot be opened for changing nor archived, and the
    // buttons say why before anyone tries; the office's own site can.
    window.setCurrentPage(MainWindow::MasterData);
    MasterDataTab *siteTab = window.masterDataPage()->tab(MasterDataPage::Sites);
    window.masterDataPage()->tabWidget()->setCurrentWidget(siteTab);
    const qint64 achId = sites->itemData(achIndex).toLongLong();
    siteTab->selectId(achId);
    QCOMPARE(siteTab->currentId(), achId);
    QVERIFY(siteTab->editButton()->isVisible());
    QVERIFY(!siteTab->editButton()->isEnabled());
    QVERIFY(!siteTab->archiveButton()->isEnabled());
    QVERIFY2(siteTab->editButton()->toolTip().contains(QStringLiteral("read-only")),
             qPrintable(siteTab->editButton()->toolTip()));
    QCOMPARE(siteTab->archiveButton()->toolTip(), siteTab->editButton()->toolTip());
    siteTab->selectId(sites->itemData(ownIndex).toLongLong());
    QVERIFY(siteTab->editButton()->isEnabled());
    QVERIFY(siteTab->archiveButton()->isEnabled());
    QVERIFY(!siteTab->editButton()->toolTip().contains(QStringLiteral("read-only")));
}

void TestSync::secondPackageRefreshesTheShownSite()
{
    const QString first = exportFull(*m_site, QStringLiteral("ach-1.rpbsync"));
    QVERIFY(!first.isEmpty());
    QVERIFY(m_central->sync().importPackage(first, SyncService::ConflictPolicy::Refuse));

    // The central office looks at ACH's members.
    MainWindow window(*m_central);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QComboBox *sites = window.siteSelector();
    sites->setCurrentIndex(sites->findText(QStringLiteral("ACH"), Qt::MatchStartsWith));
    window.setCurrentPage(MainWindow::MasterData);
    MasterDataTab *members = window.masterDataPage()->tab(MasterDataPage::Members);
    window.masterDataPage()->tabWidget()->setCurrentWidget(members);
    QCOMPARE(members->model()->rowCount(), 2);
    auto *batches = qobject_cast<BatchesPage *>(window.page(MainWindow::Batches));
    QVERIFY(batches);

    // The site adds a member and sends its changes: the second package.
    QVERIFY(
        addMember(*m_site, QStringLiteral("ACH-M03"), QStringLiteral("Atsiri Harapan")).meta.id);
    auto second
        = m_site->sync().exportPackage(m_ach.meta.id, path(QStringLiteral("ach-2.rpbsync")), false);
    QVERIFY2(second, second ? "" : qPrintable(second.error().toLine()));
    QVERIFY(!second->preview.full);

    // Imported from the Sync page, on a worker: the table shows the new member without any
    // reload by hand, told by the change hub.
    window.setCurrentPage(MainWindow::Sync);
    SyncImportDialog *dialog = window.syncPage()->openImportDialog(second->path);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->errorText()));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    QTRY_COMPARE(members->model()->rowCount(), 3);
    QVERIFY(
        members->model()->rowOfId(
            m_central->masterData().find<Member>(std::nullopt, QStringLiteral("ACH-M03"))->meta.id)
        >= 0);
}

QTEST_MAIN(TestSync)
#include "tst_sync.moc"
