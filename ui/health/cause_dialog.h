#pragma once

#include "domain/camera_enums.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace pontive::ui {

// The operator's finding on an offline camera: camera, power or network media, with a
// note saying what was found (required, as `pontivectl health cause` asks).
class CauseDialog : public QDialog
{
    Q_OBJECT
public:
    CauseDialog(const QString &camera, core::OfflineCause suggested, QWidget *parent = nullptr);

    core::OfflineCause cause() const;
    QString note() const;
    void setNote(const QString &note);
    void setCause(core::OfflineCause cause);

private:
    void updateOk();

    QComboBox *m_cause;
    QPlainTextEdit *m_note;
    QPushButton *m_ok = nullptr;
};

} // namespace pontive::ui
