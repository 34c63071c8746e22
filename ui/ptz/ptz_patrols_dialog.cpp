#include "ptz_patrols_dialog.h"

#include "ptz/ptz_desk.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <utility>

namespace pontive::ui {

namespace {

constexpr int kMaxDwellSeconds = 3600;
constexpr int kDefaultDwellSeconds = 10;

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);  // Enter in a dwell box must not open or start anything
    return b;
}

// The camera's preset after `token` (the first one when `token` is not there), so a
// round is quick to build.
QString presetAfter(const QList<core::PtzPresetInfo> &presets, const QString &token)
{
    if (presets.isEmpty())
        return {};
    const auto at = std::find_if(presets.cbegin(), presets.cend(), [&](const auto &p) { return p.token == token; });
    const qsizetype index = at == presets.cend() ? 0 : (std::distance(presets.cbegin(), at) + 1) % presets.size();
    return presets[index].token;
}

} // namespace

PtzPatrolsDialog::PtzPatrolsDialog(core::PtzDesk *desk, QWidget *parent) : QDialog(parent), m_desk(desk)
{
    setWindowTitle(tr("PTZ patrols"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("patrolList"));
    auto *add = button(tr("New..."), "newPatrol", this);
    m_rename = button(tr("Rename..."), "renamePatrol", this);
    m_remove = button(tr("Delete"), "deletePatrol", this);
    auto *patrolButtons = new QHBoxLayout;
    for (QPushButton *b : {add, m_rename, m_remove})
        patrolButtons->addWidget(b);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Patrols of this camera"), this));
    left->addWidget(m_list, 1);
    left->addLayout(patrolButtons);

    m_steps = new QTableWidget(0, 2, this);
    m_steps->setObjectName(QStringLiteral("patrolSteps"));
    m_steps->setHorizontalHeaderLabels({tr("Preset"), tr("Dwell")});
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add = button(tr("Add preset"), "addStep", this);
    m_up = button(tr("Up"), "stepUp", this);
    m_down = button(tr("Down"), "stepDown", this);
    m_drop = button(tr("Remove"), "removeStep", this);
    m_save = button(tr("Save"), "savePatrol", this);
    auto *stepButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_up, m_down, m_drop})
        stepButtons->addWidget(b);
    stepButtons->addStretch();
    stepButtons->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Presets in order, with the time spent at each (at least %n seconds)", nullptr,
                                   int(core::kMinPatrolDwell.count())),
                                this));
    right->addWidget(m_steps, 1);
    right->addLayout(stepButtons);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("patrolState"));
    m_state->setWordWrap(true);
    m_start = button(tr("Start"), "startPatrol", this);
    m_stop = button(tr("Stop"), "stopPatrol", this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_state, 1);
    bottom->addWidget(m_start);
    bottom->addWidget(m_stop);
    bottom->addWidget(close);

    auto *grid = new QGridLayout(this);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->addLayout(bottom, 1, 0, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, &PtzPatrolsDialog::choose);
    connect(m_steps, &QTableWidget::currentCellChanged, this, &PtzPatrolsDialog::updateState);
    connect(add, &QPushButton::clicked, this, &PtzPatrolsDialog::addPatrol);
    connect(m_rename, &QPushButton::clicked, this, &PtzPatrolsDialog::renamePatrol);
    connect(m_remove, &QPushButton::clicked, this, &PtzPatrolsDialog::removePatrol);
    connect(m_add, &QPushButton::clicked, this, [this] {
        editSteps([this](QList<core::PtzPatrolStep> &steps, int &row) {
            const int at = row < 0 ? int(steps.size()) : row + 1;
            const QString above = at > 0 ? steps[at - 1].presetToken : QString();
            steps.insert(at, {presetAfter(m_presets, above), std::chrono::seconds(kDefaultDwellSeconds)});
            row = at;
        });
    });
    connect(m_up, &QPushButton::clicked, this, [this] {
        editSteps([](QList<core::PtzPatrolStep> &steps, int &row) {
            if (row > 0) {
                steps.swapItemsAt(row, row - 1);
                --row;
            }
        });
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        editSteps([](QList<core::PtzPatrolStep> &steps, int &row) {
            if (row >= 0 && row + 1 < steps.size()) {
                steps.swapItemsAt(row, row + 1);
                ++row;
            }
        });
    });
    connect(m_drop, &QPushButton::clicked, this, [this] {
        editSteps([](QList<core::PtzPatrolStep> &steps, int &row) {
            if (row >= 0 && row < steps.size()) {
                steps.removeAt(row);
                row = std::min(row, int(steps.size()) - 1);
            }
        });
    });
    connect(m_save, &QPushButton::clicked, this, &PtzPatrolsDialog::save);
    connect(m_start, &QPushButton::clicked, this, &PtzPatrolsDialog::start);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (core::PtzDesk *d = m_desk.data())
            d->stopPatrol();
    });

    if (desk) {
        connect(desk, &core::PtzDesk::patrolsChanged, this,
                [this, desk](qint64 cameraId, const QList<core::PtzPatrol> &patrols) {
                    if (desk->selectedCamera() == cameraId)
                        showPatrols(patrols);
                });
        connect(desk, &core::PtzDesk::patrolFailed, this,
                [this](const QString &message) { QMessageBox::warning(this, windowTitle(), message); });
        connect(desk, &core::PtzDesk::patrolStateChanged, this, &PtzPatrolsDialog::updateState);
        connect(desk, &core::PtzDesk::controlChanged, this, &PtzPatrolsDialog::updateState);
        if (core::PtzController *c = desk->controller()) {
            connect(c, &core::PtzController::presetsChanged, this, &PtzPatrolsDialog::showPresets);
            c->refreshPresets();
        }
        desk->refreshPatrols();
    }
    choose(-1);
    resize(760, 420);
}

