#pragma once

#include <QString>

namespace pontive::core {

// One reason a row was refused, printed as FILE:LINE: column: reason.
struct ImportIssue {
    QString file;
    int line = 0;
    QString column;
    QString reason;

    QString text() const
    {
        return file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ")
            + (column.isEmpty() ? QString() : column + QStringLiteral(": ")) + reason;
    }
};

} // namespace pontive::core
