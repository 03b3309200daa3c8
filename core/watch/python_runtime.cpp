// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/python_runtime.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kc::core::watch {

namespace {

constexpr uint64_t kMaxElfBytes = 64ull << 20;  // the most we read of one file

/// An ELF file opened for reading pieces of it; every piece is checked against the
/// file's length before it is read, and the pieces read add up to at most kMaxElfBytes,
/// so a hostile file cannot make us read or allocate more (a debug build's symbols may
/// sit past 64 MB; only what we read counts).
class ElfFile {
public:
    ~ElfFile() {
        if (m_fd >= 0) ::close(m_fd);
    }
    std::string open(const std::string& path) {
        m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) return "cannot open " + path + ": " + std::strerror(errno);
        struct stat st {};
        if (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode)) return path + " is not a regular file";
        m_size = uint64_t(st.st_size);  // offsets are checked against it; reads against the budget
        unsigned char id[EI_NIDENT];
        if (!read(0, id, sizeof id) || std::memcmp(id, ELFMAG, SELFMAG) != 0)
            return path + " is not an ELF file";
        if (id[EI_CLASS] != ELFCLASS64 || id[EI_DATA] != ELFDATA2LSB)
            return path + " is not a 64-bit little-endian ELF file";
        if (!read(0, &m_eh, sizeof m_eh)) return path + ": truncated ELF header";
        return {};
    }
    /// Reads [off, off + len) when it lies inside the file and within the read budget.
    /// True when [off, off + len) lies inside the file and within the read budget.
    bool fits(uint64_t off, uint64_t len) const {
        return off <= m_size && len <= m_size - off && len <= m_budget;
    }
    bool read(uint64_t off, void* dst, uint64_t len) {
        if (!fits(off, len)) return false;
        m_budget -= len;
        auto* p = static_cast<char*>(dst);
        while (len > 0) {
            ssize_t n = ::pread(m_fd, p, len, off_t(off));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return false;
            p += n;
            off += uint64_t(n);
            len -= uint64_t(n);
        }
        return true;
    }
    bool readString(uint64_t off, uint64_t len, std::string& out) {
        if (!fits(off, len)) return false;  // before allocating: len is the file's word
        out.resize(len);
        return read(off, out.data(), len);
    }
    const Elf64_Ehdr& header() const { return m_eh; }

private:
    int m_fd = -1;
    uint64_t m_size = 0;
    uint64_t m_budget = kMaxElfBytes;
    Elf64_Ehdr m_eh{};
};

/// The section headers, checked: the table lies inside the file and its entries are
/// Elf64_Shdr-sized.
bool readSections(ElfFile& f, std::vector<Elf64_Shdr>& out, std::string& why) {
    const Elf64_Ehdr& eh = f.header();
    if (eh.e_shnum == 0 || eh.e_shoff == 0) {
        why = "no section headers";
        return false;
    }
    if (eh.e_shentsize != sizeof(Elf64_Shdr)) {
        why = "bad section header size";
        return false;
    }
    out.resize(eh.e_shnum);
    if (!f.read(eh.e_shoff, out.data(), uint64_t(eh.e_shnum) * sizeof(Elf64_Shdr))) {
        why = "section headers lie outside the file";
        return false;
    }
    return true;
}

/// Looks name up in one symbol table section; "" when found, else why not.
bool searchTable(ElfFile& f, const std::vector<Elf64_Shdr>& sections, const Elf64_Shdr& sh,
                 std::string_view name, ElfSymbol& found, std::string& why) {
    if (sh.sh_entsize != sizeof(Elf64_Sym) || sh.sh_link >= sections.size()) {
        why = "malformed symbol table";
        return false;
    }
    const Elf64_Shdr& strSh = sections[sh.sh_link];
    std::string strtab, symtab;
    if (!f.readString(strSh.sh_offset, strSh.sh_size, strtab) ||
        !f.readString(sh.sh_offset, sh.sh_size - sh.sh_size % sizeof(Elf64_Sym), symtab)) {
        why = "symbol table lies outside the file (or past the 64 MB budget)";
        return false;
    }
    for (size_t off = 0; off + sizeof(Elf64_Sym) <= symtab.size(); off += sizeof(Elf64_Sym)) {
        Elf64_Sym sym;
        std::memcpy(&sym, symtab.data() + off, sizeof sym);
        if (sym.st_shndx == SHN_UNDEF || sym.st_name >= strtab.size()) continue;
        // Compare in place, bounded by the table's end (a name may lack its NUL).
        size_t avail = strtab.size() - sym.st_name;
        if (avail < name.size() + 1) continue;
        const char* s = strtab.data() + sym.st_name;
        if (std::memcmp(s, name.data(), name.size()) != 0 || s[name.size()] != '\0') continue;
        found.value = sym.st_value;
        found.size = sym.st_size;
        return true;
    }
    return false;
}

