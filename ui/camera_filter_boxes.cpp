#include "camera_filter_boxes.h"

#include <QComboBox>
#include <QLineEdit>

#include <algorithm>

namespace pontive::ui {

namespace {

template <class E>
std::optional<E> optionalOf(const QComboBox *box)
{
    const QVariant v = box->currentData();
    return v.isValid() ? std::optional<E>(E(v.toInt())) : std::nullopt;
}

} // namespace

CameraFilterBoxes::CameraFilterBoxes(QWidget *parent, const QString &searchHint)
    : m_search(new QLineEdit(parent))
{
    using namespace core;
    m_search->setPlaceholderText(searchHint);
    m_search->setClearButtonEnabled(true);
    m_agency = choice(parent, tr("All agencies"), {});
    m_status = choice(parent, tr("Any status"),
                      {{CameraTerms::name(CameraStatus::Online), int(CameraStatus::Online)},
                       {CameraTerms::name(CameraStatus::Offline), int(CameraStatus::Offline)},
                       {CameraTerms::name(CameraStatus::Unknown), int(CameraStatus::Unknown)}});
    m_kind = choice(parent, tr("Any kind"),
                    {{CameraTerms::name(CameraKind::Ptz), int(CameraKind::Ptz)},
                     {CameraTerms::name(CameraKind::Fixed), int(CameraKind::Fixed)}});
    m_media = choice(parent, tr("Any media"),
                     {{CameraTerms::name(MediaType::Fiber), int(MediaType::Fiber)},
                      {CameraTerms::name(MediaType::Wireless), int(MediaType::Wireless)}});
}

QString CameraFilterBoxes::agencyChoice() const
{
    return m_agency->currentData().toString();
}

std::optional<core::CameraStatus> CameraFilterBoxes::statusChoice() const
{
    return optionalOf<core::CameraStatus>(m_status);
}

std::optional<core::CameraKind> CameraFilterBoxes::kindChoice() const
{
    return optionalOf<core::CameraKind>(m_kind);
}

std::optional<core::MediaType> CameraFilterBoxes::mediaChoice() const
{
    return optionalOf<core::MediaType>(m_media);
}

void CameraFilterBoxes::setAgencies(const QStringList &codes)
{
    const QString current = agencyChoice();
    m_agency->blockSignals(true);
    while (m_agency->count() > 1)
        m_agency->removeItem(1);
    for (const QString &code : codes)
        m_agency->addItem(code, code);
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(current)));
    m_agency->blockSignals(false);
}

QComboBox *CameraFilterBoxes::choice(QWidget *parent, const QString &any,
                                     const QList<std::pair<QString, QVariant>> &items)
{
    auto *box = new QComboBox(parent);
    box->addItem(any, QVariant());
    for (const auto &[text, value] : items)
        box->addItem(text, value);
    return box;
}

} // namespace pontive::ui
