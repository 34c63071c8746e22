#pragma once

#include "booking.h"
#include "booking_query.h"
#include "error.h"
#include "util/latest_result_watcher.h"

#include <QObject>

#include <memory>
#include <vector>

namespace pontive::core {

class Database;

// Reads bookings on a worker thread and reports by signal, so the GUI thread never waits
// on SQL (the calendar views and the AgendaClock's feed). A newer request supersedes an
// older one still running.
class BookingListLoader : public QObject
{
    Q_OBJECT
public:
    explicit BookingListLoader(std::shared_ptr<Database> db, QObject *parent = nullptr);

    void load(const BookingQuery &query = {});

signals:
    void loaded(const std::vector<pontive::core::Booking> &bookings);
    void failed(const pontive::Error &error);

private:
    std::shared_ptr<Database> m_db;
    LatestResultWatcher<Result<std::vector<Booking>>> m_watcher;
};

} // namespace pontive::core
