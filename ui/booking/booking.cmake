# The booking views: the room's agenda by day, week or month (read off the GUI thread).
target_sources(pontive_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/booking_agenda_model.h ${CMAKE_CURRENT_LIST_DIR}/booking_agenda_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_agenda_view.h ${CMAKE_CURRENT_LIST_DIR}/booking_agenda_view.cpp
)
