# Enrolling a camera by its ONVIF address (issue 5): what `pontivectl onvif add` and the
# console's "add camera" do. Needs the ONVIF library.
set(_enrolment ${CMAKE_CURRENT_LIST_DIR})
target_sources(pontive_core PRIVATE
  ${_enrolment}/onvif_enrolment.h ${_enrolment}/onvif_enrolment.cpp
)
target_link_libraries(pontive_core PRIVATE pontive_onvif)  # headers stay private: no -I for dependents
unset(_enrolment)
