// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finding a CPython's GIL from outside the process, without root and without
// stopping it: the ELF symbol `_PyRuntime` (in the python binary or libpython) gives
// the runtime state's address range; /proc/PID/maps gives where that file is loaded.
// Every CPython since 3.7 keeps the GIL's futex words inside `_PyRuntime` (3.12+:
// in the main interpreter, which is itself inside it).

#include "core/util/result.h"
#include "core/watch/wait_classifier.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace kc::core::watch {

/// A symbol found in an ELF file: its value (a virtual address in the file's own
/// layout) and size.
struct ElfSymbol {
    uint64_t value = 0;
    uint64_t size = 0;
};
/// Looks name up in .symtab, then .dynsym, of the ELF64 file at path (little-endian).
/// The file is hostile: every offset and size is checked against the file's length;
/// at most 64 MB is read. Fails with a reason ("not an ELF file", "no symbol _PyRuntime").
Result<ElfSymbol> findElfSymbol(const std::string& path, std::string_view name);
/// The lowest p_vaddr of the file's PT_LOAD segments (0 for most PIE files).
Result<uint64_t> elfFirstLoadVaddr(const std::string& path);

/// One line of /proc/PID/maps.
struct MapsLine {
    uint64_t start = 0, end = 0, offset = 0;
    std::string perms;  ///< "r-xp"
    std::string path;   ///< "" for anonymous mappings
};
std::vector<MapsLine> parseMaps(std::string_view text);

/// What the watcher knows about a Python process.
struct PythonRuntime {
    bool isPython = false;   ///< a python binary or libpython is mapped
    std::string version;     ///< "3.11" from the file name, "" if unknown
    std::string file;        ///< the mapped file holding _PyRuntime
    GilRange gil;            ///< empty when the symbol could not be found (stripped build)
    std::string note;        ///< why the GIL is unknown, in words ("" when known)
};
/// Reads /proc/PID/maps and the mapped python file (through /proc/PID/root so a
/// container's file is the right one). Never fails: what is unknown says why.
PythonRuntime findPythonRuntime(pid_t pid);

} // namespace kc::core::watch
