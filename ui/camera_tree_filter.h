#pragma once

#include "domain/camera_enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace pontive::ui {

// Narrows the camera tree by text and by agency, kind, media, status and tag. Groups
// stay visible while any camera below them matches.
class CameraTreeFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CameraTreeFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    void setAgency(const QString &agency);
    void setStatus(std::optional<core::CameraStatus> status);
    void setKind(std::optional<core::CameraKind> kind);
    void setMedia(std::optional<core::MediaType> media);
    void setTag(const QString &tag);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_agency;
    QString m_tag;
    std::optional<core::CameraStatus> m_status;
    std::optional<core::CameraKind> m_kind;
    std::optional<core::MediaType> m_media;
};

} // namespace pontive::ui
