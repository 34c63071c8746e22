# The health suite (issue 7): part of pontive_core_tests, tagged [health].
target_sources(pontive_core_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/health_fixtures.h ${CMAKE_CURRENT_LIST_DIR}/health_fixtures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fake_rtsp_server.h ${CMAKE_CURRENT_LIST_DIR}/fake_rtsp_server.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rtsp_probe_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/health_debouncer_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/health_report_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/health_store_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/health_monitor_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/health_station_tests.cpp
)
# The station's probe (ONVIF) lives in its own target.
target_link_libraries(pontive_core_tests PRIVATE pontive_health_onvif pontive_onvif)
# The RTSP success paths run against the real simulator when the build has one.
if(TARGET pontive-camsim)
  set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/health_fixtures.cpp ${CMAKE_CURRENT_LIST_DIR}/health_station_tests.cpp
    APPEND PROPERTY
    COMPILE_DEFINITIONS PONTIVE_CAMSIM_PATH="$<TARGET_FILE:pontive-camsim>")
  add_dependencies(pontive_core_tests pontive-camsim)
endif()
