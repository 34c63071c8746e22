target_sources(pontivectl PRIVATE ${CMAKE_CURRENT_LIST_DIR}/booking_command.cpp
  ${CMAKE_CURRENT_LIST_DIR}/booking_rooms_command.cpp)
# PDF reports: QtGui only (no widgets).
target_link_libraries(pontivectl PRIVATE pontive_booking_pdf)
