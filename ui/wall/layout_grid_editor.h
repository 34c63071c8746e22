#pragma once

#include "layout/layout.h"

#include <QHash>
#include <QWidget>

namespace pontive::ui {

// The layout editor's canvas and preview: draws the layout's tiles as the wall will
// place them (numbers and camera names), lets the operator drag a rectangle of cells to
// merge and double-click a merged tile to split it.
class LayoutGridEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LayoutGridEditor(QWidget *parent = nullptr);

    void setEditedLayout(const core::Layout &layout);
    const core::Layout &editedLayout() const { return m_layout; }
    void setCameraNames(const QHash<qint64, QString> &names) { m_names = names; update(); }
    // The dragged rectangle in grid cells (column, row, width, height); empty when none.
    QRect selection() const { return m_selection; }
    void setSelection(const QRect &cells);
    // Merges the selection / splits the tile at a cell. False (and `error`) when refused.
    bool mergeSelection();
    bool splitAt(int row, int column);
    QString lastError() const { return m_error; }
    // The grid cell under a point of this widget.
    QPoint cellAt(const QPoint &pos) const;

signals:
    void editedLayoutChanged(const pontive::core::Layout &layout);
    void selectionChanged(const QRect &cells);
    void refused(const QString &why);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    QSize sizeHint() const override { return {480, 300}; }

private:
    QRect area() const;
    void changed(const core::Layout &layout);

    core::Layout m_layout;
    QHash<qint64, QString> m_names;
    QRect m_selection;
    QPoint m_anchor{-1, -1};
    QString m_error;
};

} // namespace pontive::ui
