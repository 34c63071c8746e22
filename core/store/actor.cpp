#include "actor.h"

#include <QHostInfo>
#include <QProcessEnvironment>

namespace pontive::core {

Actor Actor::current()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    QString user = env.value(QStringLiteral("PONTIVE_USER"));
    if (user.isEmpty())
        user = env.value(QStringLiteral("USER"), QStringLiteral("unknown"));
    QString station = env.value(QStringLiteral("PONTIVE_STATION"));
    if (station.isEmpty())
        station = QHostInfo::localHostName();
    return Actor{user, station};
}

} // namespace pontive::core
