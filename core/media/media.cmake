# core/media: the GStreamer stream engine, part of pontive_core (included from
# core/CMakeLists.txt). GStreamer stays PRIVATE: no public header includes it.
pkg_check_modules(GST REQUIRED IMPORTED_TARGET gstreamer-1.0 gstreamer-app-1.0 gstreamer-video-1.0)

target_sources(pontive_core PRIVATE
  media/media_logging.h media/media_logging.cpp
  media/stream_status.h media/stream_status.cpp
  media/stream_options.h
  media/stream_stats.h
  media/video_frame.h media/video_frame.cpp
  media/frame_slot.h media/frame_slot.cpp
  media/reconnect_backoff.h media/reconnect_backoff.cpp
  media/quality_selector.h media/quality_selector.cpp
  media/keyframe_policy.h media/keyframe_policy.cpp
  media/process_cpu_meter.h media/process_cpu_meter.cpp
  media/keyframe_governor.h media/keyframe_governor.cpp
  media/latency_stamp.h media/latency_stamp.cpp
  media/start_crowd.h media/start_crowd.cpp
  media/media_engine.h media/media_engine.cpp
  media/stream_session.h media/stream_session.cpp
  media/camera_stream.h media/camera_stream.cpp
  media/pipeline_event.h
  # private: GStreamer types live only in these
  media/gst_handle.h
  media/video_frame_data.h
  media/pipeline_shared.h
  media/wake_queue.h media/wake_queue.cpp
  media/session_waker.h media/session_waker.cpp
  media/pipeline_reaper.h media/pipeline_reaper.cpp
  media/decoder_choice.h media/decoder_choice.cpp
  media/plane_scaler.h media/plane_scaler.cpp
  media/yuv_to_bgrx.h media/yuv_to_bgrx.cpp
  media/tile_scaler.h media/tile_scaler.cpp
  media/pipeline_builder.h media/pipeline_builder.cpp
  media/gst_error_mapping.h media/gst_error_mapping.cpp
  media/stream_pipeline.h media/stream_pipeline.cpp
  media/streaming_priority.h media/streaming_priority.cpp
)
target_link_libraries(pontive_core PRIVATE PkgConfig::GST)
