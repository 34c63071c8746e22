#pragma once

#include "error.h"
#include "ptz_framing.h"
#include "ptz_velocity.h"

#include <QList>
#include <QObject>
#include <QString>

namespace pontive::core {

struct PtzPresetInfo {
    QString token;
    QString name;
};

enum class PtzCommand { Move, Stop, RelativeMove, CentreOn, GotoPreset, SavePreset, RenamePreset, RemovePreset, Home, Presets };

// What a wall tile, a joystick or pontivectl drives: one camera's pan, tilt and zoom.
// Calls return at once; each command reports once through commandFinished (in order,
// on the controller's thread). Speeds are normalised, see PtzVelocity.
class PtzController : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Continuous motion; a zero velocity means stop.
    virtual void move(const PtzVelocity &velocity) = 0;
    virtual void stop() = 0;
    // Moves by a fraction of the pan/tilt/zoom range (click-to-centre, rectangle zoom).
    virtual void relativeMove(const PtzVelocity &delta) = 0;
    // Click-to-centre and rectangle zoom: reads the current zoom, then moves so the
    // framing's point is in the middle (PtzOptics for the field of view).
    virtual void centreOn(const PtzFraming &framing) = 0;
    virtual void gotoPreset(const QString &token) = 0;
    // Empty token: a new preset; otherwise the preset to overwrite.
    virtual void savePreset(const QString &name, const QString &token = {}) = 0;
    // ONVIF has no rename: the camera goes to the preset, settles, and it is saved again
    // under the new name with the same token.
    virtual void renamePreset(const QString &token, const QString &name) = 0;
    virtual void removePreset(const QString &token) = 0;
    virtual void gotoHome() = 0;
    // Answers with presetsChanged.
    virtual void refreshPresets() = 0;

signals:
    // `error` is the operator-facing message when `ok` is false.
    void commandFinished(pontive::core::PtzCommand command, bool ok, const QString &error);
    void presetsChanged(const QList<pontive::core::PtzPresetInfo> &presets);
    void presetSaved(const QString &token);
};

} // namespace pontive::core
