#include "camera_mime.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace pontive::ui {

namespace {
const QString kCameraIds = QStringLiteral("application/x-pontive-camera-ids");
const QString kTile = QStringLiteral("application/x-pontive-tile");
} // namespace

QMimeData *cameraIdsMime(const QList<qint64> &ids)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *mime = new QMimeData;
    mime->setData(kCameraIds, bytes);
    return mime;
}

QList<qint64> cameraIdsFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(kCameraIds))
        return {};
    QList<qint64> ids;
    QDataStream in(mime->data(kCameraIds));
    in >> ids;
    return ids;
}

QMimeData *tileMime(int tile)
{
    auto *mime = new QMimeData;
    mime->setData(kTile, QByteArray::number(tile));
    return mime;
}

int tileFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(kTile))
        return -1;
    bool ok = false;
    const int tile = mime->data(kTile).toInt(&ok);
    return ok ? tile : -1;
}

} // namespace pontive::ui
