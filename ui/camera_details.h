#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace pontive::core {
struct Camera;
}

namespace pontive::ui {

// What the console knows of the selected camera. No password, URLs redacted.
class CameraDetails : public QWidget
{
    Q_OBJECT
public:
    explicit CameraDetails(QWidget *parent = nullptr);
    void showCamera(const core::Camera *camera);

private:
    QLabel *m_title;
    QLabel *m_body;
};

} // namespace pontive::ui
