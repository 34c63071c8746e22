# Attaches the translations to pontive_resources, scanning every product target's
# sources for tr() strings.
set(_pontive_tr_sources)
foreach(_target pontive_core pontive_ui pontivectl pontive-wall pontive_report_painter pontive_report_pdf
                pontive_booking_pdf pontive_health_onvif pontive_onvif)
  if(TARGET ${_target})
    get_target_property(_dir ${_target} SOURCE_DIR)
    get_target_property(_srcs ${_target} SOURCES)
    foreach(_src IN LISTS _srcs)
      if(_src MATCHES "\\$<")
        continue()
      endif()
      cmake_path(ABSOLUTE_PATH _src BASE_DIRECTORY "${_dir}" OUTPUT_VARIABLE _abs)
      list(APPEND _pontive_tr_sources "${_abs}")
    endforeach()
  endif()
endforeach()

set(_ts ${PROJECT_SOURCE_DIR}/resources/translations/pontive_id.ts
        ${PROJECT_SOURCE_DIR}/resources/translations/pontive_en.ts)
qt_add_translations(pontive_resources
  TS_FILES ${_ts}
  SOURCES ${_pontive_tr_sources}
  LUPDATE_OPTIONS -no-obsolete -locations none
  RESOURCE_PREFIX /i18n)
