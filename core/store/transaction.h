#pragma once

#include "database_url.h"
#include "error.h"

#include <QSqlDatabase>

namespace pontive::core {

// One write transaction; rolled back unless committed. On SQLite it takes the write
// lock at BEGIN (IMMEDIATE) so check-then-write sequences cannot interleave.
class Transaction
{
public:
    static Result<Transaction> begin(const QSqlDatabase &db, Engine engine);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    void rollback();

private:
    explicit Transaction(QSqlDatabase db);
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace pontive::core
