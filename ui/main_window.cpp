#include "main_window.h"

#include "camera_details.h"
#include "camera_tree_model.h"
#include "camera_tree_panel.h"
#include "status_icons.h"
#include "store/camera_list_loader.h"
#include "util/wib_time.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

namespace pontive::ui {

MainWindow::MainWindow(core::CameraListLoader *loader, QString storeName, QWidget *parent)
    : QMainWindow(parent), m_loader(nullptr), m_model(new CameraTreeModel(this)),
      m_tree(new CameraTreePanel(m_model, this)), m_details(new CameraDetails(this)),
      m_counts(new QLabel(this)), m_store(new QLabel(this)), m_clock(new QLabel(this)),
      m_clockTimer(new QTimer(this))
{
    setWindowTitle(tr("Pontive Wall — Pontive Center"));
    setObjectName(QStringLiteral("consoleWindow"));
    auto *dock = new QDockWidget(tr("Cameras"), this);
    dock->setObjectName(QStringLiteral("cameraDock"));
    dock->setWidget(m_tree);
    m_tree->setMinimumWidth(340);
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    setCentralWidget(m_details);
    resize(1280, 800);

    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_store->setText(tr("Store: %1").arg(storeName));
    m_store->setObjectName(QStringLiteral("statusStore"));
    m_clock->setObjectName(QStringLiteral("statusClock"));
    statusBar()->addWidget(m_counts);
    statusBar()->addPermanentWidget(m_store);
    statusBar()->addPermanentWidget(m_clock);
    m_counts->setText(tr("Loading cameras…"));

    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    m_clockTimer->start(1000);
    updateClock();

    connect(m_tree, &CameraTreePanel::cameraSelected, this,
            [this](qint64 id) { m_details->showCamera(id ? m_model->camera(id) : nullptr); });
    setLoader(loader);
    buildMenus();
}

void MainWindow::setLoader(core::CameraListLoader *loader)
{
    m_loader = loader;
    if (!m_loader)
        return;
    connect(m_loader, &core::CameraListLoader::loaded, this, &MainWindow::showCameras);
    connect(m_loader, &core::CameraListLoader::failed, this, &MainWindow::showStoreError);
    m_loader->load();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Reload cameras"), this, &MainWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find camera"), this, [this] {
        m_tree->searchBox()->setFocus();
        m_tree->searchBox()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *full = view->addAction(tr("F&ull screen"), this, [this] {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
    });
    full->setShortcut(QKeySequence(Qt::Key_F11));
}

void MainWindow::reload()
{
    if (m_loader)
        m_loader->load();
}

void MainWindow::showCameras(const std::vector<core::Camera> &cameras)
{
    m_model->setCameras(cameras);
    QSet<QString> agencies;
    int online = 0;
    int offline = 0;
    for (const core::Camera &c : cameras) {
        agencies.insert(c.agency);
        online += c.status == core::CameraStatus::Online ? 1 : 0;
        offline += c.status == core::CameraStatus::Offline ? 1 : 0;
    }
    QStringList codes = agencies.values();
    codes.sort();
    m_tree->setAgencies(codes);
    m_tree->view()->expandToDepth(0);
    m_counts->setText(tr("%1 cameras: %2 online, %3 offline").arg(cameras.size()).arg(online).arg(offline));
}

void MainWindow::showStoreError(const pontive::Error &error)
{
    m_counts->setText(tr("Cannot read the store: %1").arg(error.message));
    QMessageBox::warning(this, tr("Store"), tr("Cannot read the cameras from the store:\n%1").arg(error.message));
}

void MainWindow::updateClock()
{
    m_clock->setText(core::formatWib(QDateTime::currentDateTimeUtc()) + QStringLiteral(" WIB"));
}

} // namespace pontive::ui
