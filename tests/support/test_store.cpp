#include "test_store.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace pontive::test {

namespace {

std::atomic<int> g_counter{0};

bool postgresConfigured()
{
    return qEnvironmentVariableIsSet("PGHOST") && qEnvironmentVariableIsSet("PGPORT");
}

// Runs one statement on the server's maintenance database.
bool adminExec(const QString &sql)
{
    const QString name = QStringLiteral("pontive-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(qEnvironmentVariable("PGHOST"));
        db.setPort(qEnvironmentVariable("PGPORT").toInt());
        db.setUserName(qEnvironmentVariable("PGUSER"));
        db.setPassword(qEnvironmentVariable("PGPASSWORD"));
        db.setDatabaseName(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
        if (db.isOpen() || db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning("test store: %s", qPrintable(q.lastError().text()));
        } else {
            qWarning("test store: %s", qPrintable(db.lastError().text()));
        }
    }
    return ok;
}

} // namespace

TestStore::TestStore(const std::string &engine)
{
    if (engine == "sqlite") {
        m_url.engine = core::Engine::Sqlite;
        m_url.path = m_dir.filePath(QStringLiteral("store.db"));
        return;
    }
    if (!postgresConfigured()) {
        m_available = false;
        return;
    }
    m_pgDatabase = QStringLiteral("pontive_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(g_counter++);
    m_available = adminExec(QStringLiteral("CREATE DATABASE ") + m_pgDatabase);
    m_url.engine = core::Engine::Postgres;
    m_url.host = qEnvironmentVariable("PGHOST");
    m_url.port = qEnvironmentVariable("PGPORT").toInt();
    m_url.user = qEnvironmentVariable("PGUSER");
    m_url.password = qEnvironmentVariable("PGPASSWORD");
    m_url.database = m_pgDatabase;
}

TestStore::~TestStore()
{
    if (!m_pgDatabase.isEmpty() && m_available)
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgDatabase + QStringLiteral(" WITH (FORCE)"));
}

QString TestStore::urlText() const
{
    if (m_url.engine == core::Engine::Sqlite)
        return QStringLiteral("sqlite://") + m_url.path;
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(m_url.user, m_url.password, m_url.host)
        .arg(m_url.port)
        .arg(m_url.database);
}

std::shared_ptr<core::Database> TestStore::open()
{
    auto db = core::Database::open(m_url);
    if (!db) {
        qWarning("test store: %s", qPrintable(db.error().fullText()));
        return nullptr;
    }
    return *db;
}

bool TestStore::postgresRequired()
{
    return qEnvironmentVariableIntValue("PONTIVE_REQUIRE_PG") == 1;
}

} // namespace pontive::test
