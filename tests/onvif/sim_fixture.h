#pragma once

#include "catch_qt.h"
#include "onvif_client.h"
#include "onvif_sim_server.h"

#include <memory>

// A running simulator with `count` PTZ cameras and the credentials admin / secret.
struct SimFixture {
    explicit SimFixture(QList<pontive::onvif::SimCameraConfig> cameras = {camera(QStringLiteral("Gate"))})
    {
        auto started = server.start(0, cameras, credentials);
        REQUIRE(started.has_value());
    }

    static pontive::onvif::SimCameraConfig camera(const QString &name)
    {
        pontive::onvif::SimCameraConfig config;
        config.name = name;
        config.mainStreamUri = QUrl(QStringLiteral("rtsp://127.0.0.1:8554/") + name + QStringLiteral("/main"));
        config.subStreamUri = QUrl(QStringLiteral("rtsp://127.0.0.1:8554/") + name + QStringLiteral("/sub"));
        return config;
    }

    std::unique_ptr<pontive::onvif::OnvifClient> client(int index = 0,
                                                        pontive::onvif::OnvifCredentials as = {},
                                                        pontive::onvif::OnvifClientOptions options = {})
    {
        if (as.isEmpty())
            as = credentials;
        return std::make_unique<pontive::onvif::OnvifClient>(server.deviceUrl(index), as, options);
    }

    pontive::onvif::OnvifCredentials credentials{QStringLiteral("admin"), QStringLiteral("secret")};
    pontive::onvif::OnvifSimServer server;
};
