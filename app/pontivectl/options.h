#pragma once

#include "ctl_context.h"

#include <QCommandLineParser>

#include <optional>

namespace pontive::ctl {

// Parses a command's options from ctx.args() starting at `first`; prints a usage error
// (exit 2) on unknown options. Positional arguments stay in parser.positionalArguments().
bool parseOptions(CtlContext &ctx, QCommandLineParser &parser, qsizetype first);

// --format table|csv|json
enum class OutputFormat { Table, Csv, Json };
std::optional<OutputFormat> outputFormat(const QString &text);

// The password from --password-stdin or the environment variable named by
// --password-env, else --password. Keeps secrets out of shell history.
std::optional<QString> passwordOption(CtlContext &ctx, const QCommandLineParser &parser);

} // namespace pontive::ctl
