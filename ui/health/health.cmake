# Camera health in the console (issue 7): the health view, the offline alarm and reports.
find_package(Qt6 REQUIRED COMPONENTS Multimedia Charts)
target_sources(pontive_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/health_table_model.h ${CMAKE_CURRENT_LIST_DIR}/health_table_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/health_table_filter.h ${CMAKE_CURRENT_LIST_DIR}/health_table_filter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/offline_alarm.h ${CMAKE_CURRENT_LIST_DIR}/offline_alarm.cpp
  ${CMAKE_CURRENT_LIST_DIR}/alarm_banner.h ${CMAKE_CURRENT_LIST_DIR}/alarm_banner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cause_dialog.h ${CMAKE_CURRENT_LIST_DIR}/cause_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/health_view.h ${CMAKE_CURRENT_LIST_DIR}/health_view.cpp
  ${CMAKE_CURRENT_LIST_DIR}/health_console.h ${CMAKE_CURRENT_LIST_DIR}/health_console.cpp
  ${CMAKE_CURRENT_LIST_DIR}/health_report_window.h ${CMAKE_CURRENT_LIST_DIR}/health_report_window.cpp
)
target_link_libraries(pontive_ui PRIVATE Qt6::Multimedia Qt6::Charts pontive_report_pdf)
# The alarm sound: a short two-tone WAV made for the project (resources/sounds).
qt_add_resources(pontive_ui "health_sounds" PREFIX "/sounds" BASE ${PROJECT_SOURCE_DIR}/resources/sounds
  FILES ${PROJECT_SOURCE_DIR}/resources/sounds/offline_alarm.wav)
