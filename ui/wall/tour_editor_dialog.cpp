#include "tour_editor_dialog.h"

#include "camera_mime.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace pontive::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString cameraText(const core::Camera &c)
{
    return c.name + QStringLiteral(" · ") + c.location + QStringLiteral(" (") + c.agency + QLatin1Char(')');
}

} // namespace

TourEditorDialog::TourEditorDialog(const std::vector<core::Camera> &cameras, QWidget *parent)
    : QDialog(parent), m_cameras(cameras), m_name(new QLineEdit(this)), m_mode(new QComboBox(this)),
      m_dwell(new QSpinBox(this)), m_search(new QLineEdit(this)), m_choices(new QListWidget(this)),
      m_agency(new QComboBox(this)), m_chosen(new QListWidget(this))
{
    setWindowTitle(tr("Tour"));
    setObjectName(QStringLiteral("tourEditor"));
    m_name->setObjectName(QStringLiteral("tourName"));
    m_mode->addItem(tr("One tile: one camera after another"), int(core::Tour::Mode::Tile));
    m_mode->addItem(tr("Whole wall: a page of cameras at a time"), int(core::Tour::Mode::Layout));
    m_mode->setObjectName(QStringLiteral("tourMode"));
    m_dwell->setRange(int(core::Tour::kMinDwell.count()), 3600);
    m_dwell->setValue(10);
    m_dwell->setSuffix(tr(" s"));
    m_dwell->setObjectName(QStringLiteral("tourDwell"));
    m_search->setPlaceholderText(tr("Search camera or location…"));
    m_search->setClearButtonEnabled(true);
    m_choices->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_choices->setObjectName(QStringLiteral("tourChoices"));
    m_chosen->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_chosen->setObjectName(QStringLiteral("tourCameras"));
    m_chosen->setAcceptDrops(true);
    m_chosen->viewport()->installEventFilter(this);
    m_chosen->setToolTip(tr("Drag cameras, locations or agencies here from the camera tree"));

    QSet<QString> agencies;
    for (const core::Camera &c : m_cameras)
        agencies.insert(c.agency);
    QStringList codes = agencies.values();
    codes.sort();
    m_agency->addItem(tr("Add a whole agency…"), QString());
    for (const QString &code : codes)
        m_agency->addItem(code, code);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Shows:"), m_mode);
    form->addRow(tr("Each step:"), m_dwell);

    auto *add = new QPushButton(tr("Add →"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *up = new QPushButton(tr("Up"), this);
    auto *down = new QPushButton(tr("Down"), this);
    auto *lists = new QGridLayout;
    lists->addWidget(new QLabel(tr("Cameras"), this), 0, 0);
    lists->addWidget(new QLabel(tr("In the tour, in order"), this), 0, 2);
    lists->addWidget(m_search, 1, 0);
    lists->addWidget(m_agency, 1, 2);
    lists->addWidget(m_choices, 2, 0);
    auto *middle = new QVBoxLayout;
    middle->addStretch();
    middle->addWidget(add);
    middle->addWidget(remove);
    middle->addWidget(up);
    middle->addWidget(down);
    middle->addStretch();
    lists->addLayout(middle, 2, 1);
    lists->addWidget(m_chosen, 2, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(buttons);
    resize(820, 520);

    connect(buttons, &QDialogButtonBox::accepted, this, &TourEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TourEditorDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &TourEditorDialog::fillChoices);
    auto addSelected = [this] {
        QList<qint64> ids;
        for (const QListWidgetItem *item : m_choices->selectedItems())
            ids << item->data(kIdRole).toLongLong();
        addCameras(ids);
    };
    connect(add, &QPushButton::clicked, this, addSelected);
    connect(m_choices, &QListWidget::itemActivated, this, addSelected);
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_chosen->selectedItems()); });
    connect(up, &QPushButton::clicked, this, [this] { moveChosen(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveChosen(1); });
    connect(m_agency, &QComboBox::activated, this, [this](int index) {
        const QString code = m_agency->itemData(index).toString();
        QList<qint64> ids;
        for (const core::Camera &c : m_cameras) {
            if (!code.isEmpty() && c.agency == code)
                ids << c.id;
        }
        addCameras(ids);
        m_agency->setCurrentIndex(0);
    });
    fillChoices({});
}

void TourEditorDialog::fillChoices(const QString &search)
{
    m_choices->clear();
    const QStringList words = search.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const core::Camera &c : m_cameras) {
        const QString text = cameraText(c);
        const QString key = text.toLower();
        if (!std::all_of(words.cbegin(), words.cend(), [&key](const QString &w) { return key.contains(w); }))
            continue;
        auto *item = new QListWidgetItem(text, m_choices);
        item->setData(kIdRole, c.id);
    }
}

void TourEditorDialog::addCameras(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const auto it = std::find_if(m_cameras.cbegin(), m_cameras.cend(), [id](const core::Camera &c) { return c.id == id; });
        auto *item = new QListWidgetItem(it != m_cameras.cend() ? cameraText(*it) : tr("Camera %1").arg(id), m_chosen);
        item->setData(kIdRole, id);
    }
}

void TourEditorDialog::moveChosen(int by)
{
    const int row = m_chosen->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_chosen->count())
        return;
    QListWidgetItem *item = m_chosen->takeItem(row);
    m_chosen->insertItem(to, item);
    m_chosen->setCurrentRow(to);
}

void TourEditorDialog::setTour(const core::Tour &tour)
{
    m_name->setText(tour.name);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(tour.mode))));
    m_dwell->setValue(int(tour.dwell.count()));
    m_chosen->clear();
    addCameras(QList<qint64>(tour.cameras.cbegin(), tour.cameras.cend()));
}

core::Tour TourEditorDialog::tour() const
{
    core::Tour t;
    t.name = m_name->text().trimmed();
    t.mode = core::Tour::Mode(m_mode->currentData().toInt());
    t.dwell = std::chrono::seconds(m_dwell->value());
    for (int i = 0; i < m_chosen->count(); ++i)
        t.cameras.push_back(m_chosen->item(i)->data(kIdRole).toLongLong());
    return t;
}

void TourEditorDialog::accept()
{
    if (const QString why = tour().validate(); !why.isEmpty()) {
        QMessageBox::warning(this, tr("Tour"), tr("The tour cannot be saved: %1.").arg(why));
        return;
    }
    QDialog::accept();
}

bool TourEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Cameras dragged from the console's tree land at the end of the tour.
    if (watched == m_chosen->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (!cameraIdsFrom(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            if (const QList<qint64> ids = cameraIdsFrom(drop->mimeData()); !ids.isEmpty()) {
                addCameras(ids);
                drop->acceptProposedAction();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace pontive::ui
