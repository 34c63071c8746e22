#include "probe_detail.h"

#include <QRegularExpression>

#include <utility>
#include <vector>

namespace pontive::core {

QString ProbeDetail::make(const char *source)
{
    return QString::fromLatin1(source);
}

QString ProbeDetail::make(const char *source, long long number)
{
    return QString::fromLatin1(source).arg(number);
}

QString ProbeDetail::translated(const QString &stored)
{
    const QByteArray source = stored.toUtf8();
    if (const QString exact = tr(source.constData()); exact != stored)
        return exact;
    // Each template as a pattern with its number captured; built once (tables ask per cell).
    static const auto shapes = [] {
        std::vector<std::pair<const char *, QRegularExpression>> built;
        for (const char *pattern : {kNoConnectionWithin, kNoReplyWithin, kDescribeAnswered}) {
            const QString text = QString::fromLatin1(pattern);
            const qsizetype at = text.indexOf(QLatin1String("%1"));
            built.emplace_back(pattern, QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(text.left(at))
                                                           + QStringLiteral("(\\d+)")
                                                           + QRegularExpression::escape(text.mid(at + 2))
                                                           + QLatin1Char('$')));
        }
        return built;
    }();
    for (const auto &[pattern, shape] : shapes)
        if (const QRegularExpressionMatch match = shape.match(stored); match.hasMatch())
            return tr(pattern).arg(match.captured(1));
    return stored;
}

} // namespace pontive::core
