#pragma once

#include "booking/booking.h"
#include "layout/layout.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>
#include <vector>

class QLabel;

namespace pontive::core {
class AgendaClock;
class BookingListLoader;
}

namespace pontive::ui {

class WallView;

// The wall follows the room's agenda: when the AgendaClock says a booking with a layout
// starts, every followed wall remembers what it shows, switches to the booking's layout
// (a saved one, else a preset of that name) and shows a banner naming the meeting; when
// the booking ends the walls get their own layouts back and the banner goes.
class AgendaWallFollower : public QObject
{
    Q_OBJECT
public:
    explicit AgendaWallFollower(core::AgendaClock *clock, QObject *parent = nullptr);
    ~AgendaWallFollower() override;

    void addWall(WallView *wall);
    // The saved layouts a booking may name.
    void setLayouts(const std::vector<core::Layout> &layouts);
    // Feeds the clock from the store: today's and tomorrow's approved bookings, read
    // through `loader` (off the GUI thread) now and every `interval`.
    void followStore(core::BookingListLoader *loader, std::chrono::milliseconds interval = std::chrono::minutes(1));
    void refreshAgenda();

    bool meetingOn() const { return !m_layout.isEmpty(); }
    QLabel *banner(const WallView *wall) const;

signals:
    void switched(const QString &layout, const QString &title);
    void restored();

private:
    struct Followed {
        QPointer<WallView> wall;
        QLabel *banner = nullptr;
        std::optional<core::Layout> previous;
    };

    void start(const QString &layout, const QString &title);
    void end();
    std::optional<core::Layout> find(const QString &name) const;
    void placeBanner(Followed &f);
    bool eventFilter(QObject *watched, QEvent *event) override;

    core::AgendaClock *m_clock;
    core::BookingListLoader *m_loader = nullptr;
    QTimer m_refresh;
    std::vector<Followed> m_walls;
    std::vector<core::Layout> m_layouts;
    QString m_layout;
    QString m_title;
};

} // namespace pontive::ui
