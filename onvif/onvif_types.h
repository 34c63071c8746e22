#pragma once

// Plain value types the ONVIF client and simulator exchange with the rest of Pontive.
// Nothing here knows gSOAP; conversions live in impl/convert.cpp.

#include <QDateTime>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace pontive::onvif {

struct OnvifCredentials {
    QString user;
    QString password;
    bool isEmpty() const { return user.isEmpty(); }
};

struct OnvifClientOptions {
    std::chrono::milliseconds connectTimeout{3000};
    std::chrono::milliseconds ioTimeout{5000};
    qint64 maxReplyBytes = 4 * 1024 * 1024;  // a camera reply is a few KiB; cap a runaway one
};

// Per-camera behaviour learned at run time; the caller persists it with the camera.
struct OnvifQuirks {
    bool stopUnsupported = false;   // fall back to ContinuousMove with zero velocity
    bool timeoutRejected = false;   // omit Timeout from ContinuousMove
    bool operator==(const OnvifQuirks &) const = default;
};

struct OnvifDeviceInfo {
    QString manufacturer;
    QString model;
    QString firmwareVersion;
    QString serialNumber;
    QString hardwareId;
};

// Service addresses after rewriting unreachable hosts to the one the user gave.
struct OnvifServices {
    QUrl device;
    QUrl media;
    QUrl media2;
    QUrl ptz;
};

struct OnvifProfile {
    QString token;
    QString name;
    QString encoding;            // H264, H265, JPEG ...
    QSize resolution;            // empty when the profile has no video encoder
    QString ptzConfigurationToken;  // empty when the profile has no PTZ
    QString ptzNodeToken;
    bool fromMedia2 = false;
};

struct OnvifStreamUris {
    QUrl main;       // the largest resolution
    QUrl sub;        // the smallest, same as main when there is one profile
    QString mainProfileToken;
    QString subProfileToken;
};

// Normalised PTZ values: pan/tilt/zoom in the camera's generic spaces.
struct PtzVector {
    double pan = 0;
    double tilt = 0;
    double zoom = 0;
    bool operator==(const PtzVector &) const = default;
};

enum class PtzMoveState { Idle, Moving, Unknown };

struct PtzStatus {
    PtzVector position;
    PtzMoveState panTilt = PtzMoveState::Unknown;
    PtzMoveState zoom = PtzMoveState::Unknown;
    QDateTime utcTime;
};

struct PtzPreset {
    QString token;
    QString name;
    std::optional<PtzVector> position;
};

struct PtzRange {
    double min = -1;
    double max = 1;
};

struct PtzRanges {
    PtzRange panPosition, tiltPosition, zoomPosition{0, 1};
    PtzRange panVelocity, tiltVelocity, zoomVelocity;
    std::optional<std::chrono::milliseconds> minTimeout;
    std::optional<std::chrono::milliseconds> maxTimeout;
    int maxPresets = 0;
    bool homeSupported = false;
};

struct DiscoveredDevice {
    QString endpointReference;   // urn:uuid:..., stable per device
    QList<QUrl> xaddrs;          // device service addresses
    QStringList scopes;
    QString types;
};

} // namespace pontive::onvif
