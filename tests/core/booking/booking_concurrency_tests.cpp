#include "catch_qt.h"
#include "test_store.h"
#include "booking_test_support.h"

#include "booking/booking_repository.h"

#include <QProcess>

#include <memory>

using namespace pontive;
using namespace pontive::core;
using pontive::test::TestStore;

namespace {

struct Tally {
    int ok = 0;
    int conflicts = 0;
    int other = 0;
    QStringList otherLines;
};

// Starts `workers` booking processes that all begin writing at the same moment, waits for
// them and counts their answers.
Tally runWriters(const TestStore &store, int workers, int attempts, const char *mode, int day = 0)
{
    const qint64 goAt = QDateTime::currentMSecsSinceEpoch() + 1500;
    std::vector<std::unique_ptr<QProcess>> procs;
    for (int w = 0; w < workers; ++w) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(PONTIVE_BOOKING_WRITER),
                 {store.urlText(), QString::number(w), QString::number(attempts), QString::fromLatin1(mode),
                  QString::number(goAt), QString::number(day)});
        REQUIRE(p->waitForStarted(5000));
        procs.push_back(std::move(p));
    }
    Tally t;
    const QByteArray conflict = "refused " + QByteArray::number(static_cast<int>(ErrorCode::Conflict)) + ' ';
    for (auto &p : procs) {
        REQUIRE(p->waitForFinished(60000));
        CHECK(p->exitCode() == 0);
        for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
            if (line.isEmpty())
                continue;
            if (line.startsWith("ok "))
                ++t.ok;
            else if (line.startsWith(conflict))
                ++t.conflicts;
            else {
                ++t.other;
                t.otherLines << QString::fromUtf8(line);
            }
        }
    }
    return t;
}

} // namespace

TEST_CASE("8 processes booking the same slot at once: exactly one is approved, every other is told the conflict",
          "[booking][concurrency]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    constexpr int kRounds = 3;
    constexpr int kWorkers = 8;
    for (int round = 0; round < kRounds; ++round) {
        const Tally t = runWriters(store, kWorkers, 1, "same", round);
        INFO("round " << round << ": " << t.otherLines.join(QStringLiteral(" | ")).toStdString());
        CHECK(t.ok == 1);
        CHECK(t.conflicts == kWorkers - 1);
        CHECK(t.other == 0);
    }
    CHECK(pontive::test::countRows(*db, QStringLiteral("bookings")) == kRounds);
    CHECK(pontive::test::overlappingApprovedPairs(*db) == 0);
    CHECK(pontive::test::deadlocksBroken(*db) == 0);
    WARN(engine << ": " << kRounds * kWorkers << " simultaneous attempts, " << kRounds << " approved, 0 double bookings");
}

TEST_CASE("4 processes x 250 bookings on overlapping slots: no overlap stored and every refusal reported",
          "[booking][concurrency]")
{
    PONTIVE_OPEN_STORE_EACH_ENGINE(engine, store, db);
    constexpr int kWorkers = 4;
    constexpr int kAttempts = 250;
    const Tally t = runWriters(store, kWorkers, kAttempts, "sweep");
    INFO(t.otherLines.join(QStringLiteral(" | ")).toStdString());
    CHECK(t.other == 0);
    CHECK(t.ok + t.conflicts == kWorkers * kAttempts);
    CHECK(t.ok > 0);
    CHECK(pontive::test::countRows(*db, QStringLiteral("bookings")) == t.ok);
    CHECK(pontive::test::overlappingApprovedPairs(*db) == 0);
    // Stations queue on the room instead of deadlocking inside the exclusion constraint
    // (each deadlock costs a second before PostgreSQL breaks it).
    CHECK(pontive::test::deadlocksBroken(*db) == 0);
    WARN(engine << ": " << kWorkers * kAttempts << " attempts, " << t.ok << " approved, " << t.conflicts
                << " refused as conflicts, 0 overlaps");
}
