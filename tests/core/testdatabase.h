#pragma once

#include "services/appcontext.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Rpb::Test {

// A fresh database file in a temporary folder, with the services on it, for one test case.
class TestDatabase final
{
public:
    TestDatabase()
    {
        QVERIFY2(m_dir.isValid(), "cannot make a temporary folder");
        auto context = AppContext::open(path());
        QVERIFY2(context.has_value(),
                 context ? "" : qPrintable(context.error().message + context.error().detail));
        m_context = std::move(*context);
        // Each test starts as the setup administrator and signs in whoever it needs.
        m_context->setActor(Actor::setupAdministrator());
    }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString folder() const { return m_dir.path(); }
    AppContext &context() { return *m_context; }
    Database &db() { return m_context->database(); }
    MasterDataService &masterData() { return m_context->masterData(); }
    void close() { m_context.reset(); }

    qint64 count(const QString &table)
    {
        auto v = db().scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return v ? v->toLongLong() : -1;
    }

    // A valid site to start from; tests change one field at a time.
    static Site sampleSite(const QString &code = QStringLiteral("ACH"))
    {
        Site s;
        s.code = code;
        s.name = QStringLiteral("RPB Minyak Atsiri");
        s.province = QStringLiteral("Aceh");
        s.timeZone = QStringLiteral("Asia/Jakarta");
        return s;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
};

} // namespace Rpb::Test
