# SPDX-License-Identifier: GPL-3.0-or-later
# Compiles the MIME type into a scratch database with update-mime-database, as a desktop
# does on install, and checks what a file manager would then read: *.kitchen.json maps
# to our type, and the type is a kind of JSON.
# cmake -DMIME_XML=... -DWORK_DIR=... -P check_mime.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/packages)
configure_file(${MIME_XML} ${WORK_DIR}/packages/concurrency-kitchen.xml COPYONLY)
execute_process(COMMAND update-mime-database ${WORK_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
# update-mime-database reports a malformed file on stderr but may still exit 0.
if(NOT rc EQUAL 0 OR err MATCHES "[Ee]rror|[Ww]arning|[Uu]nknown")
  message(FATAL_ERROR "update-mime-database failed (${rc}): ${out}${err}")
endif()
file(READ ${WORK_DIR}/globs2 globs)
file(READ ${WORK_DIR}/subclasses subclasses)
if(NOT globs MATCHES "\n[0-9]+:application/x-concurrency-kitchen\\+json:\\*\\.kitchen\\.json\n")
  message(FATAL_ERROR "globs2 does not map *.kitchen.json to our type:\n${globs}")
endif()
if(NOT subclasses MATCHES "application/x-concurrency-kitchen\\+json application/json")
  message(FATAL_ERROR "our type is not a sub-class of application/json:\n${subclasses}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "MIME type: *.kitchen.json -> application/x-concurrency-kitchen+json < application/json")
