#pragma once

#include "error.h"
#include "layout.h"
#include "tour.h"
#include "wall_state.h"
#include "store/actor.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace pontive::core {

class Database;

// The wall's access to saved layouts and to what each screen showed, off the GUI
// thread: every call returns at once and answers by signal.
class LayoutLibrary : public QObject
{
    Q_OBJECT
public:
    LayoutLibrary(std::shared_ptr<Database> db, Actor actor, QObject *parent = nullptr);
    ~LayoutLibrary() override;

    void loadLayouts();
    void saveLayout(const Layout &layout);
    // Removes a saved layout from the store (every station's list), then reloads the list.
    void removeLayout(const QString &name);
    void loadScreenLayout(const QString &screen);
    void saveScreenLayout(const QString &screen, const Layout &layout, const WallState &state = {});
    void loadTours();
    void saveTour(const Tour &tour);
    void removeTour(const QString &name);
    // Waits for every call in flight (shutdown, tests).
    void waitForIdle();

signals:
    void layoutsLoaded(const std::vector<pontive::core::Layout> &layouts);
    void layoutSaved(const QString &name);
    void toursLoaded(const std::vector<pontive::core::Tour> &tours);
    void tourSaved(const QString &name);
    // The screen's saved layout and wall state; nullopt when the screen has none yet.
    void screenLayoutLoaded(const QString &screen, const std::optional<pontive::core::ScreenView> &view);
    void failed(const pontive::Error &error);

private:
    template <class T, class Work, class Done>
    void run(Work work, Done done);
    // A write that answers only whether it worked.
    template <class Work, class Done>
    void write(Work work, Done done);

    std::shared_ptr<Database> m_db;
    Actor m_actor;
    int m_inFlight = 0;
};

} // namespace pontive::core
