# Sanitizer and fuzzing builds. Off by default; tools/test-sanitized turns them on in
# a second build folder built with clang.
#
#   TOUCHPOINT_SANITIZE=ON     every target is compiled and linked with -fsanitize=address,undefined
#                              (TOUCHPOINT_SANITIZERS picks others), frame pointers kept, and UBSan
#                              findings abort (-fno-sanitize-recover), so a test run fails on them.
#   TOUCHPOINT_FUZZ=ON         clang only: every target gets libFuzzer's coverage instrumentation
#                              and tests/fuzz builds the libFuzzer targets.
#   TOUCHPOINT_SERVER_AND_CORE_ONLY=ON
#                              builds the core, the phone's storage library, the server and the
#                              unit, integration and fuzz tests only: no app, QML, UI, sync
#                              client, device or fault tests, and no benchmarks.

option(TOUCHPOINT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
set(TOUCHPOINT_SANITIZERS "address,undefined" CACHE STRING
    "Sanitizers for TOUCHPOINT_SANITIZE (the -fsanitize= list)")
option(TOUCHPOINT_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)
option(TOUCHPOINT_SERVER_AND_CORE_ONLY
    "Build only the core, storage, the server and the unit, integration and fuzz tests" OFF)

if(TOUCHPOINT_SANITIZE)
    set(touchpoint_sanitize_flags -fsanitize=${TOUCHPOINT_SANITIZERS} -fno-omit-frame-pointer)
    if(TOUCHPOINT_SANITIZERS MATCHES "undefined")
        list(APPEND touchpoint_sanitize_flags -fno-sanitize-recover=undefined)
    endif()
    add_compile_options(${touchpoint_sanitize_flags})
    add_link_options(${touchpoint_sanitize_flags})
    message(STATUS "Touchpoint: sanitizers ${TOUCHPOINT_SANITIZERS}")
endif()

if(TOUCHPOINT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "TOUCHPOINT_FUZZ needs clang (CXX=clang++), not ${CMAKE_CXX_COMPILER_ID}")
    endif()
    # Coverage feedback from our own code; the fuzz executables add -fsanitize=fuzzer (main).
    add_compile_options(-fsanitize=fuzzer-no-link)
    message(STATUS "Touchpoint: libFuzzer targets")
endif()

if(TOUCHPOINT_SERVER_AND_CORE_ONLY)
    set(TOUCHPOINT_BUILD_BENCH OFF) # shadows the cache option in this build only
endif()
