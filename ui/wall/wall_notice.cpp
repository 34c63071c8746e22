#include "wall_notice.h"

#include <algorithm>
#include <chrono>

namespace pontive::ui {

namespace {
constexpr auto kShownFor = std::chrono::seconds(6);
constexpr int kMargin = 24;
} // namespace

WallNotice::WallNotice(QWidget *wall) : QLabel(wall)
{
    setObjectName(QStringLiteral("wallNotice"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(true);
    setMargin(10);
    QLabel::hide();
    m_hide.setSingleShot(true);
    m_hide.setInterval(kShownFor);
    connect(&m_hide, &QTimer::timeout, this, &QLabel::hide);
}

void WallNotice::showMessage(const QString &text, bool error)
{
    // The words say what happened; the colour only repeats it.
    setStyleSheet(error ? QStringLiteral("background: rgba(120, 20, 20, 220); color: white; border-radius: 6px;")
                        : QStringLiteral("background: rgba(20, 20, 20, 220); color: white; border-radius: 6px;"));
    setText(text);
    place();
    QLabel::show();
    raise();
    m_hide.start();
}

void WallNotice::place()
{
    const QWidget *wall = parentWidget();
    if (!wall)
        return;
    const int width = std::min(wall->width() - 2 * kMargin, 900);
    setFixedWidth(std::max(width, 100));
    adjustSize();
    move((wall->width() - this->width()) / 2, wall->height() - height() - kMargin);
}

} // namespace pontive::ui
