#include "catch_qt.h"

#include "booking/agenda_wall_follower.h"
#include "booking/booking_agenda_model.h"
#include "booking/booking_agenda_view.h"
#include "booking/booking_calendar_view.h"
#include "booking/booking_console.h"
#include "booking/booking_dialog.h"
#include "booking/booking_panel.h"
#include "booking/booking_report_dialog.h"
#include "booking/booking_today_list.h"

#include "booking/agenda_clock.h"
#include "booking/booking_actions.h"
#include "booking/booking_list_loader.h"
#include "booking/booking_repository.h"
#include "layout/layout_presets.h"
#include "main_window.h"
#include "store/database.h"
#include "wall/wall_view.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

using namespace pontive;

namespace {

QDateTime wib(int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(2027, m, d), QTime(h, min), QTimeZone(7 * 3600)).toUTC();
}

struct Store {
    QTemporaryDir dir;
    std::shared_ptr<core::Database> db;
    Store()
    {
        core::DatabaseUrl url;
        url.path = dir.filePath(QStringLiteral("store.db"));
        auto opened = core::Database::open(url);
        REQUIRE(opened);
        db = *opened;
    }
    core::BookingOutcome book(const QString &title, const QString &agency, const QDateTime &start, const QDateTime &end,
                              bool approve = true, const QString &layout = {}, const QString &rrule = {})
    {
        core::BookingRequest r;
        r.title = title;
        r.organiser = QStringLiteral("Pak Budi");
        r.agency = agency;
        r.start = start;
        r.end = end;
        r.approve = approve;
        r.layout = layout;
        r.rrule = rrule;
        auto done = core::BookingRepository(db, core::Actor{}).add(r, wib(1, 1, 0));
        if (!done)
            FAIL(done.error().fullText().toStdString());
        return *done;
    }
    // A January 2027 with a week of meetings of several agencies and states.
    void fill()
    {
        book(QStringLiteral("Rapat Dishub"), QStringLiteral("Dishub"), wib(1, 12, 9), wib(1, 12, 11));
        // Requested meetings may overlap each other (not an approved one): side by side.
        book(QStringLiteral("Koordinasi banjir"), QStringLiteral("Dinsos"), wib(1, 12, 13), wib(1, 12, 15), false);
        book(QStringLiteral("Rapat RT"), QStringLiteral("Dinsos"), wib(1, 12, 14), wib(1, 12, 16), false);
        book(QStringLiteral("Sosialisasi CCTV"), QStringLiteral("Diskominfo"), wib(1, 13, 13), wib(1, 13, 15, 30));
        auto c = book(QStringLiteral("Evaluasi"), QStringLiteral("Dishub"), wib(1, 14, 8), wib(1, 14, 9));
        REQUIRE(core::BookingRepository(db, core::Actor{}).cancel(c.ids.front(), QStringLiteral("batal")));
        book(QStringLiteral("Apel pagi"), QStringLiteral("Diskominfo"), wib(1, 11, 7, 30), wib(1, 11, 8), true, {},
             QStringLiteral("FREQ=WEEKLY;COUNT=4"));
    }
};

