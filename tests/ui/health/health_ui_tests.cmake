# The health view, the offline alarm in the console and the reports window (issue 7).
find_package(Qt6 REQUIRED COMPONENTS Charts)
target_sources(pontive_ui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/health_ui_tests.cpp ${CMAKE_CURRENT_LIST_DIR}/health_pdf_tests.cpp)
target_link_libraries(pontive_ui_tests PRIVATE Qt6::Charts pontive_report_pdf)
