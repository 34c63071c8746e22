#include "catch_qt.h"

#include "booking/booking_agenda_model.h"
#include "booking/booking_agenda_view.h"

#include "booking/booking_list_loader.h"
#include "booking/booking_repository.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace pontive;

namespace {

QDateTime wib(int d, int h)
{
    return QDateTime(QDate(2027, 1, d), QTime(h, 0), QTimeZone(7 * 3600)).toUTC();
}

} // namespace

TEST_CASE("the agenda view shows a week's bookings read off the GUI thread, and moves by week and month", "[booking]")
{
    QTemporaryDir dir;
    core::DatabaseUrl url;
    url.path = dir.filePath(QStringLiteral("store.db"));
    auto db = core::Database::open(url);
    REQUIRE(db);
    core::BookingRepository repo(*db, core::Actor{});
    for (auto [day, title] : {std::pair{12, "Rapat Dishub"}, std::pair{14, "Rapat Dinsos"}, std::pair{20, "Minggu depan"}}) {
        core::BookingRequest r;
        r.title = QString::fromUtf8(title);
        r.organiser = QStringLiteral("Pak Budi");
        r.agency = QStringLiteral("Dishub");
        r.start = wib(day, 9);
        r.end = wib(day, 11);
        r.approve = true;
        REQUIRE(repo.add(r, wib(1, 0)));
    }
    core::BookingListLoader loader(*db);
    ui::BookingAgendaView view(&loader);
    QSignalSpy loaded(&loader, &core::BookingListLoader::loaded);
    view.setDate(QDate(2027, 1, 13));   // a Wednesday: Monday 11 to Sunday 17 January
    CHECK(view.firstDay() == QDate(2027, 1, 11));
    CHECK(view.lastDay() == QDate(2027, 1, 17));
    REQUIRE(loaded.wait(10000));
    REQUIRE(view.model()->rowCount() == 2);
    CHECK(view.model()->index(0, ui::BookingAgendaModel::Title).data().toString() == QStringLiteral("Rapat Dishub"));
    CHECK(view.model()->index(0, ui::BookingAgendaModel::Time).data().toString() == QStringLiteral("09.00-11.00"));

    view.setSpan(ui::BookingAgendaView::Span::Month);
    REQUIRE(loaded.wait(10000));
    CHECK(view.firstDay() == QDate(2027, 1, 1));
    CHECK(view.lastDay() == QDate(2027, 1, 31));
    CHECK(view.model()->rowCount() == 3);

    view.setSpan(ui::BookingAgendaView::Span::Day);
    REQUIRE(loaded.wait(10000));
    CHECK(view.model()->rowCount() == 0);
}
