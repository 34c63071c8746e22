#include "camera_tree_filter.h"

#include "camera_tree_model.h"
#include "wall/camera_mime.h"

#include <QStandardItem>

#include <algorithm>

namespace pontive::ui {

CameraTreeFilter::CameraTreeFilter(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.push_back(Node{nullptr, -1, 0, {}});
}

void CameraTreeFilter::setSourceModel(CameraTreeModel *model)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = model;
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, &CameraTreeFilter::sourceAboutToReset);
        connect(m_source, &CameraTreeModel::camerasChanged, this, &CameraTreeFilter::refilter);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &CameraTreeFilter::sourceDataChanged);
        // New statuses in the same rows: only a status filter can show or hide rows.
        connect(m_source, &CameraTreeModel::camerasUpdated, this, [this] {
            if (m_status)
                refilter();
        });
        connect(m_source, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_source = nullptr;
            m_nodes.resize(1);
            m_nodes[0].children.clear();
            endResetModel();
        });
    }
    refilter();
}

void CameraTreeFilter::setText(const QString &text)
{
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void CameraTreeFilter::setAgency(const QString &agency)
{
    m_agency = agency;
    refilter();
}

void CameraTreeFilter::setStatus(std::optional<core::CameraStatus> status)
{
    m_status = status;
    refilter();
}

void CameraTreeFilter::setKind(std::optional<core::CameraKind> kind)
{
    m_kind = kind;
    refilter();
}

void CameraTreeFilter::setMedia(std::optional<core::MediaType> media)
{
    m_media = media;
    refilter();
}

void CameraTreeFilter::setTag(const QString &tag)
{
    m_tag = tag;
    refilter();
}

void CameraTreeFilter::setChoices(const QString &agency, std::optional<core::CameraStatus> status,
                                  std::optional<core::CameraKind> kind, std::optional<core::MediaType> media,
                                  const QString &tag)
{
    m_agency = agency;
    m_status = status;
    m_kind = kind;
    m_media = media;
    m_tag = tag;
    refilter();
}

bool CameraTreeFilter::filtering() const
{
    return !m_words.isEmpty() || !m_agency.isEmpty() || !m_tag.isEmpty() || m_status || m_kind || m_media;
}

void CameraTreeFilter::sourceAboutToReset()
{
    // The tree model is rebuilding its items: drop every pointer to them until it is done.
    if (!m_resetting)
        beginResetModel();
    m_resetting = true;
    m_nodes.resize(1);
    m_nodes[0].children.clear();
}

void CameraTreeFilter::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_resetting || !topLeft.isValid())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int node = topLeft.siblingAtRow(row).data(CameraTreeModel::TreeNodeRole).toInt();
        if (node < 0 || std::size_t(node) >= m_visibleAt.size() || m_visibleAt[std::size_t(node)] <= 0)
            continue;
        const int at = m_visibleAt[std::size_t(node)];
        const QModelIndex shown = createIndex(m_nodes[std::size_t(at)].row, 0, quintptr(at));
        emit dataChanged(shown, shown);
    }
}

void CameraTreeFilter::markMatches()
{
    const std::vector<CameraTreeModel::TreeNode> &tree = m_source->nodes();
    if (!filtering()) {
        m_shown.assign(tree.size(), 1);
        return;
    }
    m_shown.assign(tree.size(), 0);
    const std::vector<core::Camera> &cameras = m_source->cameras();
    for (std::size_t i = 0; i < cameras.size(); ++i) {
        const core::Camera &c = cameras[i];
        if ((!m_agency.isEmpty() && c.agency != m_agency) || (m_status && c.status != *m_status)
            || (m_kind && c.kind != *m_kind) || (m_media && c.media != *m_media)
            || (!m_tag.isEmpty() && !c.tags.contains(m_tag)))
            continue;
        const QString &key = m_source->searchKey(i);
        if (!std::all_of(m_words.cbegin(), m_words.cend(), [&key](const QString &w) { return key.contains(w); }))
            continue;
        // The camera and every group above it, stopping at a group already marked.
        for (int n = m_source->cameraNode(i); n >= 0 && !m_shown[std::size_t(n)]; n = tree[std::size_t(n)].parent)
            m_shown[std::size_t(n)] = 1;
    }
}

