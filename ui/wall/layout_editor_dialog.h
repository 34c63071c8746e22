#pragma once

#include "layout/layout.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pontive::ui {

class LayoutGridEditor;

// Edits a wall layout: the grid size (up to 8x8), cells merged and split with the mouse
// on a preview of the wall, and the name it is saved under.
class LayoutEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LayoutEditorDialog(const core::Layout &layout, QWidget *parent = nullptr);

    void setCameraNames(const QHash<qint64, QString> &names);
    core::Layout editedLayout() const;
    LayoutGridEditor *grid() const { return m_grid; }

    void accept() override;

private:
    void regrid();
    void showLayoutState();

    LayoutGridEditor *m_grid;
    QLineEdit *m_name;
    QSpinBox *m_rows;
    QSpinBox *m_columns;
    QPushButton *m_merge;
    QPushButton *m_split;
    QLabel *m_info;
};

} // namespace pontive::ui
