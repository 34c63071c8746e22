#pragma once

#include "domain/camera.h"
#include "util/text_table.h"

#include <QCoreApplication>

#include <vector>

namespace pontive::core {

// The inventory as a table for listing and exports: no passwords, URLs redacted,
// times in WIB.
class CameraListTable
{
    Q_DECLARE_TR_FUNCTIONS(CameraListTable)
public:
    // Compact columns for a terminal.
    static TextTable brief(const std::vector<Camera> &cameras);
    // Every column but secrets, for CSV and JSON.
    static TextTable full(const std::vector<Camera> &cameras);
};

} // namespace pontive::core
