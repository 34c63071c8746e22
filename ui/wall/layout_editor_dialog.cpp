#include "layout_editor_dialog.h"

#include "layout/layout_editor.h"
#include "layout_grid_editor.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pontive::ui {

LayoutEditorDialog::LayoutEditorDialog(const core::Layout &layout, QWidget *parent)
    : QDialog(parent), m_grid(new LayoutGridEditor(this)), m_name(new QLineEdit(layout.name, this)),
      m_rows(new QSpinBox(this)), m_columns(new QSpinBox(this)), m_merge(new QPushButton(tr("&Merge cells"), this)),
      m_split(new QPushButton(tr("&Split tile"), this)), m_info(new QLabel(this)), m_startName(layout.name)
{
    setWindowTitle(tr("Edit layout"));
    setObjectName(QStringLiteral("layoutEditor"));
    m_name->setObjectName(QStringLiteral("layoutName"));
    m_name->setPlaceholderText(tr("Name to save the layout under"));
    for (QSpinBox *box : {m_rows, m_columns})
        box->setRange(1, core::Layout::kMaxGrid);
    m_rows->setObjectName(QStringLiteral("layoutRows"));
    m_columns->setObjectName(QStringLiteral("layoutColumns"));
    m_rows->setValue(layout.rows);
    m_columns->setValue(layout.columns);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_split->setObjectName(QStringLiteral("splitButton"));
    m_info->setObjectName(QStringLiteral("layoutInfo"));
    m_grid->setEditedLayout(layout);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Name:"), this));
    top->addWidget(m_name, 1);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Rows:"), this));
    top->addWidget(m_rows);
    top->addWidget(new QLabel(tr("Columns:"), this));
    top->addWidget(m_columns);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_merge);
    actions->addWidget(m_split);
    actions->addWidget(m_info, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    QPushButton *saveAsButton = buttons->addButton(tr("Save &as…"), QDialogButtonBox::ActionRole);
    saveAsButton->setObjectName(QStringLiteral("saveAsButton"));
    connect(saveAsButton, &QPushButton::clicked, this, &LayoutEditorDialog::saveAs);
    auto *layoutBox = new QVBoxLayout(this);
    layoutBox->addLayout(top);
    layoutBox->addWidget(m_grid, 1);
    layoutBox->addLayout(actions);
    layoutBox->addWidget(buttons);
    resize(760, 560);

    connect(buttons, &QDialogButtonBox::accepted, this, &LayoutEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LayoutEditorDialog::reject);
    connect(m_rows, &QSpinBox::valueChanged, this, &LayoutEditorDialog::regrid);
    connect(m_columns, &QSpinBox::valueChanged, this, &LayoutEditorDialog::regrid);
    connect(m_merge, &QPushButton::clicked, m_grid, &LayoutGridEditor::mergeSelection);
    connect(m_split, &QPushButton::clicked, this, [this] {
        const QRect sel = m_grid->selection();
        if (!sel.isEmpty())
            m_grid->splitAt(sel.top(), sel.left());
    });
    connect(m_grid, &LayoutGridEditor::editedLayoutChanged, this, &LayoutEditorDialog::showLayoutState);
    connect(m_grid, &LayoutGridEditor::selectionChanged, this, &LayoutEditorDialog::showLayoutState);
    connect(m_grid, &LayoutGridEditor::refused, m_info, &QLabel::setText);
    showLayoutState();
}

void LayoutEditorDialog::setCameraNames(const QHash<qint64, QString> &names)
{
    m_grid->setCameraNames(names);
}

void LayoutEditorDialog::regrid()
{
    auto resized = core::LayoutEditor::resize(m_grid->editedLayout(), m_rows->value(), m_columns->value());
    if (!resized) {
        m_info->setText(resized.error().message);
        return;
    }
    m_grid->setEditedLayout(*resized);
    showLayoutState();
}

void LayoutEditorDialog::showLayoutState()
{
    const core::Layout &l = m_grid->editedLayout();
    const QRect sel = m_grid->selection();
    m_merge->setEnabled(sel.width() * sel.height() >= 2);
    const auto tile = sel.isEmpty() ? std::nullopt : l.tileAt(sel.top(), sel.left());
    m_split->setEnabled(tile && (l.cells[*tile].rowSpan > 1 || l.cells[*tile].columnSpan > 1));
    m_info->setText(tr("%1x%2 grid, %3 tiles").arg(l.rows).arg(l.columns).arg(l.cells.size()));
}

core::Layout LayoutEditorDialog::editedLayout() const
{
    core::Layout l = m_grid->editedLayout();
    l.name = m_name->text().trimmed();
    return l;
}

void LayoutEditorDialog::accept()
{
    const core::Layout l = editedLayout();
    QString why = l.validate();
    if (why.isEmpty() && l.name.isEmpty())
        why = tr("give the layout a name");
    if (!why.isEmpty()) {
        QMessageBox::warning(this, tr("Edit layout"), tr("The layout cannot be saved: %1.").arg(why));
        return;
    }
    if (!mayReplace(this, l.name, m_startName, m_savedNames))
        return;
    QDialog::accept();
}

void LayoutEditorDialog::saveAs()
{
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("saveAsName"));
    ask.setWindowTitle(tr("Save layout as"));
    ask.setLabelText(tr("Name of the new layout:"));
    ask.setOkButtonText(tr("Save"));
    ask.setCancelButtonText(tr("Cancel"));
    // A new name is wanted: the field starts empty unless one was typed already.
    const QString typed = m_name->text().trimmed();
    ask.setTextValue(typed == m_startName ? QString() : typed);
    if (ask.exec() != QDialog::Accepted || ask.textValue().trimmed().isEmpty())
        return;
    const QString name = ask.textValue().trimmed();
    // Under a new name even the layout that was opened counts as another one.
    if (!mayReplace(this, name, QString(), m_savedNames))
        return;
    m_name->setText(name);
    m_startName = name;  // already confirmed: accept() does not ask again
    accept();
}

bool LayoutEditorDialog::mayReplace(QWidget *parent, const QString &name, const QString &current,
                                    const QStringList &saved)
{
    if (name == current || !saved.contains(name))
        return true;
    QMessageBox box(QMessageBox::Question, tr("Replace layout"),
                    tr("A layout named '%1' is already saved. Replace it?").arg(name), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("replaceLayout"));
    QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(tr("Cancel"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == replace;
}

} // namespace pontive::ui
