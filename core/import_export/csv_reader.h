#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace pontive::core {

struct CsvRecord {
    int line = 0;          // 1-based line where the record starts
    QStringList fields;
    QString error;         // set when the record cannot be read (bad UTF-8, open quote)
};

struct CsvTable {
    QChar separator = QLatin1Char(',');
    std::vector<CsvRecord> records;   // the header is records[0]
};

// RFC 4180 CSV as spreadsheets write it: ',' or ';' (detected from the header, since
// Indonesian spreadsheets use ';'), an optional UTF-8 BOM, CRLF or LF, quoted fields
// with "" escapes and line breaks. Errors stay on their record with its line number.
class CsvReader
{
public:
    static CsvTable parse(const QByteArray &data);
    static QChar detectSeparator(const QByteArray &firstLine);
};

// Quotes a field for writing when it needs it.
QString csvField(const QString &value, QChar separator = QLatin1Char(','));

} // namespace pontive::core
