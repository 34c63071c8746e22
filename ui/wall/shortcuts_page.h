#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

class QWidget;

namespace pontive::ui {

// The F1 page: every keyboard shortcut of the console or of a wall window, in words.
class ShortcutsPage
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutsPage)
public:
    enum class Where { Console, WallWindow };

    // (keys, what they do) rows; a wall window has no tree, reload or F11.
    static QList<std::pair<QString, QString>> rows(Where where);
    // Shows the page, modal over `parent`.
    static void show(QWidget *parent, Where where);
};

} // namespace pontive::ui
