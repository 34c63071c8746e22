#pragma once

#include "store/database.h"
#include "store/database_url.h"

#include <QTemporaryDir>

#include <memory>
#include <string>

namespace pontive::test {

// A fresh, empty store on the engine a test asks for: a SQLite file in a temporary
// folder, or a new database on the PostgreSQL server the test run started
// (pg_virtualenv exports PGHOST, PGPORT, PGUSER, PGPASSWORD).
class TestStore
{
public:
    explicit TestStore(const std::string &engine);
    ~TestStore();

    // False when the engine is not available here (PostgreSQL outside `make test`).
    bool available() const { return m_available; }
    const core::DatabaseUrl &url() const { return m_url; }
    QString urlText() const;
    std::shared_ptr<core::Database> open();

    // Whether the run requires PostgreSQL (make test sets PONTIVE_REQUIRE_PG=1).
    static bool postgresRequired();

private:
    QTemporaryDir m_dir;
    core::DatabaseUrl m_url;
    QString m_pgDatabase;
    bool m_available = true;
};

// The engines every store test runs against.
#define PONTIVE_FOR_EACH_ENGINE(engineVar) \
    const std::string engineVar = GENERATE(as<std::string>{}, "sqlite", "postgresql")

} // namespace pontive::test

// Skips (or, under `make test`, fails) a test whose engine is not available.
#define PONTIVE_REQUIRE_STORE(store)                                                        \
    do {                                                                                    \
        if (!(store).available()) {                                                         \
            if (::pontive::test::TestStore::postgresRequired())                             \
                FAIL("PostgreSQL is required but not reachable (PGHOST/PGPORT)");            \
            WARN("PostgreSQL not available here: skipped");                                  \
            return;                                                                         \
        }                                                                                   \
    } while (false)

// The set-up store tests share: `store`, a fresh store on `engine`, opened as `db` (the
// test is skipped, or fails under `make test`, where the engine is not here).
#define PONTIVE_OPEN_STORE(engine, store, db)    \
    ::pontive::test::TestStore store(engine);   \
    PONTIVE_REQUIRE_STORE(store);               \
    auto db = (store).open();                   \
    REQUIRE(db)

// The same on every engine in turn (SQLite, then PostgreSQL), named `engine`.
#define PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db) \
    PONTIVE_FOR_EACH_ENGINE(engine);                       \
    PONTIVE_OPEN_STORE(engine, store, db)
