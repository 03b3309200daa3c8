// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/bounded_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kc::core {

namespace {

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

const char* fileKindText(unsigned mode) {
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISFIFO(mode))
        return "a FIFO (named pipe)";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

std::string byteSizeText(size_t bytes) {
    char buf[64];
    if (bytes >= (size_t(1) << 20))
        std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / double(1 << 20));
    else if (bytes >= 1024)
        std::snprintf(buf, sizeof buf, "%.0f KB", double(bytes) / 1024.0);
    else
        std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
    return buf;
}

Result<std::string> readBoundedFile(const std::string& path, size_t maxBytes,
                                    std::string_view what) {
    const std::string name = std::string(what) + " " + path;
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer; fstat then
    // refuses it. It does not change how a regular file reads.
    Fd f;
    f.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (f.fd < 0)
        return makeError("cannot open " + name + ": " + std::strerror(errno));
    struct stat st {};
    if (::fstat(f.fd, &st) != 0)
        return makeError("cannot read " + name + ": " + std::strerror(errno));
    if (!S_ISREG(st.st_mode))
        return makeError("cannot read " + name + ": it is " + fileKindText(st.st_mode) +
                         ", not a regular file");
    if (size_t(st.st_size) > maxBytes)
        return makeError("cannot read " + name + ": it is " + byteSizeText(size_t(st.st_size)) +
                         ", more than the " + byteSizeText(maxBytes) + " a " +
                         std::string(what) + " may be");
    std::string text;
    text.resize(size_t(st.st_size));
    size_t got = 0;
    // Read to the end, not to st_size: the file may grow while we read (up to the cap).
    for (;;) {
        if (got == text.size()) {
            if (text.size() > maxBytes)
                return makeError("cannot read " + name + ": it grew past the " +
                                 byteSizeText(maxBytes) + " a " + std::string(what) +
                                 " may be");
            // Usually the file simply ends here: look with a small step, not by doubling
            // a buffer of tens of megabytes just to find that nothing more comes.
            text.resize(std::min(maxBytes + 1, text.size() + (size_t(64) << 10)));
        }
        const ssize_t n = ::read(f.fd, text.data() + got, text.size() - got);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return makeError("cannot read " + name + ": " + std::strerror(errno));
        }
        if (n == 0)
            break;
        got += size_t(n);
    }
    text.resize(got);
    return text;
}

std::string clipForMessage(std::string_view text, size_t maxChars) {
    std::string out;
    size_t i = 0;
    for (; i < text.size() && out.size() < maxChars; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += char(c);
        }
    }
    if (i < text.size()) {
        // Do not end inside a UTF-8 sequence: drop continuation bytes and their lead.
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
            out.pop_back();
        if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0)
            out.pop_back();
        out += "…";
    }
    return out;
}

} // namespace kc::core
