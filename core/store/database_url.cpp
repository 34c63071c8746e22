#include "database_url.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace pontive::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pontive::core::DatabaseUrl", text);
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl out;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::BadInput, tr("empty database URL"));

    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        QString rest = trimmed.mid(7);
        // sqlite:///abs/path, sqlite://rel/path and sqlite:path all name a file.
        if (rest.startsWith(QLatin1String("//")))
            rest = rest.mid(2);
        if (rest.isEmpty())
            return fail(ErrorCode::BadInput, tr("sqlite URL without a file path"), trimmed);
        out.engine = Engine::Sqlite;
        out.path = QDir::cleanPath(QDir::current().absoluteFilePath(QUrl::fromPercentEncoding(rest.toUtf8())));
        return out;
    }

    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid())
            return fail(ErrorCode::BadInput, tr("not a valid PostgreSQL URL"), url.errorString());
        out.engine = Engine::Postgres;
        out.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
        out.port = url.port(5432);
        out.user = url.userName();
        out.password = url.password();
        out.database = url.path().mid(1);
        if (out.database.isEmpty())
            return fail(ErrorCode::BadInput, tr("PostgreSQL URL without a database name"),
                        out.displayName());
        return out;
    }

    if (!trimmed.contains(QLatin1String("://"))) {
        // A bare path is a SQLite file.
        out.path = QDir::cleanPath(QDir::current().absoluteFilePath(trimmed));
        return out;
    }
    return fail(ErrorCode::BadInput, tr("unsupported database URL; use sqlite:///path or postgresql://user@host:port/db"));
}

DatabaseUrl DatabaseUrl::defaultLocation()
{
    DatabaseUrl out;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    out.path = dir + QStringLiteral("/pontive-wall/pontive.db");
    return out;
}

QString DatabaseUrl::displayName() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite://") + path;
    QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("postgresql://") + who + host + QLatin1Char(':') + QString::number(port)
        + QLatin1Char('/') + database;
}

} // namespace pontive::core
