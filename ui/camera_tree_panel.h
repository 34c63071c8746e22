#pragma once

#include "camera_filter_boxes.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTreeView;

namespace pontive::ui {

class CameraTreeFilter;
class CameraTreeModel;

// The console's left side: search box, filters and the camera tree.
class CameraTreePanel : public QWidget
{
    Q_OBJECT
public:
    CameraTreePanel(CameraTreeModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    CameraTreeFilter *filter() const { return m_filter; }
    // Refills the agency choice after the inventory changed.
    void setAgencies(const QStringList &codes);

signals:
    void cameraActivated(qint64 cameraId);
    void cameraSelected(qint64 cameraId);

private:
    void applyFilters();

    CameraTreeModel *m_model;
    CameraTreeFilter *m_filter;
    CameraFilterBoxes m_boxes;
    QLineEdit *m_search;
    QComboBox *m_tag;
    QTreeView *m_view;
};

} // namespace pontive::ui
