# pontivectl health check|list|cause|report (issue 7).
target_sources(pontivectl PRIVATE ${CMAKE_CURRENT_LIST_DIR}/health_command.cpp)
