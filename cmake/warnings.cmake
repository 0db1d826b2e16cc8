# Project-wide warnings for our own targets.
function(simmon_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter)
endfunction()

# A library made of every source file under the calling folder.
function(simmon_folder_library name)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  add_library(${name} STATIC ${sources})
  target_include_directories(${name} PUBLIC ${SIMMON_ROOT})
  simmon_warnings(${name})
endfunction()
