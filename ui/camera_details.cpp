#include "camera_details.h"

#include "domain/camera.h"
#include "status_icons.h"
#include "util/url_redaction.h"
#include "util/wib_time.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pontive::ui {

CameraDetails::CameraDetails(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_body(new QLabel(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("cameraTitle"));
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    showCamera(nullptr);
}

void CameraDetails::showCamera(const core::Camera *c)
{
    if (!c) {
        m_title->setText(tr("Pontive Center"));
        m_body->setText(tr("Choose a camera in the tree or on the wall to see its details."));
        return;
    }
    m_title->setText(c->name + QStringLiteral(" — ") + c->location);
    QString status = core::CameraTerms::name(c->status);
    if (c->status == core::CameraStatus::Offline)
        status += QStringLiteral(" (") + core::CameraTerms::name(c->cause) + QLatin1Char(')');
    QStringList tags;
    for (const QString &t : c->tags)
        tags << core::CameraTerms::tagName(t);
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:16px;color:#a0a4a8'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Status"), status);
    html += row(tr("Since"), core::formatWib(c->statusSince) + QStringLiteral(" WIB"));
    html += row(tr("Agency"), c->agency);
    html += row(tr("District"), c->district);
    html += row(tr("Kind"), core::CameraTerms::name(c->kind));
    html += row(tr("Network media"), core::CameraTerms::name(c->media));
    html += row(tr("Uses"), tags.join(QStringLiteral(", ")));
    html += row(tr("Main stream"), core::redactUrl(c->mainUrl));
    html += row(tr("Sub-stream"), core::redactUrl(c->subUrl));
    if (!c->onvifUrl.isEmpty())
        html += row(tr("ONVIF"), core::redactUrl(c->onvifUrl));
    html += row(tr("Enabled"), c->enabled ? tr("Yes") : tr("No"));
    html += row(tr("Notes"), c->notes);
    html += QStringLiteral("</table>");
    m_body->setText(html);
}

} // namespace pontive::ui
