#include "camera_tree_model.h"

#include "status_icons.h"
#include "wall/camera_mime.h"
#include "util/wib_time.h"

#include <QMap>
#include <QMimeData>

#include <algorithm>
#include <utility>

namespace pontive::ui {

namespace {

struct Counts {
    int online = 0;
    int total = 0;
};

QStandardItem *groupItem(const QString &name, CameraTreeModel::NodeKind kind)
{
    auto *item = new QStandardItem(name);
    item->setEditable(false);
    item->setDragEnabled(true);
    item->setData(int(kind), CameraTreeModel::NodeKindRole);
    item->setData(name, CameraTreeModel::GroupNameRole);
    return item;
}

void labelGroup(QStandardItem *item, const QString &name, const Counts &c)
{
    item->setText(CameraTreeModel::tr("%1 (%2/%3 online)").arg(name).arg(c.online).arg(c.total));
    if (c.online == c.total)
        item->setIcon(statusIcon(core::CameraStatus::Online));
    else if (c.online == 0)
        item->setIcon(statusIcon(core::CameraStatus::Offline));
    else
        item->setIcon(partialIcon());
}

QString tooltip(const core::Camera &c, bool alarm, const QDateTime &lastFrame)
{
    QString status = core::CameraTerms::name(c.status);
    if (c.status == core::CameraStatus::Offline && c.cause != core::OfflineCause::Unknown)
        status += QStringLiteral(" (")
            + (c.causeConfirmed ? core::CameraTerms::name(c.cause)
                                : CameraTreeModel::tr("%1, suggested").arg(core::CameraTerms::name(c.cause)))
            + QLatin1Char(')');
    if (c.statusSince.isValid())
        status = CameraTreeModel::tr("%1 since %2 WIB").arg(status, core::formatWib(c.statusSince));
    QString text = CameraTreeModel::tr("<b>%1</b><br>%2, %3<br>Agency: %4<br>%5, %6<br>Status: %7")
                       .arg(c.name.toHtmlEscaped(), c.location.toHtmlEscaped(), c.district.toHtmlEscaped(), c.agency,
                            core::CameraTerms::name(c.kind), core::CameraTerms::name(c.media), status);
    text += QStringLiteral("<br>")
        + (lastFrame.isValid() ? CameraTreeModel::tr("Last frame: %1 WIB")
                                     .arg(core::toWib(lastFrame).toString(QStringLiteral("dd/MM/yyyy HH.mm.ss")))
                               : CameraTreeModel::tr("Last frame: not on a screen now"));
    if (alarm)
        text += QStringLiteral("<br><b>") + CameraTreeModel::tr("Offline alarm: not yet acknowledged") + QStringLiteral("</b>");
    return text;
}

// What the tree is built from: a reload that keeps all of it can update the rows in place.
bool sameShape(const core::Camera &a, const core::Camera &b)
{
    return a.id == b.id && a.name == b.name && a.location == b.location && a.district == b.district
        && a.agency == b.agency && a.kind == b.kind && a.media == b.media && a.tags == b.tags && a.notes == b.notes;
}

} // namespace

CameraTreeModel::CameraTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Cameras")});
}

const core::Camera *CameraTreeModel::camera(qint64 id) const
{
    const auto it = m_indexOf.constFind(id);
    return it == m_indexOf.constEnd() ? nullptr : &m_cameras[std::size_t(*it)];
}

void CameraTreeModel::showCamera(std::size_t at)
{
    const core::Camera &c = m_cameras[at];
    QStandardItem *item = m_nodes[std::size_t(m_cameraNodes[at])].item;
    const bool alarm = m_alarms.contains(c.id);
    QFont font = item->font();
    font.setBold(alarm);
    item->setFont(font);
    item->setIcon(statusIcon(alarm ? core::CameraStatus::Offline : c.status));
    item->setText(alarm ? tr("%1 — ALARM").arg(c.name) : c.name);
    item->setData(int(c.status), StatusRole);
}

void CameraTreeModel::countGroups()
{
    // Pre-order: a group comes before what it holds, so adding each camera to its
    // ancestors and then labelling every group takes one pass each.
    std::vector<Counts> counts(m_nodes.size());
    for (std::size_t i = 0; i < m_cameras.size(); ++i) {
        const bool online = m_cameras[i].status == core::CameraStatus::Online;
        for (int n = m_nodes[std::size_t(m_cameraNodes[i])].parent; n >= 0; n = m_nodes[std::size_t(n)].parent) {
            ++counts[std::size_t(n)].total;
            counts[std::size_t(n)].online += online ? 1 : 0;
        }
    }
    for (std::size_t n = 0; n < m_nodes.size(); ++n) {
        QStandardItem *item = m_nodes[n].item;
        if (item->data(NodeKindRole).toInt() != int(NodeKind::Camera))
            labelGroup(item, item->data(GroupNameRole).toString(), counts[n]);
    }
}

