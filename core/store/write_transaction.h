#pragma once

#include "database.h"
#include "transaction.h"

#include <type_traits>

namespace pontive::core {

// Runs `work(connection)` in one write transaction on this thread's connection and
// commits when it succeeds; on an error everything it wrote is rolled back. `work`
// returns a Result<T> or Status, and so does this.
template <typename Work>
auto inWriteTransaction(Database &db, Work &&work) -> std::invoke_result_t<Work, const QSqlDatabase &>
{
    using Out = std::invoke_result_t<Work, const QSqlDatabase &>;
    auto conn = db.connection();
    if (!conn)
        return Out(std::unexpected(conn.error()));
    auto tx = Transaction::begin(*conn, db.engine());
    if (!tx)
        return Out(std::unexpected(tx.error()));
    Out result = std::forward<Work>(work)(std::as_const(*conn));
    if (!result)
        return result;
    if (auto committed = tx->commit(); !committed)
        return Out(std::unexpected(committed.error()));
    return result;
}

} // namespace pontive::core
