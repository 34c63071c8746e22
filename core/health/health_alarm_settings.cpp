#include "health_alarm_settings.h"

#include <QSettings>

#include <memory>

namespace pontive::core {

namespace {

const QString kSound = QStringLiteral("health/alarmSound");
const QString kNotify = QStringLiteral("health/alarmNotifications");

std::unique_ptr<QSettings> open(const QString &fileName)
{
    return fileName.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(fileName, QSettings::IniFormat);
}

} // namespace

HealthAlarmSettings::HealthAlarmSettings(QString fileName) : m_fileName(std::move(fileName))
{
}

bool HealthAlarmSettings::soundEnabled() const
{
    return open(m_fileName)->value(kSound, false).toBool();
}

void HealthAlarmSettings::setSoundEnabled(bool enabled)
{
    open(m_fileName)->setValue(kSound, enabled);
}

bool HealthAlarmSettings::notificationsEnabled() const
{
    return open(m_fileName)->value(kNotify, true).toBool();
}

void HealthAlarmSettings::setNotificationsEnabled(bool enabled)
{
    open(m_fileName)->setValue(kNotify, enabled);
}

} // namespace pontive::core
