// pontive-camsim: simulated RTSP cameras on loopback for the demo, the tests and the
// benchmarks. Only argument handling and wiring here.
//   pontive-camsim [--cameras N | --from-store DBURL] [--port P] [--user U --password P] ...
//   pontive-camsim ctl [--port P] offline|silent|refuse|corrupt|online CAMERA

#include "camsim_logging.h"
#include "clip_cache.h"
#include "camera_feed.h"
#include "fault_control.h"
#include "ptz_feed.h"
#include "rtsp_server.h"
#include "store_cameras.h"

#include "onvif_sim_server.h"

#include <gst/gst.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSize>
#include <QThread>
#include <QTextStream>

#include <cstdio>

#include <malloc.h>

using namespace pontive;
using namespace pontive::camsim;

namespace {

constexpr quint16 kDefaultPort = 18554;

int runCtl(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Switch a fault of a running simulator's camera."));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("RTSP port of the simulator."),
                                  QStringLiteral("port"), QString::number(kDefaultPort));
    parser.addOption(port);
    parser.addPositionalArgument(QStringLiteral("fault"), QStringLiteral("offline|silent|refuse|corrupt|online"));
    parser.addPositionalArgument(QStringLiteral("camera"), QStringLiteral("camera number, e.g. 3 or 003"));
    parser.addHelpOption();
    parser.process(args);
    if (parser.positionalArguments().size() != 2 || !parseFault(parser.positionalArguments().at(0))) {
        QTextStream(stderr) << "usage: pontive-camsim ctl [--port P] offline|silent|refuse|corrupt|online CAMERA\n";
        return 2;
    }
    const auto done = FaultControl::send(static_cast<quint16>(parser.value(port).toUInt()),
                                         parser.positionalArguments().at(0), parser.positionalArguments().at(1));
    if (!done) {
        QTextStream(stderr) << "pontive-camsim: " << done.error().fullText() << '\n';
        return 1;
    }
    return 0;
}

QSize parseSize(const QString &text, QSize fallback)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return fallback;
    const QSize size(parts[0].toInt(), parts[1].toInt());
    return size.isEmpty() ? fallback : size;
}

} // namespace