std::string_view baseName(std::string_view path) {
    size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

/// "3.11" from the start of s ("3.11.so.1.0", "3.13t"), "" when s does not start
/// with digits '.' digits.
std::string leadingVersion(std::string_view s) {
    size_t i = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == 0 || i >= s.size() || s[i] != '.') return {};
    size_t j = i + 1;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    if (j == i + 1) return {};
    return std::string(s.substr(0, j));
}

/// 2 for libpython3.X*.so*, 1 for pythonX.Y[suffix] (or a plain python/python3),
/// 0 otherwise. The library wins: a python linked to it keeps _PyRuntime there.
int pythonRank(std::string_view base, std::string& version) {
    constexpr std::string_view lib = "libpython";
    if (base.substr(0, lib.size()) == lib) {
        std::string_view rest = base.substr(lib.size());
        version = leadingVersion(rest);
        if (!version.empty() && rest.find(".so") != std::string_view::npos) return 2;
        return 0;
    }
    constexpr std::string_view py = "python";
    if (base.substr(0, py.size()) != py) return 0;
    std::string_view rest = base.substr(py.size());
    if (rest.empty() || rest == "3") {
        version.clear();
        return 1;
    }
    version = leadingVersion(rest);
    if (version.empty()) return 0;
    // Only short suffixes after the version: "3.13t", "3.11d"; not "python3.11-config".
    std::string_view tail = rest.substr(version.size());
    for (char c : tail)
        if (c < 'a' || c > 'z') return 0;
    return tail.size() <= 2 ? 1 : 0;
}

std::string slurpMaps(pid_t pid) {
    std::string path = "/proc/" + std::to_string(pid) + "/maps";
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return {};
    std::string out;
    char buf[8192];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        out.append(buf, size_t(n));
        if (out.size() > (16u << 20)) break;  // a maps file that large is not a python
    }
    ::close(fd);
    return out;
}

} // namespace

Result<ElfSymbol> findElfSymbol(const std::string& path, std::string_view name) {
    ElfFile f;
    if (std::string why = f.open(path); !why.empty()) return makeError(why);
    std::vector<Elf64_Shdr> sections;
    std::string why;
    if (!readSections(f, sections, why)) return makeError(path + ": " + why);
    // .symtab first (it has every symbol when the file is not stripped), then .dynsym.
    for (uint32_t type : {uint32_t(SHT_SYMTAB), uint32_t(SHT_DYNSYM)}) {
        for (const Elf64_Shdr& sh : sections) {
            if (sh.sh_type != type) continue;
            ElfSymbol sym;
            if (searchTable(f, sections, sh, name, sym, why)) return sym;
        }
    }
    if (!why.empty()) return makeError(path + ": " + why);
    return makeError(path + ": no symbol " + std::string(name));
}

Result<uint64_t> elfFirstLoadVaddr(const std::string& path) {
    ElfFile f;
    if (std::string why = f.open(path); !why.empty()) return makeError(why);
    const Elf64_Ehdr& eh = f.header();
    if (eh.e_phnum == 0 || eh.e_phentsize != sizeof(Elf64_Phdr))
        return makeError(path + ": no program headers");
    std::vector<Elf64_Phdr> ph(eh.e_phnum);
    if (!f.read(eh.e_phoff, ph.data(), uint64_t(eh.e_phnum) * sizeof(Elf64_Phdr)))
        return makeError(path + ": program headers lie outside the file");
    bool any = false;
    uint64_t lowest = 0;
    for (const Elf64_Phdr& p : ph) {
        if (p.p_type != PT_LOAD) continue;
        if (!any || p.p_vaddr < lowest) lowest = p.p_vaddr;
        any = true;
    }
    if (!any) return makeError(path + ": no loadable segment");
    return lowest;
}

