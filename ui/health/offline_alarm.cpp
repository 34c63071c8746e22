#include "offline_alarm.h"

#include "status_icons.h"

namespace pontive::ui {

OfflineAlarm::OfflineAlarm(QWidget *parent) : QToolButton(parent)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(statusIcon(core::CameraStatus::Offline));
    setAutoRaise(true);
    connect(this, &QToolButton::clicked, this, &OfflineAlarm::acknowledge);
    refresh();
}

void OfflineAlarm::cameraWentOffline(qint64 cameraId, const QString &name, core::ProbeSymptom symptom)
{
    const bool first = m_pending.isEmpty();
    m_pending.insert(cameraId, tr("%1: %2").arg(name, core::HealthTerms::name(symptom)));
    refresh();
    if (first)
        emit raised();
}

void OfflineAlarm::cameraBackOnline(qint64 cameraId)
{
    if (m_pending.remove(cameraId) > 0)
        refresh();
}

void OfflineAlarm::acknowledge()
{
    const int count = int(m_pending.size());
    if (count == 0)
        return;
    m_pending.clear();
    refresh();
    emit acknowledged(count);
}

void OfflineAlarm::refresh()
{
    setVisible(!m_pending.isEmpty());
    setText(tr("%n camera(s) went offline", nullptr, int(m_pending.size())));
    QStringList lines(m_pending.cbegin(), m_pending.cend());
    setToolTip(lines.join(QLatin1Char('\n')) + QStringLiteral("\n") + tr("Click to acknowledge"));
    // Amber-on-dark with the cross icon: readable without colour vision.
    setStyleSheet(m_pending.isEmpty() ? QString() : QStringLiteral("QToolButton { color: #ffb74d; font-weight: bold; }"));
}

} // namespace pontive::ui