QStringList CameraTreeModel::mimeTypes() const
{
    return {QStringLiteral("application/x-pontive-camera-ids")};
}

QMimeData *CameraTreeModel::mimeData(const QModelIndexList &indexes) const
{
    return cameraRowsMime(*this, indexes, CameraIdRole);
}

int CameraTreeModel::addNode(QStandardItem *item, int parent)
{
    m_nodes.push_back(TreeNode{item, parent});
    const int node = int(m_nodes.size() - 1);
    item->setData(node, TreeNodeRole);
    return node;
}

void CameraTreeModel::setCameras(const std::vector<core::Camera> &cameras)
{
    if (cameras.size() == m_cameras.size() && !cameras.empty()
        && std::equal(cameras.begin(), cameras.end(), m_cameras.begin(), sameShape)) {
        // Only statuses and addresses changed (a health round, a cause confirmed): the
        // rows stay, so the tree keeps what the operator opened and selected; only the
        // rows whose status moved are touched.
        const std::vector<core::Camera> before = std::exchange(m_cameras, cameras);
        for (std::size_t i = 0; i < m_cameras.size(); ++i)
            if (m_cameras[i].status != before[i].status)
                showCamera(i);
        countGroups();
        emit camerasUpdated();
        return;
    }
    m_cameras = cameras;
    m_indexOf.clear();
    for (std::size_t i = 0; i < m_cameras.size(); ++i)
        m_indexOf.insert(m_cameras[i].id, qint64(i));
    m_cameraNodes.assign(m_cameras.size(), -1);
    m_keys.assign(m_cameras.size(), QString());
    m_nodes.clear();
    m_nodes.reserve(m_cameras.size() + m_cameras.size() / 2 + 16);
    clear();
    setHorizontalHeaderLabels({tr("Cameras")});
    // Sorted maps keep the tree in a stable, alphabetical order.
    QMap<QString, QMap<QString, QMap<QString, std::vector<const core::Camera *>>>> tree;
    for (const core::Camera &c : m_cameras)
        tree[c.agency][c.district][c.location].push_back(&c);

    for (auto agency = tree.cbegin(); agency != tree.cend(); ++agency) {
        QStandardItem *agencyItem = groupItem(agency.key(), NodeKind::Agency);
        const int agencyNode = addNode(agencyItem, -1);
        for (auto district = agency->cbegin(); district != agency->cend(); ++district) {
            QStandardItem *districtItem = groupItem(district.key(), NodeKind::District);
            const int districtNode = addNode(districtItem, agencyNode);
            for (auto location = district->cbegin(); location != district->cend(); ++location) {
                QStandardItem *locationItem = groupItem(location.key(), NodeKind::Location);
                const int locationNode = addNode(locationItem, districtNode);
                for (const core::Camera *c : location.value()) {
                    auto *item = new QStandardItem;
                    item->setEditable(false);
                    item->setData(c->id, CameraIdRole);
                    item->setData(int(NodeKind::Camera), NodeKindRole);
                    item->setData(c->agency, AgencyRole);
                    item->setData(int(c->kind), KindRole);
                    item->setData(int(c->media), MediaRole);
                    item->setData(c->tags, TagsRole);
                    const std::size_t at = std::size_t(c - m_cameras.data());
                    m_keys[at] = QStringList{c->name, c->location, c->district, c->agency, c->notes}
                                     .join(QLatin1Char('\n'))
                                     .toLower();
                    m_cameraNodes[at] = addNode(item, locationNode);
                    item->setData(m_keys[at], SearchTextRole);
                    item->setDragEnabled(true);
                    showCamera(at);
                    locationItem->appendRow(item);
                }
                districtItem->appendRow(locationItem);
            }
            agencyItem->appendRow(districtItem);
        }
        appendRow(agencyItem);
    }
    countGroups();
    emit camerasChanged();
}

void CameraTreeModel::setAlarm(qint64 id, bool alarm)
{
    if (alarm == m_alarms.contains(id))
        return;
    alarm ? void(m_alarms.insert(id)) : void(m_alarms.remove(id));
    if (const auto it = m_indexOf.constFind(id); it != m_indexOf.constEnd())
        showCamera(std::size_t(*it));
}

void CameraTreeModel::setLastFrames(const QHash<qint64, QDateTime> &lastFrames)
{
    // Read when a tooltip is asked for: nothing to repaint every second.
    m_lastFrames = lastFrames;
}

QVariant CameraTreeModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole) {
        const qint64 id = QStandardItemModel::data(index, CameraIdRole).toLongLong();
        if (const auto at = m_indexOf.constFind(id); id && at != m_indexOf.constEnd())
            return tooltip(m_cameras[std::size_t(*at)], m_alarms.contains(id), m_lastFrames.value(id));
    }
    return QStandardItemModel::data(index, role);
}

} // namespace pontive::ui
