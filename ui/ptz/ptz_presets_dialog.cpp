#include "ptz_presets_dialog.h"

#include "ptz/ptz_desk.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pontive::ui {

PtzPresetsDialog::PtzPresetsDialog(core::PtzDesk *desk, QWidget *parent) : QDialog(parent), m_desk(desk)
{
    setWindowTitle(tr("PTZ presets"));
    m_list = new QListWidget(this);
    auto *go = new QPushButton(tr("Go to"), this);
    auto *saveNew = new QPushButton(tr("Save as new..."), this);
    auto *saveOver = new QPushButton(tr("Save over"), this);
    auto *rename = new QPushButton(tr("Rename..."), this);
    auto *remove = new QPushButton(tr("Delete"), this);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {go, saveNew, saveOver, rename, remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);

    core::PtzController *c = controller();
    if (c) {
        connect(c, &core::PtzController::presetsChanged, this, &PtzPresetsDialog::showPresets);
        // Any preset change answers with a fresh list.
        connect(c, &core::PtzController::commandFinished, this, [this](core::PtzCommand command, bool ok, const QString &error) {
            if (!ok && command != core::PtzCommand::Move && command != core::PtzCommand::Stop)
                QMessageBox::warning(this, windowTitle(), error);
            if (command == core::PtzCommand::SavePreset || command == core::PtzCommand::RenamePreset
                || command == core::PtzCommand::RemovePreset)
                if (core::PtzController *now = controller())
                    now->refreshPresets();
        });
        c->refreshPresets();
    }
    connect(go, &QPushButton::clicked, this, [this] {
        core::PtzDesk *current = m_desk.data();
        if (!chosenToken().isEmpty() && current)
            current->gotoPreset(chosenToken());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, go, &QPushButton::click);
    connect(saveNew, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New preset"), tr("Name:"), QLineEdit::Normal, {}, &ok);
        if (ok && !name.trimmed().isEmpty() && controller())
            controller()->savePreset(name.trimmed());
    });
    connect(saveOver, &QPushButton::clicked, this, [this] {
        if (chosenToken().isEmpty() || !controller())
            return;
        if (QMessageBox::question(this, windowTitle(), tr("Save the current view over %1?").arg(chosenName()))
            == QMessageBox::Yes)
            controller()->savePreset(chosenName(), chosenToken());
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        if (chosenToken().isEmpty() || !controller())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename preset"), tr("Name:"), QLineEdit::Normal,
                                                   chosenName(), &ok);
        if (ok && !name.trimmed().isEmpty())
            controller()->renamePreset(chosenToken(), name.trimmed());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (chosenToken().isEmpty() || !controller())
            return;
        if (QMessageBox::question(this, windowTitle(), tr("Delete preset %1?").arg(chosenName())) == QMessageBox::Yes)
            controller()->removePreset(chosenToken());
    });
    resize(420, 320);
}

core::PtzController *PtzPresetsDialog::controller() const
{
    core::PtzDesk *desk = m_desk.data();
    return desk ? desk->controller() : nullptr;
}

QString PtzPresetsDialog::chosenToken() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString PtzPresetsDialog::chosenName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

void PtzPresetsDialog::showPresets(const QList<core::PtzPresetInfo> &presets)
{
    const QString keep = chosenToken();
    m_list->clear();
    for (const core::PtzPresetInfo &preset : presets) {
        auto *item = new QListWidgetItem(tr("%1  (%2)").arg(preset.name, preset.token), m_list);
        item->setData(Qt::UserRole, preset.token);
        item->setData(Qt::UserRole + 1, preset.name);
        if (preset.token == keep)
            m_list->setCurrentItem(item);
    }
}

} // namespace pontive::ui
