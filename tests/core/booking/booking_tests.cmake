# Booking: the store on SQLite and PostgreSQL, libical recurrence and .ics, reports, and
# several processes booking at once (pontive_booking_writer).
add_executable(pontive_booking_writer ${CMAKE_CURRENT_LIST_DIR}/booking_writer_main.cpp)
target_link_libraries(pontive_booking_writer PRIVATE pontive_core pontive_settings)
target_sources(pontive_core_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/booking_test_support.h
  ${CMAKE_CURRENT_LIST_DIR}/booking_store_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_ics_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_concurrency_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/agenda_clock_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_series_tests.cpp
)
target_compile_definitions(pontive_core_tests PRIVATE
  PONTIVE_BOOKING_WRITER="$<TARGET_FILE:pontive_booking_writer>")
add_dependencies(pontive_core_tests pontive_booking_writer)
