#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace pontive::test {

// The [Service] settings of a systemd unit file that the kiosk depends on, read from
// the file the package installs, so the supervisor in the test runs what the unit says.
struct ServiceUnit {
    QStringList execStart;
    QString type = QStringLiteral("simple");
    QString restart = QStringLiteral("no");
    std::chrono::milliseconds restartSec{100};
    std::chrono::milliseconds watchdogSec{0};
    std::chrono::milliseconds timeoutStartSec{90'000};
    std::chrono::milliseconds timeoutStopSec{90'000};
    std::optional<std::chrono::milliseconds> timeoutAbortSec; // else TimeoutStopSec

    // Why the file cannot be read, or an empty string.
    static QString read(const QString &path, ServiceUnit &unit);
    // A systemd time span: "2", "2s", "500ms", "1min 30s".
    static std::optional<std::chrono::milliseconds> parseTimeSpan(const QString &text);
};

} // namespace pontive::test
