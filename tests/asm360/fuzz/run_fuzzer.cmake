# cmake -DSOURCE_DIR=<simmon root> -DBUILD_DIR=<dir> -DCXX=<clang++> [-DLAUNCHER=ccache]
#       [-DGENERATOR=Ninja] [-DRUNS=3000] [-DSECONDS=60] -P run_fuzzer.cmake
# The short fuzz run of the test suite: builds the asm360 libFuzzer target (this folder's
# CMakeLists.txt) with clang and the sanitizers in BUILD_DIR, apart from the main build,
# then runs it from tests/asm360/fuzz_corpus for RUNS executions or SECONDS seconds,
# whichever comes first, with a fixed seed. New inputs go to BUILD_DIR/new, never into the
# source tree. Any crash, sanitizer report, leak, timeout (10 s an input) or 2 GB of memory
# fails the test, with the input saved in BUILD_DIR.
if(NOT RUNS)
  set(RUNS 3000)
endif()
if(NOT SECONDS)
  set(SECONDS 60)
endif()
if(NOT GENERATOR)
  set(GENERATOR Ninja)
endif()
set(launcher)
if(LAUNCHER)
  set(launcher -DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER})
endif()
if(NOT EXISTS ${BUILD_DIR}/CMakeCache.txt)
  execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/asm360/fuzz -B ${BUILD_DIR} -G ${GENERATOR}
                          -DCMAKE_CXX_COMPILER=${CXX} ${launcher}
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    file(REMOVE ${BUILD_DIR}/CMakeCache.txt)
    message(FATAL_ERROR "cannot configure the fuzz target with ${CXX}")
  endif()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} -j 2 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cannot build the fuzz target (clang's libFuzzer and sanitizer runtimes: "
                      "Debian's clang and libclang-rt-14-dev)")
endif()
file(REMOVE_RECURSE ${BUILD_DIR}/new)
file(MAKE_DIRECTORY ${BUILD_DIR}/new)
execute_process(COMMAND ${BUILD_DIR}/asm360_fuzz -runs=${RUNS} -max_total_time=${SECONDS} -seed=1 -timeout=10
                        -rss_limit_mb=2048 -max_len=8192 -artifact_prefix=${BUILD_DIR}/ -print_final_stats=1
                        ${BUILD_DIR}/new ${SOURCE_DIR}/tests/asm360/fuzz_corpus
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the fuzzer found a crash, hang or leak (exit ${rc}); the input is in ${BUILD_DIR}")
endif()
