# The wall's tours, editors and screen miniatures (issue 4).
target_sources(pontive_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/tour_player.h ${CMAKE_CURRENT_LIST_DIR}/tour_player.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tour_editor_dialog.h ${CMAKE_CURRENT_LIST_DIR}/tour_editor_dialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tour_controls.h ${CMAKE_CURRENT_LIST_DIR}/tour_controls.cpp
)
target_sources(pontive_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/layout_grid_editor.h ${CMAKE_CURRENT_LIST_DIR}/layout_grid_editor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/layout_editor_dialog.h ${CMAKE_CURRENT_LIST_DIR}/layout_editor_dialog.cpp
)
target_sources(pontive_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/screen_miniature.h ${CMAKE_CURRENT_LIST_DIR}/screen_miniature.cpp
  ${CMAKE_CURRENT_LIST_DIR}/screen_miniatures.h ${CMAKE_CURRENT_LIST_DIR}/screen_miniatures.cpp
)
target_sources(pontive_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/shortcuts_page.h ${CMAKE_CURRENT_LIST_DIR}/shortcuts_page.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wall_notice.h ${CMAKE_CURRENT_LIST_DIR}/wall_notice.cpp
)