std::vector<MapsLine> parseMaps(std::string_view text) {
    std::vector<MapsLine> out;
    auto hex = [](std::string_view s, uint64_t& v) {
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v, 16);
        return ec == std::errc() && p == s.data() + s.size();
    };
    auto token = [](std::string_view& s) {
        size_t i = s.find_first_not_of(' ');
        if (i == std::string_view::npos) {
            s = {};
            return std::string_view{};
        }
        s.remove_prefix(i);
        size_t j = s.find(' ');
        std::string_view t = s.substr(0, j);
        s.remove_prefix(j == std::string_view::npos ? s.size() : j);
        return t;
    };
    while (!text.empty()) {
        size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        std::string_view range = token(line), perms = token(line), off = token(line);
        std::string_view dev = token(line), inode = token(line);
        size_t dash = range.find('-');
        MapsLine m;
        if (dash == std::string_view::npos || !hex(range.substr(0, dash), m.start) ||
            !hex(range.substr(dash + 1), m.end) || !hex(off, m.offset) || perms.size() != 4 ||
            dev.empty() || inode.empty())
            continue;  // not a maps line: skip it rather than guess
        m.perms = std::string(perms);
        // The path is the rest of the line, spaces and all, after the padding.
        size_t p = line.find_first_not_of(' ');
        if (p != std::string_view::npos) m.path = std::string(line.substr(p));
        out.push_back(std::move(m));
    }
    return out;
}

PythonRuntime findPythonRuntime(pid_t pid) {
    PythonRuntime rt;
    std::string text = slurpMaps(pid);
    if (text.empty()) {
        rt.note = "cannot read the memory map of process " + std::to_string(pid);
        return rt;
    }
    std::vector<MapsLine> maps = parseMaps(text);
    // The candidates, best first: each distinct python-looking path once.
    struct Candidate {
        std::string path, version;
        int rank;
    };
    std::vector<Candidate> cands;
    for (const MapsLine& m : maps) {
        if (m.path.empty() || m.path[0] != '/') continue;
        std::string version;
        int rank = pythonRank(baseName(m.path), version);
        if (rank == 0) continue;
        bool seen = false;
        for (const Candidate& c : cands) seen = seen || c.path == m.path;
        if (!seen) cands.push_back({m.path, version, rank});
    }
    if (cands.empty()) {
        rt.note = "no python program or libpython is loaded in this process";
        return rt;
    }
    std::stable_sort(cands.begin(), cands.end(),
                     [](const Candidate& a, const Candidate& b) { return a.rank > b.rank; });
    rt.isPython = true;
    for (const Candidate& c : cands) if (rt.version.empty()) rt.version = c.version;
    std::string why;
    for (const Candidate& c : cands) {
        // Through the process's root first: in a container its /usr/bin is not ours.
        std::string rooted = "/proc/" + std::to_string(pid) + "/root" + c.path;
        std::string file = rooted;
        auto sym = findElfSymbol(file, "_PyRuntime");
        if (!sym) {
            file = c.path;
            auto direct = findElfSymbol(file, "_PyRuntime");
            if (!direct) {
                if (why.empty()) why = sym.error();
                continue;
            }
            sym = std::move(direct);
        }
        if (sym->size == 0) {
            why = c.path + ": _PyRuntime has no size";
            continue;
        }
        auto vaddr = elfFirstLoadVaddr(file);
        if (!vaddr) {
            why = vaddr.error();
            continue;
        }
        const MapsLine* base = nullptr;
        for (const MapsLine& m : maps)
            if (m.path == c.path && m.offset == 0 && (!base || m.start < base->start)) base = &m;
        if (!base) {
            why = c.path + " is loaded, but not from its start";
            continue;
        }
        // The mapping of offset 0 begins at the first segment's page.
        uint64_t page = uint64_t(::sysconf(_SC_PAGESIZE));
        uint64_t bias = base->start - (*vaddr & ~(page - 1));
        rt.file = c.path;
        if (!c.version.empty()) rt.version = c.version;
        rt.gil.begin = bias + sym->value;
        rt.gil.end = rt.gil.begin + sym->size;
        rt.note.clear();
        return rt;
    }
    rt.note = "the GIL's place is unknown (" + why + ")";
    return rt;
}

} // namespace kc::core::watch
