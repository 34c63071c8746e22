// A child process for the durability test: commits one location per transaction through
// the store's normal write path and prints each committed number, until it is killed.
#include "store/database.h"
#include "store/location_repository.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    auto url = pontive::core::DatabaseUrl::parse(QString::fromLocal8Bit(argv[1]));
    if (!url)
        return 2;
    auto db = pontive::core::Database::open(*url);
    if (!db)
        return 1;
    const int first = QString::fromLocal8Bit(argv[2]).toInt();
    pontive::core::LocationRepository repo(*db, pontive::core::Actor{QStringLiteral("writer"), QStringLiteral("test")});
    for (int n = first;; ++n) {
        pontive::core::Location l;
        l.name = QStringLiteral("row %1").arg(n);
        l.agency = QStringLiteral("Dishub");
        l.tags = {QStringLiteral("padding-to-make-pages-split-%1").arg(QString(200, QLatin1Char('x')))};
        if (!repo.add(l))
            return 1;
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}
