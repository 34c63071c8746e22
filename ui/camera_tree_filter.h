#pragma once

#include "domain/camera_enums.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <optional>
#include <vector>

class QStandardItem;

namespace pontive::ui {

class CameraTreeModel;

// Narrows the camera tree by text and by agency, kind, media, status and tag. Groups
// stay visible while any camera below them matches. A filtering view over the tree
// model: each change is one flat pass over the model's cameras and their precomputed
// search keys, marking the matching rows and their groups, then a plain vector of the
// visible nodes is rebuilt (no per-row proxy mapping; 10,000 cameras in a few ms).
// Data, icons, tooltips and drag data come from the tree model's items unchanged.
class CameraTreeFilter : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit CameraTreeFilter(QObject *parent = nullptr);

    void setSourceModel(CameraTreeModel *model);
    CameraTreeModel *sourceModel() const { return m_source; }
    QModelIndex mapToSource(const QModelIndex &index) const;

    void setText(const QString &text);
    void setAgency(const QString &agency);
    void setStatus(std::optional<core::CameraStatus> status);
    void setKind(std::optional<core::CameraKind> kind);
    void setMedia(std::optional<core::MediaType> media);
    void setTag(const QString &tag);
    // All the choices at once: one pass, one reset.
    void setChoices(const QString &agency, std::optional<core::CameraStatus> status,
                    std::optional<core::CameraKind> kind, std::optional<core::MediaType> media, const QString &tag);
    // Whether any filter narrows the tree.
    bool filtering() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Node {
        const QStandardItem *item;
        int parent;
        int row;
        std::vector<int> children;
    };
    void refilter();
    void sourceAboutToReset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void markMatches();
    const Node *nodeOf(const QModelIndex &index) const;

    CameraTreeModel *m_source = nullptr;
    std::vector<Node> m_nodes;       // the visible tree; [0] is the invisible root
    std::vector<char> m_shown;       // per tree-model node: shown
    std::vector<int> m_visibleAt;    // per tree-model node: its place in m_nodes
    bool m_resetting = false;
    QStringList m_words;
    QString m_agency;
    QString m_tag;
    std::optional<core::CameraStatus> m_status;
    std::optional<core::CameraKind> m_kind;
    std::optional<core::MediaType> m_media;
};

} // namespace pontive::ui
