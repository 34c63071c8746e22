#include "camera_tree_filter.h"

#include "camera_tree_model.h"

namespace pontive::ui {

CameraTreeFilter::CameraTreeFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void CameraTreeFilter::setText(const QString &text)
{
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void CameraTreeFilter::setAgency(const QString &agency)
{
    m_agency = agency;
    invalidateFilter();
}

void CameraTreeFilter::setStatus(std::optional<core::CameraStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void CameraTreeFilter::setKind(std::optional<core::CameraKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void CameraTreeFilter::setMedia(std::optional<core::MediaType> media)
{
    m_media = media;
    invalidateFilter();
}

void CameraTreeFilter::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

bool CameraTreeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    using Role = CameraTreeModel::Role;
    if (index.data(Role::NodeKindRole).toInt() != int(CameraTreeModel::NodeKind::Camera))
        return false;  // groups show through their cameras (recursive filtering)
    if (!m_agency.isEmpty() && index.data(Role::AgencyRole).toString() != m_agency)
        return false;
    if (m_status && index.data(Role::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_kind && index.data(Role::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_media && index.data(Role::MediaRole).toInt() != int(*m_media))
        return false;
    if (!m_tag.isEmpty() && !index.data(Role::TagsRole).toStringList().contains(m_tag))
        return false;
    const QString haystack = index.data(Role::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace pontive::ui
