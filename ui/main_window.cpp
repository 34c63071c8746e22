#include "main_window.h"

#include "camera_details.h"
#include "camera_tree_model.h"
#include "camera_tree_panel.h"
#include "status_icons.h"
#include "layout/layout_presets.h"
#include "wall/screen_layout_keeper.h"
#include "wall/layout_editor_dialog.h"
#include "wall/screen_miniatures.h"
#include "wall/shortcuts_page.h"
#include "wall/tour_controls.h"

#include "wall/wall_view.h"
#include "layout/layout_library.h"
#include "store/camera_list_loader.h"
#include "util/language_setting.h"
#include "util/wib_time.h"
#ifdef PONTIVE_WITH_PTZ_UI
#include "ptz/joystick_status.h"
#include "ptz/wall_ptz.h"
#endif

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
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

void MainWindow::setPtzDesk(core::PtzDesk *desk)
{
#ifdef PONTIVE_WITH_PTZ_UI
    new WallPtz(m_wall, desk);
    statusBar()->insertPermanentWidget(0, new JoystickStatus(desk, this));
#else
    Q_UNUSED(desk);
#endif
}

MainWindow::MainWindow(core::CameraListLoader *loader, QString storeName, std::shared_ptr<core::MediaEngine> engine,
                       QWidget *parent)
    : QMainWindow(parent), m_loader(nullptr), m_model(new CameraTreeModel(this)),
      m_tree(new CameraTreePanel(m_model, this)), m_details(new CameraDetails(this)),
      m_wall(new WallView(std::move(engine), this)),
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
    auto *detailsDock = new QDockWidget(tr("Camera details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    detailsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    m_screens = new ScreenMiniatures(this);
    m_screensDock = new QDockWidget(tr("Screens"), this);
    m_screensDock->setObjectName(QStringLiteral("screensDock"));
    m_screensDock->setWidget(m_screens);
    m_screensDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_screensDock);
    m_screensDock->hide();  // shown once a wall screen is open
    setCentralWidget(buildWallArea());
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
    connect(m_tree, &CameraTreePanel::cameraActivated, this,
            [this](qint64 id) { m_wall->dropCameras(m_wall->selectedTile(), {id}); });
    connect(m_wall, &WallView::tileSelected, this, [this](int, std::optional<qint64> id) {
        m_details->showCamera(id ? m_model->camera(*id) : nullptr);
    });
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
    view->addMenu(m_tours->menu());
    // The language for the next start: every window would have to be rebuilt to change now.
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    const QString current = core::LanguageSetting::stored();
    for (const auto &[code, name] : {std::pair{QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *choice = language->addAction(name, this, [this, code] {
            core::LanguageSetting::store(code);
            statusBar()->showMessage(tr("The new language shows when Pontive Wall starts again."), 10000);
        });
        choice->setCheckable(true);
        choice->setChecked(code == current);
        choice->setData(code);
        languages->addAction(choice);
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this,
                                    [this] { ShortcutsPage::show(this, ShortcutsPage::Where::Console); });
    keys->setShortcut(QKeySequence(Qt::Key_F1));
}

QWidget *MainWindow::buildWallArea()
{
    auto *area = new QWidget(this);
    auto *bar = new QToolBar(area);
    bar->setObjectName(QStringLiteral("wallBar"));
    m_layoutBox = new QComboBox(bar);
    m_layoutBox->setObjectName(QStringLiteral("layoutBox"));
    m_layoutBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_layoutBox->setMinimumContentsLength(16);
    m_layoutBox->setToolTip(tr("Layout of the wall (Ctrl+1..9)"));
    for (const QString &name : core::LayoutPresets::names())
        m_layoutBox->addItem(name, name);
    bar->addWidget(m_layoutBox);
    connect(m_layoutBox, &QComboBox::currentIndexChanged, this, &MainWindow::applyLayoutChoice);
    QAction *save = bar->addAction(tr("Save layout…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save layout"), tr("Name of the layout:"),
                                                   QLineEdit::Normal, m_wall->wallLayout().name, &ok);
        if (ok && !name.trimmed().isEmpty()
            && LayoutEditorDialog::mayReplace(this, name.trimmed(), QString(), savedLayoutNames()))
            saveLayoutAs(name.trimmed());
    });
    save->setObjectName(QStringLiteral("saveLayoutAction"));
    bar->addAction(tr("Edit layout…"), this, [this] {
        LayoutEditorDialog dialog(m_wall->wallLayout(), this);
        QHash<qint64, QString> names;
        for (const core::Camera &c : m_model->cameras())
            names.insert(c.id, c.name);
        dialog.setCameraNames(names);
        dialog.setSavedNames(savedLayoutNames());
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_wall->setWallLayout(dialog.editedLayout());
        saveLayoutAs(dialog.editedLayout().name);
    })->setObjectName(QStringLiteral("editLayoutAction"));
    m_deleteLayout = bar->addAction(tr("Delete layout…"), this, &MainWindow::deleteChosenLayout);
    m_deleteLayout->setObjectName(QStringLiteral("deleteLayoutAction"));
    m_deleteLayout->setEnabled(false);
    connect(m_layoutBox, &QComboBox::currentIndexChanged, this, [this] {
        m_deleteLayout->setEnabled(m_layoutBox->currentData().toString().startsWith(QLatin1String("saved:")));
    });
    m_tours = new TourControls(m_wall, m_model, this);
    bar->addWidget(m_tours->button());
    bar->addWidget(m_tours->statusLabel());
    for (int i = 0; i < 9; ++i) {
        auto *recall = new QAction(this);
        recall->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        // Ctrl+N: the Nth saved layout; the Nth preset while none is saved.
        connect(recall, &QAction::triggered, this, [this, i] {
            if (!m_saved.empty()) {
                if (std::size_t(i) < m_saved.size())
                    chooseLayout(m_saved[std::size_t(i)].name);
            } else if (i < core::LayoutPresets::names().size()) {
                chooseLayout(core::LayoutPresets::names()[i]);
            }
        });
        addAction(recall);
    }
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_wall, 1);
    m_layoutBox->setCurrentIndex(m_layoutBox->findData(QStringLiteral("2x2")));
    return area;
}

