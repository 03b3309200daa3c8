// SPDX-License-Identifier: GPL-3.0-or-later
// The glossary: one word per concept. parseGlossary reads lessons/glossary.json (terms,
// their avoided forms, and avoided phrasings as patterns); Glossary::check finds them in
// a text, Glossary::checkLesson in every text of a lesson (lessons --validate, and the
// glossary test, which also reads the .ts translations).

#include "core/lessons/json_checker.h"
#include "core/lessons/lesson_loader.h"
#include "core/util/bounded_file.h"
#include "core/util/json_text.h"

#include <algorithm>
#include <regex>

namespace kc::core::lessons {

using nlohmann::json;
using detail::JsonChecker;

namespace {
constexpr size_t kMaxGlossaryTerms = 500;
constexpr size_t kMaxAvoidForms = 1000;
} // namespace

const GlossaryTerm* Glossary::find(const std::string& termId) const {
    for (const auto& t : terms)
        if (t.id == termId)
            return &t;
    return nullptr;
}

// Patterns run on code points (std::wregex), so that [一二三] is a class of characters
// and a list of numerals needs no quantified alternation.
// With libstdc++, the pattern P is compiled as [\s\S]*?(P)[\s\S]* for the breadth-first
// executor and run once with regex_match: every start position at once, time linear in
// the text (regex_search would restart at each position: quadratic). Elsewhere a plain
// regex_search, on the bounded windows below.
struct GlossaryPattern::Compiled {
    std::wregex re;
    bool wrapped = false;  ///< match group 1 is the phrase
};

namespace {

std::wstring widen(std::string_view s) { // s is valid UTF-8 (JSON text, or a .ts file)
    std::wstring out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const int n = b < 0x80 ? 0 : b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
        uint32_t cp = n ? b & (0x3Fu >> n) : b;
        for (int k = 1; k <= n && i + size_t(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + size_t(k)]) & 0x3Fu);
        out.push_back(wchar_t(cp));
        i += size_t(n) + 1;
    }
    return out;
}

