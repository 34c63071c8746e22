#include "impl/convert.h"

namespace pontive::onvif::impl {

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString fromStd(const std::string *text)
{
    return text ? fromStd(*text) : QString();
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

tt__PTZVector *toSoapVector(const PtzVector &value, PtzVectorStorage &storage)
{
    storage.panTilt.x = value.pan;
    storage.panTilt.y = value.tilt;
    storage.zoom.x = value.zoom;
    storage.vector.PanTilt = &storage.panTilt;
    storage.vector.Zoom = &storage.zoom;
    return &storage.vector;
}

tt__PTZSpeed *toSoapSpeed(const PtzVector &value, PtzVectorStorage &storage)
{
    storage.panTilt.x = value.pan;
    storage.panTilt.y = value.tilt;
    storage.zoom.x = value.zoom;
    storage.speed.PanTilt = &storage.panTilt;
    storage.speed.Zoom = &storage.zoom;
    return &storage.speed;
}

PtzVector fromSoap(const tt__PTZVector *value)
{
    PtzVector out;
    if (value && value->PanTilt) {
        out.pan = value->PanTilt->x;
        out.tilt = value->PanTilt->y;
    }
    if (value && value->Zoom)
        out.zoom = value->Zoom->x;
    return out;
}

PtzVector fromSoap(const tt__PTZSpeed *value)
{
    PtzVector out;
    if (value && value->PanTilt) {
        out.pan = value->PanTilt->x;
        out.tilt = value->PanTilt->y;
    }
    if (value && value->Zoom)
        out.zoom = value->Zoom->x;
    return out;
}

PtzMoveState moveStateFromString(const std::string *value)
{
    if (!value)
        return PtzMoveState::Unknown;
    if (*value == "IDLE")
        return PtzMoveState::Idle;
    if (*value == "MOVING")
        return PtzMoveState::Moving;
    return PtzMoveState::Unknown;
}

const char *moveStateToString(PtzMoveState state)
{
    switch (state) {
    case PtzMoveState::Idle: return "IDLE";
    case PtzMoveState::Moving: return "MOVING";
    case PtzMoveState::Unknown: break;
    }
    return "UNKNOWN";
}

QDateTime fromSoap(const tt__DateTime *value)
{
    if (!value || !value->Date || !value->Time)
        return {};
    const QDate date(value->Date->Year, value->Date->Month, value->Date->Day);
    const QTime time(value->Time->Hour, value->Time->Minute, value->Time->Second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

void toSoap(const QDateTime &utc, tt__DateTime &out, tt__Date &date, tt__Time &time)
{
    const QDateTime value = utc.toUTC();
    date.Year = value.date().year();
    date.Month = value.date().month();
    date.Day = value.date().day();
    time.Hour = value.time().hour();
    time.Minute = value.time().minute();
    time.Second = value.time().second();
    out.Date = &date;
    out.Time = &time;
}

} // namespace pontive::onvif::impl
