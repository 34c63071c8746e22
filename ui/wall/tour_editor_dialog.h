#pragma once

#include "domain/camera.h"
#include "layout/tour.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace pontive::ui {

// Makes or changes a tour: its name, the cameras in order (picked from a searchable
// list, a whole agency at once, or dragged from the camera tree), the dwell time and
// whether it runs on one tile or pages the whole wall.
class TourEditorDialog : public QDialog
{
    Q_OBJECT
public:
    TourEditorDialog(const std::vector<core::Camera> &cameras, QWidget *parent = nullptr);

    void setTour(const core::Tour &tour);
    core::Tour tour() const;
    void addCameras(const QList<qint64> &ids);

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillChoices(const QString &search);
    void moveChosen(int by);

    std::vector<core::Camera> m_cameras;
    QLineEdit *m_name;
    QComboBox *m_mode;
    QSpinBox *m_dwell;
    QLineEdit *m_search;
    QListWidget *m_choices;
    QComboBox *m_agency;
    QListWidget *m_chosen;
};

} // namespace pontive::ui
