#include "transaction.h"

#include "sql.h"

namespace pontive::core {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)), m_open(true)
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::move(other.m_db)), m_open(std::exchange(other.m_open, false))
{
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Result<Transaction> Transaction::begin(const QSqlDatabase &db, Engine engine)
{
    auto started = runStatement(db, engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                             : QStringLiteral("BEGIN"));
    if (!started)
        return std::unexpected(started.error());
    return Transaction(db);
}

Status Transaction::commit()
{
    auto done = runStatement(m_db, QStringLiteral("COMMIT"));
    if (!done) {
        rollback();
        return done;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    (void)runStatement(m_db, QStringLiteral("ROLLBACK"));
}

} // namespace pontive::core
