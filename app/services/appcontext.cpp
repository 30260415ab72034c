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
    context->setActor(Actor::setupAdministrator());
    return context;
}

AppContext::~AppContext()
{
    // Services hold references to the database: they go first.
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
    m_masterData->setActor(actor);
    m_accounts->setActor(actor);
    m_audit->setActor(actor);
    m_scheduling->setActor(actor);
    m_batches->setActor(actor);
}

} // namespace Rpb
