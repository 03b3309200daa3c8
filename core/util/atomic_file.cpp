// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/atomic_file.h"

#include "core/util/bounded_file.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kc::core {

namespace {

// The temporary names: "." + base + ".kc-tmp-" + pid + "-XXXXXX". The leading dot
// hides them from a file dialog; the pid lets a later save tell a dead writer's
// leftovers from a live one's work in progress.
constexpr const char* kTmpMarker = ".kc-tmp-";

std::string folderOf(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string baseOf(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// "the disk is full" reads better than strerror's wording for the case people meet.
std::string reasonText(int err) {
    if (err == ENOSPC)
        return "the disk is full (No space left on device)";
    if (err == EDQUOT)
        return "the disk quota is used up (Disk quota exceeded)";
    if (err == EFBIG)
        return "the file is larger than this process may write (File too large)";
    return std::strerror(err);
}

Error writeError(const std::string& path, int err) {
    return makeError("cannot write " + path + ": " + reasonText(err));
}

// The file a save will replace: path itself, or the final file a symlink leads to.
// An existing target must be a regular file. Sets existing/mode when there is one.
struct Target {
    std::string path;      // where the new file is renamed to
    bool existing = false;
    struct stat st {};
};

Result<Target> resolveTarget(const std::string& path) {
    Target t;
    t.path = path;
    struct stat lst {};
    if (::lstat(path.c_str(), &lst) != 0) {
        if (errno == ENOENT)
            return t;
        return makeError("cannot write " + path + ": " + reasonText(errno));
    }
    if (S_ISLNK(lst.st_mode)) {
        // Written through: the link stays, its final file is replaced. A link that
        // leads nowhere is refused rather than creating a file somewhere unexpected.
        char real[PATH_MAX];
        if (!::realpath(path.c_str(), real))
            return makeError("cannot write " + path + ": it is a symbolic link to a file that "
                             "does not exist (" + std::strerror(errno) + ")");
        t.path = real;
    }
    if (::stat(t.path.c_str(), &t.st) != 0)
        return makeError("cannot write " + path + ": " + reasonText(errno));
    if (!S_ISREG(t.st.st_mode))
        return makeError("cannot write " + path + ": it is " + fileKindText(t.st.st_mode) +
                         ", not a regular file; choose a file name");
    t.existing = true;
    return t;
}

// The process's umask without changing it (umask() would race other threads).
mode_t currentUmask() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Umask:", 0) == 0)
            return mode_t(std::strtoul(line.c_str() + 6, nullptr, 8));
    return 022;
}

// Every byte, through EINTR and partial writes. 0, or the errno that stopped it.
int writeAll(int fd, const char* data, size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return EIO;
        data += n;
        size -= size_t(n);
    }
    return 0;
}

bool processGone(pid_t pid) { return ::kill(pid, 0) != 0 && errno == ESRCH; }

} // namespace

int removeStaleTemporaries(const std::string& dir) {
    DIR* d = ::opendir(dir.c_str());
    if (!d)
        return 0;
    const int dfd = ::dirfd(d);
    int removed = 0;
    while (const dirent* e = ::readdir(d)) {
        const std::string name = e->d_name;
        if (name.size() < 2 || name[0] != '.')
            continue;
        const auto at = name.rfind(kTmpMarker);
        if (at == std::string::npos || at == 0)
            continue;
        const char* digits = name.c_str() + at + std::strlen(kTmpMarker);
        char* end = nullptr;
        errno = 0;
        const long pid = std::strtol(digits, &end, 10);
        if (end == digits || *end != '-' || errno != 0 || pid <= 0 || pid > INT_MAX ||
            pid_t(pid) == ::getpid() || !processGone(pid_t(pid)))
            continue;
        struct stat st {};
        // Only regular files of that shape: never follow or touch anything else.
        if (::fstatat(dfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
            continue;
        if (::unlinkat(dfd, name.c_str(), 0) == 0)
            ++removed;
    }
    ::closedir(d);
    return removed;
}

Result<bool> saveAtomicallyWith(const std::string& path,
                                const std::function<std::string(int fd)>& write) {
    if (path.empty())
        return makeError("cannot write a file with an empty name");
    auto target = resolveTarget(path);
    if (!target.ok())
        return makeError(target.error());
    const std::string dir = folderOf(target->path);
    removeStaleTemporaries(dir);

    // Keep the name within NAME_MAX (255) however long the target's name is.
    std::string base = baseOf(target->path).substr(0, 200);
    std::string tmp = dir + "/." + base + kTmpMarker + std::to_string(::getpid()) + "-XXXXXX";
    // mkostemp opens with O_CREAT|O_EXCL: a planted file or symlink of that name
    // makes it pick another name, it never writes through one.
    const int fd = ::mkostemp(tmp.data(), O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            return makeError("cannot write " + path + ": the folder " + dir + " does not exist");
        return writeError(path, err);
    }
    auto fail = [&](Error e) -> Result<bool> {
        ::unlink(tmp.c_str());
        return e;
    };
    // The permission bits (and owner, when we may) of the file it replaces; a new file
    // gets what open(0666) would have given it.
    // (chown first: it clears set-id bits that chmod then restores.)
    if (target->existing && ::geteuid() == 0)
        (void)!::fchown(fd, target->st.st_uid, target->st.st_gid); // best effort
    const mode_t mode = target->existing ? (target->st.st_mode & 07777) : (0666 & ~currentUmask());
    if (::fchmod(fd, mode) != 0) {
        const int err = errno;
        ::close(fd);
        return fail(writeError(path, err));
    }

    std::string problem = write(fd);
    if (problem.empty() && ::fsync(fd) != 0)
        problem = reasonText(errno);
    // close() can report a delayed write error (NFS, some FUSE): it counts.
    if (::close(fd) != 0 && problem.empty() && errno != EINTR)
        problem = reasonText(errno);
    if (!problem.empty())
        return fail(makeError("cannot write " + path + ": " + problem));
    if (::rename(tmp.c_str(), target->path.c_str()) != 0)
        return fail(writeError(path, errno));
    // The rename itself is durable only once the folder is synced. The new file is
    // already in place here, so a failure (EINVAL on some filesystems) is not reported.
    if (int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
        (void)::fsync(dfd);
        ::close(dfd);
    }
    return true;
}

Result<bool> saveAtomically(const std::string& path, std::string_view bytes) {
    return saveAtomicallyWith(path, [bytes](int fd) -> std::string {
        const int err = writeAll(fd, bytes.data(), bytes.size());
        return err == 0 ? std::string() : reasonText(err);
    });
}

Result<bool> checkOutputPath(const std::string& path, std::string_view what) {
    const std::string opt(what);
    if (path.empty())
        return makeError(opt + " expects a file name");
    auto target = resolveTarget(path);
    if (!target.ok())
        return makeError(opt + ": " + target.error());
    const std::string dir = folderOf(target->path);
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0)
        return makeError(opt + ": cannot write " + path + ": the folder " + dir +
                         (errno == ENOENT ? " does not exist" : std::string(": ") + std::strerror(errno)));
    if (!S_ISDIR(st.st_mode))
        return makeError(opt + ": cannot write " + path + ": " + dir + " is not a folder");
    if (::access(dir.c_str(), W_OK | X_OK) != 0)
        return makeError(opt + ": cannot write " + path + ": the folder " + dir +
                         " cannot be written to (" + std::strerror(errno) + ")");
    return true;
}

} // namespace kc::core
