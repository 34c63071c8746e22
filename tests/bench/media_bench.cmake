# The media benchmark driver (issue 3): include() from tests/bench/CMakeLists.txt.
# media.bench.sh runs it next to the gst-launch decode floor on the same camsim streams.
add_executable(pontive-media-bench ${CMAKE_CURRENT_LIST_DIR}/media_engine_bench.cpp)
# GStreamer directly only for the bench's own latency floor pipeline.
pkg_check_modules(MEDIA_BENCH_GST REQUIRED IMPORTED_TARGET gstreamer-1.0 gstreamer-app-1.0 gstreamer-video-1.0)
target_link_libraries(pontive-media-bench PRIVATE pontive_core pontive_settings Qt6::Gui PkgConfig::MEDIA_BENCH_GST)
