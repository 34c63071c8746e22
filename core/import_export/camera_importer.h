#pragma once

#include "error.h"
#include "import_issue.h"
#include "store/actor.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>
#include <vector>

namespace pontive::core {

class Database;

enum class ImportFormat { Auto, Csv, Json };

struct ImportOptions {
    ImportFormat format = ImportFormat::Auto;
    bool skipBad = false;   // write the good rows, still report the bad ones
};

struct ImportReport {
    int rowsRead = 0;
    int camerasAdded = 0;
    int locationsAdded = 0;
    bool committed = false;
    std::vector<ImportIssue> issues;
};

// Imports cameras from CSV or JSON. All-or-nothing by default: any bad row and nothing
// is written; every bad row is reported as FILE:LINE: column: reason.
class CameraImporter
{
    Q_DECLARE_TR_FUNCTIONS(CameraImporter)
public:
    CameraImporter(std::shared_ptr<Database> db, Actor actor);

    Result<ImportReport> importFile(const QString &path, const ImportOptions &options = {});
    Result<ImportReport> importData(const QByteArray &data, const QString &fileName,
                                    const ImportOptions &options = {});

private:
    std::shared_ptr<Database> m_db;
    Actor m_actor;
};

} // namespace pontive::core
