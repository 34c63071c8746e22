target_sources(pontive_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/booking_agenda_view_tests.cpp)
