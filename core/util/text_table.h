#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace pontive::core {

// Rows of text printed three ways: aligned columns for a terminal, CSV, or JSON objects
// keyed by the column keys. Numbers stay numbers in JSON.
class TextTable
{
public:
    TextTable(QStringList keys, QStringList headers);

    void addRow(QStringList cells);
    QString toText() const;
    QString toCsv() const;
    QString toJson() const;
    const QStringList &keys() const { return m_keys; }
    const std::vector<QStringList> &rows() const { return m_rows; }

private:
    QStringList m_keys;
    QStringList m_headers;
    std::vector<QStringList> m_rows;
};

} // namespace pontive::core
