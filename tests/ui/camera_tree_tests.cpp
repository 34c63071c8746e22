#include "catch_qt.h"

#include "camera_tree_filter.h"
#include "camera_tree_model.h"
#include "camera_tree_panel.h"
#include "demo/demo_city.h"
#include "main_window.h"
#include "util/language_setting.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QSignalSpy>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
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
    const QString tip = model.data(camera->index(), Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Dishub")));
    CHECK(tip.contains(QStringLiteral("WIB")));
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

TEST_CASE("new statuses update the tree's rows in place, a status filter follows them, and tooltips keep their words",
          "[ui][tree]")
{
    ui::CameraTreeModel model;
    std::vector<core::Camera> cameras = demoCameras();
    model.setCameras(cameras);
    ui::CameraTreeFilter filter;
    filter.setSourceModel(&model);
    filter.setStatus(core::CameraStatus::Offline);
    REQUIRE(visibleCameras(&filter) == 11);
    QSignalSpy rebuilt(&model, &ui::CameraTreeModel::camerasChanged);
    QSignalSpy updated(&model, &ui::CameraTreeModel::camerasUpdated);

    auto online = std::find_if(cameras.begin(), cameras.end(),
                               [](const core::Camera &c) { return c.status == core::CameraStatus::Online; });
    REQUIRE(online != cameras.end());
    const qint64 id = online->id;
    online->status = core::CameraStatus::Offline;
    online->cause = core::OfflineCause::Media;
    online->statusSince = QDateTime(QDate(2027, 1, 12), QTime(2, 0), QTimeZone::utc());
    model.setCameras(cameras);
    CHECK(rebuilt.count() == 0);
    CHECK(updated.count() == 1);
    CHECK(visibleCameras(&filter) == 12);
    const QModelIndexList found = model.match(model.index(0, 0), ui::CameraTreeModel::CameraIdRole, id, 1,
                                              Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    CHECK(found.first().data(ui::CameraTreeModel::StatusRole).toInt() == int(core::CameraStatus::Offline));
    QString tip = found.first().data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Status: Offline (Network media, suggested) since 12/01/2027 09.00 WIB")));
    CHECK(tip.contains(QStringLiteral("Last frame: not on a screen now")));

    // On a screen: the last frame's time, to the second, in WIB.
    model.setLastFrames({{id, QDateTime(QDate(2027, 1, 12), QTime(2, 0, 5), QTimeZone::utc())}});
    CHECK(found.first().data(Qt::ToolTipRole).toString().contains(QStringLiteral("Last frame: 12/01/2027 09.00.05 WIB")));
    // An alarm adds its line; once it is cleared the tooltip is whole again.
    model.setAlarm(id, true);
    tip = found.first().data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Offline alarm: not yet acknowledged")));
    CHECK(tip.contains(QStringLiteral("Agency: ")));
    model.setAlarm(id, false);
    tip = found.first().data(Qt::ToolTipRole).toString();
    CHECK_FALSE(tip.contains(QStringLiteral("Offline alarm")));
    CHECK(tip.contains(QStringLiteral("Last frame: 12/01/2027 09.00.05 WIB")));

    // A camera renamed: the tree is rebuilt.
    online->name = QStringLiteral("Arah Barat (baru)");
    model.setCameras(cameras);
    CHECK(rebuilt.count() == 1);
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
    // Qt's own buttons (Qt ships no Indonesian catalogue): through ours.
    QDialogButtonBox buttons(QDialogButtonBox::Yes | QDialogButtonBox::No | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    CHECK(buttons.button(QDialogButtonBox::Yes)->text() == QStringLiteral("&Ya"));
    CHECK(buttons.button(QDialogButtonBox::No)->text() == QStringLiteral("&Tidak"));
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Batal"));
    CHECK(buttons.button(QDialogButtonBox::Close)->text() == QStringLiteral("Tutup"));
    QCoreApplication::removeTranslator(&translator);
}

TEST_CASE("View > Language keeps the operator's choice for the next start, Bahasa Indonesia until one is made", "[ui][i18n]")
{
    QStandardPaths::setTestModeEnabled(true);  // settings under ~/.qttest, not the user's
    QSettings().remove(QStringLiteral("ui/language"));
    CHECK(core::LanguageSetting::stored() == QStringLiteral("id"));
    {
        ui::MainWindow window(nullptr, QStringLiteral("test"));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        REQUIRE(menu);
        QAction *english = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->data().toString() == QStringLiteral("id"))
                CHECK(a->isChecked());
            if (a->data().toString() == QStringLiteral("en"))
                english = a;
        }
        REQUIRE(english);
        english->trigger();
        CHECK(core::LanguageSetting::stored() == QStringLiteral("en"));
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("starts again")));
    }
    CHECK(core::LanguageSetting::normalised(QStringLiteral("fr")) == QStringLiteral("id"));
    QSettings().remove(QStringLiteral("ui/language"));
    QStandardPaths::setTestModeEnabled(false);
}