void MainWindow::applyLayoutChoice(int index)
{
    const QString key = m_layoutBox->itemData(index).toString();
    if (key.startsWith(QLatin1String("saved:"))) {
        for (const core::Layout &l : m_saved) {
            if (l.name == key.mid(6))
                m_wall->setWallLayout(l);
        }
        return;
    }
    if (auto preset = core::LayoutPresets::make(key)) {
        preset->takeCamerasFrom(m_wall->wallLayout());
        m_wall->setWallLayout(*preset);
    }
}

void MainWindow::setLayoutLibrary(core::LayoutLibrary *library)
{
    m_library = library;
    if (!m_library)
        return;
    connect(m_library, &core::LayoutLibrary::layoutsLoaded, this, &MainWindow::showSavedLayouts);
    connect(m_library, &core::LayoutLibrary::layoutSaved, this,
            [this](const QString &name) { statusBar()->showMessage(tr("Layout '%1' saved").arg(name), 5000); });
    connect(m_library, &core::LayoutLibrary::failed, this,
            [this](const pontive::Error &e) { statusBar()->showMessage(e.message, 10000); });
    m_tours->setLibrary(m_library);
    m_keeper = new ScreenLayoutKeeper(m_wall, m_library, QStringLiteral("console"), this);
    connect(m_keeper, &ScreenLayoutKeeper::restored, this, &MainWindow::syncLayoutBox);
    m_library->loadLayouts();
    // Layouts saved or removed at another station on a shared store show up here (and on
    // this station's wall windows, which hear the same library) within half a minute.
    auto *refresh = new QTimer(this);
    refresh->setObjectName(QStringLiteral("layoutRefresh"));
    connect(refresh, &QTimer::timeout, m_library, &core::LayoutLibrary::loadLayouts);
    refresh->start(kLayoutRefresh);
}

void MainWindow::deleteChosenLayout()
{
    const QString key = m_layoutBox->currentData().toString();
    if (!m_library || !key.startsWith(QLatin1String("saved:")))
        return;
    const QString name = key.mid(6);
    if (QMessageBox::question(this, tr("Delete layout"),
                              tr("Delete the saved layout '%1' for every station? The wall keeps showing it until you "
                                 "choose another.")
                                  .arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    m_library->removeLayout(name);
    statusBar()->showMessage(tr("Layout '%1' deleted").arg(name), 5000);
}

void MainWindow::saveLayoutAs(const QString &name)
{
    if (!m_library)
        return;
    core::Layout layout = m_wall->wallLayout();
    layout.name = name;
    m_library->saveLayout(layout);
}

QStringList MainWindow::savedLayoutNames() const
{
    QStringList names;
    for (const core::Layout &l : m_saved)
        names.append(l.name);
    return names;
}

void MainWindow::addScreen(const QString &name, WallView *wall)
{
    m_screens->addScreen(name, wall);
    m_screensDock->show();
}

void MainWindow::showSavedLayouts(const std::vector<core::Layout> &layouts)
{
    m_saved = layouts;
    m_screens->setSavedLayouts(layouts);
    const QString current = m_layoutBox->currentData().toString();
    m_layoutBox->blockSignals(true);
    // Everything after the presets: the separator and the saved layouts.
    while (m_layoutBox->count() > core::LayoutPresets::names().size())
        m_layoutBox->removeItem(m_layoutBox->count() - 1);
    if (!layouts.empty())
        m_layoutBox->insertSeparator(m_layoutBox->count());
    for (const core::Layout &l : layouts)
        m_layoutBox->addItem(QString(QStringLiteral("★ ") + l.name), QString(QStringLiteral("saved:") + l.name));
    m_layoutBox->setCurrentIndex(std::max(0, m_layoutBox->findData(current)));
    m_layoutBox->blockSignals(false);
    m_deleteLayout->setEnabled(m_layoutBox->currentData().toString().startsWith(QLatin1String("saved:")));
    syncLayoutBox();
}

void MainWindow::syncLayoutBox()
{
    // Show the name of what the wall shows (a restored or saved layout), without applying it again.
    const QString name = m_wall->wallLayout().name;
    int index = m_layoutBox->findData(QString(QStringLiteral("saved:") + name));
    if (index < 0)
        index = m_layoutBox->findData(name);
    if (index < 0 || index == m_layoutBox->currentIndex())
        return;
    m_layoutBox->blockSignals(true);
    m_layoutBox->setCurrentIndex(index);
    m_layoutBox->blockSignals(false);
}

void MainWindow::chooseLayout(const QString &name)
{
    int index = m_layoutBox->findData(name);
    if (index < 0)
        index = m_layoutBox->findData(QString(QStringLiteral("saved:") + name));
    if (index < 0)
        return;
    if (index == m_layoutBox->currentIndex())
        applyLayoutChoice(index);  // recalled again: back to the layout as saved
    else
        m_layoutBox->setCurrentIndex(index);
}

void MainWindow::reload()
{
    if (m_loader)
        m_loader->load();
}

void MainWindow::showCameras(const std::vector<core::Camera> &cameras)
{
    m_model->setCameras(cameras);
    m_wall->setCameras(cameras);
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
