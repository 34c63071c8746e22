# The painter the PDF reports share (the health report, the room's usage report): the page,
# table rows, the footer, bar charts. QtGui only, never widgets, so pontivectl prints too.
add_library(pontive_report_painter STATIC
  ${CMAKE_CURRENT_LIST_DIR}/report_painter.h ${CMAKE_CURRENT_LIST_DIR}/report_painter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bar_chart_painter.h ${CMAKE_CURRENT_LIST_DIR}/bar_chart_painter.cpp)
target_link_libraries(pontive_report_painter PUBLIC pontive_core Qt6::Gui PRIVATE pontive_settings)
