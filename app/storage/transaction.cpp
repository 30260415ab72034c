#include "transaction.h"

namespace Rpb {

Transaction::Transaction(Database &db, Mode mode)
    : m_db(db)
    , m_mode(mode)
{}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begin()
{
    if (m_db.m_transactionDepth > 0) {
        ++m_db.m_transactionDepth;
        m_active = true;
        m_outer = false;
        return {};
    }
    const QString sql = m_mode == Mode::Immediate ? QStringLiteral("BEGIN IMMEDIATE")
                                                  : QStringLiteral("BEGIN");
    if (auto r = m_db.exec(sql); !r)
        return fail(r.error());
    m_db.m_transactionDepth = 1;
    m_active = true;
    m_outer = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_active)
        return {};
    if (!m_outer) {
        --m_db.m_transactionDepth;
        m_active = false;
        return {};
    }
    if (auto r = m_db.exec(QStringLiteral("COMMIT")); !r) {
        rollback();
        return fail(r.error());
    }
    m_db.m_transactionDepth = 0;
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_outer) {
        // An inner failure dooms the whole unit: the outer owner sees the error and rolls back.
        --m_db.m_transactionDepth;
        return;
    }
    m_db.m_transactionDepth = 0;
    (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

} // namespace Rpb
