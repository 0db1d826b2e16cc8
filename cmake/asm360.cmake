# simmon_asm360_kit(<name> SOURCES <file.asm>... [MACLIB <folder>...] [ORIGIN <hex>]
#                   [ENTRY <symbol>] [PSW <hex8>])
# Assembles each source with asm360 at build time (object deck and listing beside it in the
# build tree) and links the decks with link360 into <name>.img (storage image with its IPL
# PSW), <name>.ipl (a self-loading IPL card deck for the 2540 reader) and <name>.map.
# A failed assembly (return code 8 or more) fails the build. Target: <name>_kit (in ALL).
function(simmon_asm360_kit name)
  cmake_parse_arguments(KIT "" "ORIGIN;ENTRY;PSW" "SOURCES;MACLIB" ${ARGN})
  if(NOT KIT_SOURCES)
    message(FATAL_ERROR "simmon_asm360_kit(${name}): no SOURCES")
  endif()
  set(include_args)
  set(maclib_files)
  foreach(dir ${KIT_MACLIB})
    get_filename_component(dir ${dir} ABSOLUTE)
    list(APPEND include_args -I ${dir})
    file(GLOB members CONFIGURE_DEPENDS ${dir}/*)
    list(APPEND maclib_files ${members})
  endforeach()
  set(objects)
  foreach(src ${KIT_SOURCES})
    get_filename_component(src ${src} ABSOLUTE)
    get_filename_component(stem ${src} NAME_WE)
    set(obj ${CMAKE_CURRENT_BINARY_DIR}/${stem}.obj)
    set(lst ${CMAKE_CURRENT_BINARY_DIR}/${stem}.lst)
    add_custom_command(
      OUTPUT ${obj} ${lst}
      COMMAND $<TARGET_FILE:asm360> ${src} -o ${obj} -l ${lst} ${include_args} --fail-level 8
      DEPENDS asm360 ${src} ${maclib_files}
      COMMENT "asm360 ${stem}"
      VERBATIM)
    list(APPEND objects ${obj})
  endforeach()
  set(link_args)
  if(KIT_ORIGIN)
    list(APPEND link_args --origin ${KIT_ORIGIN})
  endif()
  if(KIT_ENTRY)
    list(APPEND link_args --entry ${KIT_ENTRY})
  endif()
  if(KIT_PSW)
    list(APPEND link_args --psw ${KIT_PSW})
  endif()
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${name})
  add_custom_command(
    OUTPUT ${out}.img ${out}.ipl ${out}.map
    COMMAND $<TARGET_FILE:link360> ${objects} -o ${out}.img --ipl-deck ${out}.ipl -m ${out}.map ${link_args}
    DEPENDS link360 ${objects}
    COMMENT "link360 ${name}"
    VERBATIM)
  add_custom_target(${name}_kit ALL DEPENDS ${out}.img ${out}.ipl)
endfunction()
