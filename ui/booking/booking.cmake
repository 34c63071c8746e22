# The booking views: the room's calendar (day, week, month, list), the booking dialog, today's
# meetings, the usage report (Qt Charts; PDF through pontive_booking_pdf) and the wall
# following the agenda. Reads and writes off the GUI thread.
find_package(Qt6 REQUIRED COMPONENTS Charts)
target_sources(pontive_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/booking_ui_logging.h ${CMAKE_CURRENT_LIST_DIR}/booking_ui_logging.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_agenda_model.h ${CMAKE_CURRENT_LIST_DIR}/booking_agenda_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_calendar_view.h ${CMAKE_CURRENT_LIST_DIR}/booking_calendar_view.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_agenda_view.h ${CMAKE_CURRENT_LIST_DIR}/booking_agenda_view.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_dialog.h ${CMAKE_CURRENT_LIST_DIR}/booking_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_status_dialog.h ${CMAKE_CURRENT_LIST_DIR}/booking_status_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_panel.h ${CMAKE_CURRENT_LIST_DIR}/booking_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_today_list.h ${CMAKE_CURRENT_LIST_DIR}/booking_today_list.cpp
  ${CMAKE_CURRENT_LIST_DIR}/agenda_wall_follower.h ${CMAKE_CURRENT_LIST_DIR}/agenda_wall_follower.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_report_dialog.h ${CMAKE_CURRENT_LIST_DIR}/booking_report_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_console.h ${CMAKE_CURRENT_LIST_DIR}/booking_console.cpp
)
target_link_libraries(pontive_ui PRIVATE Qt6::Charts pontive_booking_pdf)
