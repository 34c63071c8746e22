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
    // Details with a number in them: the template, for make() and translated().
    static constexpr const char *kNoConnectionWithin = QT_TRANSLATE_NOOP("pontive::core::ProbeDetail",
                                                                         "no TCP connection within %1 ms");
    static constexpr const char *kNoReplyWithin = QT_TRANSLATE_NOOP("pontive::core::ProbeDetail",
                                                                    "no RTSP reply within %1 ms");
    static constexpr const char *kDescribeAnswered = QT_TRANSLATE_NOOP("pontive::core::ProbeDetail",
                                                                       "DESCRIBE answered %1");

    // The stored (English) text: `source` marked with QT_TRANSLATE_NOOP in this class's
    // context, its %1 (if any) filled with `number`.
    static QString make(const char *source);
    static QString make(const char *source, long long number);

    // The stored text in the current language.
    static QString translated(const QString &stored);
};

} // namespace pontive::core
