# The libFuzzer target over the reply parsers. The project is built with g++, and clang
# 14 cannot compile our C++23 (std::expected), so the fuzzer is built by a direct clang
# call from the plain-C++ pieces only: the harness, the generated parsers and the gSOAP
# custom serializers. On when clang can link a fuzzer; -DPONTIVE_ONVIF_FUZZER=OFF to skip it.
#   cmake --build <dir> --target onvif_fuzz      fuzz for 5 minutes
#   ctest -R onvif_reply_fuzzer                  10 s smoke run (part of the suite)
# Included from onvif/CMakeLists.txt so it can depend on the generated sources.
find_program(PONTIVE_CLANGXX NAMES clang++-14 clang++)
set(_fuzz_default OFF)
if(PONTIVE_CLANGXX)
  set(_probe ${CMAKE_CURRENT_BINARY_DIR}/fuzz_probe)
  file(WRITE ${_probe}.cpp "#include <cstddef>\n#include <cstdint>\n"
       "extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }\n")
  execute_process(COMMAND ${PONTIVE_CLANGXX} -fsanitize=fuzzer,address,undefined ${_probe}.cpp -o ${_probe}
                  RESULT_VARIABLE _probe_rc OUTPUT_QUIET ERROR_QUIET)
  if(_probe_rc EQUAL 0)
    set(_fuzz_default ON)
  endif()
endif()
option(PONTIVE_ONVIF_FUZZER "Build the ONVIF reply libFuzzer target with clang" ${_fuzz_default})
if(NOT PONTIVE_ONVIF_FUZZER OR NOT PONTIVE_CLANGXX)
  message(STATUS "ONVIF fuzzer: off (needs clang++ with libFuzzer)")
  return()
endif()

set(_fuzzer ${CMAKE_CURRENT_BINARY_DIR}/onvif_reply_fuzzer)
set(_fuzz_sources
  ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/onvif_reply_fuzzer.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/reply_fuzz_harness.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/impl/namespaces.cpp
  ${_gen}/soapC.cpp ${_gen}/soapClient.cpp)
set(_fuzz_c_sources
  ${PONTIVE_GSOAP_SHARE}/custom/duration.c ${PONTIVE_GSOAP_SHARE}/custom/struct_timeval.c)
add_custom_command(
  OUTPUT ${_fuzzer}
  COMMAND ${PONTIVE_CLANGXX} -std=c++20 -O1 -g -w -fsanitize=fuzzer,address,undefined
          ${GSOAPSSL_CFLAGS} -I${_gen} -I${PONTIVE_GSOAP_SHARE} -I${CMAKE_CURRENT_SOURCE_DIR}
          ${_fuzz_sources} -x c++ ${_fuzz_c_sources}
          -o ${_fuzzer} ${GSOAPSSL_LDFLAGS} -lssl -lcrypto -lz
  DEPENDS ${_fuzz_sources} ${_fuzz_c_sources} ${_gen}/soapH.h
  COMMENT "clang: building the ONVIF reply fuzzer"
  VERBATIM)
add_custom_target(pontive_onvif_fuzzer ALL DEPENDS ${_fuzzer})
set_target_properties(pontive_onvif_fuzzer PROPERTIES FUZZER_PATH ${_fuzzer})

# New inputs go to the build tree; the seed corpus in git stays as written.
set(_fuzz_corpus ${CMAKE_CURRENT_BINARY_DIR}/fuzz-corpus)
file(MAKE_DIRECTORY ${_fuzz_corpus})
add_custom_target(onvif_fuzz
  COMMAND ${_fuzzer} -max_total_time=300 -rss_limit_mb=2048 -max_len=65536
          ${_fuzz_corpus} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus
  DEPENDS ${_fuzzer}
  USES_TERMINAL)
