#pragma once

#include <QString>
#include <QStringList>

namespace pontive::core {

// The inventory's columns, shared by import and export so a file exported can be
// imported again. Keys are English; Indonesian headers map onto them.
namespace columns {
inline const QString kName = QStringLiteral("name");
inline const QString kLocation = QStringLiteral("location");
inline const QString kDistrict = QStringLiteral("district");
inline const QString kLatitude = QStringLiteral("latitude");
inline const QString kLongitude = QStringLiteral("longitude");
inline const QString kAgency = QStringLiteral("agency");
inline const QString kLocationAgency = QStringLiteral("location_agency");
inline const QString kKind = QStringLiteral("kind");
inline const QString kMedia = QStringLiteral("media");
inline const QString kMainUrl = QStringLiteral("main_url");
inline const QString kSubUrl = QStringLiteral("sub_url");
inline const QString kOnvifUrl = QStringLiteral("onvif_url");
inline const QString kUsername = QStringLiteral("username");
inline const QString kPassword = QStringLiteral("password");
inline const QString kEnabled = QStringLiteral("enabled");
inline const QString kNotes = QStringLiteral("notes");
inline const QString kTags = QStringLiteral("tags");
inline const QString kStatus = QStringLiteral("status");
inline const QString kCause = QStringLiteral("cause");
} // namespace columns

// Every column in export order (the password only with secrets).
QStringList inventoryColumns(bool withSecrets);
// The columns an import file must have.
QStringList requiredInventoryColumns();
// Maps a header as people write it ("Nama Kamera", "kecamatan", "Lintang") to its key;
// empty when unknown.
QString canonicalColumn(const QString &header);

} // namespace pontive::core
