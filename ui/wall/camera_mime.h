#pragma once

#include <QList>

class QMimeData;

namespace pontive::ui {

// Drag and drop between the camera tree and the wall: a list of camera ids, or one tile
// being moved to another.
QMimeData *cameraIdsMime(const QList<qint64> &ids);
QList<qint64> cameraIdsFrom(const QMimeData *mime);
QMimeData *tileMime(int tile);
int tileFrom(const QMimeData *mime);  // -1 when the data is not a tile

} // namespace pontive::ui
