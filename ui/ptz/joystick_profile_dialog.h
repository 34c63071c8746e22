#pragma once

#include "ptz/joystick_profile.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QProgressBar;

namespace pontive::core {
class PtzDesk;
}

namespace pontive::ui {

// The active joystick's profile: which axis pans, tilts and zooms, invert, dead zones
// (typed or measured with the stick at rest), 4/8-way snap; every axis and button shown
// live. Saved per model (name + GUID) in the store.
class JoystickProfileDialog : public QDialog
{
    Q_OBJECT
public:
    JoystickProfileDialog(core::PtzDesk *desk, QWidget *parent = nullptr);

private:
    struct AxisRow {
        QComboBox *axis;
        QCheckBox *invert;
        QDoubleSpinBox *deadZone;
    };
    void onAxes(int id, const QList<double> &axes);
    void onButton(int id, int button, bool down);
    void calibrate();
    void save();
    AxisRow addAxisRow(QGridLayout *grid, int row, const QString &label, int axis, const core::AxisShape &shape);

    QPointer<core::PtzDesk> m_desk;
    core::JoystickInfo m_joystick;
    core::JoystickProfile m_profile;
    QList<QProgressBar *> m_axisBars;
    QList<QLabel *> m_buttonLights;
    AxisRow m_pan{}, m_tilt{}, m_zoom{};
    QComboBox *m_snap = nullptr;
    QLabel *m_calibration = nullptr;
    QElapsedTimer m_calibrating;
    QList<double> m_restMax;
};

} // namespace pontive::ui
