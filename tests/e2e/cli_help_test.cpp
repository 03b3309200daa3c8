// SPDX-License-Identifier: GPL-3.0-or-later
// --help of the program and of every command, in English and Chinese, and the manual
// page made from the same help. The options a command's parser really accepts come from
// the program itself (`help --parser-options COMMAND`), so a new option that nobody
// explained fails here.
#include "e2e_util.h"

#include <cstdio>
#include <filesystem>
#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <unistd.h>

using kc::test::runApp;

namespace {

const std::vector<std::string> kCommands = {"compare", "handout", "lessons", "replay", "run",
                                            "shot",    "switch-cost", "watch"};

// English whatever the machine's locale, and no display: help must never need one.
const std::map<std::string, std::string> kEnglish = {
    {"LC_ALL", ""}, {"LC_MESSAGES", ""}, {"LANG", "C"}, {"DISPLAY", ""}, {"QT_QPA_PLATFORM", ""}};
const std::map<std::string, std::string> kChinese = {{"LC_ALL", ""},
                                                     {"LC_MESSAGES", ""},
                                                     {"LANG", "zh_TW.UTF-8"},
                                                     {"DISPLAY", ""},
                                                     {"QT_QPA_PLATFORM", ""}};

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);)
        out.push_back(l);
    return out;
}

std::vector<std::string> withCommand(const std::string& command, std::vector<std::string> rest) {
    if (!command.empty())
        rest.insert(rest.begin(), command);
    return rest;
}

// The options the command's parser accepts, from the program.
std::set<std::string> parserOptions(const std::string& command) {
    auto r = runApp(withCommand(command, {}).empty()
                        ? std::vector<std::string>{"help", "--parser-options"}
                        : std::vector<std::string>{"help", "--parser-options", command},
                    kEnglish, 30);
    EXPECT_EQ(r.status, 0) << command << ": " << r.err;
    std::set<std::string> out;
    for (const std::string& l : lines(r.out))
        if (l.rfind("-", 0) == 0)
            out.insert(l);
    EXPECT_FALSE(out.empty()) << command << ": " << r.out << r.err;
    return out;
}

// One option of the help's option list: its names, and its explanation.
struct Listed {
    std::vector<std::string> names;
    std::string text;
};

// The option list of a help text: the lines from the line after the first heading that
// is followed by "  -" lines, up to the next blank line. Option lines start with two
// spaces and a hyphen; explanations follow on the line or below, indented.
std::vector<Listed> listedOptions(const std::string& help) {
    std::vector<Listed> out;
    bool inOptions = false;
    for (const std::string& l : lines(help)) {
        if (l.empty()) {
            if (inOptions && !out.empty())
                break;
            continue;
        }
        if (l.rfind("  -", 0) == 0) {
            inOptions = true;
            Listed item;
            std::string head = l.substr(2);
            const size_t gap = head.find("  ");
            if (gap != std::string::npos) {
                item.text = head.substr(gap);
                head = head.substr(0, gap);
            }
            // "-h, --help" or "--chefs N"
            std::istringstream words(head);
            for (std::string w; words >> w;) {
                if (w.back() == ',')
                    w.pop_back();
                if (w.rfind("-", 0) == 0)
                    item.names.push_back(w);
            }
            out.push_back(item);
        } else if (inOptions && !out.empty()) {
            out.back().text += l;
        }
    }
    return out;
}

std::set<std::string> names(const std::vector<Listed>& listed) {
    std::set<std::string> out;
    for (const Listed& o : listed)
        out.insert(o.names.begin(), o.names.end());
    return out;
}

int cjkCount(const std::string& s) {
    int n = 0;
    for (size_t i = 0; i + 2 < s.size(); ++i) {
        // UTF-8 of U+4E00..U+9FFF: E4..E9 then two continuation bytes.
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0xE4 && c <= 0xE9)
            ++n;
    }
    return n;
}

std::string helpOf(const std::string& command, const std::map<std::string, std::string>& env,
                   std::vector<std::string> extra = {}) {
    std::vector<std::string> args = extra;
    for (const std::string& a : withCommand(command, {"--help"}))
        args.push_back(a);
    auto r = runApp(args, env, 30);
    EXPECT_EQ(r.status, 0) << command << ": " << r.err;
    EXPECT_TRUE(r.err.empty()) << command << ": " << r.err;
    return r.out;
}

std::string shell(const std::string& command, int& status) {
    std::string out;
    FILE* p = ::popen(command.c_str(), "r");
    if (!p) {
        status = -1;
        return out;
    }
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;)
        out.append(buf, n);
    status = ::pclose(p);
    return out;
}

} // namespace

TEST(CliHelp, EveryOptionAParserAcceptsIsExplainedInItsHelp) {
    for (const std::string& command : withCommand("", kCommands)) {
        SCOPED_TRACE("command '" + command + "'");
        const std::set<std::string> accepted = parserOptions(command);
        const std::vector<Listed> listed = listedOptions(helpOf(command, kEnglish));
        const std::set<std::string> explained = names(listed);
        for (const std::string& o : accepted)
            EXPECT_TRUE(explained.count(o)) << o << " is accepted but not in the help";
        // And nothing is explained that the program does not take (--help and --version
        // are answered before any parser).
        for (const std::string& o : explained)
            EXPECT_TRUE(accepted.count(o) || o == "--help" || o == "-h" || o == "--version")
                << o << " is in the help but not accepted";
        for (const Listed& o : listed)
            EXPECT_GT(o.text.size(), 10u) << o.names.front() << " has no explanation";
    }
}

