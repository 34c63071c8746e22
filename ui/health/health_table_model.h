#pragma once

#include "health/health_records.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace pontive::ui {

// Every camera's health for the health view: state, since when (WIB), uptime %, symptom,
// cause and the last probe error. Filter through a proxy on StatusRole / SearchTextRole.
class HealthTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Camera, Location, Agency, State, Since, Uptime, Symptom, Cause, LastError, ColumnCount };
    enum Role {
        CameraIdRole = Qt::UserRole + 1,
        StatusRole,        // core::CameraStatus as int
        SearchTextRole,    // lower-case name, location, agency
    };

    explicit HealthTableModel(QObject *parent = nullptr);

    // Uptime per camera id in percent; cameras without a figure show none.
    void setRows(std::vector<core::CameraHealth> rows, QHash<qint64, double> uptime = {});
    const std::vector<core::CameraHealth> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::CameraHealth> m_rows;
    QHash<qint64, double> m_uptime;
};

} // namespace pontive::ui
