#include "raw_http_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

RawHttpServer::RawHttpServer(Responder respond) : m_respond(std::move(respond))
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(m_listen, reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::listen(m_listen, 8);
    socklen_t length = sizeof address;
    ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { loop(); });
}

RawHttpServer::~RawHttpServer()
{
    m_running = false;
    m_thread.join();
    ::close(m_listen);
}

QByteArray RawHttpServer::url() const
{
    return QByteArray("http://127.0.0.1:") + QByteArray::number(m_port) + "/onvif/device_service";
}

void RawHttpServer::loop()
{
    while (m_running) {
        pollfd entry{m_listen, POLLIN, 0};
        if (::poll(&entry, 1, 50) <= 0)
            continue;
        const int socket = ::accept(m_listen, nullptr, nullptr);
        if (socket < 0)
            continue;
        readRequest(socket);
        m_respond(socket);
        ::close(socket);
    }
}

void RawHttpServer::readRequest(int socket)
{
    // Headers, then Content-Length bytes of body; 2 s at most.
    QByteArray data;
    qsizetype need = -1;
    char buffer[4096];
    while (need < 0 || data.size() < need) {
        pollfd entry{socket, POLLIN, 0};
        if (::poll(&entry, 1, 2000) <= 0)
            return;
        const ssize_t got = ::recv(socket, buffer, sizeof buffer, 0);
        if (got <= 0)
            return;
        data.append(buffer, got);
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (need < 0 && end >= 0) {
            const QByteArray headers = data.left(end).toLower();
            const qsizetype at = headers.indexOf("content-length:");
            const qsizetype length =
                at < 0 ? 0 : headers.mid(at + 15, headers.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            need = end + 4 + length;
        }
    }
}

void RawHttpServer::sendAll(int socket, const QByteArray &data)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(socket, data.constData() + sent, static_cast<size_t>(data.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return;
        sent += n;
    }
}

QByteArray RawHttpServer::httpReply(int status, const QByteArray &body, const QByteArray &contentType)
{
    return QByteArray("HTTP/1.1 ") + QByteArray::number(status) + " Whatever\r\nContent-Type: " + contentType
         + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}
