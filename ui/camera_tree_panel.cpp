#include "camera_tree_panel.h"

#include "camera_tree_filter.h"
#include "camera_tree_model.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace pontive::ui {

CameraTreePanel::CameraTreePanel(CameraTreeModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new CameraTreeFilter(this)),
      m_boxes(this, tr("Search camera, location, district…"))
{
    using namespace core;
    m_filter->setSourceModel(m_model);

    m_search = m_boxes.search();
    m_search->setObjectName(QStringLiteral("cameraSearch"));
    QList<std::pair<QString, QVariant>> tags;
    for (const QString &tag : knownCameraTags())
        tags.append({CameraTerms::tagName(tag), tag});
    m_tag = CameraFilterBoxes::choice(this, tr("Any use"), tags);

    m_view = new QTreeView(this);
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setObjectName(QStringLiteral("cameraTree"));

    auto *filters = new QGridLayout;
    filters->addWidget(m_boxes.agency(), 0, 0);
    filters->addWidget(m_boxes.status(), 0, 1);
    filters->addWidget(m_boxes.kind(), 1, 0);
    filters->addWidget(m_boxes.media(), 1, 1);
    filters->addWidget(m_tag, 2, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &CameraTreeFilter::setText);
    QList<QComboBox *> boxes = m_boxes.choices();
    boxes << m_tag;
    for (QComboBox *box : std::as_const(boxes))
        connect(box, &QComboBox::currentIndexChanged, this, &CameraTreePanel::applyFilters);
    // The filtered tree is rebuilt on each change (and on a new camera list): open it all
    // while narrowed, else the agencies as at start. New statuses alone keep the rows.
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        m_filter->filtering() ? m_view->expandAll() : m_view->expandToDepth(0);
    });
    auto idAt = [this](const QModelIndex &index) {
        return index.data(CameraTreeModel::CameraIdRole).toLongLong();
    };
    connect(m_view, &QTreeView::activated, this, [this, idAt](const QModelIndex &index) {
        if (const qint64 id = idAt(index))
            emit cameraActivated(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, idAt](const QModelIndex &index) { emit cameraSelected(idAt(index)); });
}

void CameraTreePanel::setAgencies(const QStringList &codes)
{
    m_boxes.setAgencies(codes);
}

void CameraTreePanel::applyFilters()
{
    m_filter->setChoices(m_boxes.agencyChoice(), m_boxes.statusChoice(), m_boxes.kindChoice(), m_boxes.mediaChoice(),
                         m_tag->currentData().toString());
}

} // namespace pontive::ui
