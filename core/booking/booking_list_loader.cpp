#include "booking_list_loader.h"

#include "booking_repository.h"
#include "store/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pontive::core {

BookingListLoader::BookingListLoader(std::shared_ptr<Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const auto result = m_watcher.result();
        if (result)
            emit loaded(*result);
        else
            emit failed(result.error());
    });
}

BookingListLoader::~BookingListLoader()
{
    m_watcher.waitForFinished();
}

void BookingListLoader::load(const BookingQuery &query)
{
    auto db = m_db;
    m_watcher.setFuture(QtConcurrent::run([db, query]() -> Result<std::vector<Booking>> {
        return BookingRepository(db, Actor::current()).list(query);
    }));
}

} // namespace pontive::core
