#pragma once

#include <QLabel>
#include <QTimer>

namespace pontive::ui {

// A short message over the bottom of the wall (a snapshot saved, and where): wall windows
// are full screen without a status bar, and the operator's eyes are on the wall anyway.
// Never takes focus or clicks; hides itself after a few seconds.
class WallNotice : public QLabel
{
    Q_OBJECT
public:
    explicit WallNotice(QWidget *wall);

    void showMessage(const QString &text, bool error = false);
    // Keeps the notice at the bottom centre of the wall; the wall calls it when resized.
    void place();

private:
    QTimer m_hide;
};

} // namespace pontive::ui
