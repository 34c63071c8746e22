# Camera health (issue 7): probing, debounce, incidents and reports. Part of pontive_core.
set(_health ${CMAKE_CURRENT_LIST_DIR})
target_sources(pontive_core PRIVATE
  ${_health}/health_logging.h ${_health}/health_logging.cpp
  ${_health}/probe_detail.h ${_health}/probe_detail.cpp
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
  ${_health}/live_stream_board.h ${_health}/live_stream_board.cpp
  ${_health}/stream_state_probe.h ${_health}/stream_state_probe.cpp
  ${_health}/run_then.h
  ${_health}/health_report_query.h ${_health}/health_report_query.cpp
  ${_health}/health_data_service.h ${_health}/health_data_service.cpp
  ${_health}/health_alarm_settings.h ${_health}/health_alarm_settings.cpp
)
# The ONVIF GetSystemDateAndTime probe: its own target, so pontive_core never needs the
# ONVIF library; pontivectl and pontive-wall link it when ONVIF is built.
if(TARGET pontive_onvif)
  add_library(pontive_health_onvif STATIC ${_health}/onvif_time_probe.h ${_health}/onvif_time_probe.cpp
    ${_health}/station_probe.h ${_health}/station_probe.cpp)
  target_link_libraries(pontive_health_onvif PUBLIC pontive_core PRIVATE pontive_onvif pontive_settings Qt6::Concurrent)
endif()
# The health report as PDF (QtGui only: QPdfWriter, QPainter, the shared report painter),
# one piece of code for pontivectl and the app.
find_package(Qt6 REQUIRED COMPONENTS Gui)
add_library(pontive_report_pdf STATIC
  ${_health}/pdf/health_report_pdf.h ${_health}/pdf/health_report_pdf.cpp)
target_include_directories(pontive_report_pdf PUBLIC ${_health}/pdf)
target_link_libraries(pontive_report_pdf PUBLIC pontive_core Qt6::Gui PRIVATE pontive_report_painter pontive_settings)
unset(_health)
