#include "fault.h"

namespace pontive::camsim {

std::optional<Fault> parseFault(const QString &word)
{
    for (Fault fault : {Fault::Online, Fault::Offline, Fault::Silent, Fault::Refuse, Fault::Corrupt})
        if (word == faultName(fault))
            return fault;
    return std::nullopt;
}

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::Online: return QStringLiteral("online");
    case Fault::Offline: return QStringLiteral("offline");
    case Fault::Silent: return QStringLiteral("silent");
    case Fault::Refuse: return QStringLiteral("refuse");
    case Fault::Corrupt: return QStringLiteral("corrupt");
    }
    return {};
}

} // namespace pontive::camsim
