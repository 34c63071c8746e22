# PTZ on the wall (issue 6): the tile overlay, the presets and patrols dialogs and the
# keypad, driven with mouse and key events against the real ONVIF PTZ simulator.
if(TARGET pontive_onvif)
  pkg_check_modules(PTZ_UI_TEST_SDL2 REQUIRED IMPORTED_TARGET sdl2)
  target_sources(pontive_ui_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ptz_ui_tests.cpp
    ${PROJECT_SOURCE_DIR}/tests/core/ptz/ptz_fixture.h ${PROJECT_SOURCE_DIR}/tests/core/ptz/ptz_fixture.cpp)
  target_include_directories(pontive_ui_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/core/ptz ${PROJECT_SOURCE_DIR}/tests/onvif)
  target_link_libraries(pontive_ui_tests PRIVATE pontive_onvif PkgConfig::PTZ_UI_TEST_SDL2)
endif()
