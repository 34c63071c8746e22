#include "rtsp_server.h"

#include "camsim_logging.h"
#include "latency_stream.h"

#include <gst/app/gstappsrc.h>
#include <gst/rtsp-server/rtsp-server.h>

#include <QAbstractEventDispatcher>

#include <algorithm>

namespace pontive::camsim {

using core::gst::ElementHandle;

namespace {
constexpr auto kFrameInterval = std::chrono::milliseconds(40); // 25 fps
constexpr const char *kRole = "viewer";
// gst-rtsp-server's default is one thread for every client: a DESCRIBE waits there until
// its media has a first buffer, so 64 viewers connecting at once were served one after
// another (5 s for the last). Real cameras answer in parallel.
constexpr int kClientThreads = 32;
constexpr int kListenBacklog = 1024;  // capped by net.core.somaxconn

// A camera whose codec no viewer knows: a video RTP stream announced (SDP) and sent with
// the made-up encoding name X-PONTIVE; no depayloader exists for it. (gst-rtsp-server
// warns once per session that the capssetter standing in as pay0 has no "pt": harmless.)
constexpr const char *kUnsupportedPath = "/unsupported";
constexpr const char *kUnsupportedLaunch =
    "( videotestsrc is-live=true pattern=ball ! video/x-raw,width=64,height=48,framerate=5/1 ! "
    "x264enc tune=zerolatency speed-preset=ultrafast key-int-max=5 ! rtph264pay pt=96 config-interval=-1 ! "
    "capssetter name=pay0 caps=\"application/x-rtp,encoding-name=(string)X-PONTIVE\" )";

} // namespace

RtspServer::RtspServer(QObject *parent) : QObject(parent), m_server(gst_rtsp_server_new())
{
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    m_frameTimer.setInterval(kFrameInterval);
    connect(&m_frameTimer, &QTimer::timeout, this, [this] {
        for (SimCamera &camera : m_cameras)
            for (auto &feed : camera.feeds)
                feed->tick();
    });
}

RtspServer::~RtspServer()
{
    m_frameTimer.stop();
    if (m_sourceId)
        g_source_remove(m_sourceId);
    g_signal_handlers_disconnect_by_data(m_server, this);
    g_object_unref(m_server);
}

void RtspServer::addCamera(SimCamera camera)
{
    m_cameras.push_back(std::move(camera));
}

void RtspServer::addCredentials(const QString &user, const QString &password)
{
    const std::pair<QString, QString> entry{user, password};
    if (std::find(m_credentials.begin(), m_credentials.end(), entry) == m_credentials.end())
        m_credentials.push_back(entry);
}

Status RtspServer::listen(quint16 port)
{
    const char *dispatcher = QAbstractEventDispatcher::instance()->metaObject()->className();
    if (!QByteArray(dispatcher).contains("Glib"))
        return fail(ErrorCode::NotSupported, QStringLiteral("Qt must run on the GLib event loop (unset QT_NO_GLIB)"));

    gst_rtsp_server_set_address(m_server, "127.0.0.1");
    GstRTSPThreadPool *pool = gst_rtsp_server_get_thread_pool(m_server);
    gst_rtsp_thread_pool_set_max_threads(pool, kClientThreads);
    g_object_unref(pool);
    gst_rtsp_server_set_service(m_server, QByteArray::number(port).constData());
    // One listening socket stands for a whole city of cameras: a wall of 16 or 64 tiles
    // connects at once. With gst-rtsp-server's backlog of 5 the kernel dropped the
    // connections beyond it (ListenOverflows) and those clients sent their SYN again after
    // the 1 s retransmission timeout: tiles whose first frame came 1.1 s late.
    gst_rtsp_server_set_backlog(m_server, kListenBacklog);

    if (!m_credentials.empty()) {
        GstRTSPAuth *auth = gst_rtsp_auth_new();
        gst_rtsp_auth_set_supported_methods(auth, GST_RTSP_AUTH_DIGEST);
        GstRTSPToken *token = gst_rtsp_token_new(GST_RTSP_TOKEN_MEDIA_FACTORY_ROLE, G_TYPE_STRING, kRole, nullptr);
        for (const auto &[user, password] : m_credentials)
            gst_rtsp_auth_add_digest(auth, user.toUtf8().constData(), password.toUtf8().constData(), token);
        gst_rtsp_token_unref(token);
        gst_rtsp_server_set_auth(m_server, auth);
        g_object_unref(auth);
    }

    GstRTSPMountPoints *mounts = gst_rtsp_server_get_mount_points(m_server);
    const auto mount = [&](const QString &path, const QString &launch, GCallback configure, gpointer data) {
        GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
        gst_rtsp_media_factory_set_launch(factory, launch.toUtf8().constData());
        gst_rtsp_media_factory_set_shared(factory, TRUE);
        if (!m_credentials.empty())
            gst_rtsp_media_factory_add_role(factory, kRole, GST_RTSP_PERM_MEDIA_FACTORY_ACCESS, G_TYPE_BOOLEAN, TRUE,
                                            GST_RTSP_PERM_MEDIA_FACTORY_CONSTRUCT, G_TYPE_BOOLEAN, TRUE, nullptr);
        if (configure)
            g_signal_connect(factory, "media-configure", configure, data);
        gst_rtsp_mount_points_add_factory(mounts, path.toUtf8().constData(), factory);
    };
    for (SimCamera &camera : m_cameras)
        for (auto &feed : camera.feeds)
            mount(feed->path(), feed->launchLine(), G_CALLBACK(onMediaConfigure), feed.get());
    // The live-encoded latency path (the stamp's send time is taken per frame).
    mount(QString::fromLatin1(LatencyStream::kPath), LatencyStream::launchLine(),
          G_CALLBACK(+[](GstRTSPMediaFactory *, GstRTSPMedia *media, gpointer) { LatencyStream::configure(media); }),
          nullptr);
    mount(QString::fromLatin1(kUnsupportedPath), QString::fromLatin1(kUnsupportedLaunch), nullptr, nullptr);
    g_object_unref(mounts);
    g_signal_connect(m_server, "client-connected", G_CALLBACK(onClientConnected), this);

    // attach() binds the socket: 0 means the port is taken (shared machines).
    m_sourceId = gst_rtsp_server_attach(m_server, nullptr);
    if (!m_sourceId)
        return fail(ErrorCode::Conflict, QStringLiteral("cannot bind 127.0.0.1:%1 (port taken?)").arg(port));
    m_port = static_cast<quint16>(gst_rtsp_server_get_bound_port(m_server));
    if (port != 0 && m_port != port)
        return fail(ErrorCode::Conflict, QStringLiteral("bound port %1 instead of %2").arg(m_port).arg(port));
    m_frameTimer.start();
    return {};
}

Status RtspServer::setFault(const QString &cameraId, Fault fault)
{
    for (SimCamera &camera : m_cameras) {
        if (camera.id != cameraId)
            continue;
        {
            std::lock_guard lock(m_mutex);
            camera.fault = fault;
        }
        for (auto &feed : camera.feeds)
            feed->setFault(fault);
        if (fault == Fault::Offline || fault == Fault::Refuse)
            closeClientsOf(cameraId);
        qCInfo(lcCamsim).noquote() << "camera" << cameraId << "is now" << faultName(fault);
        return {};
    }
    return fail(ErrorCode::NotFound, QStringLiteral("no camera %1").arg(cameraId));
}

SimCamera *RtspServer::cameraFor(const QString &path)
{
    for (SimCamera &camera : m_cameras)
        for (auto &feed : camera.feeds)
            if (path == feed->path() || path.startsWith(feed->path() + QLatin1Char('/')))
                return &camera;
    return nullptr;
}

void RtspServer::closeClientsOf(const QString &cameraId)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        if (it->cameraId == cameraId)
            closeInItsContext(it.key(), it->context.get());
}

