// Hostile or broken cameras: every reply here must give an error, never a crash or hang.
#include "catch_qt.h"
#include "onvif_client.h"
#include "raw_http_server.h"

#include <QElapsedTimer>

#include <thread>

using namespace pontive::onvif;
using namespace std::chrono_literals;
using pontive::ErrorCode;

namespace {

const QByteArray kEnvelopeOpen = "<?xml version=\"1.0\"?><env:Envelope "
                                 "xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" "
                                 "xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\"><env:Body>";
const QByteArray kEnvelopeClose = "</env:Body></env:Envelope>";

QByteArray fault(const QByteArray &reason)
{
    return kEnvelopeOpen
         + "<env:Fault><env:Code><env:Value>env:Receiver</env:Value></env:Code><env:Reason><env:Text "
           "xml:lang=\"en\">"
         + reason + "</env:Text></env:Reason></env:Fault>" + kEnvelopeClose;
}

OnvifClientOptions quickOptions()
{
    OnvifClientOptions options;
    options.connectTimeout = 1s;
    options.ioTimeout = 1s;
    options.maxReplyBytes = 256 * 1024;
    return options;
}

pontive::Error callAgainst(const RawHttpServer &server)
{
    OnvifClient client(QUrl(QString::fromLatin1(server.url())), {}, quickOptions());
    QElapsedTimer timer;
    timer.start();
    auto info = client.deviceInformation();
    CHECK(timer.elapsed() < 4000);
    REQUIRE_FALSE(info.has_value());
    CHECK_FALSE(info.error().message.isEmpty());
    return info.error();
}

RawHttpServer::Responder reply(int status, QByteArray body)
{
    return [status, body](int socket) { RawHttpServer::sendAll(socket, RawHttpServer::httpReply(status, body)); };
}

} // namespace

TEST_CASE("a fault is an error with its text whatever the HTTP status", "[onvif][badreply]")
{
    const int status = GENERATE(200, 400, 500);
    RawHttpServer server(reply(status, fault("Sensor overheated")));
    const pontive::Error error = callAgainst(server);
    CHECK(error.code == ErrorCode::Refused);
    CHECK(error.message.contains(QStringLiteral("Sensor overheated")));
}

TEST_CASE("malformed XML gives a read error", "[onvif][badreply]")
{
    RawHttpServer server(reply(200, kEnvelopeOpen + "<tds:GetDeviceInformationResponse><tds:Model>x</tds:Mo"));
    CHECK(callAgainst(server).code == ErrorCode::Io);
}

TEST_CASE("a reply truncated before its Content-Length gives an error", "[onvif][badreply]")
{
    RawHttpServer server([](int socket) {
        const QByteArray body = kEnvelopeOpen + "<tds:GetDeviceInformationResponse>" + kEnvelopeClose;
        QByteArray raw = RawHttpServer::httpReply(200, body);
        raw.replace(QByteArray("Content-Length: " + QByteArray::number(body.size())), QByteArray("Content-Length: 100000"));
        RawHttpServer::sendAll(socket, raw);
    });
    const ErrorCode code = callAgainst(server).code;
    CHECK((code == ErrorCode::Io || code == ErrorCode::Unreachable || code == ErrorCode::Timeout));
}

TEST_CASE("a huge reply is cut off at the size cap", "[onvif][badreply]")
{
    RawHttpServer server([](int socket) {
        RawHttpServer::sendAll(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/soap+xml\r\n"
                                       "Content-Length: 67108864\r\n\r\n" + kEnvelopeOpen
                                           + "<tds:GetDeviceInformationResponse><tds:Manufacturer>");
        const QByteArray chunk(64 * 1024, 'A');
        for (int i = 0; i < 64; ++i)  // 4 MiB at most; the client gives up long before
            RawHttpServer::sendAll(socket, chunk);
    });
    CHECK(callAgainst(server).code == ErrorCode::Io);
}

TEST_CASE("a reply in the wrong namespace gives an error", "[onvif][badreply]")
{
    RawHttpServer server(reply(200, "<?xml version=\"1.0\"?><env:Envelope xmlns:env=\"http://example.com/not-soap\">"
                                    "<env:Body><x:GetDeviceInformationResponse xmlns:x=\"http://example.com/x\">"
                                    "<x:Model>m</x:Model></x:GetDeviceInformationResponse></env:Body></env:Envelope>"));
    CHECK(callAgainst(server).code != ErrorCode::Internal);
}

TEST_CASE("an HTML page instead of SOAP gives an error", "[onvif][badreply]")
{
    RawHttpServer server([](int socket) {
        RawHttpServer::sendAll(socket, RawHttpServer::httpReply(200, "<html><body>Login</body></html>", "text/html"));
    });
    CHECK(callAgainst(server).code == ErrorCode::Io);
}

TEST_CASE("deeply nested XML is refused without exhausting the stack", "[onvif][badreply]")
{
    QByteArray body = kEnvelopeOpen + "<tds:GetDeviceInformationResponse>";
    body += QByteArray("<a>").repeated(20000);
    body += QByteArray("</a>").repeated(20000) + "</tds:GetDeviceInformationResponse>" + kEnvelopeClose;
    RawHttpServer server(reply(200, body));
    CHECK(callAgainst(server).code == ErrorCode::Io);  // skipped as unknown, then found empty
}

TEST_CASE("a reply with its required fields missing is an error", "[onvif][badreply]")
{
    RawHttpServer server(reply(200, kEnvelopeOpen + "<tds:GetDeviceInformationResponse/>" + kEnvelopeClose));
    CHECK(callAgainst(server).code == ErrorCode::Io);
}

TEST_CASE("a reply with an unexpected element instead of the response is an error", "[onvif][badreply]")
{
    RawHttpServer server(reply(200, kEnvelopeOpen + "<tds:GetServicesResponse/>" + kEnvelopeClose));
    CHECK(callAgainst(server).code == ErrorCode::Io);
}

TEST_CASE("HTTP errors without a SOAP body map to what they mean", "[onvif][badreply]")
{
    SECTION("401 without a digest challenge is not authorized")
    {
        RawHttpServer server(reply(401, {}));
        CHECK(callAgainst(server).code == ErrorCode::NotAuthorized);
    }
    SECTION("404 is not supported")
    {
        RawHttpServer server(reply(404, "nothing here"));
        CHECK(callAgainst(server).code == ErrorCode::NotSupported);
    }
}

TEST_CASE("a camera that accepts and never answers times out", "[onvif][badreply]")
{
    RawHttpServer server([](int) { std::this_thread::sleep_for(1500ms); });
    CHECK(callAgainst(server).code == ErrorCode::Timeout);
}

TEST_CASE("a camera that closes the connection without a reply is an error", "[onvif][badreply]")
{
    RawHttpServer server([](int) {});
    const ErrorCode code = callAgainst(server).code;
    CHECK((code == ErrorCode::Unreachable || code == ErrorCode::Io));
}

TEST_CASE("a closed port is unreachable", "[onvif][badreply]")
{
    quint16 port = 0;
    {
        RawHttpServer gone([](int) {});
        port = gone.port();
    }
    OnvifClient client(QUrl(QStringLiteral("http://127.0.0.1:%1/onvif/device_service").arg(port)), {},
                       quickOptions());
    auto info = client.deviceInformation();
    REQUIRE_FALSE(info.has_value());
    CHECK(info.error().code == ErrorCode::Unreachable);
}
