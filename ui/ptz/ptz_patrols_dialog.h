#pragma once

#include "ptz/ptz_controller.h"
#include "ptz/ptz_patrol.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace pontive::core {
class PtzDesk;
}

namespace pontive::ui {

// The patrols of the selected PTZ camera: create, rename, delete; edit the presets of
// one (add, reorder, remove, dwell of at least kMinPatrolDwell each) and save it; start
// and stop it. Store work goes through the desk (worker threads); the dialog never waits.
class PtzPatrolsDialog : public QDialog
{
    Q_OBJECT
public:
    PtzPatrolsDialog(core::PtzDesk *desk, QWidget *parent = nullptr);

    // Shown in the status line and on the tile: which patrol runs, from which station.
    static QString runningText(const core::PtzDesk &desk);

private:
    void showPatrols(const QList<core::PtzPatrol> &patrols);
    void showPresets(const QList<core::PtzPresetInfo> &presets);
    void choose(int row);
    // The table <-> the patrol being edited.
    void fillSteps();
    QList<core::PtzPatrolStep> editedSteps() const;
    void editSteps(const std::function<void(QList<core::PtzPatrolStep> &steps, int &row)> &change);
    core::PtzPatrol edited() const;
    void addPatrol();
    void renamePatrol();
    void removePatrol();
    void save();
    void start();
    void updateState();
    void setEdited(bool edited);

    QPointer<core::PtzDesk> m_desk;
    QList<core::PtzPatrol> m_patrols;  // as the list shows them; id 0: not saved yet
    QList<core::PtzPresetInfo> m_presets;
    int m_current = -1;
    bool m_edited = false;
    QString m_pending;  // the patrol to choose when the next list arrives
    QListWidget *m_list;
    QTableWidget *m_steps;
    QLabel *m_state;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QPushButton *m_add;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_drop;
    QPushButton *m_save;
    QPushButton *m_start;
    QPushButton *m_stop;
};

} // namespace pontive::ui
