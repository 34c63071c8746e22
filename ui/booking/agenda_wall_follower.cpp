#include "agenda_wall_follower.h"

#include "booking_ui_logging.h"
#include "wall/wall_view.h"

#include "booking/agenda_clock.h"
#include "booking/booking_list_loader.h"
#include "layout/layout_presets.h"
#include "util/wib_time.h"

#include <QEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QTimeZone>



namespace pontive::ui {

AgendaWallFollower::AgendaWallFollower(core::AgendaClock *clock, QObject *parent)
    : QObject(parent), m_clock(clock)
{
    connect(m_clock, &core::AgendaClock::layoutDue, this, &AgendaWallFollower::start);
    connect(m_clock, &core::AgendaClock::layoutEnded, this, &AgendaWallFollower::end);
    connect(&m_refresh, &QTimer::timeout, this, &AgendaWallFollower::refreshAgenda);
}

AgendaWallFollower::~AgendaWallFollower() = default;

void AgendaWallFollower::addWall(WallView *wall)
{
    Followed f;
    f.wall = wall;
    f.banner = new QLabel(wall);
    f.banner->setObjectName(QStringLiteral("agendaBanner"));
    f.banner->setAlignment(Qt::AlignCenter);
    f.banner->setWordWrap(true);
    f.banner->setAttribute(Qt::WA_TransparentForMouseEvents);
    f.banner->setStyleSheet(QStringLiteral("QLabel { background: rgba(20, 20, 20, 200); color: #ffd166; "
                                           "font-size: 14pt; font-weight: bold; padding: 6px; "
                                           "border-bottom: 2px solid #ffd166; }"));
    f.banner->hide();
    wall->installEventFilter(this);
    m_walls.push_back(std::move(f));
    if (meetingOn()) {
        const QString layout = m_layout;
        m_layout.clear();
        start(layout, m_title);
    }
}

void AgendaWallFollower::setLayouts(const std::vector<core::Layout> &layouts)
{
    m_layouts = layouts;
}

void AgendaWallFollower::followStore(core::BookingListLoader *loader, std::chrono::milliseconds interval)
{
    m_loader = loader;
    connect(m_loader, &core::BookingListLoader::loaded, m_clock, &core::AgendaClock::setAgenda);
    connect(m_loader, &core::BookingListLoader::failed, this, [](const pontive::Error &e) {
        qCWarning(lcBookingUi) << "cannot read the agenda for the wall:" << e.fullText();
    });
    m_refresh.start(interval);
    refreshAgenda();
}

void AgendaWallFollower::refreshAgenda()
{
    if (!m_loader)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    core::BookingQuery q;
    q.from = now.addDays(-1);
    q.to = now.addDays(2);
    q.status = core::BookingStatus::Approved;
    m_loader->load(q);
}

QLabel *AgendaWallFollower::banner(const WallView *wall) const
{
    for (const Followed &f : m_walls) {
        if (f.wall == wall)
            return f.banner;
    }
    return nullptr;
}

std::optional<core::Layout> AgendaWallFollower::find(const QString &name) const
{
    for (const core::Layout &l : m_layouts) {
        if (l.name.compare(name, Qt::CaseInsensitive) == 0)
            return l;
    }
    return core::LayoutPresets::make(name);
}

void AgendaWallFollower::start(const QString &layout, const QString &title)
{
    const std::optional<core::Layout> wanted = find(layout);
    const bool first = !meetingOn();
    m_layout = layout;
    m_title = title;
    for (Followed &f : m_walls) {
        WallView *wall = f.wall.data(); // one read: g++ could not prove a second one non-null
        if (!wall)
            continue;
        // Back-to-back meetings keep the layout from before the first one.
        if (first || !f.previous)
            f.previous = wall->wallLayout();
        if (wanted)
            wall->setWallLayout(*wanted);
        f.banner->setText(wanted ? tr("Meeting \"%1\": the wall shows the layout \"%2\"").arg(title, layout)
                                 : tr("Meeting \"%1\": the layout \"%2\" does not exist; the wall stays as it was")
                                       .arg(title, layout));
        placeBanner(f);
        f.banner->show();
        f.banner->raise();
    }
    qCInfo(lcBookingUi) << "meeting" << title << "started: layout" << layout << (wanted ? "shown" : "missing");
    emit switched(layout, title);
}

void AgendaWallFollower::end()
{
    for (Followed &f : m_walls) {
        WallView *wall = f.wall.data();
        if (!wall)
            continue;
        if (f.previous)
            wall->setWallLayout(*f.previous);
        f.previous.reset();
        f.banner->hide();
    }
    qCInfo(lcBookingUi) << "meeting" << m_title << "ended: layouts restored";
    m_layout.clear();
    m_title.clear();
    emit restored();
}

void AgendaWallFollower::placeBanner(Followed &f)
{
    // Wrapped to the wall's width: a narrow console wall shows the whole text on two lines.
    const WallView *wall = f.wall.data();
    if (!wall)
        return;
    const int height = f.banner->heightForWidth(wall->width());
    f.banner->setGeometry(0, 0, wall->width(), height > 0 ? height : f.banner->sizeHint().height());
}

bool AgendaWallFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) {
        for (Followed &f : m_walls) {
            if (f.wall == watched && f.banner->isVisible()) {
                placeBanner(f);
                f.banner->raise();
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pontive::ui
