#include "json_rows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace pontive::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pontive::core::JsonRows", text);
}

int lineAt(const QByteArray &data, qsizetype offset)
{
    return 1 + int(data.left(offset).count('\n'));
}

// Lines where the elements of the array at `arrayDepth` start.
std::vector<int> elementLines(const QByteArray &data, int arrayDepth)
{
    std::vector<int> lines;
    int depth = 0;
    int line = 1;
    bool inString = false;
    bool escaped = false;
    bool expectElement = false;
    for (char c : data) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (expectElement && c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ']') {
            lines.push_back(line);
            expectElement = false;
        }
        switch (c) {
        case '"': inString = true; break;
        case '{':
        case '[':
            ++depth;
            if (c == '[' && depth == arrayDepth)
                expectElement = true;
            break;
        case '}':
        case ']': --depth; break;
        case ',':
            if (depth == arrayDepth)
                expectElement = true;
            break;
        default: break;
        }
    }
    return lines;
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << scalarText(e);
        return parts.join(QLatin1Char(','));
    }
    default: return {};
    }
}

} // namespace

std::expected<std::vector<JsonRow>, JsonRowsError> JsonRows::parse(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(data);
    if (decoder.hasError())
        return std::unexpected(JsonRowsError{1, tr("invalid UTF-8 text")});
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(JsonRowsError{lineAt(data, error.offset), tr("invalid JSON: %1").arg(error.errorString())});
    QJsonArray array;
    int arrayDepth = 1;
    if (doc.isArray()) {
        array = doc.array();
    } else if (doc.isObject() && doc.object().value(QStringLiteral("cameras")).isArray()) {
        array = doc.object().value(QStringLiteral("cameras")).toArray();
        arrayDepth = 2;
    } else {
        return std::unexpected(JsonRowsError{1, tr("expected an array of cameras")});
    }
    const std::vector<int> lines = elementLines(data, arrayDepth);
    std::vector<JsonRow> rows;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonRow row;
        row.line = std::size_t(i) < lines.size() ? lines[std::size_t(i)] : 0;
        const QJsonValue v = array.at(i);
        if (!v.isObject()) {
            row.error = tr("expected an object");
        } else {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                row.values.insert(it.key(), scalarText(it.value()));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace pontive::core
