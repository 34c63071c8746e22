#include "operator_ptz_controller.h"

namespace pontive::core {

OperatorPtzController::OperatorPtzController(PtzController *inner, QObject *parent) : PtzController(parent), m_inner(inner)
{
    Q_ASSERT(m_inner);
    connect(m_inner, &PtzController::commandFinished, this, &PtzController::commandFinished);
    connect(m_inner, &PtzController::presetsChanged, this, &PtzController::presetsChanged);
    connect(m_inner, &PtzController::presetSaved, this, &PtzController::presetSaved);
}

void OperatorPtzController::move(const PtzVelocity &velocity)
{
    if (!velocity.isZero())
        emit takenByHand();
    m_inner->move(velocity);
}

void OperatorPtzController::stop()
{
    m_inner->stop();
}

void OperatorPtzController::relativeMove(const PtzVelocity &delta)
{
    emit takenByHand();
    m_inner->relativeMove(delta);
}

void OperatorPtzController::centreOn(const PtzFraming &framing)
{
    emit takenByHand();
    m_inner->centreOn(framing);
}

void OperatorPtzController::gotoPreset(const QString &token)
{
    emit takenByHand();
    m_inner->gotoPreset(token);
}

void OperatorPtzController::savePreset(const QString &name, const QString &token)
{
    emit takenByHand();  // the view being saved must not change under the operator
    m_inner->savePreset(name, token);
}

void OperatorPtzController::renamePreset(const QString &token, const QString &name)
{
    emit takenByHand();  // a rename goes to the preset (ONVIF has no rename)
    m_inner->renamePreset(token, name);
}

void OperatorPtzController::removePreset(const QString &token)
{
    m_inner->removePreset(token);
}

void OperatorPtzController::gotoHome()
{
    emit takenByHand();
    m_inner->gotoHome();
}

void OperatorPtzController::refreshPresets()
{
    m_inner->refreshPresets();
}

} // namespace pontive::core
