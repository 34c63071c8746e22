#pragma once

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>
#include <vector>

namespace pontive::core {

// A camera sequence shown in turn: on one tile, or a whole layout stepping a page of
// cameras at a time (a 4x4 going through every Dishub camera).
struct Tour {
    enum class Mode { Tile, Layout };

    QString name;
    Mode mode = Mode::Tile;
    std::vector<qint64> cameras;
    std::chrono::seconds dwell{10};

    static constexpr std::chrono::seconds kMinDwell{3};

    QString validate() const;
    QJsonObject toJson() const;
    static std::optional<Tour> fromJson(const QJsonObject &json);
    bool operator==(const Tour &) const = default;
};

// Which cameras a tour shows at each step; wraps around. Pure logic, no timer.
class TourSequencer
{
public:
    TourSequencer(Tour tour, int tiles);

    // One entry per tile (Layout mode) or a single entry (Tile mode); empty tiles on the
    // last page stay empty.
    std::vector<std::optional<qint64>> current() const;
    void advance();
    int step() const { return m_step; }
    int steps() const;

private:
    Tour m_tour;
    int m_tiles;
    int m_step = 0;
};

} // namespace pontive::core
