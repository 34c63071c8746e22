#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace pontive::ui {

// A non-modal banner across the top of the console when the desktop has no tray to
// notify through: what went offline, and an Acknowledge button. Never steals focus.
class AlarmBanner : public QFrame
{
    Q_OBJECT
public:
    explicit AlarmBanner(QWidget *parent = nullptr);

    void showAlarm(const QString &text);
    QString text() const;

signals:
    void acknowledgeClicked();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_ack;
};

} // namespace pontive::ui