// Saves a screenshot when PONTIVE_SCREENSHOTS names a folder (to look at by eye).
void keep(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PONTIVE_SCREENSHOTS");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

TEST_CASE("the calendar paints day, week and month grids with today marked and picks bookings by click", "[booking][ui]")
{
    Store store;
    store.fill();
    core::BookingListLoader loader(store.db);
    ui::BookingAgendaView view(&loader);
    view.calendar()->setNow(wib(1, 12, 10, 15));
    view.resize(1100, 700);
    view.show();
    QSignalSpy loaded(&loader, &core::BookingListLoader::loaded);
    view.setDate(QDate(2027, 1, 12));
    REQUIRE(loaded.wait(10000));
    CHECK(view.calendar()->mode() == ui::BookingCalendarView::Mode::Week);
    CHECK(view.calendar()->firstDay() == QDate(2027, 1, 11));
    CHECK(view.model()->rowCount() == 6);
    keep(view, QStringLiteral("calendar-week"));

    // A click on Tuesday 09.30 picks the Dishub meeting; the list follows.
    const QImage week = view.calendar()->grab().toImage();
    QSignalSpy selected(&view, &ui::BookingAgendaView::selectionChanged);
    const double column = (view.calendar()->width() - 52) / 7.0;
    const double hour = (view.calendar()->height() - 28) / 16.0;
    const QPoint tuesday0930(int(52 + column * 1 + 8), int(28 + hour * 3.5));
    QTest::mouseClick(view.calendar(), Qt::LeftButton, {}, tuesday0930);
    REQUIRE(view.selectedBooking());
    CHECK(view.selectedBooking()->title == QStringLiteral("Rapat Dishub"));
    CHECK(selected.size() >= 1);
    // Today's column is tinted: its background differs from Monday's.
    CHECK(week.pixel(int(52 + column * 1.5), 25 + int(hour * 12)) != week.pixel(int(52 + column * 0.5), 25 + int(hour * 12)));

    view.setSpan(ui::BookingAgendaView::Span::Day);
    REQUIRE(loaded.wait(10000));
    CHECK(view.model()->rowCount() == 3);
    keep(view, QStringLiteral("calendar-day"));

    view.setSpan(ui::BookingAgendaView::Span::Month);
    REQUIRE(loaded.wait(10000));
    CHECK(view.model()->rowCount() == 8);
    keep(view, QStringLiteral("calendar-month"));

    view.setListShown(true);
    CHECK(view.listShown());
    keep(view, QStringLiteral("calendar-list"));
}

TEST_CASE("the booking dialog lists conflicts by date before saving, warns about the past and saves off the GUI thread",
          "[booking][ui]")
{
    Store store;
    store.book(QStringLiteral("Rapat Dishub"), QStringLiteral("Dishub"), wib(1, 19, 9), wib(1, 19, 11));
    core::BookingActions actions(store.db, core::Actor{QStringLiteral("operator"), QStringLiteral("console")});
    QSignalSpy choices(&actions, &core::BookingActions::choicesLoaded);
    actions.loadChoices();
    REQUIRE(choices.wait(10000));
    ui::BookingDialog dialog(&actions, choices.front().front().value<core::BookingChoices>(), wib(1, 12, 10));
    dialog.show();
    dialog.titleEdit()->setText(QStringLiteral("Rapat mingguan"));
    dialog.organiserEdit()->setText(QStringLiteral("Bu Sari"));
    dialog.agencyBox()->setCurrentText(QStringLiteral("Dinsos"));
    dialog.repeatBox()->setCurrentIndex(2);   // weekly
    dialog.countBox()->setValue(3);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.checkPending(); }, 10000));
    REQUIRE(dialog.problems().size() == 2);
    CHECK(dialog.problems().at(1) == QStringLiteral("19/01/2027: conflicts with 'Rapat Dishub', 09.00-11.00, 19/01/2027"));
    keep(dialog, QStringLiteral("booking-dialog-conflict"));

    dialog.exceptionsEdit()->setText(QStringLiteral("19/01/2027"));
    REQUIRE(QTest::qWaitFor([&] { return !dialog.checkPending(); }, 10000));
    CHECK(dialog.problems().isEmpty());
    // The test runs after January 2027 only if the clock says so; a past date warns either way.
    dialog.dateEdit()->setDate(QDate(2020, 1, 7));
    REQUIRE(QTest::qWaitFor([&] { return !dialog.checkPending(); }, 10000));
    CHECK(dialog.problems().isEmpty());
    REQUIRE(dialog.warnings().size() == 1);
    CHECK(dialog.warnings().front().contains(QStringLiteral("past")));
    keep(dialog, QStringLiteral("booking-dialog-past"));

    dialog.dateEdit()->setDate(QDate(2030, 1, 8));
    REQUIRE(QTest::qWaitFor([&] { return !dialog.checkPending(); }, 10000));
    QSignalSpy booked(&dialog, &ui::BookingDialog::booked);
    dialog.accept();
    REQUIRE(booked.wait(10000));
    auto all = core::BookingRepository(store.db, core::Actor{}).list();
    REQUIRE(all);
    CHECK(all->size() == 4);
    CHECK(all->back().agency == QStringLiteral("Dinsos"));
}

TEST_CASE("today's meetings on the console mark the running one and grey the past as time passes", "[booking][ui]")
{
    Store store;
    store.fill();
    QDateTime now = wib(1, 12, 8, 0);
    core::BookingListLoader loader(store.db);
    QSignalSpy loaded(&loader, &core::BookingListLoader::loaded);
    ui::BookingTodayList today(&loader, [&now] { return now; });
    REQUIRE(loaded.wait(10000));
    REQUIRE(today.count() == 3);
    CHECK(today.item(0)->text() == QStringLiteral("09.00-11.00 Rapat Dishub (Dishub)"));
    CHECK(today.item(1)->text() == QStringLiteral("13.00-15.00 Koordinasi banjir (Dinsos) — requested"));
    CHECK_FALSE(today.item(0)->font().bold());
    now = wib(1, 12, 9, 5);
    today.refresh();
    CHECK(today.item(0)->text().startsWith(QStringLiteral("now: ")));
    CHECK(today.item(0)->font().bold());
    now = wib(1, 13, 7, 0);   // the next day: read again
    today.refresh();
    REQUIRE(loaded.wait(10000));
    REQUIRE(today.count() == 1);
    CHECK(today.item(0)->text() == QStringLiteral("13.00-15.30 Sosialisasi CCTV (Diskominfo)"));
    now = wib(1, 14, 7, 0);   // 14 January: only a cancelled meeting, not shown
    today.refresh();
    REQUIRE(loaded.wait(10000));
    REQUIRE(today.count() == 1);
    CHECK(today.item(0)->text() == QStringLiteral("No meetings today"));
}

