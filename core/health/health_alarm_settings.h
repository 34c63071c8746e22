#pragma once

#include <QString>

namespace pontive::core {

// The station's choices for the offline alarm, kept in the user's settings (QSettings of
// the application). Typed, so widgets never touch QSettings themselves.
class HealthAlarmSettings
{
public:
    // An empty file name: the application's default settings.
    explicit HealthAlarmSettings(QString fileName = {});

    // The short alarm sound: off by default (the room is quiet; the banner is enough).
    bool soundEnabled() const;
    void setSoundEnabled(bool enabled);
    // Desktop notifications (tray or banner): on by default.
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

private:
    QString m_fileName;
};

} // namespace pontive::core
