#pragma once

#include <QString>
#include <QStringList>

namespace pontive::core {

// "rtsp://admin:secret@host/x" -> "rtsp://admin:***@host/x". Works on text that is not
// a valid URL too, so nothing slips through a log line.
QString redactUrl(const QString &url);

// Removes the password from a URL entirely (for exports without secrets).
QString stripUrlPassword(const QString &url);

// The URL with the camera's user and password in it (for the stream engine), unless it
// already carries a user. Never show the result: redact it first.
QString withCredentials(const QString &url, const QString &user, const QString &password);

// Empty when the URL is acceptable for one of the schemes, else why not (translated).
QString checkUrl(const QString &url, const QStringList &schemes);

} // namespace pontive::core
