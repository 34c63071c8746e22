#include "joystick_profile_dialog.h"

#include "ptz/joystick_manager.h"
#include "ptz/joystick_ptz_binding.h"
#include "ptz/ptz_desk.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pontive::ui {

namespace {
constexpr int kCalibrationMs = 3000;
}

JoystickProfileDialog::JoystickProfileDialog(core::PtzDesk *desk, QWidget *parent) : QDialog(parent), m_desk(desk)
{
    setWindowTitle(tr("Joystick"));
    auto *layout = new QVBoxLayout(this);
    core::JoystickManager *joysticks = desk->joysticks();
    core::JoystickPtzBinding *binding = desk->joystick();
    for (const core::JoystickInfo &joystick : joysticks->joysticks())
        if (binding && joystick.id == binding->activeJoystick())
            m_joystick = joystick;
    if (m_joystick.id < 0) {
        layout->addWidget(new QLabel(tr("No joystick is connected."), this));
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(close);
        return;
    }
    m_profile = binding->profileFor(m_joystick);
    layout->addWidget(new QLabel(tr("%1 (GUID %2)").arg(m_joystick.name, m_joystick.guid), this));

    auto *live = new QGroupBox(tr("Live"), this);
    auto *liveGrid = new QGridLayout(live);
    for (int a = 0; a < m_joystick.axes; ++a) {
        auto *bar = new QProgressBar(live);
        bar->setRange(-1000, 1000);
        bar->setFormat(tr("Axis %1: %v").arg(a + 1));
        bar->setTextVisible(true);
        liveGrid->addWidget(bar, a, 0, 1, 8);
        m_axisBars.append(bar);
    }
    for (int b = 0; b < m_joystick.buttons; ++b) {
        auto *light = new QLabel(QString::number(b + 1), live);
        light->setAlignment(Qt::AlignCenter);
        light->setMinimumWidth(28);
        light->setFrameShape(QFrame::Box);
        liveGrid->addWidget(light, m_joystick.axes + b / 8, b % 8);
        m_buttonLights.append(light);
    }
    layout->addWidget(live);

    auto *mapping = new QGroupBox(tr("Mapping"), this);
    auto *grid = new QGridLayout(mapping);
    grid->addWidget(new QLabel(tr("Axis"), mapping), 0, 1);
    grid->addWidget(new QLabel(tr("Invert"), mapping), 0, 2);
    grid->addWidget(new QLabel(tr("Dead zone"), mapping), 0, 3);
    m_pan = addAxisRow(grid, 1, tr("Pan"), m_profile.panAxis, m_profile.pan);
    m_tilt = addAxisRow(grid, 2, tr("Tilt"), m_profile.tiltAxis, m_profile.tilt);
    m_zoom = addAxisRow(grid, 3, tr("Zoom"), m_profile.zoomAxis, m_profile.zoom);
    m_snap = new QComboBox(mapping);
    m_snap->addItem(tr("Free"), 0);
    m_snap->addItem(tr("4 directions"), 4);
    m_snap->addItem(tr("8 directions"), 8);
    m_snap->setCurrentIndex(std::max(0, m_snap->findData(m_profile.snapWays)));
    grid->addWidget(new QLabel(tr("Directions"), mapping), 4, 0);
    grid->addWidget(m_snap, 4, 1, 1, 3);
    auto *calibrate = new QPushButton(tr("Measure dead zones"), mapping);
    calibrate->setToolTip(tr("Leave the stick at rest for 3 seconds"));
    m_calibration = new QLabel(mapping);
    grid->addWidget(calibrate, 5, 0, 1, 2);
    grid->addWidget(m_calibration, 5, 2, 1, 2);
    connect(calibrate, &QPushButton::clicked, this, &JoystickProfileDialog::calibrate);
    layout->addWidget(mapping);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &JoystickProfileDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(joysticks, &core::JoystickManager::axesChanged, this, &JoystickProfileDialog::onAxes);
    connect(joysticks, &core::JoystickManager::buttonPressed, this, [this](int id, int b) { onButton(id, b, true); });
    connect(joysticks, &core::JoystickManager::buttonReleased, this, [this](int id, int b) { onButton(id, b, false); });
    onAxes(m_joystick.id, joysticks->axes(m_joystick.id));
}

