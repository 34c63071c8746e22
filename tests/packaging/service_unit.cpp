#include "service_unit.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

namespace pontive::test {

std::optional<std::chrono::milliseconds> ServiceUnit::parseTimeSpan(const QString &text)
{
    static const QRegularExpression part(QStringLiteral(R"(\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|min|m|h)?)"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    double total = 0;
    qsizetype at = 0;
    while (at < trimmed.size()) {
        const auto match = part.match(trimmed, at, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch() || match.capturedLength() == 0)
            return std::nullopt;
        const double value = match.captured(1).toDouble();
        const QString unitName = match.captured(2);
        const double scale = unitName == QLatin1String("ms")                                 ? 1.0
                             : unitName == QLatin1String("min") || unitName == QLatin1String("m") ? 60'000.0
                             : unitName == QLatin1String("h")                                ? 3'600'000.0
                                                                                             : 1000.0;
        total += value * scale;
        at += match.capturedLength();
    }
    return std::chrono::milliseconds(static_cast<long long>(total));
}

QString ServiceUnit::read(const QString &path, ServiceUnit &unit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return file.errorString();
    QTextStream in(&file);
    QString section;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            section = line;
            continue;
        }
        if (section != QLatin1String("[Service]"))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            return QStringLiteral("not a setting: ") + line;
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        auto span = [&](std::chrono::milliseconds &into) {
            if (const auto parsed = parseTimeSpan(value))
                into = *parsed;
        };
        if (key == QLatin1String("ExecStart"))
            unit.execStart = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (key == QLatin1String("Type"))
            unit.type = value;
        else if (key == QLatin1String("Restart"))
            unit.restart = value;
        else if (key == QLatin1String("RestartSec"))
            span(unit.restartSec);
        else if (key == QLatin1String("WatchdogSec"))
            span(unit.watchdogSec);
        else if (key == QLatin1String("TimeoutStartSec"))
            span(unit.timeoutStartSec);
        else if (key == QLatin1String("TimeoutStopSec"))
            span(unit.timeoutStopSec);
        else if (key == QLatin1String("TimeoutAbortSec"))
            unit.timeoutAbortSec = parseTimeSpan(value);
    }
    if (unit.execStart.isEmpty())
        return QStringLiteral("no ExecStart");
    return {};
}

} // namespace pontive::test
