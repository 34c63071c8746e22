# The PTZ suite (issue 6): its own executable, against the real ONVIF simulator on
# loopback, SDL's virtual joystick, SQLite and PostgreSQL stores, and a real child
# process killed mid-move.
if(TARGET pontive_onvif)
  pkg_check_modules(PTZ_TEST_SDL2 REQUIRED IMPORTED_TARGET sdl2)

  add_executable(pontive_ptz_mover ${CMAKE_CURRENT_LIST_DIR}/ptz_mover_main.cpp)
  target_link_libraries(pontive_ptz_mover PRIVATE pontive_core pontive_onvif pontive_settings)

  add_executable(pontive_ptz_tests
    $<TARGET_OBJECTS:pontive_test_main>
    $<TARGET_OBJECTS:pontive_test_store>
    ${CMAKE_CURRENT_LIST_DIR}/ptz_fixture.h ${CMAKE_CURRENT_LIST_DIR}/ptz_fixture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stick_shaping_tests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/joystick_ptz_tests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ptz_controller_tests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ptz_store_tests.cpp
  )
  target_include_directories(pontive_ptz_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${PROJECT_SOURCE_DIR}/tests/onvif)
  target_link_libraries(pontive_ptz_tests PRIVATE pontive_core pontive_onvif pontive_test_main pontive_test_store
                        pontive_settings Catch2::Catch2 PkgConfig::PTZ_TEST_SDL2)
  target_compile_definitions(pontive_ptz_tests PRIVATE PONTIVE_PTZ_MOVER="$<TARGET_FILE:pontive_ptz_mover>"
                             PONTIVE_PTZ_CTL="$<TARGET_FILE:pontivectl>")
  add_dependencies(pontive_ptz_tests pontive_ptz_mover pontivectl)
  catch_discover_tests(pontive_ptz_tests DISCOVERY_MODE PRE_TEST TEST_PREFIX "ptz: ")
endif()
