# The media suite: its own executable (real camsim processes and pipelines, slower than
# the store tests), included from tests/core/CMakeLists.txt.
add_executable(pontive_media_tests
  ${CMAKE_CURRENT_LIST_DIR}/camsim_process.h ${CMAKE_CURRENT_LIST_DIR}/camsim_process.cpp
  ${CMAKE_CURRENT_LIST_DIR}/quality_selector_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/keyframe_policy_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/keyframe_governor_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/start_crowd_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/session_waker_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ptz_video_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/media_units_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tile_scaler_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/stream_session_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/stream_pipeline_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/camera_stream_test.cpp
)
# GStreamer for the tests that build GErrors or pipelines of their own (the scaler's).
pkg_check_modules(MEDIA_TEST_GST REQUIRED IMPORTED_TARGET gstreamer-1.0 gstreamer-app-1.0 gstreamer-video-1.0)
target_link_libraries(pontive_media_tests PRIVATE
  pontive_core pontive_onvif pontive_test_main Catch2::Catch2 pontive_settings PkgConfig::MEDIA_TEST_GST)
target_compile_definitions(pontive_media_tests PRIVATE PONTIVE_CAMSIM_PATH="$<TARGET_FILE:pontive-camsim>")
add_dependencies(pontive_media_tests pontive-camsim)
add_test(NAME pontive_media_tests COMMAND pontive_media_tests)
# Alone: its pictures and timings should not compete with other suites for the CPU.
set_tests_properties(pontive_media_tests PROPERTIES TIMEOUT 300 LABELS media RUN_SERIAL TRUE)
# 200 open/close cycles and 100 simulator kills: the hidden [churn] cases, on their own.
add_test(NAME pontive_media_churn COMMAND pontive_media_tests "[churn]")
set_tests_properties(pontive_media_churn PROPERTIES TIMEOUT 300 LABELS "media;slow" RUN_SERIAL TRUE)
