#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace pontive::core {

enum class CameraKind { Ptz, Fixed };
enum class MediaType { Fiber, Wireless };
enum class CameraStatus { Unknown, Online, Offline };
// Why a camera is offline, in the office's words: the camera broken, the power supply,
// or the network media.
enum class OfflineCause { Unknown, Camera, Power, Media };

// Stable keys stored in the database and written to exports ("ptz", "fiber", ...).
QString toKey(CameraKind v);
QString toKey(MediaType v);
QString toKey(CameraStatus v);
QString toKey(OfflineCause v);

// Parsers accept the keys and the words operators type, in English and Indonesian
// ("statis", "nirkabel", "luring", "listrik"), case-insensitively.
std::optional<CameraKind> parseCameraKind(const QString &text);
std::optional<MediaType> parseMediaType(const QString &text);
std::optional<CameraStatus> parseCameraStatus(const QString &text);
std::optional<OfflineCause> parseOfflineCause(const QString &text);

// The tags for the uses the office names for its CCTV.
QStringList knownCameraTags();

// Operator-visible names (translated).
class CameraTerms
{
    Q_DECLARE_TR_FUNCTIONS(CameraTerms)
public:
    static QString name(CameraKind v);
    static QString name(MediaType v);
    static QString name(CameraStatus v);
    static QString name(OfflineCause v);
    static QString tagName(const QString &tagKey);
};

} // namespace pontive::core
