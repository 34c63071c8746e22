# probe URL: decode a stream through the wall's own engine.
find_package(Qt6 REQUIRED COMPONENTS Gui)
target_sources(pontivectl PRIVATE ${CMAKE_CURRENT_LIST_DIR}/probe_command.cpp)
target_link_libraries(pontivectl PRIVATE Qt6::Gui)
target_compile_definitions(pontivectl PRIVATE PONTIVE_WITH_MEDIA)
