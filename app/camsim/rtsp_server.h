#pragma once

#include "feed.h"
#include "fault.h"

#include "error.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <mutex>
#include <vector>

typedef struct _GstRTSPServer GstRTSPServer;
typedef struct _GstRTSPClient GstRTSPClient;
typedef struct _GstRTSPContext GstRTSPContext;
typedef struct _GstRTSPMedia GstRTSPMedia;
typedef struct _GstRTSPMediaFactory GstRTSPMediaFactory;
typedef struct _GMainContext GMainContext;

namespace pontive::camsim {

// One simulated camera: its paths share its fault state.
struct SimCamera {
    QString id;                                      // "001": what `ctl` names
    std::vector<std::shared_ptr<Feed>> feeds; // one per path
    Fault fault = Fault::Online; // guarded by RtspServer's mutex once serving
};

// gst-rtsp-server on loopback, driven by the Qt event loop (GLib dispatcher), serving
// each feed at its path, with optional digest authentication and per-camera faults.
// Clients are served on a pool of threads, like cameras that answer independently: a
// session waiting for its media to start must not hold up the others.
class RtspServer : public QObject
{
    Q_OBJECT
public:
    explicit RtspServer(QObject *parent = nullptr);
    ~RtspServer() override;

    void addCamera(SimCamera camera);
    // Any of these users may watch (digest authentication); none: no authentication.
    void addCredentials(const QString &user, const QString &password);
    // Binds 127.0.0.1:port (0 = any free port) and starts serving; fails when the port
    // is taken.
    Status listen(quint16 port);
    quint16 port() const { return m_port; }

    Status setFault(const QString &cameraId, Fault fault);

private:
    static void onClientConnected(GstRTSPServer *server, GstRTSPClient *client, gpointer self);
    static int onRequest(GstRTSPClient *client, GstRTSPContext *ctx, gpointer self);
    static int onOptionsRequest(GstRTSPClient *client, GstRTSPContext *ctx, gpointer self);
    static void onClientClosed(GstRTSPClient *client, gpointer self);
    static void onMediaConfigure(GstRTSPMediaFactory *factory, GstRTSPMedia *media, gpointer feed);
    static void closeInItsContext(GstRTSPClient *client, GMainContext *context);
    int gate(GstRTSPClient *client, const QString &path);
    SimCamera *cameraFor(const QString &path);
    void closeClientsOf(const QString &cameraId);

    GstRTSPServer *m_server = nullptr;
    std::vector<SimCamera> m_cameras;
    // The client threads and the Qt thread both read faults and the client list.
    std::mutex m_mutex;
    // Which camera a client asked for, and the context (client thread) serving it.
    struct ClientEntry {
        QString cameraId;
        std::shared_ptr<GMainContext> context;
    };
    QHash<GstRTSPClient *, ClientEntry> m_clients;
    std::vector<std::pair<QString, QString>> m_credentials;
    quint16 m_port = 0;
    unsigned m_sourceId = 0;
    QTimer m_frameTimer;
};

} // namespace pontive::camsim
