#include "alarm_banner.h"

#include "status_icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pontive::ui {

AlarmBanner::AlarmBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_ack(new QPushButton(tr("Acknowledge"), this))
{
    setObjectName(QStringLiteral("alarmBanner"));
    setFrameShape(QFrame::StyledPanel);
    // Dark red with white text and the offline icon: readable without colour vision.
    setStyleSheet(QStringLiteral("#alarmBanner { background: #7f1d1d; border: 1px solid #e53935; }"
                                 "#alarmBanner QLabel { color: white; font-weight: bold; }"));
    m_icon->setPixmap(statusIcon(core::CameraStatus::Offline).pixmap(20, 20));
    m_text->setWordWrap(true);
    m_ack->setObjectName(QStringLiteral("alarmAcknowledge"));
    m_ack->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_ack);
    connect(m_ack, &QPushButton::clicked, this, &AlarmBanner::acknowledgeClicked);
    hide();
}

void AlarmBanner::showAlarm(const QString &text)
{
    m_text->setText(text);
    show();
}

QString AlarmBanner::text() const
{
    return m_text->text();
}

} // namespace pontive::ui
