#include "health_view.h"

#include "cause_dialog.h"
#include "health/health_data_service.h"
#include "health_table_filter.h"
#include "health_table_model.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pontive::ui {

HealthView::HealthView(QWidget *parent)
    : QWidget(parent), m_model(new HealthTableModel(this)), m_filter(new HealthTableFilter(this)),
      m_offlineFilter(new HealthTableFilter(this)), m_boxes(this, tr("Search camera, location, agency…")),
      m_tabs(new QTabWidget(this)), m_summary(new QLabel(this))
{
    using namespace core;
    setObjectName(QStringLiteral("healthView"));
    m_filter->setSourceModel(m_model);
    m_offlineFilter->setSourceModel(m_model);
    m_offlineFilter->setStatus(CameraStatus::Offline);

    m_search = m_boxes.search();
    m_search->setObjectName(QStringLiteral("healthSearch"));
    m_boxes.status()->setObjectName(QStringLiteral("healthStatusFilter"));
    m_boxes.agency()->setObjectName(QStringLiteral("healthAgencyFilter"));

    m_all = makeTable(m_filter, QStringLiteral("healthTable"));
    m_offline = makeTable(m_offlineFilter, QStringLiteral("offlineTable"));
    for (int c : {int(HealthTableModel::State), int(HealthTableModel::Uptime), int(HealthTableModel::Fps),
                  int(HealthTableModel::Bitrate)})
        m_offline->setColumnHidden(c, true);
    m_tabs->addTab(m_all, tr("All cameras"));
    m_tabs->addTab(m_offline, tr("Offline"));
    m_tabs->setObjectName(QStringLiteral("healthTabs"));

    m_cause = new QPushButton(tr("Record cause…"), this);
    m_cause->setObjectName(QStringLiteral("recordCauseButton"));
    m_cause->setToolTip(tr("Confirm or correct why the selected camera is offline, with a note"));
    auto *reload = new QPushButton(tr("Refresh"), this);
    m_summary->setObjectName(QStringLiteral("healthSummary"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    for (QComboBox *box : m_boxes.choices())
        filters->addWidget(box, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(reload);
    buttons->addWidget(m_cause);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &HealthView::applyFilters);
    for (QComboBox *box : m_boxes.choices())
        connect(box, &QComboBox::currentIndexChanged, this, &HealthView::applyFilters);
    connect(reload, &QPushButton::clicked, this, &HealthView::refresh);
    connect(m_cause, &QPushButton::clicked, this, [this] { editCause(selectedCamera()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &HealthView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        int offline = 0;
        for (const auto &h : m_model->rows())
            offline += h.camera.status == CameraStatus::Offline ? 1 : 0;
        m_summary->setText(tr("%1 cameras, %2 offline").arg(m_model->rows().size()).arg(offline));
        m_tabs->setTabText(1, tr("Offline (%1)").arg(offline));
        updateButtons();
    });
    updateButtons();
}

QTableView *HealthView::makeTable(HealthTableFilter *filter, const QString &name)
{
    auto *table = new QTableView(this);
    table->setObjectName(name);
    table->setModel(filter);
    table->setSortingEnabled(true);
    table->sortByColumn(HealthTableModel::State, Qt::DescendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HealthView::updateButtons);
    connect(table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit cameraActivated(index.data(HealthTableModel::CameraIdRole).toLongLong());
    });
    return table;
}

void HealthView::setService(core::HealthDataService *service)
{
    m_service = service;
    if (!m_service)
        return;
    connect(m_service, &core::HealthDataService::currentLoaded, this,
            [this](const std::vector<core::CameraHealth> &rows, const QHash<qint64, double> &uptime) {
                m_model->setRows(rows, uptime);
                m_all->resizeColumnsToContents();
                m_offline->resizeColumnsToContents();
            });
    connect(m_service, &core::HealthDataService::causeConfirmed, this, &HealthView::refresh);
    connect(m_service, &core::HealthDataService::failed, this, [this](const pontive::Error &e) {
        m_summary->setText(tr("Health: %1").arg(e.message));
    });
    refresh();
}

void HealthView::refresh()
{
    if (m_service)
        m_service->refresh();
}

void HealthView::setAgencies(const QStringList &codes)
{
    m_boxes.setAgencies(codes);
}

void HealthView::setLive(const QHash<qint64, core::LiveStreamBoard::Entry> &live)
{
    m_model->setLive(live);
}

qint64 HealthView::selectedCamera() const
{
    auto *table = qobject_cast<QTableView *>(m_tabs->currentWidget());
    if (!table || !table->selectionModel())
        return 0;
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(HealthTableModel::CameraIdRole).toLongLong();
}

void HealthView::editCause(qint64 cameraId)
{
    const core::CameraHealth *h = m_model->row(cameraId);
    if (!h || !m_service)
        return;
    CauseDialog dialog(h->camera.name + QStringLiteral(" — ") + h->camera.location, h->camera.cause, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_service->confirmCause(cameraId, dialog.cause(), dialog.note());
}

void HealthView::applyFilters()
{
    for (HealthTableFilter *f : {m_filter, m_offlineFilter}) {
        f->setText(m_search->text());
        f->setAgency(m_boxes.agencyChoice());
        f->setKind(m_boxes.kindChoice());
        f->setMedia(m_boxes.mediaChoice());
    }
    m_filter->setStatus(m_boxes.statusChoice());
}

void HealthView::updateButtons()
{
    const core::CameraHealth *h = m_model->row(selectedCamera());
    m_cause->setEnabled(h && m_service);
}

} // namespace pontive::ui
