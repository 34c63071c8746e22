# Enrolling cameras by their ONVIF address against the real ONVIF simulator, written into
# both store engines. Part of pontive_core_tests when the ONVIF library is built; only
# this file sees the ONVIF headers (the simulator), so the rest of the suite keeps its flags.
set(_enrolment_test ${CMAKE_CURRENT_LIST_DIR}/onvif_enrolment_tests.cpp)
target_sources(pontive_core_tests PRIVATE ${_enrolment_test})
target_link_libraries(pontive_core_tests PRIVATE $<LINK_ONLY:pontive_onvif>)
set_property(SOURCE ${_enrolment_test} APPEND PROPERTY INCLUDE_DIRECTORIES
  ${PROJECT_SOURCE_DIR}/onvif ${PROJECT_SOURCE_DIR}/tests/onvif)
unset(_enrolment_test)