int main(int argc, char **argv)
{
    gst_init(&argc, &argv);
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("pontive-camsim"));
    app.setApplicationVersion(QStringLiteral(PONTIVE_VERSION));

    const QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1) == QLatin1String("ctl"))
        return runCtl(args.mid(1));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulated RTSP cameras on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption cameras(QStringLiteral("cameras"), QStringLiteral("Number of cameras (paths /cam/NNN/main and /sub)."),
                                     QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("RTSP port (0: any free port)."),
                                  QStringLiteral("port"), QString::number(kDefaultPort));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Require RTSP digest authentication."),
                                  QStringLiteral("user"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Password for --user."),
                                      QStringLiteral("password"));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"), QStringLiteral("Where encoded clips are kept."),
                                      QStringLiteral("dir"), ClipCache::defaultDirectory());
    const QCommandLineOption seconds(QStringLiteral("clip-seconds"), QStringLiteral("Length of the looped clips."),
                                     QStringLiteral("s"), QStringLiteral("8"));
    const QCommandLineOption mainSize(QStringLiteral("main-size"), QStringLiteral("Main stream size, e.g. 1280x720."),
                                      QStringLiteral("WxH"), QStringLiteral("1280x720"));
    const QCommandLineOption h265Every(QStringLiteral("h265-every"),
                                       QStringLiteral("Cameras 2, 2+K, 2+2K... send H.265 (0: none)."),
                                       QStringLiteral("k"), QStringLiteral("4"));
    const QCommandLineOption fromStore(QStringLiteral("from-store"),
                                       QStringLiteral("Serve every camera of this store at the paths its URLs hold."),
                                       QStringLiteral("database-url"));
    const QCommandLineOption clipVariants(QStringLiteral("clip-variants"),
                                          QStringLiteral("Share K clips between all cameras (0: one per camera)."),
                                          QStringLiteral("k"), QStringLiteral("0"));
    const QCommandLineOption onvifPort(QStringLiteral("onvif-port"),
                                       QStringLiteral("ONVIF port: Device, Media, Media2 and PTZ of every camera at "
                                                      "/onvif/cam/NNN/device_service (0: any free port, -1: none)."),
                                       QStringLiteral("port"), QStringLiteral("-1"));
    const QCommandLineOption discovery(QStringLiteral("onvif-discovery"),
                                       QStringLiteral("Answer WS-Discovery probes on UDP 3702."));
    parser.addOptions({cameras, port, user, password, cacheDir, seconds, mainSize, h265Every, fromStore, clipVariants,
                       onvifPort, discovery});
    parser.process(app);

    const int clipSeconds = qBound(2, parser.value(seconds).toInt(), 60);
    const QSize mainFrame = parseSize(parser.value(mainSize), QSize(1280, 720));
    const int every = parser.value(h265Every).toInt();
    const int variants = qMax(0, parser.value(clipVariants).toInt());
    const quint16 listenPort = static_cast<quint16>(parser.value(port).toUInt());

    std::vector<StoreCamera> plan;
    if (parser.isSet(fromStore)) {
        auto fromDb = camerasFromStore(parser.value(fromStore), listenPort);
        if (!fromDb) {
            QTextStream(stderr) << "pontive-camsim: " << fromDb.error().fullText() << '\n';
            return 1;
        }
        plan = std::move(*fromDb);
    } else {
        for (int n = 1; n <= qBound(1, parser.value(cameras).toInt(), 999); ++n) {
            const QString id = QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
            plan.push_back({id, QStringLiteral("CAM ") + id, QStringLiteral("/cam/%1/main").arg(id),
                            QStringLiteral("/cam/%1/sub").arg(id), parser.value(user), parser.value(password)});
        }
    }
    if (plan.empty()) {
        QTextStream(stderr) << "pontive-camsim: no cameras to serve\n";
        return 1;
    }

    // What each camera serves; then every missing clip encoded, both cores at once. A PTZ
    // camera (one the ONVIF simulator serves as PTZ) is rendered live instead: its picture
    // follows its pan, tilt and zoom.
    const bool onvifEnabled = parser.value(onvifPort).toInt() >= 0;
    const auto isPtz = [&](const StoreCamera &cam) {
        const int n = cam.id.toInt(); // ONVIF serves cameras 001..999 only
        return onvifEnabled && n >= 1 && n <= 999 && (parser.isSet(fromStore) ? cam.onvif : true);
    };
    struct Planned {
        SimCamera camera;
        std::vector<std::pair<QString, ClipSpec>> streams;
        bool ptz = false;
    };
    std::vector<Planned> planned;
    std::vector<ClipSpec> specs;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const StoreCamera &cam = plan[i];
        const int n = static_cast<int>(i) + 1;
        const VideoCodec codec = every > 0 && n >= 2 && (n - 2) % every == 0 ? VideoCodec::H265 : VideoCodec::H264;
        // With --clip-variants the cameras share a few clips (fast first start for big
        // stores) and the picture names the variant instead of the camera.
        const QString label = variants > 0 ? QStringLiteral("CLIP %1").arg((n - 1) % variants + 1) : cam.label;
        Planned p;
        p.camera.id = cam.id;
        // A camera the store records as offline stays so until `ctl online`: the wall,
        // the health monitor and the store then agree on the demo city's figures.
        p.camera.fault = cam.offline ? Fault::Offline : Fault::Online;
        p.ptz = isPtz(cam);
        if (!cam.mainPath.isEmpty())
            p.streams.push_back({cam.mainPath, {label, QStringLiteral("main"), codec, mainFrame.width(),
                                                mainFrame.height(), 2000, 50, clipSeconds}});
        if (!cam.subPath.isEmpty())
            p.streams.push_back({cam.subPath, {label, QStringLiteral("sub"), codec, 640, 360, 512, 25, clipSeconds}});
        for (const auto &stream : p.streams)
            if (!p.ptz)
                specs.push_back(stream.second);
        planned.push_back(std::move(p));
    }
    ClipCache cache(parser.value(cacheDir));
    if (auto prepared = cache.prepare(specs, QThread::idealThreadCount()); !prepared) {
        QTextStream(stderr) << "pontive-camsim: " << prepared.error().fullText() << '\n';
        return 1;
    }
    malloc_trim(0); // the encoders' buffers stay in malloc's arenas otherwise (~200 MB)

    // Declared before the RTSP server: the PTZ feeds read its state until the server is gone.
    pontive::onvif::OnvifSimServer onvifServer;
    const auto scene = std::make_shared<const PtzScene>();
    RtspServer server;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        for (const auto &[path, spec] : planned[i].streams) {
            if (planned[i].ptz) {
                // Camera NNN is ONVIF camera NNN - 1 (see below).
                const int onvifIndex = plan[i].id.toInt() - 1;
                const bool sub = spec.stream == QLatin1String("sub");
                planned[i].camera.feeds.push_back(std::make_shared<PtzFeed>(
                    path, spec.camera, QSize(spec.width, spec.height), sub ? 512 : 1500, spec.gopFrames, scene,
                    [&onvifServer, onvifIndex] { return onvifServer.ptzState(onvifIndex); }));
                continue;
            }
            auto clip = cache.get(spec);
            if (!clip) {
                QTextStream(stderr) << "pontive-camsim: " << clip.error().fullText() << '\n';
                return 1;
            }
            planned[i].camera.feeds.push_back(std::make_shared<CameraFeed>(path, std::move(*clip)));
        }
        if (!plan[i].user.isEmpty())
            server.addCredentials(plan[i].user, plan[i].password);
        server.addCamera(std::move(planned[i].camera));
    }
    if (auto listening = server.listen(listenPort); !listening) {
        QTextStream(stderr) << "pontive-camsim: " << listening.error().fullText() << '\n';
        return 1;
    }
    FaultControl control(server);
    if (auto listening = control.listen(server.port()); !listening) {
        QTextStream(stderr) << "pontive-camsim: " << listening.error().fullText() << '\n';
        return 1;
    }
    // ONVIF for the same cameras: camera NNN is served at /onvif/cam/NNN/, so the list
    // is indexed by the number in the camera's stream path.
    quint16 servedOnvifPort = 0;
    if (onvifEnabled) {
        QList<pontive::onvif::SimCameraConfig> configs;
        pontive::onvif::OnvifCredentials credentials;
        for (const StoreCamera &cam : plan) {
            bool numbered = false;
            const int n = cam.id.toInt(&numbered);
            if (!numbered || n < 1 || n > 999)
                continue;
            while (configs.size() < n) {
                pontive::onvif::SimCameraConfig unused;
                unused.ptz = false;
                configs.append(unused);
            }
            pontive::onvif::SimCameraConfig &config = configs[n - 1];
            config.name = cam.label;
            config.ptz = isPtz(cam);
            const QString base = QStringLiteral("rtsp://127.0.0.1:%1").arg(server.port());
            config.mainStreamUri = QUrl(base + cam.mainPath);
            config.subStreamUri = QUrl(base + (cam.subPath.isEmpty() ? cam.mainPath : cam.subPath));
            config.mainSize = mainFrame;
            if (credentials.user.isEmpty() && !cam.user.isEmpty())
                credentials = pontive::onvif::OnvifCredentials{cam.user, cam.password};
        }
        if (auto started = onvifServer.start(quint16(parser.value(onvifPort).toUInt()), configs, credentials); !started) {
            QTextStream(stderr) << "pontive-camsim: ONVIF: " << started.error().fullText() << '\n';
            return 1;
        }
        servedOnvifPort = onvifServer.port();
        if (parser.isSet(discovery)) {
            if (auto answering = onvifServer.enableDiscovery(); !answering)
                QTextStream(stderr) << "pontive-camsim: WS-Discovery: " << answering.error().fullText() << '\n';
        }
    }
    // Tests and scripts wait for this line.
    std::printf("pontive-camsim: ready port=%u cameras=%zu onvif=%u\n", server.port(), plan.size(),
                unsigned(servedOnvifPort));
    std::fflush(stdout);
    return app.exec();
}
