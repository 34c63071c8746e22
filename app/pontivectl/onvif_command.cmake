# onvif discover|info|add and ptz ...: only when the ONVIF library is built.
if(TARGET pontive_onvif)
  target_sources(pontivectl PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/onvif_command.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ptz_command.cpp)
  target_link_libraries(pontivectl PRIVATE pontive_onvif)
  target_compile_definitions(pontivectl PRIVATE PONTIVE_WITH_ONVIF)
endif()
