#pragma once

#include "error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace pontive::core {

// QSqlError -> pontive::Error, once, here: constraint violations become Conflict so
// callers can say "already exists" instead of a driver message.
Error translateSqlError(const QSqlError &error, const QString &what);

// Prepares, binds positionally and executes. Every statement in the store goes through
// here: prepared statements with bound values only.
Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Binds positionally onto a prepared query (empty text as '', see runQuery).
void bindValues(QSqlQuery &query, const QVariantList &values);

// For statements without parameters (DDL, pragmas).
Status runStatement(const QSqlDatabase &db, const QString &sql);

// A nullable value for binding.
QVariant nullIfEmpty(const QString &text);

} // namespace pontive::core
