#pragma once

#include "error.h"

#include <QMainWindow>

#include <vector>

class QLabel;
class QTimer;

namespace pontive::core {
class CameraListLoader;
struct Camera;
}

namespace pontive::ui {

class CameraDetails;
class CameraTreeModel;
class CameraTreePanel;

// The operator's console: the camera tree on the left, details (later the wall) in the
// middle, counts, the store and a WIB clock in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(core::CameraListLoader *loader, QString storeName, QWidget *parent = nullptr);

    CameraTreeModel *treeModel() const { return m_model; }
    CameraTreePanel *treePanel() const { return m_tree; }
    // Starts reading the inventory through the loader (owned by the caller).
    void setLoader(core::CameraListLoader *loader);
    void showCameras(const std::vector<core::Camera> &cameras);
    void showStoreError(const pontive::Error &error);

public slots:
    void reload();

private:
    void buildMenus();
    void updateClock();

    core::CameraListLoader *m_loader;
    CameraTreeModel *m_model;
    CameraTreePanel *m_tree;
    CameraDetails *m_details;
    QLabel *m_counts;
    QLabel *m_store;
    QLabel *m_clock;
    QTimer *m_clockTimer;
};

} // namespace pontive::ui
