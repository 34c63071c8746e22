# PTZ (issue 6): controllers, rate limiting, joysticks (SDL2), patrols and the PTZ store.
# Part of pontive_core. The ONVIF-backed parts need pontive_onvif. SDL2 and the ONVIF
# headers are given to the few sources that use them only, so the rest of core (and
# everything that links it) compiles with unchanged flags.
set(_ptz ${CMAKE_CURRENT_LIST_DIR})
pkg_check_modules(SDL2 REQUIRED sdl2)
target_sources(pontive_core PRIVATE
  ${_ptz}/ptz_logging.h ${_ptz}/ptz_logging.cpp
  ${_ptz}/ptz_velocity.h
  ${_ptz}/ptz_controller.h
  ${_ptz}/preset_numbers.h ${_ptz}/preset_numbers.cpp
  ${_ptz}/ptz_framing.h ${_ptz}/ptz_framing.cpp
  ${_ptz}/stick_shaping.h ${_ptz}/stick_shaping.cpp
  ${_ptz}/rate_limited_ptz_controller.h ${_ptz}/rate_limited_ptz_controller.cpp
  ${_ptz}/operator_ptz_controller.h ${_ptz}/operator_ptz_controller.cpp
  ${_ptz}/ptz_patrol.h
  ${_ptz}/ptz_patrol_runner.h ${_ptz}/ptz_patrol_runner.cpp
  ${_ptz}/ptz_repository.h ${_ptz}/ptz_repository.cpp
  ${_ptz}/joystick_profile.h ${_ptz}/joystick_profile.cpp
  ${_ptz}/joystick_manager.h ${_ptz}/joystick_manager.cpp
  ${_ptz}/joystick_ptz_binding.h ${_ptz}/joystick_ptz_binding.cpp
)
set_source_files_properties(${_ptz}/joystick_manager.cpp PROPERTIES
  INCLUDE_DIRECTORIES "${SDL2_INCLUDE_DIRS}" COMPILE_OPTIONS "${SDL2_CFLAGS_OTHER}")
target_link_libraries(pontive_core PRIVATE ${SDL2_LINK_LIBRARIES})
if(TARGET pontive_onvif)
  set(_ptz_onvif ${_ptz}/ptz_operations.cpp ${_ptz}/onvif_ptz_controller.cpp ${_ptz}/ptz_desk.cpp)
  target_sources(pontive_core PRIVATE
    ${_ptz}/ptz_operations.h ${_ptz}/onvif_ptz_controller.h ${_ptz}/ptz_desk.h ${_ptz_onvif})
  # onvif_ptz_controller.cpp includes its own moc (it needs the ONVIF headers too).
  set_source_files_properties(${_ptz_onvif} PROPERTIES INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/onvif)
  target_link_libraries(pontive_core PRIVATE $<LINK_ONLY:pontive_onvif>)
  unset(_ptz_onvif)
endif()
unset(_ptz)
