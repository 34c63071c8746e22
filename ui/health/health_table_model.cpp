#include "health_table_model.h"

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
    case SearchTextRole: return (h.camera.name + QLatin1Char(' ') + h.camera.location + QLatin1Char(' ') + h.camera.agency).toLower();
    case Qt::DecorationRole:
        return index.column() == State ? QVariant(statusIcon(h.camera.status)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Uptime ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
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
    case Symptom: return h.symptom == core::ProbeSymptom::None ? QString() : core::HealthTerms::name(h.symptom);
    case Cause:
        if (!offline)
            return QString();
        return h.causeConfirmed ? core::CameraTerms::name(h.camera.cause)
                                : tr("%1 (suggested)").arg(core::CameraTerms::name(h.camera.cause));
    case LastError: return h.lastError;
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
    case Symptom: return tr("Symptom");
    case Cause: return tr("Cause");
    case LastError: return tr("Last error");
    default: return {};
    }
}

} // namespace pontive::ui
