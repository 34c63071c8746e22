#pragma once

#include "error.h"

#include <QString>

namespace pontive::core {

enum class Engine { Sqlite, Postgres };

// Where the store lives: sqlite:///path/file.db or postgresql://user[:pw]@host[:port]/db.
struct DatabaseUrl {
    Engine engine = Engine::Sqlite;
    QString path;        // SQLite file
    QString host;        // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static Result<DatabaseUrl> parse(const QString &text);
    // The store a user gets when they name none: SQLite in the user's data directory.
    static DatabaseUrl defaultLocation();
    // For display: never holds the password.
    QString displayName() const;
};

} // namespace pontive::core
