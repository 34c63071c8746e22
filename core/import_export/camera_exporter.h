#pragma once

#include "domain/camera.h"
#include "domain/location.h"

#include <QByteArray>

#include <vector>

namespace pontive::core {

enum class ExportFormat { Csv, Json };

// Writes the inventory in the import's own columns, so an export can be imported
// again. Passwords only with secrets; without them URLs lose any embedded password too.
class CameraExporter
{
public:
    static QByteArray write(const std::vector<Camera> &cameras, const std::vector<Location> &locations,
                            ExportFormat format, bool withSecrets);
};

} // namespace pontive::core
