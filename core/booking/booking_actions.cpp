#include "booking_actions.h"

#include "booking_repository.h"
#include "store/agency_repository.h"
#include "store/layout_repository.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace pontive::core {

BookingActions::BookingActions(std::shared_ptr<Database> db, Actor actor, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_actor(std::move(actor))
{
}

BookingActions::~BookingActions()
{
    waitForIdle();
}

template <class T, class Work, class Done, class Failed>
void BookingActions::run(Work work, Done done, Failed onFailure)
{
    auto *watcher = new QFutureWatcher<Result<T>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done, onFailure] {
        const Result<T> result = watcher->result();
        watcher->deleteLater();
        if (result)
            done(*result);
        else
            onFailure(result.error());
    });
    auto db = m_db;
    auto actor = m_actor;
    watcher->setFuture(QtConcurrent::run([db, actor, work]() -> Result<T> { return work(BookingRepository(db, actor), db, actor); }));
}

void BookingActions::waitForIdle()
{
    for (QFutureWatcherBase *w : findChildren<QFutureWatcherBase *>())
        w->waitForFinished();
}

void BookingActions::loadChoices()
{
    run<BookingChoices>(
        [](const BookingRepository &repo, const std::shared_ptr<Database> &db, const Actor &actor) -> Result<BookingChoices> {
            BookingChoices c;
            auto rooms = repo.rooms();
            if (!rooms)
                return std::unexpected(rooms.error());
            c.rooms = std::move(*rooms);
            auto agencies = AgencyRepository(db, actor).list();
            if (!agencies)
                return std::unexpected(agencies.error());
            for (const Agency &a : *agencies)
                c.agencies << a.code;
            auto layouts = LayoutRepository(db, actor).layouts();
            if (!layouts)
                return std::unexpected(layouts.error());
            for (const Layout &l : *layouts)
                c.layouts << l.name;
            return c;
        },
        [this](const BookingChoices &c) { emit choicesLoaded(c); }, [this](const Error &e) { emit failed(e); });
}

void BookingActions::check(const BookingRequest &request)
{
    run<BookingOutcome>([request](BookingRepository repo, const auto &, const auto &) { return repo.check(request); },
                        [this](const BookingOutcome &o) { emit checked(o); },
                        [this](const Error &e) { emit checkFailed(e); });
}

void BookingActions::add(const BookingRequest &request)
{
    run<BookingOutcome>([request](BookingRepository repo, const auto &, const auto &) { return repo.add(request); },
                        [this](const BookingOutcome &o) {
                            emit added(o);
                            emit changed();
                        },
                        [this](const Error &e) { emit failed(e); });
}

void BookingActions::changeStatus(qint64 id, BookingStatus to, const QString &reason, BookingScope scope)
{
    run<bool>(
        [id, to, reason, scope](BookingRepository repo, const auto &, const auto &) -> Result<bool> {
            if (auto done = repo.changeStatus(id, to, reason, scope); !done)
                return std::unexpected(done.error());
            return true;
        },
        [this, id, to](bool) {
            emit statusChanged(id, to);
            emit changed();
        },
        [this](const Error &e) { emit failed(e); });
}

} // namespace pontive::core
