#pragma once

#include "layout/layout.h"

#include <QWidget>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace pontive::ui {

class ScreenMiniature;
class WallView;

// The console's "Screens" panel: a miniature of every wall screen, in the order the
// screens were opened, each showing what it shows now.
class ScreenMiniatures : public QWidget
{
    Q_OBJECT
public:
    explicit ScreenMiniatures(QWidget *parent = nullptr);

    void addScreen(const QString &name, WallView *wall);
    void setSavedLayouts(const std::vector<core::Layout> &layouts);
    QList<ScreenMiniature *> miniatures() const { return m_miniatures; }

private:
    QVBoxLayout *m_list;
    QLabel *m_empty;
    QList<ScreenMiniature *> m_miniatures;
    std::vector<core::Layout> m_saved;
};

} // namespace pontive::ui
