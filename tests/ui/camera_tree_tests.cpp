#include "catch_qt.h"

#include "camera_tree_filter.h"
#include "camera_tree_model.h"
#include "camera_tree_panel.h"
#include "demo/demo_city.h"
#include "main_window.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace pontive;

namespace {

std::vector<core::Camera> demoCameras()
{
    std::vector<core::Camera> out;
    qint64 id = 0;
    for (const core::InventoryItem &item : core::DemoCity::generate()) {
        core::Camera c = item.camera;
        c.id = ++id;
        out.push_back(c);
    }
    return out;
}

// Cameras visible through a proxy, walking the whole tree.
int visibleCameras(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(ui::CameraTreeModel::CameraIdRole).toLongLong() != 0)
            ++n;
        n += visibleCameras(model, i);
    }
    return n;
}

} // namespace

TEST_CASE("the camera tree groups cameras by agency, district and location with online counts", "[ui][tree]")
{
    ui::CameraTreeModel model;
    model.setCameras(demoCameras());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.item(0)->text() == QStringLiteral("Dinsos (10/10 online)"));
    CHECK(model.item(1)->text() == QStringLiteral("Dishub (108/119 online)"));
    CHECK(model.item(2)->text() == QStringLiteral("Diskominfo (18/18 online)"));
    CHECK(model.item(1)->rowCount() == 6);  // six districts
    CHECK(visibleCameras(&model) == 147);
    const QStandardItem *location = model.item(1)->child(0)->child(0);
    REQUIRE(location->rowCount() > 0);
    const QStandardItem *camera = location->child(0);
    CHECK(camera->data(ui::CameraTreeModel::CameraIdRole).toLongLong() > 0);
    CHECK(camera->toolTip().contains(QStringLiteral("Dishub")));
    CHECK(camera->toolTip().contains(QStringLiteral("WIB")));
}

TEST_CASE("typing in the search box narrows the tree to the matching cameras", "[ui][tree]")
{
    ui::CameraTreeModel model;
    model.setCameras(demoCameras());
    ui::CameraTreePanel panel(&model);
    panel.show();
    QTest::keyClicks(panel.searchBox(), QStringLiteral("kapuas"));
    const int found = visibleCameras(panel.view()->model());
    int expected = 0;
    for (const core::Camera &c : model.cameras())
        expected += c.location.contains(QStringLiteral("Kapuas"), Qt::CaseInsensitive) ? 1 : 0;
    CHECK(expected > 0);
    CHECK(found == expected);
    panel.searchBox()->clear();
    CHECK(visibleCameras(panel.view()->model()) == 147);
}

TEST_CASE("the tree filters by status, kind, media, agency and use", "[ui][tree]")
{
    ui::CameraTreeModel model;
    model.setCameras(demoCameras());
    ui::CameraTreeFilter filter;
    filter.setSourceModel(&model);
    filter.setStatus(core::CameraStatus::Offline);
    CHECK(visibleCameras(&filter) == 11);
    filter.setStatus(std::nullopt);
    filter.setKind(core::CameraKind::Ptz);
    CHECK(visibleCameras(&filter) == 30);
    filter.setKind(std::nullopt);
    filter.setMedia(core::MediaType::Wireless);
    CHECK(visibleCameras(&filter) == 9);
    filter.setMedia(std::nullopt);
    filter.setAgency(QStringLiteral("Dinsos"));
    CHECK(visibleCameras(&filter) == 10);
    filter.setAgency({});
    filter.setTag(QStringLiteral("traffic"));
    CHECK(visibleCameras(&filter) == 119);
}

TEST_CASE("the console shows the camera counts, the store and a WIB clock", "[ui][console]")
{
    ui::MainWindow window(nullptr, QStringLiteral("sqlite:///tmp/x.db"));
    window.showCameras(demoCameras());
    window.show();
    auto *counts = window.findChild<QLabel *>(QStringLiteral("statusCounts"));
    auto *store = window.findChild<QLabel *>(QStringLiteral("statusStore"));
    auto *clock = window.findChild<QLabel *>(QStringLiteral("statusClock"));
    REQUIRE(counts);
    REQUIRE(store);
    REQUIRE(clock);
    CHECK(counts->text() == QStringLiteral("147 cameras: 136 online, 11 offline"));
    CHECK(store->text().contains(QStringLiteral("sqlite:///tmp/x.db")));
    CHECK(clock->text().endsWith(QStringLiteral("WIB")));
    const QImage shot = window.grab().toImage();
    CHECK(shot.width() > 600);
}

TEST_CASE("the Indonesian UI shows translated texts for the main actions", "[ui][i18n]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/pontive_id.qm")));
    QCoreApplication::installTranslator(&translator);
    {
        ui::MainWindow window(nullptr, QStringLiteral("sqlite:///tmp/x.db"));
        window.showCameras(demoCameras());
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        CHECK(menus == QStringList{QStringLiteral("&Berkas"), QStringLiteral("&Tampilan"), QStringLiteral("&Bantuan")});
        auto *counts = window.findChild<QLabel *>(QStringLiteral("statusCounts"));
        REQUIRE(counts);
        CHECK(counts->text() == QStringLiteral("147 kamera: 136 daring, 11 luring"));
        CHECK(window.treeModel()->item(1)->text() == QStringLiteral("Dishub (108/119 daring)"));
        CHECK(window.treePanel()->searchBox()->placeholderText().startsWith(QStringLiteral("Cari kamera")));
    }
    QCoreApplication::removeTranslator(&translator);
}
