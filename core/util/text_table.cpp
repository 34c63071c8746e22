#include "text_table.h"

#include "import_export/csv_reader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pontive::core {

TextTable::TextTable(QStringList keys, QStringList headers)
    : m_keys(std::move(keys)), m_headers(std::move(headers))
{
}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_keys.size())
        cells << QString();
    m_rows.push_back(std::move(cells));
}

QString TextTable::toText() const
{
    std::vector<qsizetype> widths;
    for (const QString &h : m_headers)
        widths.push_back(h.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && std::size_t(i) < widths.size(); ++i)
            widths[std::size_t(i)] = std::max(widths[std::size_t(i)], row[i].size());
    }
    auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            bool ok = false;
            cells[i].toDouble(&ok);
            const auto w = int(widths[std::size_t(i)]);
            const bool last = i + 1 == cells.size();
            out += ok ? cells[i].rightJustified(w) : (last ? cells[i] : cells[i].leftJustified(w));
            if (!last)
                out += QStringLiteral("  ");
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(m_headers);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

QString TextTable::toCsv() const
{
    QString out = m_keys.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QStringList &row : m_rows) {
        QStringList fields;
        for (const QString &cell : row)
            fields << csvField(cell);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString TextTable::toJson() const
{
    QJsonArray array;
    for (const QStringList &row : m_rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < m_keys.size(); ++i) {
            bool isInt = false;
            const qlonglong n = row[i].toLongLong(&isInt);
            o.insert(m_keys[i], isInt ? QJsonValue(n) : QJsonValue(row[i]));
        }
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace pontive::core
