#pragma once

#include "health/probe_symptom.h"

#include <QMap>
#include <QToolButton>

namespace pontive::ui {

// The status bar's offline alarm: shows how many cameras went offline since the
// operator last acknowledged (icon and text, never colour alone); a click acknowledges.
// A camera back online before acknowledgement leaves the alarm.
class OfflineAlarm : public QToolButton
{
    Q_OBJECT
public:
    explicit OfflineAlarm(QWidget *parent = nullptr);

    int pending() const { return int(m_pending.size()); }
    QList<qint64> pendingCameras() const { return m_pending.keys(); }
    // "name: symptom" per pending camera, for a notification.
    QStringList pendingLines() const { return m_pending.values(); }

public slots:
    void cameraWentOffline(qint64 cameraId, const QString &name, pontive::core::ProbeSymptom symptom);
    void cameraBackOnline(qint64 cameraId);
    void acknowledge();

signals:
    // First unacknowledged camera: the app may play a sound or notify.
    void raised();
    void acknowledged(int count);

private:
    void refresh();

    QMap<qint64, QString> m_pending;   // id -> "name: symptom"
};

} // namespace pontive::ui
