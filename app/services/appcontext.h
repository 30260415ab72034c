#pragma once

#include "accountservice.h"
#include "auditservice.h"
#include "batchservice.h"
#include "calendarexport.h"
#include "changehub.h"
#include "csvexport.h"
#include "domain/actor.h"
#include "domain/result.h"
#include "masterdataservice.h"
#include "memberimport.h"
#include "reporting/reportbuilder.h"
#include "schedulingservice.h"
#include "session.h"
#include "storageservice.h"
#include "syncservice.h"
#include "wastesummaryservice.h"

#include <QString>

#include <memory>
#include <utility>

namespace Rpb {

class Database;

// The open database and every service built on it, shared by the window and the command line so
// that both act through the same rules: the one session whose actor every service reads, and the
// one change hub every service publishes its committed changes on. main.cpp and the tests create
// one; a worker thread opens its own from a Seed, with a connection of its own, acting for the
// same person and publishing on the same hub.
class AppContext final
{
    Q_DISABLE_COPY_MOVE(AppContext)
public:
    // What a worker thread needs to open a context of its own: taken on the context's thread.
    struct Seed
    {
        QString path;
        Actor actor;
        ChangeHub *hub = nullptr;
    };

    static Result<std::unique_ptr<AppContext>> open(const QString &databasePath);
    // On the worker thread: a connection of its own to the same file (no migration; the first
    // context did that), the seed's actor, and the seed's hub for its changes.
    static Result<std::unique_ptr<AppContext>> open(const Seed &seed);
    ~AppContext();

    Seed seed() const;
    // On a worker thread: a context of its own from the seed, handed to the work, closed after.
    // The work returns a Result; a context that cannot be opened is its error.
    template<typename Work>
    static auto inWorker(const Seed &seed, Work &&work)
        -> decltype(work(std::declval<AppContext &>()))
    {
        auto context = open(seed);
        if (!context)
            return fail(context.error());
        return work(**context);
    }

    // The core's own access to the database (command line, tests); the window has none.
    Database &database() { return *m_database; }
    Session &session() { return *m_session; }
    ChangeHub &hub() { return *m_hub; }
    StorageService &storage() { return *m_storage; }
    MasterDataService &masterData() { return *m_masterData; }
    AccountService &accounts() { return *m_accounts; }
    AuditService &audit() { return *m_audit; }
    SchedulingService &scheduling() { return *m_scheduling; }
    BatchService &batches() { return *m_batches; }
    WasteSummaryService &waste() { return *m_waste; }
    SyncService &sync() { return *m_sync; }
    CsvExport &csv() { return *m_csv; }
    CalendarExport &calendar() { return *m_calendar; }
    MemberImport &memberImport() { return *m_memberImport; }
    ReportBuilder &reports() { return *m_reports; }

    // Acts as this person in every service (the session's actor). The sites whose data came in
    // sync packages stay in the actor's read-only sites, kept by the context as imports come.
    void setActor(const Actor &actor);
    const Actor &actor() const;

private:
    AppContext() = default;
    static Result<std::unique_ptr<AppContext>> build(std::unique_ptr<Database> db, ChangeHub *hub);
    void refreshReadOnlySites();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeHub> m_ownHub; // none in a worker's context
    ChangeHub *m_hub = nullptr;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StorageService> m_storage;
    std::unique_ptr<MasterDataService> m_masterData;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<SchedulingService> m_scheduling;
    std::unique_ptr<BatchService> m_batches;
    std::unique_ptr<WasteSummaryService> m_waste;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<CsvExport> m_csv;
    std::unique_ptr<CalendarExport> m_calendar;
    std::unique_ptr<MemberImport> m_memberImport;
    std::unique_ptr<ReportBuilder> m_reports;
};

} // namespace Rpb
