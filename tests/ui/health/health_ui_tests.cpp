#include "catch_qt.h"

#include "health/health_table_model.h"
#include "health/offline_alarm.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTimeZone>

using namespace pontive;

namespace {

core::CameraHealth health(qint64 id, const QString &name, core::CameraStatus status, bool confirmed = false)
{
    core::CameraHealth h;
    h.camera.id = id;
    h.camera.name = name;
    h.camera.location = QStringLiteral("Simpang Garuda");
    h.camera.agency = QStringLiteral("Dishub");
    h.camera.status = status;
    h.camera.cause = core::OfflineCause::Power;
    h.camera.statusSince = QDateTime(QDate(2027, 1, 31), QTime(17, 30), Qt::UTC);   // 01/02 00.30 WIB
    h.symptom = status == core::CameraStatus::Offline ? core::ProbeSymptom::Timeout : core::ProbeSymptom::None;
    h.causeConfirmed = confirmed;
    h.lastError = status == core::CameraStatus::Offline ? QStringLiteral("no RTSP reply within 5000 ms") : QString();
    return h;
}

} // namespace

TEST_CASE("the health table shows state, WIB since, uptime and a suggested cause until confirmed", "[health][ui]")
{
    ui::HealthTableModel model;
    model.setRows({health(1, QStringLiteral("CAM 001"), core::CameraStatus::Online),
                   health(2, QStringLiteral("CAM 002"), core::CameraStatus::Offline),
                   health(3, QStringLiteral("CAM 003"), core::CameraStatus::Offline, true)},
                  {{1, 99.5}, {2, 87.25}});
    REQUIRE(model.rowCount() == 3);
    using M = ui::HealthTableModel;
    CHECK(model.data(model.index(0, M::Since)).toString() == QStringLiteral("01/02/2027 00.30"));
    CHECK(model.data(model.index(1, M::Uptime)).toString() == QLocale().toString(87.25, 'f', 2));
    CHECK(model.data(model.index(2, M::Uptime)).toString().isEmpty());
    CHECK(model.data(model.index(1, M::Cause)).toString().contains(QStringLiteral("suggested")));
    CHECK_FALSE(model.data(model.index(2, M::Cause)).toString().contains(QStringLiteral("suggested")));
    CHECK(model.data(model.index(0, M::Cause)).toString().isEmpty());
    CHECK(model.data(model.index(1, M::LastError)).toString() == QStringLiteral("no RTSP reply within 5000 ms"));
    CHECK_FALSE(model.data(model.index(1, M::State), Qt::DecorationRole).isNull());

    // The offline list: a proxy on the status role, like the tree's filters.
    QSortFilterProxyModel offline;
    offline.setSourceModel(&model);
    offline.setFilterRole(M::StatusRole);
    offline.setFilterFixedString(QString::number(int(core::CameraStatus::Offline)));
    CHECK(offline.rowCount() == 2);
}

TEST_CASE("the offline alarm counts new offline cameras until the operator acknowledges", "[health][ui]")
{
    ui::OfflineAlarm alarm;
    QSignalSpy raised(&alarm, &ui::OfflineAlarm::raised);
    QSignalSpy acknowledged(&alarm, &ui::OfflineAlarm::acknowledged);
    CHECK(alarm.isHidden());
    alarm.cameraWentOffline(1, QStringLiteral("CAM 001"), core::ProbeSymptom::Timeout);
    alarm.cameraWentOffline(2, QStringLiteral("CAM 002"), core::ProbeSymptom::Refused);
    CHECK_FALSE(alarm.isHidden());
    CHECK(raised.count() == 1);
    CHECK(alarm.pending() == 2);
    CHECK(alarm.text().contains(QStringLiteral("2")));
    CHECK(alarm.toolTip().contains(QStringLiteral("CAM 002")));
    // Back before anyone looked: it leaves the alarm.
    alarm.cameraBackOnline(1);
    CHECK(alarm.pending() == 1);
    alarm.click();
    CHECK(acknowledged.count() == 1);
    CHECK(acknowledged.at(0).at(0).toInt() == 1);
    CHECK(alarm.pending() == 0);
    CHECK(alarm.isHidden());
}
