#include "health_table_model.h"

#include "health/probe_detail.h"

#include "status_icons.h"
#include "util/wib_time.h"

namespace pontive::ui {

HealthTableModel::HealthTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void HealthTableModel::setRows(std::vector<core::CameraHealth> rows, QHash<qint64, double> uptime)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_uptime = std::move(uptime);
    endResetModel();
}

void HealthTableModel::setLive(QHash<qint64, core::LiveStreamBoard::Entry> live)
{
    m_live = std::move(live);
    if (!m_rows.empty())
        emit dataChanged(index(0, Fps), index(rowCount() - 1, Bitrate), {Qt::DisplayRole});
}

const core::CameraHealth *HealthTableModel::row(qint64 cameraId) const
{
    for (const core::CameraHealth &h : m_rows) {
        if (h.camera.id == cameraId)
            return &h;
    }
    return nullptr;
}

int HealthTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HealthTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const core::CameraHealth &h = m_rows[std::size_t(index.row())];
    const bool offline = h.camera.status == core::CameraStatus::Offline;
    switch (role) {
    case CameraIdRole: return h.camera.id;
    case StatusRole: return int(h.camera.status);
    case AgencyRole: return h.camera.agency;
    case KindRole: return int(h.camera.kind);
    case MediaRole: return int(h.camera.media);
    case SearchTextRole: return (h.camera.name + QLatin1Char(' ') + h.camera.location + QLatin1Char(' ') + h.camera.agency).toLower();
    case Qt::DecorationRole:
        return index.column() == State ? QVariant(statusIcon(h.camera.status)) : QVariant();
    case Qt::TextAlignmentRole:
        return (index.column() == Uptime || index.column() == Fps || index.column() == Bitrate) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Camera: return h.camera.name;
    case Location: return h.camera.location;
    case Agency: return h.camera.agency;
    case State: return core::CameraTerms::name(h.camera.status);
    case Since: return core::formatWib(h.camera.statusSince);
    case Uptime: {
        const auto it = m_uptime.constFind(h.camera.id);
        return it == m_uptime.constEnd() ? QString() : QLocale().toString(*it, 'f', 2);
    }
    case Fps:
    case Bitrate: {
        // Only while the picture is live: a number for a dead stream would mislead.
        const auto it = m_live.constFind(h.camera.id);
        if (it == m_live.constEnd() || it->state != core::StreamState::Playing)
            return QString();
        return index.column() == Fps ? QLocale().toString(it->fps, 'f', 1)
                                     : tr("%1 kbit/s").arg(QLocale().toString(it->kbitPerSecond, 'f', 0));
    }
    case Symptom: return h.symptom == core::ProbeSymptom::None ? QString() : core::HealthTerms::name(h.symptom);
    case Cause:
        if (!offline)
            return QString();
        return h.causeConfirmed ? core::CameraTerms::name(h.camera.cause)
                                : tr("%1 (suggested)").arg(core::CameraTerms::name(h.camera.cause));
    case LastError: return core::ProbeDetail::translated(h.lastError);
    default: return {};
    }
}

QVariant HealthTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Camera: return tr("Camera");
    case Location: return tr("Location");
    case Agency: return tr("Agency");
    case State: return tr("State");
    case Since: return tr("Since (WIB)");
    case Uptime: return tr("Uptime %");
    case Fps: return tr("fps");
    case Bitrate: return tr("Bit rate");
    case Symptom: return tr("Symptom");
    case Cause: return tr("Cause");
    case LastError: return tr("Last error");
    default: return {};
    }
}

} // namespace pontive::ui
