// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lessons/engine_words.h"

namespace kc::core::lessons {

namespace {

Text pythonWords(const std::string& version, const std::string& gil) {
    const std::string name = version.empty() ? "CPython" : "CPython " + version;
    if (gil == "off")
        return {name + "，自由執行緒版（沒有 GIL）", name + ", free-threaded (no GIL)"};
    return {name + "，真正的 GIL", name + ", real GIL"};
}

} // namespace

Text engineWords(EngineKind engine, bool gil, const std::string& pythonVersion,
                 const std::string& pythonGil) {
    if (engine == EngineKind::Python)
        return pythonWords(pythonVersion, pythonGil);
    if (gil)
        return {"C++ 廚師，模擬的 GIL", "C++ chefs with a simulated GIL"};
    return {"C++ 廚師，沒有 GIL", "C++ chefs, no GIL"};
}

Text engineWords(const RunReport& report) {
    auto detail = [&](const char* key) {
        auto it = report.engineDetails.find(key);
        return it == report.engineDetails.end() ? std::string() : it->second;
    };
    return engineWords(report.spec.engine, report.spec.gil && report.spec.model == ModelKind::Threads,
                       detail("python_version"),
                       detail("python_gil"));
}

Text engineStageWords(EngineKind engine, bool gilAnywhere, const std::string& pythonVersion,
                      const std::string& pythonGil) {
    if (engine == EngineKind::Python)
        return pythonWords(pythonVersion, pythonGil);
    if (gilAnywhere)
        return {"C++ 廚師（開啟 GIL 的設定用模擬的 GIL）",
                "C++ chefs (a simulated GIL where a setting turns it on)"};
    return {"C++ 廚師，沒有 GIL", "C++ chefs, no GIL"};
}

} // namespace kc::core::lessons
