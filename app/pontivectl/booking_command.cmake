target_sources(pontivectl PRIVATE ${CMAKE_CURRENT_LIST_DIR}/booking_command.cpp)
