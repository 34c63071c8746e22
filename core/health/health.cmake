# Camera health (issue 7): probing, debounce, incidents and reports. Part of pontive_core.
set(_health ${CMAKE_CURRENT_LIST_DIR})
target_sources(pontive_core PRIVATE
  ${_health}/health_logging.h ${_health}/health_logging.cpp
  ${_health}/probe_symptom.h ${_health}/probe_symptom.cpp
  ${_health}/probe_result.h
  ${_health}/camera_probe.h
  ${_health}/probe_chain.h ${_health}/probe_chain.cpp
  ${_health}/rtsp_auth.h ${_health}/rtsp_auth.cpp
  ${_health}/rtsp_probe_session.h ${_health}/rtsp_probe_session.cpp
  ${_health}/rtsp_camera_probe.h ${_health}/rtsp_camera_probe.cpp
  ${_health}/health_debouncer.h ${_health}/health_debouncer.cpp
  ${_health}/health_records.h
  ${_health}/health_repository.h ${_health}/health_repository.cpp
  ${_health}/health_monitor.h ${_health}/health_monitor.cpp
  ${_health}/health_report.h ${_health}/health_report.cpp
  ${_health}/health_tables.h ${_health}/health_tables.cpp
  ${_health}/health_report_formatter.h ${_health}/health_report_formatter.cpp
)
unset(_health)
