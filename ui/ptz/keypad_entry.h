#pragma once

#include <QObject>
#include <QString>

class QKeyEvent;

namespace pontive::ui {

// CCTV-keyboard style entry on the wall: digits, then Enter puts camera N on the
// selected tile, or P ("Preset") recalls preset N. Escape or Backspace edits the number.
class KeypadEntry : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // True when the key was part of an entry (the caller then ignores it).
    bool handleKey(const QKeyEvent &event);
    const QString &number() const { return m_number; }

signals:
    void cameraRequested(int number);
    void presetRequested(int number);
    void numberChanged(const QString &number);

private:
    QString m_number;
};

} // namespace pontive::ui
