# PTZ latency (issue 6): stick -> request on the wire, release -> Stop, vs a bare round trip.
if(TARGET pontive_onvif)
  pkg_check_modules(PTZ_BENCH_SDL2 REQUIRED IMPORTED_TARGET sdl2)
  add_executable(pontive_ptz_bench ptz_bench.cpp)
  target_link_libraries(pontive_ptz_bench PRIVATE pontive_core pontive_onvif pontive_settings PkgConfig::PTZ_BENCH_SDL2)
endif()
