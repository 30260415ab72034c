#pragma once

#include "services/appcontext.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QSqlRecord>
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

// A failed result as one line with the driver's detail, for QVERIFY2.
template<typename T> QString why(const Result<T> &result)
{
    return result ? QString() : result.error().toLine() + QLatin1Char(' ') + result.error().detail;
}

// The rows of a query, each as its cells joined by "|" (blobs in hex), to compare in one go.
inline QStringList rows(Database &db, const QString &sql)
{
    QStringList result;
    auto q = db.exec(sql);
    if (!q)
        return {QStringLiteral("error: ") + q.error().detail};
    while (q->next()) {
        QStringList cells;
        for (int i = 0; i < q->record().count(); ++i) {
            const QVariant v = q->value(i);
            cells << (v.typeId() == QMetaType::QByteArray
                          ? QString::fromLatin1(v.toByteArray().toHex())
                          : v.toString());
        }
        result << cells.join(QLatin1Char('|'));
    }
    return result;
}

// Everything in the file, local-only tables included: what "changes nothing" means.
inline QByteArray fingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table :
         rows(db,
              QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                             "NOT LIKE 'sqlite_%' ORDER BY name"))) {
        QStringList content = rows(db, QStringLiteral("SELECT * FROM ") + table);
        content.sort();
        hash.addData(table.toUtf8());
        hash.addData(content.join(QLatin1Char('\n')).toUtf8());
    }
    return hash.result().toHex();
}

inline QStringList rows(TestDatabase &t, const QString &sql)
{
    return rows(t.db(), sql);
}

inline QByteArray fingerprint(TestDatabase &t)
{
    return fingerprint(t.db());
}

} // namespace Rpb::Test
