#include "screen_miniatures.h"

#include "screen_miniature.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pontive::ui {

ScreenMiniatures::ScreenMiniatures(QWidget *parent)
    : QWidget(parent), m_list(new QVBoxLayout(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("screenMiniatures"));
    m_empty->setText(tr("No wall screens open. Start with --wall to drive the wall monitors from here."));
    m_empty->setWordWrap(true);
    m_list->setContentsMargins(4, 4, 4, 4);
    m_list->addWidget(m_empty);
    m_list->addStretch(1);
}

void ScreenMiniatures::addScreen(const QString &name, WallView *wall)
{
    auto *mini = new ScreenMiniature(name, wall, this);
    mini->setSavedLayouts(m_saved);
    m_list->insertWidget(m_list->count() - 1, mini);
    m_miniatures << mini;
    m_empty->hide();
}

void ScreenMiniatures::setSavedLayouts(const std::vector<core::Layout> &layouts)
{
    m_saved = layouts;
    for (ScreenMiniature *mini : m_miniatures)
        mini->setSavedLayouts(layouts);
}

} // namespace pontive::ui
