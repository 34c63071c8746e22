#include "probe_detail.h"

#include <QRegularExpression>

#include <array>

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
    static const std::array templates{kNoConnectionWithin, kNoReplyWithin, kDescribeAnswered};
    for (const char *pattern : templates) {
        const QString text = QString::fromLatin1(pattern);
        const qsizetype at = text.indexOf(QLatin1String("%1"));
        const QRegularExpression shape(QLatin1Char('^') + QRegularExpression::escape(text.left(at)) + QStringLiteral("(\\d+)")
                                       + QRegularExpression::escape(text.mid(at + 2)) + QLatin1Char('$'));
        if (const QRegularExpressionMatch match = shape.match(stored); match.hasMatch())
            return tr(pattern).arg(match.captured(1));
    }
    return stored;
}

} // namespace pontive::core
