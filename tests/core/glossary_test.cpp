// SPDX-License-Identifier: GPL-3.0-or-later
// One word per concept, enforced: no lesson text (either language, every field) and no
// translation (.ts: zh_TW translations; English sources and translations) uses a term
// or phrasing that lessons/glossary.json avoids. Each finding names the file, the
// field or the translation's context and source, and the term. The checks are shown
// to fail: 爐火 put back into a copy of a lesson, and into a copy of a .ts file.

#include "core/lessons/lesson_loader.h"

#include "../common/temp_files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace kc::core::lessons;
namespace fs = std::filesystem;

namespace {

const std::string kSource = KC_SOURCE_DIR;

using kc::test::readWholeFile;

// A folder of its own for each test, removed at the end.
struct TempDir : kc::test::TempFolder {
    TempDir() : TempFolder("kc-glossary") {}
};

std::string slurp(const std::string& path) { return readWholeFile(path); }

Glossary realGlossary() {
    std::vector<Problem> problems;
    auto g = parseGlossary(slurp(kSource + "/lessons/glossary.json"), "glossary.json", problems);
    std::string all;
    for (const Problem& p : problems)
        all += p.text() + "\n";
    EXPECT_TRUE(g) << all;
    return g.value_or(Glossary{});
}

std::string join(const std::vector<std::string>& lines) {
    std::string s;
    for (const auto& l : lines)
        s += l + "\n";
    return s;
}

// --- lessons

// Every banned term in every lesson of dir: "file: field.lang: uses '...'; ...".
std::vector<std::string> lessonFindings(const std::string& dir) {
    const LessonLibrary lib = loadLessonLibrary(dir);
    std::vector<std::string> out;
    if (!lib.glossary) {
        out.push_back(dir + "/glossary.json: not loaded");
        return out;
    }
    for (const Lesson& l : lib.lessons)
        for (const Problem& p : lib.glossary->checkLesson(l))
            out.push_back(p.text());
    return out;
}

// --- translations (.ts): the few XML shapes lupdate writes

std::string unescapeXml(std::string s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const size_t semi = s.find(';', i);
        if (semi == std::string::npos || semi - i > 10) {
            out += s[i];
            continue;
        }
        const std::string e = s.substr(i + 1, semi - i - 1);
        if (e == "lt") out += '<';
        else if (e == "gt") out += '>';
        else if (e == "amp") out += '&';
        else if (e == "quot") out += '"';
        else if (e == "apos") out += '\'';
        else if (!e.empty() && e[0] == '#') out += ' '; // a control character: not a word
        else out += "&" + e + ";";
        i = semi;
    }
    return out;
}

// Inner text of <tag ...>...</tag> starting at or after from, within [from, end).
std::optional<std::string> element(const std::string& xml, const std::string& tag, size_t from,
                                   size_t end, std::string* attrs = nullptr) {
    const size_t open = xml.find("<" + tag, from);
    if (open == std::string::npos || open >= end)
        return std::nullopt;
    const size_t gt = xml.find('>', open);
    if (gt == std::string::npos || gt >= end)
        return std::nullopt;
    if (attrs)
        *attrs = xml.substr(open + tag.size() + 1, gt - open - tag.size() - 1);
    if (xml[gt - 1] == '/')
        return std::string();
    const size_t close = xml.find("</" + tag + ">", gt);
    if (close == std::string::npos || close > end)
        return std::nullopt;
    return xml.substr(gt + 1, close - gt - 1);
}

struct TsMessage {
    std::string context, source, translation;
};

std::vector<TsMessage> readTs(const std::string& path) {
    const std::string xml = slurp(path);
    std::vector<TsMessage> out;
    for (size_t c = xml.find("<context>"); c != std::string::npos; c = xml.find("<context>", c + 1)) {
        const size_t cend = std::min(xml.find("</context>", c), xml.size());
        const std::string name = unescapeXml(element(xml, "name", c, cend).value_or("?"));
        for (size_t m = xml.find("<message", c); m < cend; m = xml.find("<message", m + 1)) {
            const size_t mend = std::min(xml.find("</message>", m), cend);
            TsMessage msg{name, unescapeXml(element(xml, "source", m, mend).value_or("")), {}};
            std::string attrs;
            std::string tr = element(xml, "translation", m, mend, &attrs).value_or("");
            // Gone from the code: lupdate keeps them, the app never shows them.
            if (attrs.find("vanished") != std::string::npos || attrs.find("obsolete") != std::string::npos)
                continue;
            size_t tag;
            while ((tag = tr.find("<numerusform>")) != std::string::npos)
                tr.replace(tag, 13, " ");
            while ((tag = tr.find("</numerusform>")) != std::string::npos)
                tr.replace(tag, 14, " ");
            msg.translation = unescapeXml(tr);
            out.push_back(std::move(msg));
        }
    }
    return out;
}

