# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside cpack, after the install into the staging folder, before the .deb is
# packed (CPACK_PRE_BUILD_SCRIPTS).
set(kc_stage "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")

# Debian wants no copy of a common licence in the package's documentation (lintian:
# extra-license-file): the copyright file points to /usr/share/common-licenses/GPL-3
# instead, so the LICENSE that `cmake --install` puts beside it is dropped here.
file(GLOB_RECURSE kc_licences "${kc_stage}/*/share/doc/concurrency-kitchen/LICENSE")
if(kc_licences)
  file(REMOVE ${kc_licences})
endif()

# CPACK_STRIP_FILES strips the debug information; the compiler's .comment and the .note
# section are of no use either (what dh_strip removes too; lintian:
# binary-has-unneeded-section). .note.gnu.build-id stays: debuggers match on it.
find_program(kc_strip strip REQUIRED)
file(GLOB kc_programs "${kc_stage}/*/bin/*" "${kc_stage}/*/libexec/concurrency-kitchen/*")
foreach(program IN LISTS kc_programs)
  file(READ "${program}" kc_magic LIMIT 4 HEX)
  if(kc_magic STREQUAL "7f454c46") # ELF
    execute_process(COMMAND ${kc_strip} --remove-section=.comment --remove-section=.note
                            "${program}" COMMAND_ERROR_IS_FATAL ANY)
  endif()
endforeach()

# Debian installs manual pages compressed with gzip -9n (policy 12.1, lintian:
# uncompressed-manual-page), as dh_compress would; `cmake --install` leaves them plain
# for the distributions that compress on their own.
find_program(kc_gzip gzip REQUIRED)
file(GLOB_RECURSE kc_manpages "${kc_stage}/*/share/man/*.[1-9]")
foreach(page IN LISTS kc_manpages)
  execute_process(COMMAND ${kc_gzip} -9nf "${page}" COMMAND_ERROR_IS_FATAL ANY)
endforeach()
