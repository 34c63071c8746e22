#pragma once

#include "domain/camera_enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

class QComboBox;
class QLineEdit;
class QWidget;

namespace pontive::ui {

// The search box and the agency, status, kind and media choices that the camera tree and
// the health view filter by: one set of words and values for both. The widgets belong to
// `parent`; the owner lays them out and connects `changed` to its own filter.
class CameraFilterBoxes
{
    Q_DECLARE_TR_FUNCTIONS(pontive::ui::CameraFilterBoxes)
public:
    CameraFilterBoxes(QWidget *parent, const QString &searchHint);

    QLineEdit *search() const { return m_search; }
    QComboBox *agency() const { return m_agency; }
    QComboBox *status() const { return m_status; }
    QComboBox *kind() const { return m_kind; }
    QComboBox *media() const { return m_media; }
    QList<QComboBox *> choices() const { return {m_agency, m_status, m_kind, m_media}; }

    QString agencyChoice() const;
    std::optional<core::CameraStatus> statusChoice() const;
    std::optional<core::CameraKind> kindChoice() const;
    std::optional<core::MediaType> mediaChoice() const;

    // Refills the agency choice after the inventory changed, keeping the current one.
    void setAgencies(const QStringList &codes);

    // A combo box with "any" first (no value) and then the given items.
    static QComboBox *choice(QWidget *parent, const QString &any, const QList<std::pair<QString, QVariant>> &items);

private:
    QLineEdit *m_search;
    QComboBox *m_agency;
    QComboBox *m_status;
    QComboBox *m_kind;
    QComboBox *m_media;
};

} // namespace pontive::ui
