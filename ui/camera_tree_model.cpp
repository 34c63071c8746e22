#include "camera_tree_model.h"

#include "status_icons.h"
#include "wall/camera_mime.h"
#include "util/wib_time.h"

#include <QMap>
#include <QMimeData>

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

QString tooltip(const core::Camera &c)
{
    QString since = core::formatWib(c.statusSince);
    QString status = core::CameraTerms::name(c.status);
    if (c.status == core::CameraStatus::Offline)
        status += QStringLiteral(" (") + core::CameraTerms::name(c.cause) + QLatin1Char(')');
    return CameraTreeModel::tr("<b>%1</b><br>%2, %3<br>Agency: %4<br>%5, %6<br>Status: %7 since %8 WIB")
        .arg(c.name.toHtmlEscaped(), c.location.toHtmlEscaped(), c.district.toHtmlEscaped(), c.agency,
             core::CameraTerms::name(c.kind), core::CameraTerms::name(c.media), status, since);
}

} // namespace

CameraTreeModel::CameraTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Cameras")});
}

const core::Camera *CameraTreeModel::camera(qint64 id) const
{
    for (const core::Camera &c : m_cameras) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
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
    return int(m_nodes.size() - 1);
}

void CameraTreeModel::setCameras(const std::vector<core::Camera> &cameras)
{
    m_cameras = cameras;
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
        Counts agencyCounts;
        for (auto district = agency->cbegin(); district != agency->cend(); ++district) {
            QStandardItem *districtItem = groupItem(district.key(), NodeKind::District);
            const int districtNode = addNode(districtItem, agencyNode);
            Counts districtCounts;
            for (auto location = district->cbegin(); location != district->cend(); ++location) {
                QStandardItem *locationItem = groupItem(location.key(), NodeKind::Location);
                const int locationNode = addNode(locationItem, districtNode);
                Counts locationCounts;
                for (const core::Camera *c : location.value()) {
                    auto *item = new QStandardItem(statusIcon(c->status), c->name);
                    item->setEditable(false);
                    item->setData(c->id, CameraIdRole);
                    item->setData(int(NodeKind::Camera), NodeKindRole);
                    item->setData(int(c->status), StatusRole);
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
                    item->setToolTip(tooltip(*c));
                    item->setDragEnabled(true);
                    locationItem->appendRow(item);
                    ++locationCounts.total;
                    locationCounts.online += c->status == core::CameraStatus::Online ? 1 : 0;
                }
                labelGroup(locationItem, location.key(), locationCounts);
                districtItem->appendRow(locationItem);
                districtCounts.total += locationCounts.total;
                districtCounts.online += locationCounts.online;
            }
            labelGroup(districtItem, district.key(), districtCounts);
            agencyItem->appendRow(districtItem);
            agencyCounts.total += districtCounts.total;
            agencyCounts.online += districtCounts.online;
        }
        labelGroup(agencyItem, agency.key(), agencyCounts);
        appendRow(agencyItem);
    }
    emit camerasChanged();
}

void CameraTreeModel::setAlarm(qint64 id, bool alarm)
{
    const core::Camera *c = camera(id);
    if (!c)
        return;
    const QModelIndexList found = match(index(0, 0), CameraIdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return;
    QStandardItem *item = itemFromIndex(found.first());
    QFont font = item->font();
    font.setBold(alarm);
    item->setFont(font);
    item->setIcon(statusIcon(alarm ? core::CameraStatus::Offline : c->status));
    item->setText(alarm ? tr("%1 — ALARM").arg(c->name) : c->name);
    item->setToolTip(alarm ? tr("Offline alarm: not yet acknowledged") : QString());
}

} // namespace pontive::ui
