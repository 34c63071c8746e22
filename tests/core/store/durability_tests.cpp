#include "catch_qt.h"
#include "test_store.h"

#include "store/location_repository.h"
#include "store/sql.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

using namespace pontive;
using namespace pontive::core;
using pontive::test::TestStore;

TEST_CASE("a writer killed with SIGKILL at random moments leaves an intact store with every committed row", "[store][durability]")
{
    TestStore store("sqlite");
    REQUIRE(store.open());
    QSet<int> committed;
    int next = 0;
    QRandomGenerator rng(20211231);
    constexpr int kRounds = 8;
    for (int round = 0; round < kRounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(PONTIVE_STORE_WRITER), {store.urlText(), QString::number(next)});
        REQUIRE(writer.waitForStarted(5000));
        // Let it commit for a random while, then kill it mid-flight.
        QThread::msleep(150 + rng.bounded(350));
        writer.kill();
        REQUIRE(writer.waitForFinished(5000));
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            bool ok = false;
            const int n = line.toInt(&ok);
            if (ok) {
                committed.insert(n);
                next = std::max(next, n + 1);
            }
        }
        next += 1000;  // a killed writer may have committed one row it did not print
    }
    REQUIRE(committed.size() > kRounds);

    auto db = store.open();
    REQUIRE(db);
    auto conn = db->connection();
    REQUIRE(conn);
    auto check = runQuery(*conn, QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(check);
    REQUIRE(check->next());
    CHECK(check->value(0).toString() == QStringLiteral("ok"));
    QSet<QString> names;
    const auto locations = LocationRepository(db, Actor{}).list().value();
    for (const Location &l : locations)
        names.insert(l.name);
    int missing = 0;
    for (int n : committed)
        missing += names.contains(QStringLiteral("row %1").arg(n)) ? 0 : 1;
    CHECK(missing == 0);
}
