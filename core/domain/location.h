#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pontive::core {

// A camera point ("titik") in the city.
struct Location {
    qint64 id = 0;
    QString name;
    QString district;              // kecamatan: Kota, Barat, Selatan, Tenggara, Timur, Utara
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString agency;                // owning agency's code
    QStringList tags;
};

} // namespace pontive::core
