# The health table and the offline alarm (issue 7).
target_sources(pontive_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/health_ui_tests.cpp)
