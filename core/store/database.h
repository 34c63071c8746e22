#pragma once

#include "database_url.h"
#include "error.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace pontive::core {

// The store's connection factory: one Qt Sql connection per thread (Qt Sql connections
// are bound to the thread that opened them), each with the same session settings.
class Database
{
public:
    // Opens, refuses a store it must not touch (newer schema, not a database,
    // read-only), and brings the schema up to date.
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // This thread's connection, opened on first use.
    Result<QSqlDatabase> connection();
    Engine engine() const { return m_url.engine; }
    const DatabaseUrl &url() const { return m_url; }
    // Closes this thread's connection (call before a worker thread ends).
    void releaseThreadConnection();

private:
    explicit Database(DatabaseUrl url);
    Result<QSqlDatabase> openConnection(const QString &name);

    DatabaseUrl m_url;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_names;
};

} // namespace pontive::core