// gst_rtsp_client_close() called from another thread races the client's own watch: now
// and then GLib was left polling the closed connection for good, one thread at 100 % CPU
// printing "g_pollable_input_stream_read_nonblocking: assertion" criticals (85,000 a
// second in make demo). A client is therefore closed in its own context, once the
// request under way has been answered.
void RtspServer::closeInItsContext(GstRTSPClient *client, GMainContext *context)
{
    GSource *idle = g_idle_source_new();
    g_source_set_callback(
        idle,
        +[](gpointer data) -> gboolean {
            gst_rtsp_client_close(GST_RTSP_CLIENT(data));
            return G_SOURCE_REMOVE;
        },
        g_object_ref(client), g_object_unref);
    g_source_attach(idle, context);
    g_source_unref(idle);
}

void RtspServer::onClientConnected(GstRTSPServer *, GstRTSPClient *client, gpointer self)
{
    for (const char *signal : {"pre-describe-request", "pre-setup-request", "pre-play-request"})
        g_signal_connect(client, signal, G_CALLBACK(onRequest), self);
    g_signal_connect(client, "pre-options-request", G_CALLBACK(onOptionsRequest), self);
    g_signal_connect(client, "closed", G_CALLBACK(onClientClosed), self);
}

int RtspServer::onRequest(GstRTSPClient *client, GstRTSPContext *ctx, gpointer self)
{
    const QString path = ctx->uri && ctx->uri->abspath ? QString::fromUtf8(ctx->uri->abspath) : QString();
    return static_cast<RtspServer *>(self)->gate(client, path);
}

