#include "demo_city.h"

#include "logging.h"
#include "health/health_debouncer.h"
#include "health/health_repository.h"
#include "health/probe_detail.h"
#include "health/probe_result.h"
#include "layout/layout_presets.h"
#include "store/camera_repository.h"
#include "store/database.h"
#include "store/layout_repository.h"
#include "store/sql.h"

#include <QTimeZone>

#include <array>
#include <random>

namespace pontive::core {

namespace {

struct Point {
    const char *name;
    const char *district;
    const char *agency;   // owner of the point
    double lat;
    double lon;
    const char *tags;     // besides the owner's usual use
};

// 41 Dishub intersections and 10 Diskominfo public places over the six districts.
constexpr std::array<Point, 51> kPoints{{
    {"Simpang Tanjungpura - Gajah Mada", "Kota", "Dishub", -0.0318, 109.3390, "tax-billboard"},
    {"Simpang Pahlawan - Diponegoro", "Kota", "Dishub", -0.0362, 109.3325, ""},
    {"Simpang Sisingamangaraja - Hijas", "Kota", "Dishub", -0.0348, 109.3352, ""},
    {"Simpang Zainuddin - Rahadi Usman", "Kota", "Dishub", -0.0289, 109.3378, "staff-discipline"},
    {"Simpang Kapten Marsan - Pattimura", "Kota", "Dishub", -0.0352, 109.3398, ""},
    {"Simpang Johar - Agus Salim", "Kota", "Dishub", -0.0332, 109.3345, "tax-billboard"},
    {"Simpang Prof. M. Yamin - Alianyang", "Kota", "Dishub", -0.0455, 109.3208, ""},
    {"Simpang Nusa Indah - Agus Salim", "Kota", "Dishub", -0.0322, 109.3360, "tax-billboard"},
    {"Simpang Sultan Abdurrahman - Sulung Lelanang", "Kota", "Dishub", -0.0395, 109.3290, ""},
    {"Simpang Ahmad Yani - Sutan Syahrir", "Selatan", "Dishub", -0.0432, 109.3420, "tax-billboard"},
    {"Simpang Ahmad Yani - Gajah Mada", "Selatan", "Dishub", -0.0402, 109.3432, "tax-billboard"},
    {"Simpang Veteran - Gajah Mada", "Selatan", "Dishub", -0.0371, 109.3415, ""},
    {"Simpang Sultan Abdurrahman - Ahmad Yani", "Selatan", "Dishub", -0.0455, 109.3380, ""},
    {"Simpang Purnama - Parit Haji Husin I", "Selatan", "Dishub", -0.0580, 109.3455, "disaster-prone"},
    {"Simpang Imam Bonjol - Dr. Sutomo", "Selatan", "Dishub", -0.0400, 109.3480, ""},
    {"Simpang Sutan Syahrir - Abdurrahman Saleh", "Selatan", "Dishub", -0.0450, 109.3450, ""},
    {"Bundaran Digulis Untan", "Tenggara", "Dishub", -0.0590, 109.3455, "tax-billboard"},
    {"Simpang Ahmad Yani - Daya Nasional", "Tenggara", "Dishub", -0.0610, 109.3470, ""},
    {"Simpang Sepakat - Ahmad Yani", "Tenggara", "Dishub", -0.0650, 109.3490, "infrastructure"},
    {"Simpang Paris II - Ahmad Yani", "Tenggara", "Dishub", -0.0705, 109.3560, "infrastructure"},
    {"Simpang Parit Haji Husin II - Ahmad Yani II", "Tenggara", "Dishub", -0.0680, 109.3520, "disaster-prone"},
    {"Simpang Hadari Nawawi - Ahmad Yani", "Tenggara", "Dishub", -0.0625, 109.3435, ""},
    {"Simpang Kom Yos Sudarso - Husein Hamzah", "Barat", "Dishub", -0.0208, 109.3105, ""},
    {"Simpang Hasanuddin - Merdeka", "Barat", "Dishub", -0.0282, 109.3220, "tax-billboard"},
    {"Simpang Pak Kasih - Kom Yos Sudarso", "Barat", "Dishub", -0.0160, 109.3155, "disaster-prone"},
    {"Simpang Tabrani Ahmad - Husein Hamzah", "Barat", "Dishub", -0.0330, 109.3030, ""},
    {"Simpang Karet - Kom Yos Sudarso", "Barat", "Dishub", -0.0245, 109.3060, ""},
    {"Simpang Sungai Jawi - Merdeka", "Barat", "Dishub", -0.0300, 109.3180, ""},
    {"Simpang Apel - Husein Hamzah", "Barat", "Dishub", -0.0270, 109.3000, "infrastructure"},
    {"Simpang Tanjung Raya II - Panglima Aim", "Timur", "Dishub", -0.0320, 109.3600, ""},
    {"Simpang Tritura - Tanjung Raya I", "Timur", "Dishub", -0.0260, 109.3560, "disaster-prone"},
    {"Simpang Sultan Hamid II - Perintis Kemerdekaan", "Timur", "Dishub", -0.0300, 109.3520, ""},
    {"Ujung Jembatan Kapuas I", "Timur", "Dishub", -0.0265, 109.3490, "disaster-prone"},
    {"Simpang Ya'M Sabran - Tanjung Raya II", "Timur", "Dishub", -0.0380, 109.3660, ""},
    {"Simpang Tanjung Raya I - Parit Mayor", "Timur", "Dishub", -0.0210, 109.3620, "disaster-prone"},
    {"Simpang Khatulistiwa - Gusti Situt Mahmud", "Utara", "Dishub", -0.0050, 109.3350, ""},
    {"Simpang 28 Oktober - Khatulistiwa", "Utara", "Dishub", 0.0020, 109.3300, ""},
    {"Ujung Jembatan Kapuas II", "Utara", "Dishub", -0.0110, 109.3580, "disaster-prone"},
    {"Simpang Selat Panjang - Khatulistiwa", "Utara", "Dishub", 0.0060, 109.3220, ""},
    {"Simpang Parit Pangeran - Gusti Situt Mahmud", "Utara", "Dishub", -0.0090, 109.3420, ""},
    {"Simpang Budi Utomo - Khatulistiwa", "Utara", "Dishub", 0.0100, 109.3280, ""},
    {"Kantor Wali Kota Pontianak", "Kota", "Diskominfo", -0.0343, 109.3370, "staff-discipline"},
    {"Taman Alun Kapuas", "Kota", "Diskominfo", -0.0278, 109.3428, "disaster-prone"},
    {"Pasar Flamboyan", "Kota", "Diskominfo", -0.0360, 109.3340, "tax-billboard"},
    {"Masjid Raya Mujahidin", "Selatan", "Diskominfo", -0.0430, 109.3395, ""},
    {"Taman Akcaya", "Selatan", "Diskominfo", -0.0448, 109.3432, ""},
    {"Kantor Camat Pontianak Tenggara", "Tenggara", "Diskominfo", -0.0640, 109.3510, "staff-discipline"},
    {"Pasar Teratai Sungai Jawi", "Barat", "Diskominfo", -0.0292, 109.3195, "tax-billboard"},
    {"Keraton Kadriah", "Timur", "Diskominfo", -0.0290, 109.3530, "disaster-prone"},
    {"Tugu Khatulistiwa", "Utara", "Diskominfo", 0.0006, 109.3219, ""},
    {"Taman Siantan", "Utara", "Diskominfo", -0.0040, 109.3380, "disaster-prone"},
}};

// Points with two cameras instead of three (45 x 3 + 6 x 2 = 147).
constexpr std::array<int, 6> kTwoCameraPoints{5, 13, 21, 29, 42, 45};
// Points reached by radio: all their cameras are wireless (3 x 3 = 9).
constexpr std::array<int, 3> kWirelessPoints{38, 40, 50};
constexpr int kPtzCount = 30;
// 11 offline: 4 broken cameras, 4 power, 3 network media.
constexpr std::array<OfflineCause, 11> kOfflineCauses{
    OfflineCause::Camera, OfflineCause::Camera, OfflineCause::Camera, OfflineCause::Camera,
    OfflineCause::Power, OfflineCause::Power, OfflineCause::Power, OfflineCause::Power,
    OfflineCause::Media, OfflineCause::Media, OfflineCause::Media};

const char *const kDirections[] = {"Arah Utara", "Arah Selatan", "Arah Timur", "Arah Barat"};

template <std::size_t N>
bool contains(const std::array<int, N> &list, int v)
{
    return std::find(list.begin(), list.end(), v) != list.end();
}

// Fisher-Yates with mt19937's raw output: the same order with every standard library
// (std::shuffle's distribution is implementation-defined).
std::vector<int> shuffled(int n, std::mt19937::result_type seed)
{
    std::vector<int> v(std::size_t(n), 0);
    for (int i = 0; i < n; ++i)
        v[std::size_t(i)] = i;
    std::mt19937 rng(seed);
    for (int i = n - 1; i > 0; --i)
        std::swap(v[std::size_t(i)], v[std::size_t(rng() % std::mt19937::result_type(i + 1))]);
    return v;
}

} // namespace

std::vector<InventoryItem> DemoCity::generate(const DemoCityOptions &options)
{
    // PTZ cameras: the first camera of 30 points chosen once with a fixed seed.
    const std::vector<int> pointOrder = shuffled(int(kPoints.size()), 20211231);
    std::vector<bool> pointHasPtz(kPoints.size(), false);
    for (int i = 0; i < kPtzCount; ++i)
        pointHasPtz[std::size_t(pointOrder[std::size_t(i)])] = true;

    std::vector<InventoryItem> items;
    const QDateTime reference(QDate(2026, 11, 1), QTime(7, 0), QTimeZone(7 * 3600));
    int number = 0;
    for (int p = 0; p < int(kPoints.size()); ++p) {
        const Point &pt = kPoints[std::size_t(p)];
        const bool dishub = QLatin1String(pt.agency) == QLatin1String("Dishub");
        Location location;
        location.name = QString::fromUtf8(pt.name);
        location.district = QString::fromLatin1(pt.district);
        location.agency = QString::fromLatin1(pt.agency);
        location.latitude = pt.lat;
        location.longitude = pt.lon;
        const int cameras = contains(kTwoCameraPoints, p) ? 2 : 3;
        for (int k = 0; k < cameras; ++k) {
            ++number;
            const QString id = QStringLiteral("%1").arg(number, 3, 10, QLatin1Char('0'));
            Camera c;
            c.kind = (k == 0 && pointHasPtz[std::size_t(p)]) ? CameraKind::Ptz : CameraKind::Fixed;
            c.name = c.kind == CameraKind::Ptz ? QStringLiteral("PTZ") : QString::fromLatin1(kDirections[(p + k) % 4]);
            c.location = location.name;
            c.district = location.district;
            // Dinsos watches the public places from the second camera there.
            c.agency = (!dishub && k == 1) ? QStringLiteral("Dinsos") : location.agency;
            c.media = contains(kWirelessPoints, p) ? MediaType::Wireless : MediaType::Fiber;
            const QString base = QStringLiteral("rtsp://%1:%2/cam/%3/").arg(options.host).arg(options.rtspPort).arg(id);
            c.mainUrl = base + QStringLiteral("main");
            c.subUrl = base + QStringLiteral("sub");
            if (c.kind == CameraKind::Ptz)
                c.onvifUrl = QStringLiteral("http://%1:%2/onvif/cam/%3/device_service")
                                 .arg(options.host)
                                 .arg(options.onvifPort)
                                 .arg(id);
            c.username = QStringLiteral("admin");
            c.password = QStringLiteral("pontive-demo");
            c.tags << (c.agency == QLatin1String("Dishub") ? QStringLiteral("traffic") : QStringLiteral("public-service"));
            if (*pt.tags)
                c.tags << QString::fromLatin1(pt.tags);
            c.notes = QStringLiteral("CCTV %1").arg(id);
            c.status = CameraStatus::Online;
            c.statusSince = reference.addSecs(-3600LL * ((number * 37) % 700)).toUTC();
            items.push_back(InventoryItem{0, c, location});
        }
    }

    const std::vector<int> cameraOrder = shuffled(int(items.size()), 136);
    for (std::size_t i = 0; i < kOfflineCauses.size(); ++i) {
        Camera &c = items[std::size_t(cameraOrder[i])].camera;
        c.status = CameraStatus::Offline;
        c.cause = kOfflineCauses[i];
        c.statusSince = reference.addSecs(-3600LL * (5 + 17 * qint64(i))).toUTC();
    }
    return items;
}

namespace {

// The outages of the offline cameras, as the health monitor would have recorded them:
// an open incident from the time each went offline, with the symptom that suggests its
// cause. Without them the health table and the reports counted those cameras 100 % up.
Status recordOutages(Database &db, const Actor &actor)
{
    auto shared = std::shared_ptr<Database>(&db, [](Database *) {});
    CameraFilter offline;
    offline.status = CameraStatus::Offline;
    auto cameras = CameraRepository(shared, actor).list(offline);
    if (!cameras)
        return std::unexpected(cameras.error());
    HealthRepository health(shared, actor);
    for (const Camera &c : *cameras) {
        const ProbeSymptom symptom = c.cause == OfflineCause::Power   ? ProbeSymptom::Unreachable
                                     : c.cause == OfflineCause::Media ? ProbeSymptom::Timeout
                                                                      : ProbeSymptom::StreamError;
        const auto start = std::chrono::system_clock::time_point(std::chrono::milliseconds(c.statusSince.toMSecsSinceEpoch()));
        HealthEvent event;
        event.kind = HealthEvent::Kind::WentOffline;
        event.start = start;
        event.symptom = symptom;
        event.failures = 3;
        const DebounceState state{CameraStatus::Offline, 3, start, symptom};
        if (auto recorded = health.recordProbe(c.id, ProbeResult::failure(symptom, ProbeDetail::make(ProbeDetail::kNoAnswer)), state,
                                               event, c.statusSince.addSecs(180));
            !recorded)
            return recorded;
    }
    return {};
}

} // namespace

Status DemoCity::saveOperationsLayout(Database &db, const Actor &actor)
{
    // "Pontive Center": a 1+12 of the PTZ cameras at the busiest Dishub intersections,
    // also what this station's console shows first.
    auto shared = std::shared_ptr<Database>(&db, [](Database *) {});
    CameraFilter ptz;
    ptz.kind = CameraKind::Ptz;
    ptz.agency = QStringLiteral("Dishub");
    auto cameras = CameraRepository(shared, actor).list(ptz);
    if (!cameras)
        return std::unexpected(cameras.error());
    std::sort(cameras->begin(), cameras->end(), [](const Camera &a, const Camera &b) { return a.id < b.id; });
    Layout layout = *LayoutPresets::make(QStringLiteral("1+12"));
    layout.name = QStringLiteral("Pontive Center");
    // The big tile (reading order puts it after the first row) gets the first camera.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < layout.cells.size(); ++i)
        order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return layout.cells[a].rowSpan > layout.cells[b].rowSpan;
    });
    for (std::size_t i = 0; i < order.size() && i < cameras->size(); ++i)
        layout.cells[order[i]].cameraId = (*cameras)[i].id;
    LayoutRepository layouts(shared, actor);
    if (auto saved = layouts.saveLayout(layout); !saved)
        return saved;
    return layouts.saveScreenLayout(QStringLiteral("console"), layout);
}

Result<InventoryWriteSummary> DemoCity::load(Database &db, const Actor &actor, const DemoCityOptions &options)
{
    auto conn = db.connection();
    if (!conn)
        return std::unexpected(conn.error());
    auto q = runQuery(*conn, QStringLiteral("SELECT (SELECT COUNT(*) FROM cameras) + (SELECT COUNT(*) FROM locations)"));
    if (!q)
        return std::unexpected(q.error());
    if (q->next() && q->value(0).toInt() > 0)
        return fail(ErrorCode::Refused, tr("the store is not empty; the demo city loads into an empty store only"));
    auto written = InventoryWriter::write(db, generate(options), actor, QStringLiteral("demo city"));
    if (!written)
        return written;
    qCInfo(lcDemo) << "demo city loaded:" << written->camerasAdded << "cameras at" << written->locationsAdded << "points";
    if (auto outages = recordOutages(db, actor); !outages)
        return std::unexpected(outages.error());
    if (auto layout = saveOperationsLayout(db, actor); !layout)
        return std::unexpected(layout.error());
    return written;
}

} // namespace pontive::core
