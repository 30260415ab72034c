#include "appcontext.h"

#include "accountservice.h"
#include "auditservice.h"
#include "batchservice.h"
#include "calendarexport.h"
#include "changehub.h"
#include "csvexport.h"
#include "masterdataservice.h"
#include "memberimport.h"
#include "reporting/reportbuilder.h"
#include "schedulingservice.h"
#include "session.h"
#include "storage/database.h"
#include "storageservice.h"
#include "syncservice.h"
#include "wastesummaryservice.h"

namespace Rpb {

Result<std::unique_ptr<AppContext>> AppContext::open(const QString &databasePath)
{
    Database::Options options;
    options.path = databasePath;
    auto db = Database::open(options);
    if (!db)
        return fail(db.error());
    auto context = build(std::move(*db), nullptr);
    if (!context)
        return context;
    AppContext *self = context->get();
    // An import can bring a site whose records are read-only here: the session learns it
    // before any view hears of the change, so that no button offers to change them.
    QObject::connect(
        self->m_hub, &ChangeHub::changed, self->m_session.get(), [self](const Change &change) {
            if (change.kind == EntityKind::Site || change.kind == EntityKind::SyncPackage)
                self->refreshReadOnlySites();
        });
    self->refreshReadOnlySites();
    return context;
}

Result<std::unique_ptr<AppContext>> AppContext::open(const Seed &seed)
{
    Database::Options options;
    options.path = seed.path;
    options.migrate = false;
    auto db = Database::open(options);
    if (!db)
        return fail(db.error());
    auto context = build(std::move(*db), seed.hub);
    if (context) {
        (*context)->m_session->setActor(seed.actor);
        (*context)->m_session->setReadOnlySites(seed.actor.readOnlySites);
    }
    return context;
}

Result<std::unique_ptr<AppContext>> AppContext::build(std::unique_ptr<Database> db, ChangeHub *hub)
{
    std::unique_ptr<AppContext> c(new AppContext);
    c->m_database = std::move(db);
    if (!hub) {
        c->m_ownHub = std::make_unique<ChangeHub>();
        hub = c->m_ownHub.get();
    }
    c->m_hub = hub;
    c->m_session = std::make_unique<Session>();
    Database &d = *c->m_database;
    const Session &s = *c->m_session;
    c->m_storage = std::make_unique<StorageService>(d);
    c->m_masterData = std::make_unique<MasterDataService>(d, s, *hub);
    c->m_accounts = std::make_unique<AccountService>(d, s, *hub);
    c->m_audit = std::make_unique<AuditService>(d, s);
    c->m_scheduling = std::make_unique<SchedulingService>(d, s, *hub);
    c->m_batches = std::make_unique<BatchService>(d, s, *hub);
    c->m_waste = std::make_unique<WasteSummaryService>(d, s);
    c->m_sync = std::make_unique<SyncService>(d, s, *hub);
    c->m_csv = std::make_unique<CsvExport>(d, s);
    c->m_calendar = std::make_unique<CalendarExport>(d, s);
    c->m_memberImport = std::make_unique<MemberImport>(d, *c->m_masterData);
    c->m_reports = std::make_unique<ReportBuilder>(*c);
    return c;
}

AppContext::~AppContext()
{
    // Services hold references to the database and the session: they go first.
    m_reports.reset();
    m_memberImport.reset();
    m_calendar.reset();
    m_csv.reset();
    m_sync.reset();
    m_batches.reset();
    m_waste.reset();
    m_scheduling.reset();
    m_audit.reset();
    m_accounts.reset();
    m_masterData.reset();
    m_storage.reset();
    m_session.reset();
    m_database.reset();
    m_ownHub.reset();
}

AppContext::Seed AppContext::seed() const
{
    return Seed {m_database->path(), m_session->actor(), m_hub};
}

void AppContext::setActor(const Actor &actor)
{
    m_session->setActor(actor);
}

const Actor &AppContext::actor() const
{
    return m_session->actor();
}

void AppContext::refreshReadOnlySites()
{
    // Read from the database each time: the sign-in knows nothing of sync.
    auto imported = m_sync->importedSites();
    m_session->setReadOnlySites(imported ? *imported : QList<qint64>());
}

} // namespace Rpb