void CameraTreeFilter::refilter()
{
    if (!m_resetting)
        beginResetModel();
    m_resetting = false;
    m_nodes.clear();
    m_nodes.push_back(Node{m_source ? m_source->invisibleRootItem() : nullptr, -1, 0, {}});
    if (m_source) {
        markMatches();
        // The tree model's nodes come in pre-order: a parent is placed before its rows.
        const std::vector<CameraTreeModel::TreeNode> &tree = m_source->nodes();
        m_visibleAt.assign(tree.size(), -1);
        m_nodes.reserve(tree.size() + 1);
        for (std::size_t n = 0; n < tree.size(); ++n) {
            if (!m_shown[n])
                continue;
            const int parent = tree[n].parent < 0 ? 0 : m_visibleAt[std::size_t(tree[n].parent)];
            const int at = int(m_nodes.size());
            const int row = int(m_nodes[std::size_t(parent)].children.size());
            m_nodes.push_back(Node{tree[n].item, parent, row, {}});
            m_nodes[std::size_t(parent)].children.push_back(at);
            m_visibleAt[n] = at;
        }
    }
    endResetModel();
}

const CameraTreeFilter::Node *CameraTreeFilter::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return &m_nodes.front();
    const auto id = std::size_t(index.internalId());
    return id < m_nodes.size() ? &m_nodes[id] : nullptr;
}

QModelIndex CameraTreeFilter::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (!p || column != 0 || row < 0 || std::size_t(row) >= p->children.size())
        return {};
    return createIndex(row, 0, quintptr(p->children[std::size_t(row)]));
}

QModelIndex CameraTreeFilter::parent(const QModelIndex &child) const
{
    const Node *n = child.isValid() ? nodeOf(child) : nullptr;
    if (!n || n->parent <= 0)
        return {};
    const Node &p = m_nodes[std::size_t(n->parent)];
    return createIndex(p.row, 0, quintptr(n->parent));
}

int CameraTreeFilter::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = nodeOf(parent);
    return p ? int(p->children.size()) : 0;
}

int CameraTreeFilter::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CameraTreeFilter::data(const QModelIndex &index, int role) const
{
    const Node *n = index.isValid() ? nodeOf(index) : nullptr;
    if (!n || !n->item)
        return {};
    // Tooltips are the tree model's own (made on demand), not stored in the items.
    if (role == Qt::ToolTipRole && m_source)
        return m_source->data(n->item->index(), role);
    return n->item->data(role);
}

Qt::ItemFlags CameraTreeFilter::flags(const QModelIndex &index) const
{
    const Node *n = index.isValid() ? nodeOf(index) : nullptr;
    return n && n->item ? n->item->flags() : Qt::NoItemFlags;
}

QVariant CameraTreeFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}

QModelIndex CameraTreeFilter::mapToSource(const QModelIndex &index) const
{
    const Node *n = index.isValid() ? nodeOf(index) : nullptr;
    return n && n->item && m_source ? m_source->indexFromItem(n->item) : QModelIndex();
}

QStringList CameraTreeFilter::mimeTypes() const
{
    return m_source ? m_source->mimeTypes() : QStringList();
}

QMimeData *CameraTreeFilter::mimeData(const QModelIndexList &indexes) const
{
    if (!m_source)
        return nullptr;
    // What the tree shows: a dragged group brings its matching cameras, not the hidden ones.
    return cameraRowsMime(*this, indexes, CameraTreeModel::CameraIdRole);
}

Qt::DropActions CameraTreeFilter::supportedDragActions() const
{
    return m_source ? m_source->supportedDragActions() : Qt::CopyAction;
}

} // namespace pontive::ui
