#pragma once

#include "health/health_records.h"
#include "health/live_stream_board.h"

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
    enum Column { Camera, Location, Agency, State, Since, Uptime, Fps, Bitrate, Symptom, Cause, LastError, ColumnCount };
    enum Role {
        CameraIdRole = Qt::UserRole + 1,
        StatusRole,        // core::CameraStatus as int
        SearchTextRole,    // lower-case name, location, agency
        AgencyRole,
        KindRole,          // core::CameraKind as int
        MediaRole,         // core::MediaType as int
    };

    explicit HealthTableModel(QObject *parent = nullptr);

    // Uptime per camera id in percent; cameras without a figure show none.
    void setRows(std::vector<core::CameraHealth> rows, QHash<qint64, double> uptime = {});
    const std::vector<core::CameraHealth> &rows() const { return m_rows; }
    // Frames and bit rate of the cameras on screen (the stream engine's figures).
    void setLive(QHash<qint64, core::LiveStreamBoard::Entry> live);
    const core::CameraHealth *row(qint64 cameraId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::CameraHealth> m_rows;
    QHash<qint64, double> m_uptime;
    QHash<qint64, core::LiveStreamBoard::Entry> m_live;
};

} // namespace pontive::ui