TEST_CASE("with an injected clock the console wall and a wall window switch to a booking's layout and back, with a banner",
          "[booking][ui]")
{
    Store store;
    QDateTime now = wib(1, 12, 8, 59);
    core::AgendaClock clock([&now] { return now; });
    ui::AgendaWallFollower follower(&clock);
    ui::WallView console(nullptr);
    ui::WallView wallWindow(nullptr);
    console.resize(800, 450);
    console.show();
    console.setWallLayout(*core::LayoutPresets::make(QStringLiteral("3x3")));
    wallWindow.setWallLayout(*core::LayoutPresets::make(QStringLiteral("2x2")));
    follower.addWall(&console);
    follower.addWall(&wallWindow);
    core::Layout meeting = *core::LayoutPresets::make(QStringLiteral("1+5"));
    meeting.name = QStringLiteral("Rapat");
    follower.setLayouts({meeting});
    store.book(QStringLiteral("Rapat Dishub"), QStringLiteral("Dishub"), wib(1, 12, 9), wib(1, 12, 11), true,
               QStringLiteral("Rapat"));
    core::BookingListLoader loader(store.db);
    QSignalSpy loaded(&loader, &core::BookingListLoader::loaded);
    loader.load();
    REQUIRE(loaded.wait(10000));
    clock.setAgenda(loaded.front().front().value<std::vector<core::Booking>>());
    CHECK(console.wallLayout().name == QStringLiteral("3x3"));
    CHECK_FALSE(follower.banner(&console)->isVisible());

    QSignalSpy switched(&follower, &ui::AgendaWallFollower::switched);
    now = wib(1, 12, 9, 0);
    clock.tick();
    REQUIRE(switched.size() == 1);
    CHECK(console.wallLayout().name == QStringLiteral("Rapat"));
    CHECK(wallWindow.wallLayout().name == QStringLiteral("Rapat"));
    CHECK(follower.banner(&console)->isVisible());
    CHECK(follower.banner(&console)->text().contains(QStringLiteral("Rapat Dishub")));
    keep(console, QStringLiteral("wall-meeting-banner"));

    now = wib(1, 12, 10, 0);
    clock.tick();
    CHECK(switched.size() == 1);
    now = wib(1, 12, 11, 0);   // the end is exclusive: back at 11.00 sharp
    QSignalSpy restored(&follower, &ui::AgendaWallFollower::restored);
    clock.tick();
    REQUIRE(restored.size() == 1);
    CHECK(console.wallLayout().name == QStringLiteral("3x3"));
    CHECK(wallWindow.wallLayout().name == QStringLiteral("2x2"));
    CHECK_FALSE(follower.banner(&console)->isVisible());
}

TEST_CASE("the usage report shows a chart and exports CSV and a PDF", "[booking][ui]")
{
    Store store;
    store.fill();
    core::BookingListLoader loader(store.db);
    ui::BookingReportDialog dialog(&loader, QStringLiteral("Pontive Center"));
    QSignalSpy shown(&dialog, &ui::BookingReportDialog::reportShown);
    dialog.setYear(2027);
    dialog.show();
    REQUIRE(QTest::qWaitFor([&] { return dialog.report().meetings() == 6; }, 10000));
    REQUIRE(dialog.chartView()->chart());
    CHECK(dialog.chartView()->chart()->series().size() == 1);
    CHECK(dialog.agencyTable()->rowCount() == 2);
    keep(dialog, QStringLiteral("usage-report"));
    QTemporaryDir out;
    REQUIRE(dialog.exportCsv(out.filePath(QStringLiteral("r.csv"))));
    REQUIRE(dialog.exportPdf(out.filePath(QStringLiteral("r.pdf"))));
    QFile pdf(out.filePath(QStringLiteral("r.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.size() > 2000);
    QFile csv(out.filePath(QStringLiteral("r.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().contains("2027-01"));
}

TEST_CASE("the console gets a meeting room tab, a menu and today's meetings under the camera tree", "[booking][ui]")
{
    Store store;
    store.fill();
    ui::MainWindow window(nullptr, QStringLiteral("test"));
    auto *console = new ui::BookingConsole(&window, store.db, core::Actor{}, nullptr);
    window.resize(1400, 900);
    window.show();
    REQUIRE(console->tabs()->count() == 2);
    CHECK(window.centralWidget() == console->tabs());
    CHECK(window.findChild<QDockWidget *>(QStringLiteral("bookingTodayDock")));
    bool menu = false;
    for (QAction *a : window.menuBar()->actions())
        menu = menu || (a->menu() && a->menu()->objectName() == QStringLiteral("bookingMenu"));
    CHECK(menu);
    console->showCalendar();
    console->panel()->agenda()->setDate(QDate(2027, 1, 12));
    REQUIRE(QTest::qWaitFor([&] { return console->panel()->agenda()->model()->rowCount() == 6; }, 10000));
    keep(window, QStringLiteral("console-meeting-room"));
}
