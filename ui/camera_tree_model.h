#pragma once

#include "domain/camera.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
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
        GroupNameRole,                     // on group rows: the name without its counts
        TreeNodeRole,                      // the row's place in nodes()
    };
    enum class NodeKind { Agency, District, Location, Camera };

    explicit CameraTreeModel(QObject *parent = nullptr);

    // A list of the same cameras in the same places (only statuses, causes or addresses
    // differ) updates the rows in place (camerasUpdated); any other rebuilds the tree
    // (camerasChanged).
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
    // When each camera on a screen last showed a frame (UTC), for the tooltips.
    void setLastFrames(const QHash<qint64, QDateTime> &lastFrames);
    // A camera row's tooltip is made when asked: name, place, agency, kind, media, status
    // since when (WIB), the last frame's time and any alarm.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Dragging a camera, a location or an agency carries every camera below it.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

signals:
    // The tree was rebuilt (items and keys are new).
    void camerasChanged();
    // The same rows show new statuses (see setCameras).
    void camerasUpdated();

private:
    int addNode(QStandardItem *item, int parent);
    void showCamera(std::size_t at);  // icon, words, status and tooltip of one row
    void countGroups();               // every group's "(online/total online)"

    std::vector<core::Camera> m_cameras;
    QHash<qint64, qint64> m_indexOf;  // camera id -> place in m_cameras
    QSet<qint64> m_alarms;
    QHash<qint64, QDateTime> m_lastFrames;

    std::vector<TreeNode> m_nodes;
    std::vector<int> m_cameraNodes;
    std::vector<QString> m_keys;
};

} // namespace pontive::ui