JoystickProfileDialog::AxisRow JoystickProfileDialog::addAxisRow(QGridLayout *grid, int row, const QString &label, int axis,
                                                                const core::AxisShape &shape)
{
    AxisRow r;
    r.axis = new QComboBox;
    r.axis->addItem(tr("None"), -1);
    for (int a = 0; a < m_joystick.axes; ++a)
        r.axis->addItem(tr("Axis %1").arg(a + 1), a);
    r.axis->setCurrentIndex(std::max(0, r.axis->findData(axis)));
    r.invert = new QCheckBox;
    r.invert->setChecked(shape.invert);
    r.deadZone = new QDoubleSpinBox;
    r.deadZone->setRange(0, 0.5);
    r.deadZone->setSingleStep(0.01);
    r.deadZone->setDecimals(3);
    r.deadZone->setValue(shape.deadZone);
    grid->addWidget(new QLabel(label), row, 0);
    grid->addWidget(r.axis, row, 1);
    grid->addWidget(r.invert, row, 2);
    grid->addWidget(r.deadZone, row, 3);
    return r;
}

void JoystickProfileDialog::onAxes(int id, const QList<double> &axes)
{
    if (id != m_joystick.id)
        return;
    for (int a = 0; a < axes.size() && a < m_axisBars.size(); ++a)
        m_axisBars[a]->setValue(int(std::lround(axes[a] * 1000)));
    if (m_calibrating.isValid()) {
        m_restMax.resize(axes.size(), 0.0);
        for (int a = 0; a < axes.size(); ++a)
            m_restMax[a] = std::max(m_restMax[a], std::abs(axes[a]));
    }
}

void JoystickProfileDialog::onButton(int id, int button, bool down)
{
    if (id != m_joystick.id || button >= m_buttonLights.size())
        return;
    m_buttonLights[button]->setStyleSheet(down ? QStringLiteral("background: #f5b800; color: black;") : QString());
}

void JoystickProfileDialog::calibrate()
{
    m_restMax = QList<double>(m_joystick.axes, 0.0);
    core::PtzDesk *desk = m_desk.data();
    const QList<double> now = desk ? desk->joysticks()->axes(m_joystick.id) : QList<double>{};
    for (int a = 0; a < now.size() && a < m_restMax.size(); ++a)
        m_restMax[a] = std::abs(now[a]);
    m_calibrating.start();
    m_calibration->setText(tr("Measuring: leave the stick at rest..."));
    QTimer::singleShot(kCalibrationMs, this, [this] {
        m_calibrating.invalidate();
        // The noise at rest plus a margin, never below the default.
        const auto zone = [this](const AxisRow &row) {
            const int axis = row.axis->currentData().toInt();
            if (axis < 0 || axis >= m_restMax.size())
                return;
            row.deadZone->setValue(std::clamp(m_restMax[axis] * 1.5 + 0.01, 3.0 / 64, 0.5));
        };
        zone(m_pan);
        zone(m_tilt);
        zone(m_zoom);
        m_calibration->setText(tr("Dead zones measured."));
    });
}

void JoystickProfileDialog::save()
{
    const auto shape = [](const AxisRow &row, core::AxisShape base) {
        base.invert = row.invert->isChecked();
        base.deadZone = row.deadZone->value();
        return base;
    };
    m_profile.panAxis = m_pan.axis->currentData().toInt();
    m_profile.tiltAxis = m_tilt.axis->currentData().toInt();
    m_profile.zoomAxis = m_zoom.axis->currentData().toInt();
    m_profile.pan = shape(m_pan, m_profile.pan);
    m_profile.tilt = shape(m_tilt, m_profile.tilt);
    m_profile.zoom = shape(m_zoom, m_profile.zoom);
    m_profile.snapWays = m_snap->currentData().toInt();
    if (core::PtzDesk *desk = m_desk.data())
        desk->saveJoystickProfile(m_profile);
    accept();
}

} // namespace pontive::ui