// Every banned term of a .ts file: the zh_TW file's translations, the English file's
// sources and translations.
std::vector<std::string> tsFindings(const Glossary& g, const std::string& path, Lang lang) {
    std::vector<std::string> out;
    const std::string file = fs::path(path).filename().string();
    const std::vector<TsMessage> messages = readTs(path);
    if (messages.empty())
        out.push_back(file + ": no messages read");
    for (const TsMessage& m : messages) {
        std::vector<std::pair<const char*, const std::string*>> texts = {{"translation", &m.translation}};
        if (lang == Lang::En)
            texts.push_back({"source", &m.source});
        for (const auto& [what, text] : texts)
            for (const GlossaryHit& h : g.check(*text, lang))
                out.push_back(file + ": context " + m.context + ", " + what + " of '" +
                              m.source.substr(0, 70) + "': uses '" + h.found + "'; " + h.advice);
    }
    return out;
}

} // namespace

TEST(Glossary, RecordsTheDecisionsOfTheCourse) {
    const Glossary g = realGlossary();
    const auto avoids = [&](const char* id, const char* form) {
        const GlossaryTerm* t = g.find(id);
        return t && (std::count(t->avoidZh.begin(), t->avoidZh.end(), form) +
                     std::count(t->avoidEn.begin(), t->avoidEn.end(), form)) > 0;
    };
    ASSERT_NE(g.find("burner"), nullptr);
    EXPECT_EQ(g.find("burner")->term.zhTW, "爐口");
    EXPECT_TRUE(avoids("burner", "爐火") && avoids("burner", "爐子"));
    EXPECT_TRUE(avoids("order_board", "點菜板"));
    EXPECT_TRUE(avoids("data", "數據"));
    EXPECT_TRUE(avoids("occupy", "佔"));
    EXPECT_TRUE(avoids("kernel", "內核"));
    EXPECT_EQ(g.find("kernel")->term.zhTW, "作業系統核心");
    EXPECT_TRUE(avoids("preemptive", "搶先式") && avoids("preemptive", "先佔式"));
    EXPECT_EQ(g.find("preemptive")->term.zhTW, "搶占式");
    EXPECT_NE(g.find("preemptive")->decision.zhTW.find("國家考試"), std::string::npos);
    EXPECT_EQ(g.find("concurrency")->term.zhTW, "並行");
    EXPECT_EQ(g.find("parallelism")->term.zhTW, "平行");
    EXPECT_NE(g.find("concurrency")->decision.en.find("mainland"), std::string::npos);
    EXPECT_TRUE(avoids("colour", "color") && avoids("serialisation", "serializ"));
    EXPECT_GE(g.patterns.size(), 3u);
}

TEST(Glossary, FindsMultiplierComparisonsAndLetsGoodOnesBe) {
    const Glossary g = realGlossary();
    for (const char* bad : {"執行緒比協程慢 3 倍。", "記憶體少 10 倍", "快了 {a.speedup} 倍", "快將近一倍",
                            "便宜好幾十倍", "鎖的次數就少了上千倍", "放慢十倍播放", "慢 %1 倍",
                            "要進出核心", "用核心自己的計數"})
        EXPECT_FALSE(g.check(bad, Lang::ZhTW).empty()) << bad;
    for (const char* good : {"花了 1.5 倍的時間", "只要十分之一的時間", "加速比 1.8", "是協程的 3 倍",
                             "把所有核心用滿", "請作業系統核心出面", "每個核心一位廚師", "由核心數決定"})
        EXPECT_TRUE(g.check(good, Lang::ZhTW).empty()) << good << ": " << g.check(good, Lang::ZhTW)[0].found;
    for (const char* bad : {"1.5x slower", "10 times less memory", "ten times slower", "{a.b}x faster",
                            "%1 times slower", "at least 3X SLOWER", "the colors", "Serialization"})
        EXPECT_FALSE(g.check(bad, Lang::En).empty()) << bad;
    for (const char* good : {"took 1.5 times as long", "a tenth of the time", "a speedup of 1.8x",
                             "colour", "Pool(`initializer=`)", "`color = 1`", "discolor"})
        EXPECT_TRUE(g.check(good, Lang::En).empty()) << good << ": " << g.check(good, Lang::En)[0].found;
}

TEST(Glossary, NoLessonUsesAnAvoidedTerm) {
    const auto found = lessonFindings(kSource + "/lessons");
    EXPECT_TRUE(found.empty()) << found.size() << " avoided terms in lessons:\n" << join(found);
}

TEST(Glossary, NoTranslationUsesAnAvoidedTerm) {
    const Glossary g = realGlossary();
    auto found = tsFindings(g, kSource + "/resources/i18n/kc_zh_TW.ts", Lang::ZhTW);
    const auto en = tsFindings(g, kSource + "/resources/i18n/kc_en.ts", Lang::En);
    found.insert(found.end(), en.begin(), en.end());
    EXPECT_TRUE(found.empty()) << found.size() << " avoided terms in translations:\n" << join(found);
}

