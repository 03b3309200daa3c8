# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `make package` (or `cmake --build build/dev --target package`)
# writes build/dev/concurrency-kitchen_<version>_<arch>.deb. Included from
# resources/CMakeLists.txt; everything install() names anywhere in the project goes in.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME concurrency-kitchen)
set(CPACK_PACKAGE_VENDOR "The Concurrency Kitchen authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "learn processes, threads and coroutines by cooking")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Stripped binaries: the RelWithDebInfo build's debug information would triple the size.
set(CPACK_STRIP_FILES ON)
# Only the .deb: no source tarball of the build tree (`make package_source`).
set(CPACK_SOURCE_GENERATOR "")

set(KC_PACKAGE_MAINTAINER
    "Concurrency Kitchen maintainers <maintainers@users.noreply.b-seed-daaad15e.example>"
    CACHE STRING "The Maintainer field of the .deb (name <e-mail>)")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${KC_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/concurrency-kitchen/concurrency-kitchen)
# Debian's extended description; CPack puts the summary above as its first line.
set(CPACK_PACKAGE_DESCRIPTION
    "Concurrency Kitchen runs real workloads on the machine in front of you,
measures them with the operating system's own accounting (/proc), and shows
what happened as kitchens, chefs and burners beside live charts.
.
It compares sequential code, threads with and without Python's GIL,
processes and coroutines, with guided lessons in English and Traditional
Chinese (Taiwan), recordings that can be replayed, and charts and
animations to export for slides.")
# Depends: computed by dpkg-shlibdeps from the binaries' shared libraries (Qt 6,
# QCustomPlot, libstdc++...), so that it is right for whatever this machine built.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Python models and the Python twins need python3; the Chinese interface needs a CJK
# font; animation export to MP4/WebM uses ffmpeg when present. The app runs without them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "python3, fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "ffmpeg")
# Files 0644 and folders 0755 whatever the umask of the machine that builds the package.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# Debian-only adjustments to the staged files before they are packed.
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/deb_prebuild.cmake)

include(CPack)
