#pragma once

#include <QList>

class QAbstractItemModel;
class QMimeData;
class QModelIndex;

namespace pontive::ui {

// Drag and drop between the camera tree and the wall: a list of camera ids, or one tile
// being moved to another.
QMimeData *cameraIdsMime(const QList<qint64> &ids);
// The drag data for tree rows: every camera at or below them in `model` (a group
// brings the cameras the tree shows under it), each once, in tree order. `idRole`
// holds a camera row's id (0 on groups).
QMimeData *cameraRowsMime(const QAbstractItemModel &model, const QList<QModelIndex> &rows, int idRole);
QList<qint64> cameraIdsFrom(const QMimeData *mime);
QMimeData *tileMime(int tile);
int tileFrom(const QMimeData *mime);  // -1 when the data is not a tile

} // namespace pontive::ui