// The checks above must be able to fail: 爐火 back into a copy of a lesson names the
// file, the field and the term; the same in a copy of the zh_TW translations.
TEST(Glossary, BurnerFlamePutBackIntoALessonIsFound) {
    TempDir d;
    fs::copy(kSource + "/lessons", d.path, fs::copy_options::recursive);
    const LessonLibrary before = loadLessonLibrary(d.path);
    ASSERT_FALSE(before.lessons.empty());
    const std::string file = before.lessons.front().file;
    nlohmann::json j = nlohmann::json::parse(slurp(d.path + "/" + file));
    j["explanation"]["zh_TW"] = j["explanation"]["zh_TW"].get<std::string>() + "兩位廚師搶一個爐火。";
    std::ofstream(d.path + "/" + file, std::ios::trunc) << j.dump(2);
    const auto found = lessonFindings(d.path);
    const std::string wanted = file + ": explanation.zh_TW: uses '爐火'";
    EXPECT_TRUE(std::any_of(found.begin(), found.end(),
                            [&](const std::string& f) { return f.rfind(wanted, 0) == 0; }))
        << "wanted " << wanted << "\ngot:\n" << join(found);
    // lessons --validate reports it too (the lesson itself still loads).
    const LessonLibrary after = loadLessonLibrary(d.path);
    EXPECT_TRUE(std::any_of(after.problems.begin(), after.problems.end(), [&](const Problem& p) {
        return p.file == file && p.field == "explanation.zh_TW" && p.reason.find("爐口") != std::string::npos;
    }));
    EXPECT_NE(after.find(before.lessons.front().id), nullptr);

    const std::string ts = d.path + "/kc_zh_TW.ts";
    std::ofstream(ts) << "<TS><context>\n<name>KitchenView</name>\n<message>\n"
                         "<source>Burners</source>\n<translation>爐火</translation>\n</message>\n"
                         "<message>\n<source>gone</source>\n<translation type=\"vanished\">爐子</translation>\n"
                         "</message>\n</context></TS>\n";
    const auto inTs = tsFindings(realGlossary(), ts, Lang::ZhTW);
    ASSERT_EQ(inTs.size(), 1u) << join(inTs);
    EXPECT_EQ(inTs[0].rfind("kc_zh_TW.ts: context KitchenView, translation of 'Burners': uses '爐火'", 0), 0u)
        << inTs[0];
}

TEST(Glossary, EveryTextFieldOfALessonIsChecked) {
    const Glossary g = realGlossary();
    Lesson l;
    l.file = "x.json";
    Question q;
    q.feedback = {Text{"爐子", "ok"}};
    q.choices = {Text{"ok", "1.5x slower"}};
    l.transfer = {q};
    l.changeSteps = {ChangeStep{"s", Text{"ok", "a stove"}, {}, q}};
    l.snippet = Snippet{"x.py", "", Text{"數據", "ok"}};
    l.setupChecks = {Claim{}};
    l.setupChecks[0].text = Text{"佔用", "ok"};
    std::vector<std::string> fields;
    for (const Problem& p : g.checkLesson(l))
        fields.push_back(p.field);
    for (const char* f : {"transfer[0].feedback[0].zh_TW", "transfer[0].choices[0].en", "change_one[0].change.en",
                          "change_one[0].question.feedback[0].zh_TW", "snippet.note.zh_TW", "setup_checks[0].text.zh_TW"})
        EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end()) << f << "\n" << join(fields);
}

TEST(Glossary, HostilePatternsAreProblemsAtTheirField) {
    const auto glossaryWith = [](const std::string& regex) {
        return R"({"format": "concurrency-kitchen-glossary", "version": 1, "terms": [{"id": "t",
          "term": {"zh_TW": "詞", "en": "w"}, "note": {"zh_TW": "註", "en": "n"}}],
          "avoid_patterns": [{"lang": "en", "regex": )" + nlohmann::json(regex).dump() +
               R"(, "why": {"zh_TW": "因", "en": "because"}}]})";
    };
    for (const char* bad : {"(unclosed", "(a+)+b", "(a|b)*", "a{1,100000}", "(a)\\1", "[z-a]"}) {
        std::vector<Problem> problems;
        EXPECT_FALSE(parseGlossary(glossaryWith(bad), "glossary.json", problems)) << bad;
        ASSERT_EQ(problems.size(), 1u) << bad;
        EXPECT_EQ(problems[0].field, "avoid_patterns[0].regex") << bad;
    }
    std::vector<Problem> problems;
    EXPECT_FALSE(parseGlossary(glossaryWith(std::string(400, 'a')), "glossary.json", problems));
    // A text a hostile lesson may hold: one 1 MB line, searched in bounded windows.
    auto g = parseGlossary(glossaryWith("x[^y]*z"), "glossary.json", problems);
    ASSERT_TRUE(g);
    const auto start = std::chrono::steady_clock::now();
    EXPECT_TRUE(g->check(std::string(1 << 20, 'x'), Lang::En).empty());
    EXPECT_FALSE(g->check(std::string(1000, 'a') + "xyz" + "xaaz", Lang::En).empty());
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
}
