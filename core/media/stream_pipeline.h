#pragma once

// Private to core/media: one GstPipeline for one camera,
//   rtspsrc ! depayloader ! parser ! decoder (by the RTP encoding) ! pontivetilescale !
//   caps(size) ! appsink(BGRx)
// and the translation of its bus messages (handed to the session through
// PipelineShared::postEvent).

#include "error.h"
#include "gst_handle.h"
#include "pipeline_event.h"
#include "pipeline_shared.h"
#include "stream_options.h"

#include <QSize>

#include <memory>

namespace pontive::core::gst {

class DecoderChoice;

class StreamPipeline
{
public:
    static Result<std::unique_ptr<StreamPipeline>> create(const StreamOptions &options,
                                                          std::shared_ptr<PipelineShared> shared,
                                                          std::shared_ptr<DecoderChoice> decoders);
    ~StreamPipeline();
    StreamPipeline(const StreamPipeline &) = delete;
    StreamPipeline &operator=(const StreamPipeline &) = delete;

    // Asynchronous: rtspsrc connects on its own thread. Building and starting may run on
    // any thread (PipelineBuilder); the rest belongs to the session's thread.
    Status start();
    void setTargetSize(QSize size);
    QSize targetSize() const { return m_targetSize; }

    // Detaches every callback, flushes the bus and hands the pipeline over for
    // set_state(NULL) elsewhere.
    ElementHandle release();

private:
    StreamPipeline() = default;
    Status build(const StreamOptions &options, std::shared_ptr<DecoderChoice> decoders);
    static CapsHandle sizeCaps(QSize size);

    QString m_redactedUrl;
    std::shared_ptr<PipelineShared> m_shared;
    ElementHandle m_pipeline;
    ElementHandle m_sizeFilter;
    QSize m_targetSize;
    BusHandle m_bus;
};

} // namespace pontive::core::gst