QString PtzPatrolsDialog::runningText(const core::PtzDesk &desk)
{
    if (!desk.patrolRunning())
        return {};
    const core::PtzPatrol &patrol = desk.runningPatrol();
    return tr("Patrol %1 runs from %2 (%3), preset %4 of %5")
        .arg(patrol.name, desk.actor().station, desk.actor().user)
        .arg(desk.patrolStep() + 1)
        .arg(patrol.steps.size());
}

void PtzPatrolsDialog::showPatrols(const QList<core::PtzPatrol> &patrols)
{
    // A patrol not saved yet stays in the list.
    const QString keep = !m_pending.isEmpty() ? std::exchange(m_pending, {})
                         : m_current >= 0    ? m_patrols[m_current].name
                                             : QString();
    QList<core::PtzPatrol> unsaved;
    for (const core::PtzPatrol &p : std::as_const(m_patrols))
        if (p.id == 0 && std::none_of(patrols.cbegin(), patrols.cend(), [&](const auto &s) { return s.name == p.name; }))
            unsaved.append(p);
    const QList<core::PtzPatrolStep> editing = m_edited && m_current >= 0 ? editedSteps() : QList<core::PtzPatrolStep>();
    const bool wasEdited = m_edited;
    m_patrols = patrols + unsaved;
    m_current = -1;
    QSignalBlocker block(m_list);
    m_list->clear();
    int chosen = -1;
    for (int i = 0; i < m_patrols.size(); ++i) {
        const core::PtzPatrol &p = m_patrols[i];
        m_list->addItem(p.id == 0 ? tr("%1 (not saved)").arg(p.name) : p.name);
        if (p.name == keep)
            chosen = i;
    }
    m_list->setCurrentRow(chosen);
    choose(chosen);
    if (wasEdited && chosen >= 0 && m_patrols[chosen].id == 0) {
        m_patrols[chosen].steps = editing;  // keep the operator's rows
        fillSteps();
        setEdited(true);
    }
}

void PtzPatrolsDialog::showPresets(const QList<core::PtzPresetInfo> &presets)
{
    const QList<core::PtzPatrolStep> steps = m_current >= 0 ? editedSteps() : QList<core::PtzPatrolStep>();
    m_presets = presets;
    if (m_current >= 0) {
        const bool edited = m_edited;
        m_patrols[m_current].steps = steps;
        fillSteps();
        setEdited(edited);
    }
}

void PtzPatrolsDialog::choose(int row)
{
    m_current = row >= 0 && row < m_patrols.size() ? row : -1;
    fillSteps();
    setEdited(m_current >= 0 && m_patrols[m_current].id == 0);
}

void PtzPatrolsDialog::fillSteps()
{
    const QList<core::PtzPatrolStep> steps = m_current >= 0 ? m_patrols[m_current].steps : QList<core::PtzPatrolStep>();
    m_steps->setRowCount(0);
    m_steps->setRowCount(int(steps.size()));
    for (int row = 0; row < steps.size(); ++row) {
        auto *preset = new QComboBox(m_steps);
        for (const core::PtzPresetInfo &p : std::as_const(m_presets))
            preset->addItem(p.name.isEmpty() ? p.token : p.name, p.token);
        if (preset->findData(steps[row].presetToken) < 0)
            preset->addItem(tr("%1 (not on the camera)").arg(steps[row].presetToken), steps[row].presetToken);
        preset->setCurrentIndex(preset->findData(steps[row].presetToken));
        auto *dwell = new QSpinBox(m_steps);
        dwell->setRange(int(core::kMinPatrolDwell.count()), kMaxDwellSeconds);
        dwell->setSuffix(tr(" s"));
        dwell->setValue(int(std::chrono::duration_cast<std::chrono::seconds>(steps[row].dwell).count()));
        m_steps->setCellWidget(row, 0, preset);
        m_steps->setCellWidget(row, 1, dwell);
        connect(preset, &QComboBox::currentIndexChanged, this, [this] { setEdited(true); });
        connect(dwell, &QSpinBox::valueChanged, this, [this] { setEdited(true); });
    }
    updateState();
}

