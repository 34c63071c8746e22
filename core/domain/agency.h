#pragma once

#include <QString>

namespace pontive::core {

// A city agency that owns points or cameras (Dishub, Dinsos, Diskominfo, ...).
struct Agency {
    qint64 id = 0;
    QString code;    // short name used everywhere: "Dishub"
    QString name;    // full Indonesian name: "Dinas Perhubungan"
    QString nameEn;  // English name: "Transport Office"
};

} // namespace pontive::core