TEST(CliHelp, ChineseHelpIsChineseAndListsTheSameOptions) {
    for (const std::string& command : withCommand("", kCommands)) {
        SCOPED_TRACE("command '" + command + "'");
        const auto english = listedOptions(helpOf(command, kEnglish));
        // --lang before the command, and the locale of the environment.
        const std::string zh = helpOf(command, kEnglish, {"--lang", "zh_TW"});
        EXPECT_EQ(zh, helpOf(command, kChinese));
        EXPECT_GT(cjkCount(zh), 60) << zh;
        const auto chinese = listedOptions(zh);
        EXPECT_EQ(names(chinese), names(english)) << zh;
        for (const Listed& o : chinese)
            EXPECT_GT(cjkCount(o.text), 0) << o.names.front() << " is not translated: " << o.text;
    }
}

TEST(CliHelp, HelpCommandIsTheCommandsHelp) {
    const std::string top = helpOf("", kEnglish);
    EXPECT_EQ(runApp({"help"}, kEnglish).out, top);
    EXPECT_EQ(runApp({"-h"}, kEnglish).out, top);
    for (const std::string& command : kCommands) {
        SCOPED_TRACE(command);
        const std::string own = helpOf(command, kEnglish);
        EXPECT_NE(top.find("\n  " + command + " "), std::string::npos) << "not listed in --help";
        EXPECT_NE(own.find("Usage: concurrency-kitchen " + command), std::string::npos) << own;
        EXPECT_EQ(runApp({"help", command}, kEnglish).out, own);
        EXPECT_EQ(runApp({command, "-h"}, kEnglish).out, own);
        // --lang anywhere before the command's own words ends.
        const std::string zh = helpOf(command, kEnglish, {"--lang", "zh_TW"});
        EXPECT_EQ(runApp({"help", command, "--lang", "zh_TW"}, kEnglish).out, zh);
        EXPECT_EQ(runApp({"--lang=zh_TW", "help", command}, kEnglish).out, zh);
        EXPECT_EQ(runApp({command, "--lang", "zh_TW", "--help"}, kEnglish).out, zh);
    }
}

TEST(CliHelp, HelpOfAnUnknownCommandIsAUsageError) {
    auto r = runApp({"help", "bake"}, kEnglish);
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_NE(r.err.find("unknown command 'bake'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("switch-cost"), std::string::npos) << "the commands are named: " << r.err;
    EXPECT_EQ(runApp({"help", "run", "compare"}, kEnglish).status, 2);
    EXPECT_EQ(runApp({"help", "--bake"}, kEnglish).status, 2);
    EXPECT_EQ(runApp({"--lang", "klingon", "run", "--help"}, kEnglish).status, 2);
}

TEST(CliHelp, ManPageRendersWithoutWarningsAndNamesEveryCommand) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("kc-man-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    for (const std::string lang : {"en", "zh_TW"}) {
        SCOPED_TRACE(lang);
        auto r = runApp({"help", "--man", "--lang", lang}, kEnglish, 30);
        ASSERT_EQ(r.status, 0) << r.err;
        EXPECT_NE(r.out.find(".TH CONCURRENCY\\-KITCHEN 1"), std::string::npos);
        // man-db's index reads "name \- summary" under NAME.
        const size_t name = r.out.find("\nconcurrency\\-kitchen \\- ");
        EXPECT_NE(name, std::string::npos) << r.out.substr(0, 400);
        const std::string page = (dir / ("concurrency-kitchen." + lang + ".1")).string();
        {
            std::FILE* f = std::fopen(page.c_str(), "w");
            ASSERT_NE(f, nullptr);
            std::fwrite(r.out.data(), 1, r.out.size(), f);
            std::fclose(f);
        }
        int status = 0;
        const std::string warnings =
            shell("groff -k -man -Tutf8 -ww -z '" + page + "' 2>&1", status);
        EXPECT_EQ(status, 0);
        EXPECT_TRUE(warnings.empty()) << warnings;
        const std::string text =
            shell("groff -k -man -Tutf8 -P-cbou '" + page + "' 2>/dev/null", status);
        EXPECT_EQ(status, 0);
        for (const std::string& command : kCommands)
            EXPECT_NE(text.find("concurrency-kitchen " + command), std::string::npos)
                << command << " is not in the manual page";
        for (const char* env : {"KC_DATA_DIR", "KC_LESSONS_DIR", "KC_PYTHON_DIR", "KC_WORKER_PATH"})
            EXPECT_NE(text.find(env), std::string::npos) << env;
        if (lang == "zh_TW")
            EXPECT_GT(cjkCount(text), 500);
    }
    std::filesystem::remove_all(dir);
}
