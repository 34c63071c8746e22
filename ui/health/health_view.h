#pragma once

#include "camera_filter_boxes.h"
#include "health/live_stream_board.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace pontive::core {
class HealthDataService;
}

namespace pontive::ui {

class HealthTableFilter;
class HealthTableModel;

// The console's health view: every camera with state, since when, uptime, fps and bit
// rate when live and the last error; the offline list with causes; the tree's filters;
// the operator's finding on a cause recorded through the same core function as
// `pontivectl health cause`.
class HealthView : public QWidget
{
    Q_OBJECT
public:
    explicit HealthView(QWidget *parent = nullptr);

    // The store's door (owned by the caller); null until the store is open.
    void setService(core::HealthDataService *service);
    void setAgencies(const QStringList &codes);
    void setLive(const QHash<qint64, core::LiveStreamBoard::Entry> &live);

    HealthTableModel *model() const { return m_model; }
    QTableView *allTable() const { return m_all; }
    QTableView *offlineTable() const { return m_offline; }
    QTabWidget *tabs() const { return m_tabs; }
    // The camera selected in the visible table, 0 when none.
    qint64 selectedCamera() const;
    // Opens the cause dialog for a camera (what the button does).
    void editCause(qint64 cameraId);

public slots:
    void refresh();

signals:
    void cameraActivated(qint64 cameraId);

private:
    void applyFilters();
    void updateButtons();
    QTableView *makeTable(HealthTableFilter *filter, const QString &name);

    core::HealthDataService *m_service = nullptr;
    HealthTableModel *m_model;
    HealthTableFilter *m_filter;
    HealthTableFilter *m_offlineFilter;
    CameraFilterBoxes m_boxes;
    QLineEdit *m_search;
    QTabWidget *m_tabs;
    QTableView *m_all;
    QTableView *m_offline;
    QPushButton *m_cause;
    QLabel *m_summary;
};

} // namespace pontive::ui
