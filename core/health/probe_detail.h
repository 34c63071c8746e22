#pragma once

#include <QCoreApplication>
#include <QString>

namespace pontive::core {

// What a failed probe says beyond its symptom. The store keeps it in English, as the
// probing station wrote it (stations sharing a store may run in other languages); it is
// translated where it is shown. Details that came from the camera itself (an ONVIF
// fault, a socket error text) have no translation and are shown as they are.
class ProbeDetail
{
    Q_DECLARE_TR_FUNCTIONS(pontive::core::ProbeDetail)

public:
    // Fixed details.
    static constexpr const char *kNotRtspUrl =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "not an RTSP URL");
    static constexpr const char *kNotRtspReply =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "not an RTSP reply");
    static constexpr const char *kImplausibleLength =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "implausible Content-Length");
    static constexpr const char *kWantsCredentials =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "401: the camera wants credentials");
    static constexpr const char *kCredentialsRejected =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "401: credentials rejected");
    static constexpr const char *kServiceUnavailable =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "503 Service Unavailable");
    static constexpr const char *kNoStreamAtPath =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "404: no stream at this path");
    static constexpr const char *kNoMediaDescription =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "DESCRIBE gave no media description");
    static constexpr const char *kConnectionRefused =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "connection refused");
    static constexpr const char *kHostNotFound =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "host not found");
    static constexpr const char *kNetworkUnreachable =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "network unreachable");
    static constexpr const char *kSocketTimeout =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "socket timeout");
    static constexpr const char *kCameraClosed =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "the camera closed the connection");
    static constexpr const char *kNoAnswer = QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "no answer");
    // Details with a number in them: templates, for make() and translated().
    static constexpr const char *kNoConnectionWithin =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "no TCP connection within %1 ms");
    static constexpr const char *kNoReplyWithin =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "no RTSP reply within %1 ms");
    static constexpr const char *kDescribeAnswered =
        QT_TRANSLATE_NOOP("pontive::core::ProbeDetail", "DESCRIBE answered %1");

    // The stored (English) text of one of the details above, its %1 (if any) filled
    // with `number`.
    static QString make(const char *source);
    static QString make(const char *source, long long number);

    // The stored text in the current language.
    static QString translated(const QString &stored);
};

} // namespace pontive::core
