#pragma once

#include "layout/tour.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace pontive::ui {

class WallView;

// Plays tours on one wall: a camera sequence on a tile (several tiles may each run one),
// or the whole layout paging through a camera set. Pause holds every tour of the wall;
// the tiles show which tour runs, its step and whether it is paused.
class TourPlayer : public QObject
{
    Q_OBJECT
public:
    explicit TourPlayer(WallView *wall);
    ~TourPlayer() override;

    // A tile tour on `tile` (the layout tour stops), or a layout tour (`tile` ignored,
    // every tile tour stops). The first step shows at once.
    void play(const core::Tour &tour, int tile);
    void stop(int tile);
    void stopAll();
    // Shows the next step now (and restarts the dwell).
    void next();
    void setPaused(bool paused);
    void togglePause() { setPaused(!m_paused); }
    bool isPaused() const { return m_paused; }
    bool isPlaying() const { return m_layoutRun || !m_tileRuns.empty(); }
    // The tour running on a tile (its own or the layout's).
    std::optional<QString> tourOn(int tile) const;
    // The layout tour's name, if one runs; the tile tours' names by tile.
    std::optional<QString> layoutTour() const;
    std::map<int, QString> tileTours() const;
    // Operator-facing summary ("Tour Dishub: 2/9" or "2 tours, paused"), empty when idle.
    QString summary() const;

signals:
    void stateChanged();

private:
    struct Run;
    void show(Run &run);
    void advance(Run &run);
    void wallEdited();
    bool takenOver();  // stops (or moves) the runs the operator overrode; true if any
    std::optional<qint64> cameraOn(int tile) const;
    void refreshBadges();
    std::unique_ptr<Run> makeRun(const core::Tour &tour, int tile);

    WallView *m_wall;
    std::unique_ptr<Run> m_layoutRun;
    std::map<int, std::unique_ptr<Run>> m_tileRuns;
    bool m_paused = false;
    int m_tiles = 0;
};

} // namespace pontive::ui
