# Camera health in the console (issue 7): the health table and the offline alarm.
target_sources(pontive_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/health_table_model.h ${CMAKE_CURRENT_LIST_DIR}/health_table_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/offline_alarm.h ${CMAKE_CURRENT_LIST_DIR}/offline_alarm.cpp
)
