#pragma once

#include "onvif_sim_server.h"

#include <QDateTime>

struct soap;

namespace pontive::onvif::impl {

// Checks the request's credentials the way a strict camera does. Returns SOAP_OK when
// authorised; otherwise prepares the answer (a ter:NotAuthorized fault, or a 401 with a
// digest challenge) and returns the code the service operation must return.
int authorizeRequest(struct soap *soap, const SimCameraConfig &config, const OnvifCredentials &credentials);

// WS-UsernameToken PasswordDigest check: Base64(SHA1(nonce + created + password)), with
// Created within `window` of the camera's clock `cameraNow`.
bool verifyUsernameTokenDigest(const QByteArray &nonceBase64, const QByteArray &created, const QByteArray &password,
                               const QByteArray &digestBase64, const QDateTime &cameraNow,
                               std::chrono::seconds window);

} // namespace pontive::onvif::impl

namespace pontive::onvif::impl {

struct SimCamera;

// Entry of every simulated operation: finds the camera for the request path, counts the
// request and (unless `authenticate` is false) authorises it. Returns null with `*result`
// set to what the operation must return; otherwise fills `config` with a snapshot.
SimCamera *beginRequest(struct soap *soap, int *result, SimCameraConfig *config, bool authenticate = true);

} // namespace pontive::onvif::impl
