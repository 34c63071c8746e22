#include "store_cameras.h"

#include "camsim_logging.h"
#include "store/camera_repository.h"
#include "store/database.h"
#include "store/database_url.h"
#include "util/url_redaction.h"

#include <QRegularExpression>
#include <QUrl>

namespace pontive::camsim {

Result<std::vector<StoreCamera>> camerasFromStore(const QString &databaseUrl, quint16 port)
{
    auto url = core::DatabaseUrl::parse(databaseUrl);
    if (!url)
        return std::unexpected(url.error());
    auto db = core::Database::open(*url);
    if (!db)
        return std::unexpected(db.error());
    auto cameras = core::CameraRepository(*db, core::Actor::current()).list();
    if (!cameras)
        return std::unexpected(cameras.error());

    static const QRegularExpression camPath(QStringLiteral("^/cam/([^/]+)/"));
    std::vector<StoreCamera> served;
    for (const core::Camera &camera : *cameras) {
        const QUrl main(camera.mainUrl);
        if (!camera.enabled || main.scheme() != QLatin1String("rtsp") || main.path().isEmpty())
            continue;
        if (main.port() != -1 && main.port() != port)
            qCWarning(lcCamsim).noquote() << "camera" << camera.name << "points at another port:"
                                          << core::redactUrl(camera.mainUrl);
        StoreCamera sim;
        const auto match = camPath.match(main.path());
        sim.id = match.hasMatch() ? match.captured(1) : QStringLiteral("%1").arg(camera.id, 3, 10, QLatin1Char('0'));
        sim.label = QStringLiteral("%1 %2 %3").arg(sim.id, camera.location, camera.name).trimmed();
        sim.mainPath = main.path();
        const QUrl sub(camera.subUrl);
        if (sub.scheme() == QLatin1String("rtsp") && !sub.path().isEmpty() && sub.path() != sim.mainPath)
            sim.subPath = sub.path();
        // Credentials in the URL win over the store's fields, like a client would use them.
        sim.user = main.userName().isEmpty() ? camera.username : main.userName();
        sim.password = main.password().isEmpty() ? camera.password : main.password();
        sim.onvif = !camera.onvifUrl.isEmpty();
        sim.offline = camera.status == core::CameraStatus::Offline;
        served.push_back(std::move(sim));
    }
    return served;
}

} // namespace pontive::camsim
