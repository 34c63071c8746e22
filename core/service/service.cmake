# Talking to the service manager (systemd's notify protocol) for the kiosk unit.
target_sources(pontive_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/service_logging.h ${CMAKE_CURRENT_LIST_DIR}/service_logging.cpp
  ${CMAKE_CURRENT_LIST_DIR}/service_notifier.h ${CMAKE_CURRENT_LIST_DIR}/service_notifier.cpp
  ${CMAKE_CURRENT_LIST_DIR}/termination_signal.h ${CMAKE_CURRENT_LIST_DIR}/termination_signal.cpp
)
