#pragma once

#include "booking.h"
#include "booking_choices.h"
#include "booking_outcome.h"
#include "booking_request.h"
#include "error.h"
#include "store/actor.h"

#include <QObject>

#include <memory>

namespace pontive::core {

class BookingRepository;
class Database;

// The booking changes the console makes, run on a worker thread: every call returns at
// once and answers by signal, so the GUI thread never waits on SQL (or on another
// station's write lock).
class BookingActions : public QObject
{
    Q_OBJECT
public:
    BookingActions(std::shared_ptr<Database> db, Actor actor, QObject *parent = nullptr);
    ~BookingActions() override;

    void loadChoices();
    // The checks of a save without writing: conflicts by date, opening hours, warnings.
    void check(const BookingRequest &request);
    void add(const BookingRequest &request);
    void changeStatus(qint64 id, BookingStatus to, const QString &reason, BookingScope scope);
    // Waits for every call in flight (shutdown, tests).
    void waitForIdle();

signals:
    void choicesLoaded(const pontive::core::BookingChoices &choices);
    void checked(const pontive::core::BookingOutcome &outcome);
    void checkFailed(const pontive::Error &error);
    void added(const pontive::core::BookingOutcome &outcome);
    void statusChanged(qint64 id, pontive::core::BookingStatus status);
    void failed(const pontive::Error &error);
    // After any write: views read the store again.
    void changed();

private:
    template <class T, class Work, class Done, class Failed>
    void run(Work work, Done done, Failed onFailure);

    std::shared_ptr<Database> m_db;
    Actor m_actor;
};

} // namespace pontive::core
