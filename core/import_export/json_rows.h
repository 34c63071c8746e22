#pragma once

#include "error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <expected>
#include <vector>

namespace pontive::core {

struct JsonRow {
    int line = 0;                     // line of the object's opening brace
    QHash<QString, QString> values;   // scalars as text, arrays joined with ','
    QString error;
};

struct JsonRowsError {
    int line = 0;
    QString reason;
};

// A JSON import file: an array of objects (or {"cameras": [...]}). Qt's parser does not
// tell where an object starts, so a light scan finds each one's line for error messages.
class JsonRows
{
public:
    static std::expected<std::vector<JsonRow>, JsonRowsError> parse(const QByteArray &data);
};

} // namespace pontive::core
