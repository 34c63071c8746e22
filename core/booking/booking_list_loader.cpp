#include "booking_list_loader.h"

#include "booking_repository.h"
#include "store/database.h"

namespace pontive::core {

BookingListLoader::BookingListLoader(std::shared_ptr<Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db)),
      m_watcher(resultEmitter(this, &BookingListLoader::loaded, &BookingListLoader::failed))
{
}

void BookingListLoader::load(const BookingQuery &query)
{
    m_watcher.run([db = m_db, query] {
        auto bookings = BookingRepository(db, Actor::current()).list(query);
        db->releaseThreadConnection(); // as CameraListLoader: no connection left on the pool thread
        return bookings;
    });
}

} // namespace pontive::core
