# CMS (software-kits/s360/cms, docs/machines/cms.md), assembled by asm360 at build time and
# IPLed on the bare 360/67: the nucleus's command loop, messages and settings.
set(s360_cms_kit_dir ${CMAKE_BINARY_DIR}/software-kits/s360)
simmon_script_test(s360-cms-nucleus s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_nucleus.ini ${s360_cms_kit_dir})
