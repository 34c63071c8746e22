#pragma once

#include "clip.h"

#include "error.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace pontive::camsim {

// Encodes CCTV-like clips (SMPTE bars, ~6 % snow, a moving ball, the camera's name and
// a running clock) once into a cache folder and loads them into memory: serving then
// costs no encoding at all.
class ClipCache
{
public:
    explicit ClipCache(QString directory);

    // Encodes every clip the cache lacks, `workers` at a time (a first start of a big
    // store is dominated by this).
    Status prepare(const std::vector<ClipSpec> &specs, int workers);
    // The clip, encoded first if the cache does not hold it yet (slow: seconds).
    Result<std::shared_ptr<const Clip>> get(const ClipSpec &spec);

    static QString defaultDirectory();

private:
    QString fileFor(const ClipSpec &spec) const;
    Status encode(const ClipSpec &spec, const QString &target) const;
    Status encodeIfMissing(const ClipSpec &spec) const;
    Result<std::shared_ptr<const Clip>> load(const ClipSpec &spec, const QString &file) const;

    QString m_directory;
    QHash<QString, std::shared_ptr<const Clip>> m_loaded; // cameras sharing a clip share memory
};

} // namespace pontive::camsim