std::string narrow(std::wstring_view w) {
    std::string out;
    for (wchar_t wc : w) {
        const auto cp = uint32_t(wc);
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

// std::regex backtracks, recursing once per character a repetition takes: a hostile
// pattern such as (a+)+ takes exponential time, and a long match can exhaust the stack.
// So a pattern is short, has no back-references, no counted or group repetition, and
// few unbounded repetitions; and texts are searched line by line, in bounded windows.
constexpr size_t kMaxPatterns = 100;
constexpr size_t kMaxPatternBytes = 300;
constexpr int kMaxRepeats = 8;
// Windows of 1,024 characters overlapping by half (a phrase of up to 512 characters lies
// whole in one): a plain regex_search costs up to window² steps ([^x]* backtracks);
// libstdc++'s wrapped match (below) costs window × pattern size.
constexpr size_t kSearchWindow = 1024;
constexpr size_t kMaxCheckedBytes = 64 * 1024; // of one text: a lesson's longest is ~5 KB

std::string unsafeRegex(const std::string& re) {
    bool inClass = false, afterGroup = false, afterAtom = false;
    int repeats = 0;
    for (size_t i = 0; i < re.size(); ++i) {
        const char ch = re[i];
        if (inClass) {
            if (ch == '\\')
                ++i;
            else if (ch == ']')
                inClass = false;
            continue;
        }
        const bool group = afterGroup;
        afterGroup = false;
        switch (ch) {
        case '\\':
            if (i + 1 < re.size() && re[i + 1] >= '1' && re[i + 1] <= '9')
                return "a back-reference (\\" + std::string(1, re[i + 1]) + ") is not allowed";
            ++i;
            afterAtom = true;
            break;
        case '[':
            inClass = true;
            if (i + 1 < re.size() && re[i + 1] == '^')
                ++i;
            if (i + 1 < re.size() && re[i + 1] == ']')
                ++i;
            afterAtom = true;
            break;
        case '(':
            if (i + 1 < re.size() && re[i + 1] == '?')
                i += 2; // (?: (?= (?!
            afterAtom = false;
            break;
        case ')':
            afterGroup = true;
            afterAtom = true;
            break;
        case '{':
            return "counted repetition {n,m} is not allowed (write \\{ for a brace)";
        case '*':
        case '+':
        case '?':
            if (group && ch != '?')
                return "a repeated group (...)" + std::string(1, ch) +
                       " is not allowed: repeat a character or a class [...]";
            if (afterAtom && ch != '?' && ++repeats > kMaxRepeats)
                return "more than " + std::to_string(kMaxRepeats) + " repetitions (* or +)";
            afterAtom = false;
            break;
        default:
            afterAtom = true;
        }
    }
    return {};
}

// Inline code (`...`, and fenced blocks) blanked out: Python names are not prose.
std::string prose(std::string_view text) {
    std::string out(text.substr(0, kMaxCheckedBytes));
    bool code = false;
    for (char& ch : out) {
        if (ch == '`')
            code = !code;
        else if (code && ch != '\n')
            ch = ' ';
    }
    return out;
}

std::string lowerAscii(std::string s) {
    for (char& ch : s)
        if (ch >= 'A' && ch <= 'Z')
            ch = char(ch - 'A' + 'a');
    return s;
}

bool isAsciiLetter(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

std::vector<std::string> parseForms(JsonChecker& c, const json& t, const char* key,
                                    const std::string& f, size_t& count) {
    std::vector<std::string> out;
    const json* avoid = c.array(t, key, f, 0, false);
    for (size_t k = 0; avoid && k < avoid->size(); ++k) {
        const std::string at = JsonChecker::path(JsonChecker::path(f, key), k);
        const json& form = (*avoid)[k];
        if (!form.is_string() || form.get_ref<const std::string&>().empty())
            c.add(at, "expected a non-empty string, found " + std::string(jsonTypeName(form)));
        else if (form.get_ref<const std::string&>().size() > 64)
            c.add(at, "expected a word (at most 64 bytes), found " +
                          JsonChecker::quote(form.get_ref<const std::string&>()));
        else if (++count > kMaxAvoidForms) {
            c.add(at, "expected at most " + std::to_string(kMaxAvoidForms) +
                          " avoided forms in the whole glossary");
            break;
        } else
            out.push_back(form.get<std::string>());
    }
    return out;
}

std::optional<GlossaryPattern> parsePattern(JsonChecker& c, const json& p, const std::string& f) {
    if (!c.object(p, f, {"lang", "regex", "why", "needs"}, {"lang", "regex", "why"}))
        return std::nullopt;
    GlossaryPattern out;
    if (const json* needs = c.array(p, "needs", f, 1, false)) {
        for (size_t k = 0; k < needs->size(); ++k) {
            const json& w = (*needs)[k];
            if (k >= 16 || !w.is_string() || w.get<std::string>().empty() || w.get<std::string>().size() > 40) {
                c.add(JsonChecker::path(JsonChecker::path(f, "needs"), k),
                      "expected at most 16 words of 1 to 40 bytes");
                break;
            }
            out.needs.push_back(lowerAscii(w.get<std::string>()));
        }
    }
    const auto lang = c.string(p, "lang", f, false);
    if (lang && *lang != "zh_TW" && *lang != "en")
        c.add(JsonChecker::path(f, "lang"), "expected \"zh_TW\" or \"en\", found " + JsonChecker::quote(*lang));
    out.lang = lang.value_or("") == "en" ? Lang::En : Lang::ZhTW;
    out.why = c.text(p, "why", f, false).value_or(Text{});
    out.regex = c.string(p, "regex", f, false).value_or("");
    const std::string at = JsonChecker::path(f, "regex");
    if (out.regex.size() > kMaxPatternBytes || out.regex.empty()) {
        c.add(at, "expected a pattern of 1 to " + std::to_string(kMaxPatternBytes) + " bytes of UTF-8");
        return std::nullopt;
    }
    if (const std::string why = unsafeRegex(out.regex); !why.empty()) {
        c.add(at, JsonChecker::quote(out.regex) + ": " + why);
        return std::nullopt;
    }
    try {
        auto flags = std::regex::ECMAScript | std::regex::optimize;
        if (out.lang == Lang::En)
            flags |= std::regex::icase;
        std::wregex(widen(out.regex), flags); // its errors name the pattern as written
#ifdef __GLIBCXX__
        // libstdc++'s breadth-first executor: no backtracking, recursion bounded by the
        // pattern's size rather than the text's.
        flags |= std::regex_constants::__polynomial;
        out.compiled = std::make_shared<const GlossaryPattern::Compiled>(GlossaryPattern::Compiled{
            std::wregex(L"[\\s\\S]*?(" + widen(out.regex) + L")[\\s\\S]*", flags), true});
#else
        out.compiled = std::make_shared<const GlossaryPattern::Compiled>(
            GlossaryPattern::Compiled{std::wregex(widen(out.regex), flags), false});
#endif
    } catch (const std::regex_error& e) {
        c.add(at, JsonChecker::quote(out.regex) + " is not a valid regular expression: " + e.what());
        return std::nullopt;
    }
    return out;
}

} // namespace

std::optional<Glossary> parseGlossary(std::string_view jsonText, const std::string& fileName,
                                      std::vector<Problem>& problems) {
    JsonChecker c(fileName, problems);
    const std::optional<json> parsed = c.parse(jsonText);
    if (!parsed)
        return std::nullopt;
    const json& j = *parsed;
    if (!c.object(j, "", {"format", "version", "terms", "avoid_patterns"}, {"format", "version", "terms"}))
        return std::nullopt;
    if (auto fmt = c.string(j, "format", "", false); fmt && *fmt != kGlossaryFormat)
        c.add("format", JsonChecker::quote(*fmt) + " is not a glossary (expected \"" + kGlossaryFormat + "\")");
    if (j.contains("version"))
        c.integer(j, "version", "", 1, 1);
    Glossary g;
    size_t avoidForms = 0;
    if (const json* terms = c.array(j, "terms", "", 1, false)) {
        // Every avoided form is searched for in every lesson text: bound the work a
        // hostile glossary can ask for (ours has ~50 terms and ~100 forms).
        if (terms->size() > kMaxGlossaryTerms) {
            c.add("terms", "expected at most " + std::to_string(kMaxGlossaryTerms) +
                               " terms, found " + std::to_string(terms->size()));
            return std::nullopt;
        }
        for (size_t i = 0; i < terms->size() && avoidForms <= kMaxAvoidForms; ++i) {
            const std::string f = JsonChecker::path("terms", i);
            const json& t = (*terms)[i];
            if (!c.object(t, f, {"id", "term", "avoid_zh", "avoid_en", "note", "decision"}, {"id", "term", "note"}))
                continue;
            GlossaryTerm term;
            term.id = c.id(t, "id", f).value_or("");
            term.term = c.text(t, "term", f, false).value_or(Text{});
            term.note = c.text(t, "note", f, false).value_or(Text{});
            term.decision = c.text(t, "decision", f, false).value_or(Text{});
            term.avoidZh = parseForms(c, t, "avoid_zh", f, avoidForms);
            term.avoidEn = parseForms(c, t, "avoid_en", f, avoidForms);
            if (g.find(term.id))
                c.add(JsonChecker::path(f, "id"), "duplicate term '" + term.id + "'");
            g.terms.push_back(term);
        }
    }
    if (const json* pats = c.array(j, "avoid_patterns", "", 0, false)) {
        if (pats->size() > kMaxPatterns)
            c.add("avoid_patterns", "expected at most " + std::to_string(kMaxPatterns) +
                                        " patterns, found " + std::to_string(pats->size()));
        else
            for (size_t i = 0; i < pats->size(); ++i)
                if (auto p = parsePattern(c, (*pats)[i], JsonChecker::path("avoid_patterns", i)))
                    g.patterns.push_back(std::move(*p));
    }
    if (c.problems() != 0)
        return std::nullopt;
    return g;
}

std::vector<GlossaryHit> Glossary::check(std::string_view text, Lang lang) const {
    std::vector<GlossaryHit> hits;
    const std::string plain = prose(text);
    const std::string lowered = lang == Lang::En ? lowerAscii(plain) : std::string();
    for (const GlossaryTerm& t : terms) {
        const std::string advice = "our lessons say " + JsonChecker::quote(t.term.in(lang)) +
                                   " (glossary: " + t.id + ")";
        if (lang == Lang::ZhTW) {
            for (const std::string& a : t.avoidZh)
                if (plain.find(a) != std::string::npos)
                    hits.push_back({a, advice});
            continue;
        }
        for (const std::string& a : t.avoidEn) {
            const std::string la = lowerAscii(a);
            for (size_t at = lowered.find(la); at != std::string::npos; at = lowered.find(la, at + 1))
                if (at == 0 || !isAsciiLetter(lowered[at - 1])) {
                    hits.push_back({plain.substr(at, a.size()), advice});
                    break;
                }
        }
    }
    // Line by line, in overlapping windows: bounded recursion and time per search. On
    // each line only the patterns it can match at all run: a plain search for one of the
    // words a pattern needs is far cheaper than std::regex, and lessons are checked at
    // every load.
    const std::string& haystack = lang == Lang::En ? lowered : plain;
    std::vector<const GlossaryPattern*> active;
    for (size_t line = 0; line < plain.size();) {
        size_t end = plain.find('\n', line);
        end = end == std::string::npos ? plain.size() : end;
        const std::string_view text(haystack.data() + line, end - line);
        active.clear();
        for (const GlossaryPattern& p : patterns) {
            if (p.lang != lang || !p.compiled)
                continue;
            bool found = p.needs.empty();
            for (const std::string& w : p.needs)
                found = found || text.find(w) != std::string_view::npos;
            if (found)
                active.push_back(&p);
        }
        if (active.empty()) {
            line = end + 1;
            continue;
        }
        const std::wstring wide = widen(plain.substr(line, end - line));
        for (size_t from = 0; from < wide.size(); from += kSearchWindow / 2) {
            const std::wstring_view part(wide.data() + from, std::min(wide.size() - from, kSearchWindow));
            for (const GlossaryPattern* pp : active) {
                const GlossaryPattern& p = *pp;
                std::match_results<std::wstring_view::const_iterator> m;
                const int g = p.compiled->wrapped ? 1 : 0;
                if (g ? std::regex_match(part.begin(), part.end(), m, p.compiled->re)
                      : std::regex_search(part.begin(), part.end(), m, p.compiled->re)) {
                    const std::string found = narrow(std::wstring(m[g].first, m[g].second));
                    const bool seen = std::any_of(hits.begin(), hits.end(),
                                                  [&](const GlossaryHit& h) { return h.found == found; });
                    if (!seen)
                        hits.push_back({found, p.why.en});
                }
            }
            if (wide.size() - from <= kSearchWindow)
                break;
        }
        line = end + 1;
    }
    return hits;
}

std::vector<Problem> Glossary::checkLesson(const Lesson& l) const {
    std::vector<std::pair<std::string, const Text*>> texts = {
        {"title", &l.title}, {"summary", &l.summary}, {"explanation", &l.explanation},
        {"reveal", &l.reveal}, {"look_at.text", &l.lookAt.text}};
    for (size_t i = 0; i < l.presets.size(); ++i)
        texts.push_back({"presets[" + std::to_string(i) + "].label", &l.presets[i].label});
    const auto question = [&texts](const std::string& f, const Question& q) {
        texts.push_back({f + ".prompt", &q.prompt});
        texts.push_back({f + ".why", &q.why});
        for (size_t k = 0; k < q.choices.size(); ++k)
            texts.push_back({f + ".choices[" + std::to_string(k) + "]", &q.choices[k]});
        for (size_t k = 0; k < q.feedback.size(); ++k)
            texts.push_back({f + ".feedback[" + std::to_string(k) + "]", &q.feedback[k]});
    };
    for (size_t i = 0; i < l.questions.size(); ++i)
        question("questions[" + std::to_string(i) + "]", l.questions[i]);
    for (size_t i = 0; i < l.transfer.size(); ++i)
        question("transfer[" + std::to_string(i) + "]", l.transfer[i]);
    for (size_t i = 0; i < l.changeSteps.size(); ++i) {
        const std::string f = "change_one[" + std::to_string(i) + "]";
        texts.push_back({f + ".change", &l.changeSteps[i].change});
        question(f + ".question", l.changeSteps[i].question);
    }
    for (size_t i = 0; i < l.claims.size(); ++i)
        texts.push_back({"claims[" + std::to_string(i) + "].text", &l.claims[i].text});
    for (size_t i = 0; i < l.setupChecks.size(); ++i)
        texts.push_back({"setup_checks[" + std::to_string(i) + "].text", &l.setupChecks[i].text});
    if (l.snippet)
        texts.push_back({"snippet.note", &l.snippet->note});
    std::vector<Problem> out;
    for (const auto& [field, text] : texts)
        for (Lang lang : {Lang::ZhTW, Lang::En})
            for (const GlossaryHit& h : check(text->in(lang), lang))
                out.push_back({l.file, field + "." + langCode(lang),
                               "uses " + JsonChecker::quote(h.found) + "; " + clipForMessage(h.advice, 300)});
    return out;
}

} // namespace kc::core::lessons
