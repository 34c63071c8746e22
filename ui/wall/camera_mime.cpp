#include "camera_mime.h"

#include <QAbstractItemModel>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSet>

#include <functional>

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

QMimeData *cameraRowsMime(const QAbstractItemModel &model, const QList<QModelIndex> &rows, int idRole)
{
    QList<qint64> ids;
    QSet<qint64> seen;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &index) {
        if (const qint64 id = index.data(idRole).toLongLong(); id != 0 && !seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
        for (int r = 0; r < model.rowCount(index); ++r)
            collect(model.index(r, 0, index));
    };
    for (const QModelIndex &index : rows)
        collect(index);
    return cameraIdsMime(ids);
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
