# The room booking module: rooms, bookings, recurrence (libical), conflicts, reports and
# iCalendar import/export. QtCore/Sql only.
pkg_check_modules(ICAL REQUIRED IMPORTED_TARGET libical)
target_sources(pontive_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/booking_logging.h ${CMAKE_CURRENT_LIST_DIR}/booking_logging.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking.h ${CMAKE_CURRENT_LIST_DIR}/booking.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_texts.h ${CMAKE_CURRENT_LIST_DIR}/booking_texts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_outcome.h
  ${CMAKE_CURRENT_LIST_DIR}/room.h
  ${CMAKE_CURRENT_LIST_DIR}/booking_request.h
  ${CMAKE_CURRENT_LIST_DIR}/booking_query.h
  ${CMAKE_CURRENT_LIST_DIR}/wib_input.h ${CMAKE_CURRENT_LIST_DIR}/wib_input.cpp
  ${CMAKE_CURRENT_LIST_DIR}/recurrence.h ${CMAKE_CURRENT_LIST_DIR}/recurrence.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_writer.h ${CMAKE_CURRENT_LIST_DIR}/booking_writer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_repository.h ${CMAKE_CURRENT_LIST_DIR}/booking_repository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_table.h ${CMAKE_CURRENT_LIST_DIR}/booking_table.cpp
  ${CMAKE_CURRENT_LIST_DIR}/usage_report.h ${CMAKE_CURRENT_LIST_DIR}/usage_report.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_ics.h ${CMAKE_CURRENT_LIST_DIR}/booking_ics.cpp
  ${CMAKE_CURRENT_LIST_DIR}/agenda_clock.h ${CMAKE_CURRENT_LIST_DIR}/agenda_clock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_list_loader.h ${CMAKE_CURRENT_LIST_DIR}/booking_list_loader.cpp
)
target_link_libraries(pontive_core PRIVATE PkgConfig::ICAL)
target_sources(pontive_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/booking_choices.h
  ${CMAKE_CURRENT_LIST_DIR}/booking_actions.h ${CMAKE_CURRENT_LIST_DIR}/booking_actions.cpp
)

# The usage report as PDF: QtGui (QPainter, QPdfWriter), never widgets, so pontivectl can
# print it too. A target of its own so pontive_core stays QtCore-only.
add_library(pontive_booking_pdf STATIC
  ${CMAKE_CURRENT_LIST_DIR}/pdf/booking_report_pdf.h ${CMAKE_CURRENT_LIST_DIR}/pdf/booking_report_pdf.cpp)
target_link_libraries(pontive_booking_pdf PUBLIC pontive_core Qt6::Gui PRIVATE pontive_report_painter pontive_settings)
