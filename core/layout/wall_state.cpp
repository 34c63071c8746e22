#include "wall_state.h"

#include <QJsonArray>

#include <algorithm>

namespace pontive::core {

namespace {

const QString kMain = QStringLiteral("main");
const QString kSub = QStringLiteral("sub");

} // namespace

std::vector<QString> WallState::tourNames() const
{
    std::vector<QString> names;
    if (layoutTour)
        names.push_back(*layoutTour);
    for (const auto &[tile, name] : tileTours) {
        if (std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    }
    return names;
}

QJsonObject WallState::toJson() const
{
    QJsonObject json;
    if (layoutTour)
        json.insert(QStringLiteral("layoutTour"), *layoutTour);
    QJsonArray tiles;
    for (const auto &[tile, name] : tileTours)
        tiles.append(QJsonObject{{QStringLiteral("tile"), tile}, {QStringLiteral("tour"), name}});
    if (!tiles.isEmpty())
        json.insert(QStringLiteral("tileTours"), tiles);
    if (toursPaused)
        json.insert(QStringLiteral("toursPaused"), true);
    QJsonArray qualities;
    for (const auto &[tile, q] : quality)
        qualities.append(QJsonObject{{QStringLiteral("tile"), tile},
                                     {QStringLiteral("quality"), q == StreamQuality::Main ? kMain : kSub}});
    if (!qualities.isEmpty())
        json.insert(QStringLiteral("quality"), qualities);
    return json;
}

WallState WallState::fromJson(const QJsonObject &json)
{
    WallState s;
    if (const QString name = json.value(QStringLiteral("layoutTour")).toString(); !name.isEmpty())
        s.layoutTour = name;
    for (const QJsonValue &v : json.value(QStringLiteral("tileTours")).toArray()) {
        const int tile = v[QStringLiteral("tile")].toInt(-1);
        const QString name = v[QStringLiteral("tour")].toString();
        if (tile >= 0 && !name.isEmpty())
            s.tileTours[tile] = name;
    }
    s.toursPaused = json.value(QStringLiteral("toursPaused")).toBool();
    for (const QJsonValue &v : json.value(QStringLiteral("quality")).toArray()) {
        const int tile = v[QStringLiteral("tile")].toInt(-1);
        const QString q = v[QStringLiteral("quality")].toString();
        if (tile >= 0 && (q == kMain || q == kSub))
            s.quality[tile] = q == kMain ? StreamQuality::Main : StreamQuality::Sub;
    }
    return s;
}

} // namespace pontive::core
