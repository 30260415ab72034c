#include "appcontext.h"

namespace Rpb {

Result<std::unique_ptr<AppContext>> AppContext::open(const QString &databasePath)
{
    Database::Options options;
    options.path = databasePath;
    auto db = Database::open(options);
    if (!db)
        return fail(db.error());
    std::unique_ptr<AppContext> context(new AppContext);
    context->m_database = std::move(*db);
    context->m_masterData = std::make_unique<MasterDataService>(*context->m_database);
    context->m_accounts = std::make_unique<AccountService>(*context->m_database);
    context->m_audit = std::make_unique<AuditService>(*context->m_database);
    context->m_scheduling = std::make_unique<SchedulingService>(*context->m_database);
    context->m_batches = std::make_unique<BatchService>(*context->m_database);
    context->m_waste = std::make_unique<WasteSummaryService>(*context->m_database);
    context->m_sync = std::make_unique<SyncService>(*context->m_database);
    // An import can make a site read-only here: every service learns it at once.
    AppContext *self = context.get();
    QObject::connect(context->m_sync.get(), &SyncService::dataChanged, context->m_sync.get(),
                     [self] { self->setActor(self->m_actor); });
    context->setActor(Actor::setupAdministrator());
    return context;
}

AppContext::~AppContext()
{
    // Services hold references to the database: they go first.
    m_sync.reset();
    m_batches.reset();
    m_waste.reset();
    m_scheduling.reset();
    m_audit.reset();
    m_accounts.reset();
    m_masterData.reset();
    m_database.reset();
}

void AppContext::setActor(const Actor &actor)
{
    m_actor = actor;
    // Read each time rather than trusted from the caller: the sign-in knows nothing of sync.
    auto imported = m_sync->importedSites();
    m_actor.readOnlySites = imported ? *imported : QList<qint64>();
    m_masterData->setActor(m_actor);
    m_accounts->setActor(m_actor);
    m_audit->setActor(m_actor);
    m_scheduling->setActor(m_actor);
    m_batches->setActor(m_actor);
    m_sync->setActor(m_actor);
}

} // namespace Rpb
