# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the manual pages: cmake -DAPP=... -DOUT_DIR=... -DDATADIR=... -DLIBEXECDIR=...
# -P man_page.cmake. The program runs without a display; under ASan (the asan preset)
# a leak report of Qt's must not fail the build, so leak detection is off here.
set(ENV{ASAN_OPTIONS} "detect_leaks=0")
set(ENV{QT_QPA_PLATFORM} "offscreen")
set(date "")
if(DEFINED ENV{SOURCE_DATE_EPOCH})
  string(TIMESTAMP date "%Y-%m-%d" UTC)  # honours SOURCE_DATE_EPOCH
endif()
foreach(lang en zh_TW)
  if(lang STREQUAL "en")
    set(dir ${OUT_DIR}/man1)
  else()
    set(dir ${OUT_DIR}/${lang}/man1)
  endif()
  file(MAKE_DIRECTORY ${dir})
  execute_process(
    COMMAND ${APP} help --man --lang ${lang} --date "${date}" --datadir ${DATADIR}
            --libexecdir ${LIBEXECDIR}
    OUTPUT_FILE ${dir}/concurrency-kitchen.1.tmp
    ERROR_VARIABLE err
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "concurrency-kitchen help --man --lang ${lang} failed (${rc}): ${err}")
  endif()
  file(RENAME ${dir}/concurrency-kitchen.1.tmp ${dir}/concurrency-kitchen.1)
endforeach()