// OPTIONS is never answered with an error here: gst-rtsp-server 1.22 frees its
// stack-allocated response when a pre-options-request handler refuses, and the
// simulator aborts (munmap_chunk) once the client closes. A faulty camera answers
// OPTIONS and refuses from DESCRIBE on; an offline one still drops the connection.
int RtspServer::onOptionsRequest(GstRTSPClient *client, GstRTSPContext *ctx, gpointer self)
{
    onRequest(client, ctx, self);
    return GST_RTSP_STS_OK;
}

int RtspServer::gate(GstRTSPClient *client, const QString &path)
{
    SimCamera *camera = cameraFor(path);
    if (!camera)
        return GST_RTSP_STS_OK; // the mount points answer 404 themselves
    // Requests are answered in the client's own context: the watch's source is current.
    GSource *current = g_main_current_source();
    GMainContext *context = current ? g_source_get_context(current) : nullptr;
    Fault fault = Fault::Online;
    {
        std::lock_guard lock(m_mutex);
        ClientEntry &entry = m_clients[client];
        entry.cameraId = camera->id;
        if (!entry.context && context)
            entry.context.reset(g_main_context_ref(context), g_main_context_unref);
        fault = camera->fault;
    }
    switch (fault) {
    case Fault::Offline:
        // Like a camera that drops the link: the connection closes right after this answer.
        closeInItsContext(client, context);
        return GST_RTSP_STS_SERVICE_UNAVAILABLE;
    case Fault::Refuse: return GST_RTSP_STS_SERVICE_UNAVAILABLE;
    default: return GST_RTSP_STS_OK;
    }
}

void RtspServer::onClientClosed(GstRTSPClient *client, gpointer self)
{
    auto *server = static_cast<RtspServer *>(self);
    std::lock_guard lock(server->m_mutex);
    server->m_clients.remove(client);
}

void RtspServer::onMediaConfigure(GstRTSPMediaFactory *, GstRTSPMedia *media, gpointer data)
{
    auto *feed = static_cast<Feed *>(data);
    ElementHandle bin = ElementHandle::adopt(gst_rtsp_media_get_element(media));
    ElementHandle appsrc = ElementHandle::adopt(gst_bin_get_by_name_recurse_up(GST_BIN(bin.get()), "src"));
    if (!appsrc)
        return;
    GstElement *raw = appsrc.get();
    feed->attach(std::move(appsrc));
    // Stop feeding when the media is torn down (last client gone).
    struct Detach {
        Feed *feed;
        GstElement *appsrc;
    };
    g_signal_connect_data(
        media, "unprepared", G_CALLBACK(+[](GstRTSPMedia *, gpointer user) {
            auto *detach = static_cast<Detach *>(user);
            detach->feed->detach(detach->appsrc);
        }),
        new Detach{feed, raw}, [](gpointer user, GClosure *) { delete static_cast<Detach *>(user); }, GConnectFlags{});
}

} // namespace pontive::camsim
