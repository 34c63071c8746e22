#include "database.h"

#include "logging.h"
#include "migrations.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <atomic>

namespace pontive::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pontive::core::Database", text);
}

constexpr auto kWriteBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup
    | QFileDevice::WriteOther;

// Checks a SQLite file before SQLite sees it, so a file we must not touch is refused
// without a byte written (SQLite would happily create -wal files or rewrite headers).
Status checkSqliteFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(ErrorCode::Io, QCoreApplication::translate("pontive::core::Database", "cannot create the folder for the store"), info.absolutePath());
        return {};
    }
    if (!info.isFile())
        return fail(ErrorCode::NotADatabase, QCoreApplication::translate("pontive::core::Database", "the store path is not a file"), path);
    // Permission bits count even for root: a file marked read-only stays untouched.
    if (!info.isWritable() || (QFile::permissions(path) & kWriteBits) == 0)
        return fail(ErrorCode::ReadOnly, QCoreApplication::translate("pontive::core::Database", "the store file is read-only; nothing was changed"), path);
    if (!QFileInfo(info.absolutePath()).isWritable())
        return fail(ErrorCode::ReadOnly, QCoreApplication::translate("pontive::core::Database", "the store's folder is read-only; nothing was changed"),
                    info.absolutePath());
    if (info.size() == 0)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QCoreApplication::translate("pontive::core::Database", "cannot read the store file"), path + QStringLiteral(": ") + file.errorString());
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return fail(ErrorCode::NotADatabase, QCoreApplication::translate("pontive::core::Database", "the file is not a Pontive Wall store (not an SQLite database); nothing was changed"),
                    path);
    return {};
}

std::atomic<int> g_instanceCounter{0};
std::atomic<quint64> g_threadCounter{0};

// Connections this thread opened, closed and removed when the thread ends (pool threads
// come and go; a connection must not outlive its thread or be reused by a new one).
struct ThreadConnections {
    quint64 serial = ++g_threadCounter;
    QStringList names;
    ~ThreadConnections()
    {
        // A pool thread that outlives the application ends during static destruction,
        // when Qt Sql's connection registry may already be gone: the process is ending,
        // nothing is left to tidy.
        if (QCoreApplication::instance() == nullptr)
            return;
        for (const QString &name : std::as_const(names)) {
            if (!QSqlDatabase::contains(name))
                continue;
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};

ThreadConnections &threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

} // namespace

Database::Database(DatabaseUrl url)
    : m_url(std::move(url)),
      m_prefix(QStringLiteral("pontive-%1-").arg(g_instanceCounter.fetch_add(1)))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_names)) {
        if (!QSqlDatabase::contains(name))
            continue;  // its thread has ended and removed it
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl &url)
{
    if (url.engine == Engine::Sqlite) {
        if (auto ok = checkSqliteFile(url.path); !ok)
            return std::unexpected(ok.error());
    }
    std::shared_ptr<Database> db(new Database(url));
    auto conn = db->connection();
    if (!conn)
        return std::unexpected(conn.error());
    if (auto migrated = Migrations::apply(*conn, url.engine); !migrated)
        return std::unexpected(migrated.error());
    if (url.engine == Engine::Sqlite) {
        // WAL only once the schema is known to be ours: setting it writes the header.
        if (auto wal = runStatement(*conn, QStringLiteral("PRAGMA journal_mode=WAL")); !wal)
            return std::unexpected(wal.error());
    }
    return db;
}

Result<QSqlDatabase> Database::connection()
{
    ThreadConnections &mine = threadConnections();
    const QString name = m_prefix + QString::number(mine.serial);
    {
        QMutexLocker lock(&m_mutex);
        if (m_names.contains(name)) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                return db;
        } else {
            m_names.append(name);
            mine.names.append(name);
        }
    }
    return openConnection(name);
}

void Database::releaseThreadConnection()
{
    ThreadConnections &mine = threadConnections();
    const QString name = m_prefix + QString::number(mine.serial);
    mine.names.removeOne(name);
    QMutexLocker lock(&m_mutex);
    if (!m_names.removeOne(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> Database::openConnection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::contains(name)
        ? QSqlDatabase::database(name, false)
        : QSqlDatabase::addDatabase(m_url.engine == Engine::Sqlite ? QStringLiteral("QSQLITE")
                                                                   : QStringLiteral("QPSQL"),
                                    name);
    if (!db.isValid())
        return fail(ErrorCode::Database, tr("the Qt SQL driver for this store is not installed"),
                    m_url.engine == Engine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"));
    if (m_url.engine == Engine::Sqlite) {
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        if (!m_url.password.isEmpty())
            db.setPassword(m_url.password);
        db.setDatabaseName(m_url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    }
    if (!db.open()) {
        const QString detail = m_url.displayName() + QStringLiteral(": ") + db.lastError().text();
        qCWarning(lcStore).noquote() << "cannot open" << detail;
        return fail(ErrorCode::Unreachable, tr("cannot open the store"), detail);
    }
    if (m_url.engine == Engine::Sqlite) {
        // Per connection: foreign keys are off by default; FULL makes every commit
        // survive a power cut, not just a crash.
        for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL"}) {
            if (auto ok = runStatement(db, QString::fromLatin1(pragma)); !ok)
                return std::unexpected(ok.error());
        }
    } else {
        if (auto ok = runStatement(db, QStringLiteral("SET client_min_messages TO WARNING")); !ok)
            return std::unexpected(ok.error());
    }
    return db;
}

} // namespace pontive::core
