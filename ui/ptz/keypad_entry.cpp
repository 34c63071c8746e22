#include "keypad_entry.h"

#include <QKeyEvent>

namespace pontive::ui {

namespace {
constexpr int kMaxDigits = 6;
}

bool KeypadEntry::handleKey(const QKeyEvent &event)
{
    const int key = event.key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && !event.modifiers().testAnyFlags(Qt::ControlModifier | Qt::AltModifier)) {
        if (m_number.size() < kMaxDigits)
            m_number += QChar(u'0' + (key - Qt::Key_0));
        emit numberChanged(m_number);
        return true;
    }
    if (m_number.isEmpty())
        return false;
    const int number = m_number.toInt();
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_number.clear();
        emit numberChanged(m_number);
        emit cameraRequested(number);
        return true;
    case Qt::Key_P:
        m_number.clear();
        emit numberChanged(m_number);
        emit presetRequested(number);
        return true;
    case Qt::Key_Backspace:
        m_number.chop(1);
        emit numberChanged(m_number);
        return true;
    case Qt::Key_Escape:
        m_number.clear();
        emit numberChanged(m_number);
        return true;
    default:
        return false;
    }
}

} // namespace pontive::ui
