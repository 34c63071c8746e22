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
    // Every row of the tree in pre-order (a group before what it holds), with its
    // parent's position (-1 for agencies): a filter walks plain vectors, not items.
    struct TreeNode {
        QStandardItem *item;
        int parent;
    };
    const std::vector<TreeNode> &nodes() const { return m_nodes; }
    // Parallel to cameras(): each camera's node and its lower-case search text (name,
    // location, district, agency, notes).
    int cameraNode(std::size_t i) const { return m_cameraNodes[i]; }
    const QString &searchKey(std::size_t i) const { return m_keys[i]; }
    // The health monitor's word between two reloads: a camera gone offline is marked
    // (offline icon, bold, "alarm" in its tooltip) until it is back or acknowledged.
    void setAlarm(qint64 id, bool alarm);

    // Dragging a camera, a location or an agency carries every camera below it.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

signals:
    // The tree was rebuilt (items and keys are new).
    void camerasChanged();

private:
    std::vector<core::Camera> m_cameras;
    int addNode(QStandardItem *item, int parent);

    std::vector<TreeNode> m_nodes;
    std::vector<int> m_cameraNodes;
    std::vector<QString> m_keys;
};

} // namespace pontive::ui
