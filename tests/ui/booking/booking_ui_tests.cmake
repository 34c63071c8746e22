find_package(Qt6 REQUIRED COMPONENTS Charts)
target_sources(pontive_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/booking_agenda_view_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_calendar_tests.cpp)
target_link_libraries(pontive_ui_tests PRIVATE Qt6::Charts)
