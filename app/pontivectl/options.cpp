#include "options.h"

#include <QTextStream>

#include <cstdio>

namespace pontive::ctl {

bool parseOptions(CtlContext &ctx, QCommandLineParser &parser, qsizetype first)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv{QStringLiteral("pontivectl")};
    argv << ctx.args().mid(first);
    if (!parser.parse(argv)) {
        ctx.usage(parser.errorText());
        return false;
    }
    return true;
}

std::optional<OutputFormat> outputFormat(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("table"))
        return OutputFormat::Table;
    if (text == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (text == QLatin1String("json"))
        return OutputFormat::Json;
    return std::nullopt;
}

std::optional<QString> passwordOption(CtlContext &ctx, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        return in.readLine();
    }
    if (parser.isSet(QStringLiteral("password-env"))) {
        const QString name = parser.value(QStringLiteral("password-env"));
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData())) {
            ctx.usage(CtlContext::tr("environment variable %1 is not set").arg(name));
            return std::nullopt;
        }
        return qEnvironmentVariable(name.toLocal8Bit().constData());
    }
    if (parser.isSet(QStringLiteral("password")))
        return parser.value(QStringLiteral("password"));
    return QString();
}

} // namespace pontive::ctl
