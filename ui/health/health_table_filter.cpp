#include "health_table_filter.h"

#include "health_table_model.h"

namespace pontive::ui {

HealthTableFilter::HealthTableFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
}

void HealthTableFilter::setText(const QString &text)
{
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void HealthTableFilter::setAgency(const QString &agency)
{
    m_agency = agency;
    invalidateFilter();
}

void HealthTableFilter::setStatus(std::optional<core::CameraStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void HealthTableFilter::setKind(std::optional<core::CameraKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void HealthTableFilter::setMedia(std::optional<core::MediaType> media)
{
    m_media = media;
    invalidateFilter();
}

bool HealthTableFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    using M = HealthTableModel;
    if (!m_agency.isEmpty() && i.data(M::AgencyRole).toString() != m_agency)
        return false;
    if (m_status && i.data(M::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_kind && i.data(M::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_media && i.data(M::MediaRole).toInt() != int(*m_media))
        return false;
    const QString text = i.data(M::SearchTextRole).toString();
    for (const QString &w : m_words) {
        if (!text.contains(w))
            return false;
    }
    return true;
}

bool HealthTableFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (column == HealthTableModel::Uptime || column == HealthTableModel::Fps || column == HealthTableModel::Bitrate) {
        // Localised numbers ("99,50", "1.234 kbit/s"): compare their digits as numbers.
        auto number = [](const QModelIndex &i) {
            QString t = i.data().toString().section(QLatin1Char(' '), 0, 0);
            bool ok = false;
            const double v = QLocale().toDouble(t, &ok);
            return ok ? v : -1.0;
        };
        return number(left) < number(right);
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace pontive::ui
