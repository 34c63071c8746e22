#pragma once

#include "ptz/ptz_controller.h"

#include <QDialog>
#include <QPointer>

class QListWidget;

namespace pontive::core {
class PtzDesk;
}

namespace pontive::ui {

// The presets panel of the selected PTZ camera: go to, save the current view as a new
// preset or over the chosen one, rename, delete. The list is the camera's own.
class PtzPresetsDialog : public QDialog
{
    Q_OBJECT
public:
    PtzPresetsDialog(core::PtzDesk *desk, QWidget *parent = nullptr);

private:
    void showPresets(const QList<core::PtzPresetInfo> &presets);
    core::PtzController *controller() const;
    QString chosenToken() const;
    QString chosenName() const;

    QPointer<core::PtzDesk> m_desk;
    QListWidget *m_list;
};

} // namespace pontive::ui
