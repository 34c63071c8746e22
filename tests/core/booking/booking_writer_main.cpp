// A child process for the booking concurrency tests: books approved slots through the
// normal repository path, one connection of its own, and prints one line per attempt:
// "ok ID" or "refused CODE MESSAGE". Started by several at once against one store.
//   pontive_booking_writer URL WORKER ATTEMPTS same|sweep GO_AT_MS [DAY]
#include "booking/booking_repository.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <QTimeZone>

#include <cstdio>

namespace {

using namespace pontive::core;

// Slot i of the sweep: 20 half-hour steps a day from 08.00 WIB, each an hour long, so
// neighbouring slots overlap by half an hour.
QDateTime slotStart(int i)
{
    const QDateTime first(QDate(2027, 3, 1), QTime(8, 0), QTimeZone(7 * 3600));
    return first.addDays(i / 20).addSecs(qint64(i % 20) * 30 * 60).toUTC();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 6)
        return 2;
    auto url = DatabaseUrl::parse(QString::fromLocal8Bit(argv[1]));
    if (!url)
        return 2;
    const int worker = QByteArray(argv[2]).toInt();
    const int attempts = QByteArray(argv[3]).toInt();
    const bool same = QByteArray(argv[4]) == "same";
    const qint64 goAt = QByteArray(argv[5]).toLongLong();
    const int day = argc > 6 ? QByteArray(argv[6]).toInt() : 0;
    auto db = Database::open(*url);
    if (!db)
        return 1;
    BookingRepository repo(*db, Actor{QStringLiteral("writer-%1").arg(worker), QStringLiteral("test")});
    (void)repo.rooms();   // connect before the start signal, so all race on the write
    const qint64 wait = goAt - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        QThread::msleep(static_cast<unsigned long>(wait));
    for (int n = 0; n < attempts; ++n) {
        const int slot = same ? 0 : (n + worker * 7) % attempts;
        BookingRequest r;
        r.title = QStringLiteral("Rapat %1-%2").arg(worker).arg(n);
        r.organiser = QStringLiteral("writer %1").arg(worker);
        r.agency = QStringLiteral("Dishub");
        r.start = same ? QDateTime(QDate(2027, 2, 1), QTime(9, 0), QTimeZone(7 * 3600)).addDays(day).toUTC()
                       : slotStart(slot);
        r.end = r.start.addSecs(3600);
        r.approve = true;
        auto done = repo.add(r, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        if (done)
            std::printf("ok %lld\n", static_cast<long long>(done->ids.front()));
        else
            std::printf("refused %d %s\n", static_cast<int>(done.error().code), qPrintable(done.error().fullText().simplified()));
        std::fflush(stdout);
    }
    return 0;
}
