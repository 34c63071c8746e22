#pragma once

#include "domain/camera.h"

#include <QCoreApplication>
#include <QStandardItemModel>

#include <vector>

namespace pontive::ui {

// The camera tree: agency -> district -> location -> camera, with status icons and
// online counts per group.
class CameraTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role {
        CameraIdRole = Qt::UserRole + 1,   // on camera rows
        NodeKindRole,                      // NodeKind
        StatusRole,                        // core::CameraStatus as int
        AgencyRole,
        KindRole,                          // core::CameraKind as int
        MediaRole,                         // core::MediaType as int
        TagsRole,                          // QStringList
        SearchTextRole,                    // lower-case name, location, district, agency, notes
    };
    enum class NodeKind { Agency, District, Location, Camera };

    explicit CameraTreeModel(QObject *parent = nullptr);

    void setCameras(const std::vector<core::Camera> &cameras);
    const std::vector<core::Camera> &cameras() const { return m_cameras; }
    const core::Camera *camera(qint64 id) const;
    // The health monitor's word between two reloads: a camera gone offline is marked
    // (offline icon, bold, "alarm" in its tooltip) until it is back or acknowledged.
    void setAlarm(qint64 id, bool alarm);

    // Dragging a camera, a location or an agency carries every camera below it.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    std::vector<core::Camera> m_cameras;
};

} // namespace pontive::ui
