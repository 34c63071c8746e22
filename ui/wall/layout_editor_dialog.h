#pragma once

#include "layout/layout.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pontive::ui {

class LayoutGridEditor;

// Edits a wall layout: the grid size (up to 8x8), cells merged and split with the mouse
// on a preview of the wall, and the name it is saved under. Save keeps the layout's name
// (or the one typed); Save as asks for a new one. Replacing another saved layout is
// always asked first.
class LayoutEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LayoutEditorDialog(const core::Layout &layout, QWidget *parent = nullptr);

    void setCameraNames(const QHash<qint64, QString> &names);
    // The names of the layouts saved in the store (to ask before replacing one).
    void setSavedNames(const QStringList &names) { m_savedNames = names; }
    core::Layout editedLayout() const;
    LayoutGridEditor *grid() const { return m_grid; }

    void accept() override;
    // Asks for a new name, then saves under it.
    void saveAs();

    // Whether saving under `name` may go ahead: yes when no other saved layout has it
    // (`current` is the one being edited), else the operator is asked.
    static bool mayReplace(QWidget *parent, const QString &name, const QString &current, const QStringList &saved);

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
    QString m_startName;
    QStringList m_savedNames;
};

} // namespace pontive::ui
