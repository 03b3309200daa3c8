// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing runs from the folder the app was started in. A student's (or a stranger's)
// folder may hold a sysconfig.py, a site.py, a multiprocessing/ package or a python3 of
// its own; the Python probe ("python3 -c ...", which puts the current folder first on
// sys.path) and the twins (whose spawn pool workers start as "python -c ...") must not
// import or run any of them. Each planted file writes a marker when it runs.

#include "e2e_util.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using kc::test::AppResult;
using kc::test::kHung;
using kc::test::Launch;

namespace {

namespace fs = std::filesystem;

/// runApp, with the child started in cwd.
AppResult runAppIn(const std::string& cwd, const std::vector<std::string>& args,
                   const std::map<std::string, std::string>& env, double timeoutSeconds) {
    return kc::test::runAppWith(args, Launch{env, cwd}, timeoutSeconds);
}

/// A folder planted with Python that writes <folder>/MARKER-<name> when it runs.
struct HostileFolder {
    std::string path;
    HostileFolder() {
        char tmpl[] = "/tmp/kc-e2e-hostile-cwd-XXXXXX";
        path = mkdtemp(tmpl);
        plant("sysconfig.py", "sysconfig");
        plant("site.py", "site");
        plant("kitchen.py", "kitchen");
        plant("threading.py", "threading");
        fs::create_directory(path + "/multiprocessing");
        plant("multiprocessing/__init__.py", "multiprocessing");
        fs::create_directory(path + "/encodings");
        plant("encodings/__init__.py", "encodings");
        // A python3 of its own, for a PATH that names the current folder.
        std::ofstream(path + "/python3") << "#!/bin/sh\ntouch '" << path << "/MARKER-python3'\n"
                                         << "exec /usr/bin/python3 \"$@\"\n";
        chmod((path + "/python3").c_str(), 0755);
    }
    ~HostileFolder() { fs::remove_all(path); }
    void plant(const std::string& file, const std::string& name) {
        std::ofstream(path + "/" + file)
            << "open(" << '"' << path << "/MARKER-" << name << '"' << ", 'w').write('ran')\n";
    }
    std::vector<std::string> markers() const {
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(path))
            if (e.path().filename().string().rfind("MARKER-", 0) == 0)
                out.push_back(e.path().filename().string());
        return out;
    }
};

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v)
        s += x + " ";
    return s;
}

} // namespace

TEST(PythonIsolation, AThreadsRunImportsNothingFromTheCurrentFolder) {
    HostileFolder cwd;
    const AppResult r = runAppIn(cwd.path,
                                 {"run", "--engine", "python", "--model", "threads", "--chefs", "2",
                                  "--dishes", "2", "--recipe", "chop:2"},
                                 {}, 120);
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_TRUE(cwd.markers().empty()) << "ran from the current folder: " << joined(cwd.markers());
}

TEST(PythonIsolation, SpawnedPoolWorkersImportNothingFromTheCurrentFolder) {
    // A spawn pool worker starts as "python -c 'from multiprocessing.spawn import ...'":
    // in the user's folder, its multiprocessing/ would be imported first.
    HostileFolder cwd;
    const AppResult r = runAppIn(cwd.path,
                                 {"run", "--engine", "python", "--model", "processes",
                                  "--start-method", "spawn", "--chefs", "2", "--dishes", "2",
                                  "--recipe", "chop:2"},
                                 {}, 120);
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_TRUE(cwd.markers().empty()) << "ran from the current folder: " << joined(cwd.markers());
}

TEST(PythonIsolation, APathNamingTheCurrentFolderDoesNotRunItsPython) {
    // PATH=":/usr/bin" (an empty entry is the current folder, as "." is) must not pick the
    // folder's own python3.
    HostileFolder cwd;
    const std::string path = std::getenv("PATH") ? std::getenv("PATH") : "/usr/bin";
    const AppResult r = runAppIn(cwd.path,
                                 {"run", "--engine", "python", "--model", "sequential", "--dishes",
                                  "1", "--recipe", "chop:1"},
                                 {{"PATH", ".::" + path}}, 120);
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_TRUE(cwd.markers().empty()) << "ran from the current folder: " << joined(cwd.markers());
}
