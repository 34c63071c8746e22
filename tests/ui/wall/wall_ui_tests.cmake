# The wall: tiles, drag and drop, layouts, and live pictures from a real pontive-camsim.
target_sources(pontive_ui_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/wall_view_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tour_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/layout_editor_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/screen_miniature_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tour_fixture.h ${CMAKE_CURRENT_LIST_DIR}/wall_restore_tests.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wall_console_tests.cpp
  ${PROJECT_SOURCE_DIR}/tests/core/media/camsim_process.h ${PROJECT_SOURCE_DIR}/tests/core/media/camsim_process.cpp)
target_include_directories(pontive_ui_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/core/media)
target_compile_definitions(pontive_ui_tests PRIVATE PONTIVE_CAMSIM_PATH="$<TARGET_FILE:pontive-camsim>")
add_dependencies(pontive_ui_tests pontive-camsim)
