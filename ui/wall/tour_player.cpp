#include "tour_player.h"

#include "video_tile.h"
#include "wall_view.h"

namespace pontive::ui {

struct TourPlayer::Run {
    Run(const core::Tour &t, int tiles, int onTile)
        : tour(t), sequence(t, tiles), tile(onTile)
    {
    }
    core::Tour tour;
    core::TourSequencer sequence;
    int tile;
    QTimer timer;
    // What the run put on the wall at its last step (one camera for a tile tour, every
    // tile for a layout tour): a difference is the operator's doing.
    std::vector<std::optional<qint64>> shown;
};

TourPlayer::TourPlayer(WallView *wall)
    : QObject(wall), m_wall(wall), m_tiles(wall->tileCount())
{
    connect(m_wall, &WallView::wallLayoutEdited, this, &TourPlayer::wallEdited);
}

TourPlayer::~TourPlayer() = default;

std::unique_ptr<TourPlayer::Run> TourPlayer::makeRun(const core::Tour &tour, int tile)
{
    const int tiles = tour.mode == core::Tour::Mode::Layout ? m_wall->tileCount() : 1;
    auto run = std::make_unique<Run>(tour, tiles, tile);
    Run *raw = run.get();
    run->timer.setInterval(std::chrono::milliseconds(std::max(tour.dwell, core::Tour::kMinDwell)));
    connect(&run->timer, &QTimer::timeout, this, [this, raw] { advance(*raw); });
    return run;
}

void TourPlayer::play(const core::Tour &tour, int tile)
{
    if (tour.cameras.empty())
        return;
    m_tiles = m_wall->tileCount();
    if (tour.mode == core::Tour::Mode::Layout) {
        m_tileRuns.clear();
        m_layoutRun = makeRun(tour, -1);
        show(*m_layoutRun);
        if (!m_paused)
            m_layoutRun->timer.start();
    } else {
        if (tile < 0 || tile >= m_wall->tileCount())
            return;
        m_layoutRun.reset();
        auto &slot = m_tileRuns[tile];
        slot = makeRun(tour, tile);
        show(*slot);
        if (!m_paused)
            slot->timer.start();
    }
    refreshBadges();
    emit stateChanged();
}

void TourPlayer::stop(int tile)
{
    if (m_tileRuns.erase(tile) == 0)
        m_layoutRun.reset();
    refreshBadges();
    emit stateChanged();
}

void TourPlayer::stopAll()
{
    m_layoutRun.reset();
    m_tileRuns.clear();
    m_paused = false;
    refreshBadges();
    emit stateChanged();
}

void TourPlayer::next()
{
    if (m_layoutRun)
        advance(*m_layoutRun);
    for (auto &[tile, run] : m_tileRuns)
        advance(*run);
}

void TourPlayer::setPaused(bool paused)
{
    if (!isPlaying())
        paused = false;
    m_paused = paused;
    auto apply = [paused](Run &run) { paused ? run.timer.stop() : run.timer.start(); };
    if (m_layoutRun)
        apply(*m_layoutRun);
    for (auto &[tile, run] : m_tileRuns)
        apply(*run);
    refreshBadges();
    emit stateChanged();
}

void TourPlayer::advance(Run &run)
{
    run.sequence.advance();
    show(run);
    if (!m_paused)
        run.timer.start();  // a manual step restarts the dwell
    refreshBadges();
    emit stateChanged();
}

std::optional<qint64> TourPlayer::cameraOn(int tile) const
{
    return m_wall->wallLayout().cells[std::size_t(tile)].cameraId;
}

void TourPlayer::show(Run &run)
{
    const auto page = run.sequence.current();
    run.shown.clear();
    if (run.tile >= 0) {
        if (!page.empty())
            m_wall->assign(run.tile, page.front());
        run.shown.push_back(cameraOn(run.tile));
        return;
    }
    for (int i = 0; i < m_wall->tileCount() && std::size_t(i) < page.size(); ++i)
        m_wall->assign(i, page[std::size_t(i)]);
    for (int i = 0; i < m_wall->tileCount(); ++i)
        run.shown.push_back(cameraOn(i));
}

void TourPlayer::wallEdited()
{
    // A new grid: tile tours beyond it end, a layout tour pages by the new tile count.
    if (m_wall->tileCount() != m_tiles) {
        m_tiles = m_wall->tileCount();
        std::erase_if(m_tileRuns, [this](const auto &entry) { return entry.first >= m_tiles; });
        if (m_layoutRun) {
            const core::Tour tour = m_layoutRun->tour;
            m_layoutRun = makeRun(tour, -1);
            show(*m_layoutRun);
            if (!m_paused)
                m_layoutRun->timer.start();
        }
        refreshBadges();
        emit stateChanged();
        return;
    }
    if (takenOver())
        emit stateChanged();
    refreshBadges();
}

bool TourPlayer::takenOver()
{
    // The operator dropped, cleared or recalled something over a touring tile: the tour
    // there stops rather than overwrite the choice at its next step. A tile tour whose
    // camera was swapped onto another (free) tile goes along with it.
    bool changed = false;
    if (m_layoutRun) {
        for (int i = 0; i < m_wall->tileCount(); ++i) {
            if (std::size_t(i) < m_layoutRun->shown.size() && cameraOn(i) != m_layoutRun->shown[std::size_t(i)]) {
                m_layoutRun.reset();
                changed = true;
                break;
            }
        }
    }
    std::map<int, std::unique_ptr<Run>> kept;
    for (auto &[tile, run] : m_tileRuns) {
        if (run->shown.empty() || cameraOn(tile) == run->shown.front()) {
            kept.emplace(tile, std::move(run));
            continue;
        }
        changed = true;
        const qint64 expected = run->shown.front().value_or(0);  // ids start at 1
        int movedTo = -1;
        for (int i = 0; expected && i < m_wall->tileCount(); ++i) {
            if (i == tile || cameraOn(i).value_or(0) != expected || m_tileRuns.contains(i) || kept.contains(i))
                continue;
            movedTo = movedTo == -1 ? i : -2;  // the camera on two tiles: no telling which
        }
        if (movedTo >= 0) {
            run->tile = movedTo;
            kept.emplace(movedTo, std::move(run));
        }
    }
    m_tileRuns = std::move(kept);
    return changed;
}

std::optional<QString> TourPlayer::tourOn(int tile) const
{
    if (m_layoutRun && tile >= 0 && tile < m_wall->tileCount())
        return m_layoutRun->tour.name;
    const auto it = m_tileRuns.find(tile);
    if (it == m_tileRuns.end())
        return std::nullopt;
    return it->second->tour.name;
}

std::optional<QString> TourPlayer::layoutTour() const
{
    if (!m_layoutRun)
        return std::nullopt;
    return m_layoutRun->tour.name;
}

std::map<int, QString> TourPlayer::tileTours() const
{
    std::map<int, QString> out;
    for (const auto &[tile, run] : m_tileRuns)
        out.emplace(tile, run->tour.name);
    return out;
}

QString TourPlayer::summary() const
{
    auto stepText = [](const Run &run) {
        return tr("Tour %1: %2/%3").arg(run.tour.name).arg(run.sequence.step() + 1).arg(run.sequence.steps());
    };
    QString text;
    if (m_layoutRun)
        text = stepText(*m_layoutRun);
    else if (m_tileRuns.size() == 1)
        text = stepText(*m_tileRuns.begin()->second);
    else if (!m_tileRuns.empty())
        text = tr("%1 tours").arg(m_tileRuns.size());
    if (!text.isEmpty() && m_paused)
        text = tr("%1 (paused)").arg(text);
    return text;
}

void TourPlayer::refreshBadges()
{
    auto badge = [this](const Run &run) {
        const QString step = QStringLiteral("%1/%2").arg(run.sequence.step() + 1).arg(run.sequence.steps());
        return (m_paused ? tr("Paused: %1 %2") : tr("Tour: %1 %2")).arg(run.tour.name, step);
    };
    for (int i = 0; i < m_wall->tileCount(); ++i) {
        QString text;
        if (m_layoutRun)
            text = badge(*m_layoutRun);
        else if (const auto it = m_tileRuns.find(i); it != m_tileRuns.end())
            text = badge(*it->second);
        m_wall->tile(i)->setTourBadge(text, m_paused);
    }
}

} // namespace pontive::ui
