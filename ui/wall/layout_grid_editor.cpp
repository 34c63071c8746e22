#include "layout_grid_editor.h"

#include "layout/layout_editor.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace pontive::ui {

LayoutGridEditor::LayoutGridEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("layoutGridEditor"));
    setMinimumSize(320, 200);
    setMouseTracking(false);
    setToolTip(tr("Drag across cells to select them; double-click a merged tile to split it"));
}

void LayoutGridEditor::setEditedLayout(const core::Layout &layout)
{
    m_layout = layout;
    m_selection = {};
    update();
}

QRect LayoutGridEditor::area() const
{
    // The wall's shape: 16:9, centred.
    const QSize s = QSize(16, 9).scaled(size() - QSize(8, 8), Qt::KeepAspectRatio);
    QRect r(QPoint(), s);
    r.moveCenter(rect().center());
    return r;
}

QPoint LayoutGridEditor::cellAt(const QPoint &pos) const
{
    const QRect a = area();
    const int column = std::clamp((pos.x() - a.left()) * m_layout.columns / std::max(1, a.width()), 0, m_layout.columns - 1);
    const int row = std::clamp((pos.y() - a.top()) * m_layout.rows / std::max(1, a.height()), 0, m_layout.rows - 1);
    return {column, row};
}

void LayoutGridEditor::setSelection(const QRect &cells)
{
    m_selection = cells.intersected(QRect(0, 0, m_layout.columns, m_layout.rows));
    update();
    emit selectionChanged(m_selection);
}

void LayoutGridEditor::changed(const core::Layout &layout)
{
    m_layout = layout;
    m_selection = {};
    m_error.clear();
    update();
    emit editedLayoutChanged(m_layout);
}

bool LayoutGridEditor::mergeSelection()
{
    if (m_selection.width() * m_selection.height() < 2) {
        m_error = tr("Select two or more cells to merge");
        emit refused(m_error);
        return false;
    }
    auto merged = core::LayoutEditor::merge(m_layout, m_selection);
    if (!merged) {
        m_error = merged.error().message;
        emit refused(m_error);
        return false;
    }
    changed(*merged);
    return true;
}

bool LayoutGridEditor::splitAt(int row, int column)
{
    const auto tile = m_layout.tileAt(row, column);
    if (!tile)
        return false;
    const core::LayoutCell &c = m_layout.cells[*tile];
    if (c.rowSpan == 1 && c.columnSpan == 1)
        return false;
    auto split = core::LayoutEditor::split(m_layout, *tile);
    if (!split) {
        m_error = split.error().message;
        emit refused(m_error);
        return false;
    }
    changed(*split);
    return true;
}

void LayoutGridEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_anchor = cellAt(event->position().toPoint());
    setSelection(QRect(m_anchor, QSize(1, 1)));
}

void LayoutGridEditor::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor.x() < 0)
        return;
    const QPoint at = cellAt(event->position().toPoint());
    setSelection(QRect(m_anchor, at).normalized());
}

void LayoutGridEditor::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint at = cellAt(event->position().toPoint());
    splitAt(at.y(), at.x());
}

void LayoutGridEditor::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRect a = area();
    p.fillRect(a, QColor(0x12, 0x13, 0x14));
    // The cell grid, faint, under the tiles.
    p.setPen(QColor(0x3a, 0x3c, 0x40));
    for (int c = 1; c < m_layout.columns; ++c) {
        const int x = a.left() + a.width() * c / m_layout.columns;
        p.drawLine(x, a.top(), x, a.bottom());
    }
    for (int r = 1; r < m_layout.rows; ++r) {
        const int y = a.top() + a.height() * r / m_layout.rows;
        p.drawLine(a.left(), y, a.right(), y);
    }
    QFont font = p.font();
    font.setPixelSize(std::clamp(a.height() / (m_layout.rows * 4), 9, 16));
    p.setFont(font);
    for (std::size_t i = 0; i < m_layout.cells.size(); ++i) {
        const QRect r = m_layout.tileRect(i, a, 4);
        const core::LayoutCell &c = m_layout.cells[i];
        const bool merged = c.rowSpan > 1 || c.columnSpan > 1;
        p.fillRect(r, merged ? QColor(0x2c, 0x3e, 0x52) : QColor(0x26, 0x28, 0x2b));
        p.setPen(QColor(0xd0, 0xd3, 0xd6));
        QString text = QString::number(i + 1);
        if (c.cameraId)
            text += QLatin1Char('\n') + m_names.value(*c.cameraId, tr("Camera %1").arg(*c.cameraId));
        p.drawText(r.adjusted(2, 2, -2, -2), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    if (!m_selection.isEmpty()) {
        auto xAt = [&](int col) { return a.left() + a.width() * col / m_layout.columns; };
        auto yAt = [&](int row) { return a.top() + a.height() * row / m_layout.rows; };
        const QRect sel(QPoint(xAt(m_selection.left()), yAt(m_selection.top())),
                        QPoint(xAt(m_selection.right() + 1) - 1, yAt(m_selection.bottom() + 1) - 1));
        p.fillRect(sel, QColor(0x3d, 0x8e, 0xd8, 70));
        p.setPen(QPen(QColor(0x3d, 0x8e, 0xd8), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(sel.adjusted(1, 1, -1, -1));
    }
}

} // namespace pontive::ui
