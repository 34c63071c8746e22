# PTZ on the wall (issue 6): the tile overlay, presets panel, keypad entry, joystick
# status and profile dialog. Part of pontive_ui; needs core's ONVIF-backed PTZ. Only the
# two files that hook it in see PONTIVE_WITH_PTZ_UI.
if(TARGET pontive_onvif)
  set(_ptz ${CMAKE_CURRENT_LIST_DIR})
  target_sources(pontive_ui PRIVATE
    ${_ptz}/ptz_overlay.h ${_ptz}/ptz_overlay.cpp
    ${_ptz}/ptz_presets_dialog.h ${_ptz}/ptz_presets_dialog.cpp
    ${_ptz}/ptz_patrols_dialog.h ${_ptz}/ptz_patrols_dialog.cpp
    ${_ptz}/keypad_entry.h ${_ptz}/keypad_entry.cpp
    ${_ptz}/wall_ptz.h ${_ptz}/wall_ptz.cpp
    ${_ptz}/joystick_status.h ${_ptz}/joystick_status.cpp
    ${_ptz}/joystick_profile_dialog.h ${_ptz}/joystick_profile_dialog.cpp
  )
  set_property(SOURCE ${CMAKE_CURRENT_SOURCE_DIR}/wall/wall_view.cpp ${CMAKE_CURRENT_SOURCE_DIR}/main_window.cpp
               APPEND PROPERTY COMPILE_DEFINITIONS PONTIVE_WITH_PTZ_UI)
  unset(_ptz)
endif()
