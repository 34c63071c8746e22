#pragma once

#include "domain/camera_enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace pontive::ui {

// Narrows the health table like the camera tree's filters: words, agency, status, kind
// and media. Sorts by the column's text, uptime and figures by number.
class HealthTableFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit HealthTableFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    void setAgency(const QString &agency);
    void setStatus(std::optional<core::CameraStatus> status);
    void setKind(std::optional<core::CameraKind> kind);
    void setMedia(std::optional<core::MediaType> media);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    QString m_agency;
    std::optional<core::CameraStatus> m_status;
    std::optional<core::CameraKind> m_kind;
    std::optional<core::MediaType> m_media;
};

} // namespace pontive::ui
