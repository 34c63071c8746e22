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

namespace {

QComboBox *choice(QWidget *parent, const QString &any, const QList<std::pair<QString, QVariant>> &items)
{
    auto *box = new QComboBox(parent);
    box->addItem(any, QVariant());
    for (const auto &[text, value] : items)
        box->addItem(text, value);
    return box;
}

} // namespace

CameraTreePanel::CameraTreePanel(CameraTreeModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new CameraTreeFilter(this))
{
    using namespace core;
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search camera, location, district…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("cameraSearch"));

    m_agency = choice(this, tr("All agencies"), {});
    m_status = choice(this, tr("Any status"),
                      {{CameraTerms::name(CameraStatus::Online), int(CameraStatus::Online)},
                       {CameraTerms::name(CameraStatus::Offline), int(CameraStatus::Offline)},
                       {CameraTerms::name(CameraStatus::Unknown), int(CameraStatus::Unknown)}});
    m_kind = choice(this, tr("Any kind"),
                    {{CameraTerms::name(CameraKind::Ptz), int(CameraKind::Ptz)},
                     {CameraTerms::name(CameraKind::Fixed), int(CameraKind::Fixed)}});
    m_media = choice(this, tr("Any media"),
                     {{CameraTerms::name(MediaType::Fiber), int(MediaType::Fiber)},
                      {CameraTerms::name(MediaType::Wireless), int(MediaType::Wireless)}});
    QList<std::pair<QString, QVariant>> tags;
    for (const QString &tag : knownCameraTags())
        tags.append({CameraTerms::tagName(tag), tag});
    m_tag = choice(this, tr("Any use"), tags);

    m_view = new QTreeView(this);
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setObjectName(QStringLiteral("cameraTree"));

    auto *filters = new QGridLayout;
    filters->addWidget(m_agency, 0, 0);
    filters->addWidget(m_status, 0, 1);
    filters->addWidget(m_kind, 1, 0);
    filters->addWidget(m_media, 1, 1);
    filters->addWidget(m_tag, 2, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &CameraTreeFilter::setText);
    for (QComboBox *box : {m_agency, m_status, m_kind, m_media, m_tag})
        connect(box, &QComboBox::currentIndexChanged, this, &CameraTreePanel::applyFilters);
    // The filtered tree is rebuilt on each change: open it all while narrowed, else the
    // agencies as at start.
    connect(m_search, &QLineEdit::textChanged, this, [this] {
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
    const QString current = m_agency->currentData().toString();
    m_agency->blockSignals(true);
    while (m_agency->count() > 1)
        m_agency->removeItem(1);
    for (const QString &code : codes)
        m_agency->addItem(code, code);
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(current)));
    m_agency->blockSignals(false);
}

void CameraTreePanel::applyFilters()
{
    using namespace core;
    auto optionalOf = [](QComboBox *box) -> std::optional<int> {
        const QVariant v = box->currentData();
        return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
    };
    m_filter->setAgency(m_agency->currentData().toString());
    const auto status = optionalOf(m_status);
    m_filter->setStatus(status ? std::optional(CameraStatus(*status)) : std::nullopt);
    const auto kind = optionalOf(m_kind);
    m_filter->setKind(kind ? std::optional(CameraKind(*kind)) : std::nullopt);
    const auto media = optionalOf(m_media);
    m_filter->setMedia(media ? std::optional(MediaType(*media)) : std::nullopt);
    m_filter->setTag(m_tag->currentData().toString());
    m_filter->filtering() ? m_view->expandAll() : m_view->expandToDepth(0);
}

} // namespace pontive::ui
