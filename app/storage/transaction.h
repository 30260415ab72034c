#pragma once

#include "database.h"

namespace Rpb {

// Begins on begin(), rolls back in the destructor unless commit() succeeded. Immediate mode takes
// the write lock up front so that a check that decides a write cannot race another writer.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    enum class Mode { Deferred, Immediate };
    explicit Transaction(Database &db, Mode mode = Mode::Immediate);
    ~Transaction();
    Status begin();
    Status commit();
    void rollback();

private:
    Database &m_db;
    Mode m_mode;
    bool m_active = false;
    bool m_outer = false; // this object opened the real transaction
};

} // namespace Rpb
