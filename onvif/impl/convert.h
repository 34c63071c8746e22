#pragma once

// Conversions between generated gSOAP types and the public value types.

#include "onvif_types.h"

#include "soapH.h"

#include <string>

namespace pontive::onvif::impl {

QString fromStd(const std::string &text);
QString fromStd(const std::string *text);
std::string toStd(const QString &text);

// The request side points into `storage`, so no gSOAP-managed memory is involved and a
// context reset between retries cannot free it.
struct PtzVectorStorage {
    tt__Vector2D panTilt;
    tt__Vector1D zoom;
    tt__PTZVector vector;
    tt__PTZSpeed speed;
};
tt__PTZVector *toSoapVector(const PtzVector &value, PtzVectorStorage &storage);
tt__PTZSpeed *toSoapSpeed(const PtzVector &value, PtzVectorStorage &storage);
PtzVector fromSoap(const tt__PTZVector *value);
PtzVector fromSoap(const tt__PTZSpeed *value);
PtzMoveState moveStateFromString(const std::string *value);
const char *moveStateToString(PtzMoveState state);

QDateTime fromSoap(const tt__DateTime *value);
void toSoap(const QDateTime &utc, tt__DateTime &out, tt__Date &date, tt__Time &time);

} // namespace pontive::onvif::impl
