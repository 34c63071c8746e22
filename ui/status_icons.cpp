#include "status_icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <array>

namespace pontive::ui {

QColor statusColor(core::CameraStatus status)
{
    switch (status) {
    case core::CameraStatus::Online: return QColor(0x3f, 0xb9, 0x50);
    case core::CameraStatus::Offline: return QColor(0xe5, 0x48, 0x4d);
    case core::CameraStatus::Unknown: break;
    }
    return QColor(0x9a, 0x9d, 0xa1);
}

QIcon partialIcon()
{
    static QIcon icon;
    if (!icon.isNull())
        return icon;
    for (int size : {16, 24, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xe0, 0x9b, 0x2d));
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        QFont f = p.font();
        f.setPixelSize(int(size * 0.75));
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QStringLiteral("!"));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QIcon statusIcon(core::CameraStatus status)
{
    static std::array<QIcon, 3> cache;
    QIcon &icon = cache[std::size_t(status)];
    if (!icon.isNull())
        return icon;
    for (int size : {16, 24, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(statusColor(status));
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        QPen pen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const qreal s = size;
        if (status == core::CameraStatus::Online) {
            QPainterPath tick;
            tick.moveTo(s * 0.28, s * 0.52);
            tick.lineTo(s * 0.44, s * 0.68);
            tick.lineTo(s * 0.73, s * 0.35);
            p.drawPath(tick);
        } else if (status == core::CameraStatus::Offline) {
            p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
            p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
        } else {
            QFont f = p.font();
            f.setPixelSize(int(s * 0.7));
            f.setBold(true);
            p.setFont(f);
            p.drawText(QRectF(0, 0, s, s), Qt::AlignCenter, QStringLiteral("?"));
        }
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace pontive::ui
