# pontivectl health check|list|cause|remark|report (issue 7).
target_sources(pontivectl PRIVATE ${CMAKE_CURRENT_LIST_DIR}/health_command.cpp)
target_link_libraries(pontivectl PRIVATE pontive_health_onvif pontive_report_pdf)
