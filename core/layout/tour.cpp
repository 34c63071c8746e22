#include "tour.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pontive::core {

QString Tour::validate() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("pontive::core::Tour", "a tour needs a name");
    if (cameras.empty())
        return QCoreApplication::translate("pontive::core::Tour", "a tour needs cameras");
    if (dwell < kMinDwell)
        return QCoreApplication::translate("pontive::core::Tour", "the dwell time must be at least %1 s")
            .arg(kMinDwell.count());
    return {};
}

QJsonObject Tour::toJson() const
{
    QJsonArray list;
    for (qint64 id : cameras)
        list.append(id);
    return {{QStringLiteral("name"), name},
            {QStringLiteral("mode"), mode == Mode::Tile ? QStringLiteral("tile") : QStringLiteral("layout")},
            {QStringLiteral("dwellSeconds"), qint64(dwell.count())},
            {QStringLiteral("cameras"), list}};
}

std::optional<Tour> Tour::fromJson(const QJsonObject &json)
{
    Tour t;
    t.name = json.value(QStringLiteral("name")).toString();
    t.mode = json.value(QStringLiteral("mode")).toString() == QLatin1String("layout") ? Mode::Layout : Mode::Tile;
    t.dwell = std::chrono::seconds(json.value(QStringLiteral("dwellSeconds")).toInt());
    for (const QJsonValue &v : json.value(QStringLiteral("cameras")).toArray())
        t.cameras.push_back(qint64(v.toDouble()));
    if (!t.validate().isEmpty())
        return std::nullopt;
    return t;
}

TourSequencer::TourSequencer(Tour tour, int tiles)
    : m_tour(std::move(tour)), m_tiles(std::max(1, tiles))
{
}

int TourSequencer::steps() const
{
    const int n = int(m_tour.cameras.size());
    if (n == 0)
        return 0;
    return m_tour.mode == Tour::Mode::Tile ? n : (n + m_tiles - 1) / m_tiles;
}

std::vector<std::optional<qint64>> TourSequencer::current() const
{
    if (m_tour.cameras.empty())
        return {};
    if (m_tour.mode == Tour::Mode::Tile)
        return {m_tour.cameras[std::size_t(m_step)]};
    std::vector<std::optional<qint64>> page(static_cast<std::size_t>(m_tiles));
    for (int i = 0; i < m_tiles; ++i) {
        const std::size_t index = std::size_t(m_step * m_tiles + i);
        if (index < m_tour.cameras.size())
            page[std::size_t(i)] = m_tour.cameras[index];
    }
    return page;
}

void TourSequencer::advance()
{
    const int n = steps();
    if (n > 0)
        m_step = (m_step + 1) % n;
}

} // namespace pontive::core
