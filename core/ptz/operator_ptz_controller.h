#pragma once

#include "ptz_controller.h"

#include <QPointer>

namespace pontive::core {

// What the operator's hands drive (tile overlay, joystick, keypad, preset buttons): every
// command passes to `inner` unchanged, and each one that moves the camera is announced
// first by takenByHand, so a running patrol can step aside. The patrol itself drives
// `inner` directly.
class OperatorPtzController : public PtzController
{
    Q_OBJECT
public:
    // `inner` must outlive this decorator.
    explicit OperatorPtzController(PtzController *inner, QObject *parent = nullptr);

    void move(const PtzVelocity &velocity) override;
    void stop() override;
    void relativeMove(const PtzVelocity &delta) override;
    void centreOn(const PtzFraming &framing) override;
    void gotoPreset(const QString &token) override;
    void savePreset(const QString &name, const QString &token = {}) override;
    void renamePreset(const QString &token, const QString &name) override;
    void removePreset(const QString &token) override;
    void gotoHome() override;
    void refreshPresets() override;

signals:
    // The operator moves the camera (a zero velocity, a Stop or a preset removal do not count).
    void takenByHand();

private:
    PtzController *m_inner;
};

} // namespace pontive::core
