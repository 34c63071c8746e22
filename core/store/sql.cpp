#include "sql.h"

#include "logging.h"

#include <QCoreApplication>

namespace pontive::core {

Error translateSqlError(const QSqlError &error, const QString &what)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.text();
    // SQLite extended codes 2067 (UNIQUE), 1555 (PRIMARY KEY), 787 (FOREIGN KEY), 275
    // (CHECK); PostgreSQL SQLSTATE 23xxx.
    const bool unique = native == QLatin1String("2067") || native == QLatin1String("1555")
        || native == QLatin1String("23505") || text.contains(QLatin1String("UNIQUE constraint"));
    const bool foreign = native == QLatin1String("787") || native == QLatin1String("23503")
        || text.contains(QLatin1String("FOREIGN KEY constraint"));
    const bool exclusion = native == QLatin1String("23P01");
    const QString detail = what + QStringLiteral(": ") + text;
    qCWarning(lcStore).noquote() << detail << "native code" << native;
    if (unique || exclusion)
        return Error::make(ErrorCode::Conflict,
                           QCoreApplication::translate("pontive::core::Store", "already exists"), detail);
    if (foreign)
        return Error::make(ErrorCode::Conflict,
                           QCoreApplication::translate("pontive::core::Store", "still in use or refers to something missing"),
                           detail);
    if (native == QLatin1String("275") || native == QLatin1String("23514"))
        return Error::make(ErrorCode::BadInput,
                           QCoreApplication::translate("pontive::core::Store", "a value is out of range"), detail);
    if (native == QLatin1String("5") || native == QLatin1String("6") || text.contains(QLatin1String("locked")))
        return Error::make(ErrorCode::Database,
                           QCoreApplication::translate("pontive::core::Store", "the store is busy; try again"), detail);
    return Error::make(ErrorCode::Database,
                       QCoreApplication::translate("pontive::core::Store", "database error"), detail);
}

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return std::unexpected(translateSqlError(query.lastError(), sql.left(80)));
    bindValues(query, values);
    if (!query.exec())
        return std::unexpected(translateSqlError(query.lastError(), sql.left(80)));
    return query;
}

void bindValues(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        // An empty QString is often a null one; bind it as '' so NOT NULL text columns
        // hold empty text. Real NULLs come from nullIfEmpty() as null variants.
        if (!v.isNull() && v.metaType().id() == QMetaType::QString && v.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        else
            query.bindValue(int(i), v);
    }
}

Status runStatement(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return std::unexpected(translateSqlError(query.lastError(), sql.left(80)));
    return {};
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace pontive::core
