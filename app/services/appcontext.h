#pragma once

#include "domain/result.h"
#include "accountservice.h"
#include "auditservice.h"
#include "batchservice.h"
#include "masterdataservice.h"
#include "schedulingservice.h"
#include "syncservice.h"
#include "wastesummaryservice.h"
#include "storage/database.h"

#include <memory>

namespace Rpb {

// The open database and the services built on it, shared by the window and the command line so
// that both act through the same rules. main.cpp and the tests create one.
class AppContext final
{
    Q_DISABLE_COPY_MOVE(AppContext)
public:
    static Result<std::unique_ptr<AppContext>> open(const QString &databasePath);
    ~AppContext();

    Database &database() { return *m_database; }
    MasterDataService &masterData() { return *m_masterData; }
    AccountService &accounts() { return *m_accounts; }
    AuditService &audit() { return *m_audit; }
    SchedulingService &scheduling() { return *m_scheduling; }
    BatchService &batches() { return *m_batches; }
    WasteSummaryService &waste() { return *m_waste; }
    SyncService &sync() { return *m_sync; }

    // Acts as this person in every service. The sites whose data came in sync packages are
    // added to the actor's read-only sites, here and again after every import.
    void setActor(const Actor &actor);
    const Actor &actor() const { return m_actor; }

private:
    AppContext() = default;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MasterDataService> m_masterData;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<SchedulingService> m_scheduling;
    std::unique_ptr<BatchService> m_batches;
    std::unique_ptr<WasteSummaryService> m_waste;
    std::unique_ptr<SyncService> m_sync;
    Actor m_actor;
};

} // namespace Rpb
