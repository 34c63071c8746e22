#pragma once

#include <QByteArray>
#include <QString>  // QStringBuilder: operator+ for QByteArray

#include <atomic>
#include <functional>
#include <thread>

// A tiny HTTP server on 127.0.0.1 for hostile-reply tests: for every connection it reads
// one request and hands the socket to `respond`, which writes whatever it likes.
class RawHttpServer
{
public:
    using Responder = std::function<void(int socket)>;
    explicit RawHttpServer(Responder respond);
    ~RawHttpServer();

    quint16 port() const { return m_port; }
    QByteArray url() const;  // http://127.0.0.1:PORT/onvif/device_service

    // Helpers for responders.
    static void sendAll(int socket, const QByteArray &data);
    static QByteArray httpReply(int status, const QByteArray &body,
                                const QByteArray &contentType = "application/soap+xml; charset=utf-8");

private:
    void loop();
    static void readRequest(int socket);

    Responder m_respond;
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic_bool m_running{true};
    std::thread m_thread;
};
