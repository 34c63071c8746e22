#include "camera_enums.h"

#include <array>
#include <utility>

namespace pontive::core {

namespace {

template <class E, std::size_t N>
std::optional<E> lookup(const QString &text, const std::array<std::pair<const char *, E>, N> &table)
{
    const QString key = text.trimmed().toLower();
    for (const auto &[word, value] : table) {
        if (key == QLatin1String(word))
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toKey(CameraKind v)
{
    return v == CameraKind::Ptz ? QStringLiteral("ptz") : QStringLiteral("fixed");
}

QString toKey(MediaType v)
{
    return v == MediaType::Fiber ? QStringLiteral("fiber") : QStringLiteral("wireless");
}

QString toKey(CameraStatus v)
{
    switch (v) {
    case CameraStatus::Online: return QStringLiteral("online");
    case CameraStatus::Offline: return QStringLiteral("offline");
    case CameraStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString toKey(OfflineCause v)
{
    switch (v) {
    case OfflineCause::Camera: return QStringLiteral("camera");
    case OfflineCause::Power: return QStringLiteral("power");
    case OfflineCause::Media: return QStringLiteral("media");
    case OfflineCause::Unknown: break;
    }
    return QStringLiteral("unknown");
}

std::optional<CameraKind> parseCameraKind(const QString &text)
{
    static constexpr std::array<std::pair<const char *, CameraKind>, 6> table{{
        {"ptz", CameraKind::Ptz}, {"pan-tilt-zoom", CameraKind::Ptz},
        {"fixed", CameraKind::Fixed}, {"statis", CameraKind::Fixed},
        {"static", CameraKind::Fixed}, {"tetap", CameraKind::Fixed},
    }};
    return lookup(text, table);
}

std::optional<MediaType> parseMediaType(const QString &text)
{
    static constexpr std::array<std::pair<const char *, MediaType>, 8> table{{
        {"fiber", MediaType::Fiber}, {"fibre", MediaType::Fiber}, {"fo", MediaType::Fiber},
        {"fiber optic", MediaType::Fiber}, {"serat optik", MediaType::Fiber},
        {"wireless", MediaType::Wireless}, {"nirkabel", MediaType::Wireless},
        {"radio", MediaType::Wireless},
    }};
    return lookup(text, table);
}

std::optional<CameraStatus> parseCameraStatus(const QString &text)
{
    static constexpr std::array<std::pair<const char *, CameraStatus>, 8> table{{
        {"online", CameraStatus::Online}, {"daring", CameraStatus::Online},
        {"aktif", CameraStatus::Online}, {"offline", CameraStatus::Offline},
        {"luring", CameraStatus::Offline}, {"mati", CameraStatus::Offline},
        {"unknown", CameraStatus::Unknown}, {"tidak diketahui", CameraStatus::Unknown},
    }};
    if (text.trimmed().isEmpty())
        return CameraStatus::Unknown;
    return lookup(text, table);
}

std::optional<OfflineCause> parseOfflineCause(const QString &text)
{
    static constexpr std::array<std::pair<const char *, OfflineCause>, 11> table{{
        {"camera", OfflineCause::Camera}, {"kamera", OfflineCause::Camera},
        {"rusak", OfflineCause::Camera}, {"broken", OfflineCause::Camera},
        {"power", OfflineCause::Power}, {"listrik", OfflineCause::Power},
        {"media", OfflineCause::Media}, {"network", OfflineCause::Media},
        {"jaringan", OfflineCause::Media}, {"unknown", OfflineCause::Unknown},
        {"tidak diketahui", OfflineCause::Unknown},
    }};
    if (text.trimmed().isEmpty())
        return OfflineCause::Unknown;
    return lookup(text, table);
}

QStringList knownCameraTags()
{
    return {QStringLiteral("traffic"), QStringLiteral("disaster-prone"),
            QStringLiteral("tax-billboard"), QStringLiteral("infrastructure"),
            QStringLiteral("public-service"), QStringLiteral("staff-discipline")};
}

QString CameraTerms::name(CameraKind v)
{
    return v == CameraKind::Ptz ? tr("PTZ") : tr("Fixed");
}

QString CameraTerms::name(MediaType v)
{
    return v == MediaType::Fiber ? tr("Fiber optic") : tr("Wireless");
}

QString CameraTerms::name(CameraStatus v)
{
    switch (v) {
    case CameraStatus::Online: return tr("Online");
    case CameraStatus::Offline: return tr("Offline");
    case CameraStatus::Unknown: break;
    }
    return tr("Unknown");
}

QString CameraTerms::name(OfflineCause v)
{
    switch (v) {
    case OfflineCause::Camera: return tr("Camera broken");
    case OfflineCause::Power: return tr("Power");
    case OfflineCause::Media: return tr("Network media");
    case OfflineCause::Unknown: break;
    }
    return tr("Cause unknown");
}

QString CameraTerms::tagName(const QString &tagKey)
{
    if (tagKey == QLatin1String("traffic")) return tr("Traffic");
    if (tagKey == QLatin1String("disaster-prone")) return tr("Disaster-prone area");
    if (tagKey == QLatin1String("tax-billboard")) return tr("Building tax and billboards");
    if (tagKey == QLatin1String("infrastructure")) return tr("Infrastructure works");
    if (tagKey == QLatin1String("public-service")) return tr("Public service");
    if (tagKey == QLatin1String("staff-discipline")) return tr("Staff discipline");
    return tagKey;
}

} // namespace pontive::core
