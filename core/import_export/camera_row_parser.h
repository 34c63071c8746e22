#pragma once

#include "import_issue.h"
#include "inventory_item.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace pontive::core {

// Turns one row (column key -> text) into an InventoryItem, or the reasons it cannot
// be one. Knows the store's agencies and existing camera names so duplicates are caught
// before anything is written.
class CameraRowParser
{
    Q_DECLARE_TR_FUNCTIONS(CameraRowParser)
public:
    CameraRowParser(QString fileName, QStringList agencyCodes, QSet<QString> existingCameraKeys);

    std::optional<InventoryItem> parse(const QHash<QString, QString> &row, int line,
                                       std::vector<ImportIssue> &issues);

    // "location\nname", lower-cased: the identity of a camera in the store.
    static QString cameraKey(const QString &location, const QString &name);

private:
    QString m_file;
    QStringList m_agencies;
    QSet<QString> m_existing;
    QSet<QString> m_seen;
};

} // namespace pontive::core