QList<core::PtzPatrolStep> PtzPatrolsDialog::editedSteps() const
{
    QList<core::PtzPatrolStep> steps;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const auto *preset = qobject_cast<QComboBox *>(m_steps->cellWidget(row, 0));
        const auto *dwell = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, 1));
        if (preset && dwell)
            steps.append({preset->currentData().toString(), std::chrono::seconds(dwell->value())});
    }
    return steps;
}

void PtzPatrolsDialog::editSteps(const std::function<void(QList<core::PtzPatrolStep> &, int &)> &change)
{
    if (m_current < 0)
        return;
    QList<core::PtzPatrolStep> steps = editedSteps();
    int row = m_steps->currentRow();
    change(steps, row);
    m_patrols[m_current].steps = steps;
    fillSteps();
    if (row >= 0)
        m_steps->selectRow(row);
    setEdited(true);
}

core::PtzPatrol PtzPatrolsDialog::edited() const
{
    core::PtzPatrol patrol = m_patrols[m_current];
    patrol.steps = editedSteps();
    return patrol;
}

void PtzPatrolsDialog::addPatrol()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New patrol"), tr("Name:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    for (int i = 0; i < m_patrols.size(); ++i)
        if (m_patrols[i].name == name) {
            m_list->setCurrentRow(i);
            return;
        }
    core::PtzPatrol patrol;
    patrol.cameraId = m_desk ? m_desk->selectedCamera().value_or(0) : 0;
    patrol.name = name;
    m_patrols.append(patrol);
    m_list->addItem(tr("%1 (not saved)").arg(name));
    m_list->setCurrentRow(int(m_patrols.size()) - 1);
}

void PtzPatrolsDialog::renamePatrol()
{
    if (m_current < 0)
        return;
    core::PtzPatrol &patrol = m_patrols[m_current];
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename patrol"), tr("Name:"), QLineEdit::Normal, patrol.name, &ok).trimmed();
    if (!ok || name.isEmpty() || name == patrol.name)
        return;
    if (patrol.id == 0) {
        patrol.name = name;
        m_list->item(m_current)->setText(tr("%1 (not saved)").arg(name));
    } else if (core::PtzDesk *desk = m_desk.data()) {
        m_pending = name;
        desk->renamePatrol(patrol.id, name);
    }
}

void PtzPatrolsDialog::removePatrol()
{
    if (m_current < 0)
        return;
    const core::PtzPatrol patrol = m_patrols[m_current];
    if (QMessageBox::question(this, windowTitle(), tr("Delete patrol %1?").arg(patrol.name)) != QMessageBox::Yes)
        return;
    if (patrol.id != 0) {
        if (core::PtzDesk *desk = m_desk.data())
            desk->removePatrol(patrol.id);
        return;
    }
    m_patrols.removeAt(m_current);
    delete m_list->takeItem(m_current);
}

void PtzPatrolsDialog::save()
{
    core::PtzDesk *desk = m_desk.data();
    if (m_current < 0 || !desk)
        return;
    const core::PtzPatrol patrol = edited();
    if (patrol.steps.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Add at least one preset to the patrol."));
        return;
    }
    m_pending = patrol.name;
    m_patrols[m_current].steps = patrol.steps;
    setEdited(false);
    desk->savePatrol(patrol);
}

void PtzPatrolsDialog::start()
{
    core::PtzDesk *desk = m_desk.data();
    if (m_current < 0 || !desk)
        return;
    if (m_edited)
        save();
    if (m_edited)
        return;  // not saved: nothing to run
    if (!desk->runPatrol(edited()))
        QMessageBox::warning(this, windowTitle(), tr("The patrol cannot run: this station does not control the camera."));
}

void PtzPatrolsDialog::setEdited(bool edited)
{
    m_edited = edited;
    updateState();
}

void PtzPatrolsDialog::updateState()
{
    core::PtzDesk *desk = m_desk.data();
    const bool chosen = m_current >= 0;
    const int row = m_steps->currentRow();
    m_rename->setEnabled(chosen);
    m_remove->setEnabled(chosen);
    m_add->setEnabled(chosen);
    m_up->setEnabled(chosen && row > 0);
    m_down->setEnabled(chosen && row >= 0 && row + 1 < m_steps->rowCount());
    m_drop->setEnabled(chosen && row >= 0);
    m_save->setEnabled(chosen && m_edited);
    const bool running = desk && desk->patrolRunning();
    m_start->setEnabled(chosen && desk && desk->controller() && m_steps->rowCount() > 0);
    m_stop->setEnabled(running);
    if (!desk)
        m_state->clear();
    else if (running)
        m_state->setText(runningText(*desk));
    else if (!desk->controller())
        m_state->setText(tr("This station does not control the camera."));
    else
        m_state->setText(tr("No patrol runs on this camera."));
}

} // namespace pontive::ui
