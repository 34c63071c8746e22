#include "csv_reader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace pontive::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pontive::core::CsvReader", text);
}

// Decodes one field, reporting invalid UTF-8 instead of inventing replacement characters.
bool decodeUtf8(const QByteArray &bytes, QString &out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

QChar CsvReader::detectSeparator(const QByteArray &firstLine)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (char c : firstLine) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

CsvTable CsvReader::parse(const QByteArray &input)
{
    CsvTable table;
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    table.separator = detectSeparator(data.left(data.indexOf('\n') < 0 ? data.size() : data.indexOf('\n')));
    const char sep = char(table.separator.unicode());

    int line = 1;
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        CsvRecord record;
        record.line = line;
        std::vector<QByteArray> raw;
        QByteArray field;
        bool inQuotes = false;
        bool fieldWasQuoted = false;
        bool endOfRecord = false;
        while (i < n && !endOfRecord) {
            const char c = data[i];
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && data[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                } else {
                    if (c == '\n')
                        ++line;
                    field += c;
                }
                ++i;
                continue;
            }
            if (c == '"' && field.trimmed().isEmpty() && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
                field.clear();
            } else if (c == '"') {
                // A quote in the middle of an unquoted field: keep it literally.
                field += c;
            } else if (c == sep) {
                raw.push_back(field);
                field.clear();
                fieldWasQuoted = false;
            } else if (c == '\r') {
                // dropped; the '\n' that follows ends the record
            } else if (c == '\n') {
                ++line;
                endOfRecord = true;
            } else {
                field += c;
            }
            ++i;
        }
        raw.push_back(field);
        if (inQuotes) {
            record.error = tr("unbalanced quotes: the quoted field opened here is never closed");
        }
        for (const QByteArray &bytes : raw) {
            QString text;
            if (!decodeUtf8(bytes, text) && record.error.isEmpty())
                record.error = tr("invalid UTF-8 text");
            record.fields << text;
        }
        const bool blank = record.fields.size() == 1 && record.fields.front().trimmed().isEmpty();
        if (!blank || !record.error.isEmpty())
            table.records.push_back(std::move(record));
    }
    return table;
}

QString csvField(const QString &value, QChar separator)
{
    if (value.contains(separator) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')) || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '))) {
        QString escaped = value;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return value;
}

} // namespace pontive::core
