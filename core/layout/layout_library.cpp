#include "layout_library.h"

#include "store/layout_repository.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace pontive::core {

LayoutLibrary::LayoutLibrary(std::shared_ptr<Database> db, Actor actor, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_actor(std::move(actor))
{
}

LayoutLibrary::~LayoutLibrary()
{
    waitForIdle();
}

template <class T, class Work, class Done>
void LayoutLibrary::run(Work work, Done done)
{
    auto *watcher = new QFutureWatcher<Result<T>>(this);
    ++m_inFlight;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        --m_inFlight;
        const Result<T> result = watcher->result();
        watcher->deleteLater();
        if (result)
            done(*result);
        else
            emit failed(result.error());
    });
    auto db = m_db;
    auto actor = m_actor;
    watcher->setFuture(QtConcurrent::run([db, actor, work]() -> Result<T> { return work(LayoutRepository(db, actor)); }));
}

template <class Work, class Done>
void LayoutLibrary::write(Work work, Done done)
{
    run<bool>(
        [work](LayoutRepository repo) -> Result<bool> {
            if (auto ok = work(std::move(repo)); !ok)
                return std::unexpected(ok.error());
            return true;
        },
        [done](bool) { done(); });
}

void LayoutLibrary::waitForIdle()
{
    for (QFutureWatcherBase *w : findChildren<QFutureWatcherBase *>())
        w->waitForFinished();
}

void LayoutLibrary::loadLayouts()
{
    run<std::vector<Layout>>([](LayoutRepository repo) { return repo.layouts(); },
                             [this](const std::vector<Layout> &all) { emit layoutsLoaded(all); });
}

void LayoutLibrary::saveLayout(const Layout &layout)
{
    write([layout](LayoutRepository repo) { return repo.saveLayout(layout); },
          [this, name = layout.name] {
              emit layoutSaved(name);
              loadLayouts();
          });
}

void LayoutLibrary::loadScreenLayout(const QString &screen)
{
    run<std::optional<ScreenView>>([screen](LayoutRepository repo) { return repo.screenView(screen); },
                                   [this, screen](const std::optional<ScreenView> &v) { emit screenLayoutLoaded(screen, v); });
}

void LayoutLibrary::saveScreenLayout(const QString &screen, const Layout &layout, const WallState &state)
{
    write([screen, layout, state](LayoutRepository repo) { return repo.saveScreenLayout(screen, layout, state); },
          [] {});
}

void LayoutLibrary::loadTours()
{
    run<std::vector<Tour>>([](LayoutRepository repo) { return repo.tours(); },
                           [this](const std::vector<Tour> &all) { emit toursLoaded(all); });
}

void LayoutLibrary::saveTour(const Tour &tour)
{
    write([tour](LayoutRepository repo) { return repo.saveTour(tour); },
          [this, name = tour.name] {
              emit tourSaved(name);
              loadTours();
          });
}

void LayoutLibrary::removeLayout(const QString &name)
{
    write([name](LayoutRepository repo) { return repo.removeLayout(name); }, [this] { loadLayouts(); });
}

void LayoutLibrary::removeTour(const QString &name)
{
    write([name](LayoutRepository repo) { return repo.removeTour(name); }, [this] { loadTours(); });
}

} // namespace pontive::core
