// concurrency-kitchen: the GUI by default; headless subcommands for scripts, tests and
// students at a terminal. --help and --version never need a display.

#include "app/cli/command.h"
#include "app/gui_session.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace kc::app {

std::vector<Command>& commandRegistry() {
    static std::vector<Command> commands;
    return commands;
}

static void printHelp() {
    std::cout << "Concurrency Kitchen " KC_VERSION
                 " - learn processes, threads and coroutines by cooking.\n\n"
                 "Usage:\n"
                 "  concurrency-kitchen [--lang zh_TW|en] [--lesson ID|NUMBER]   open the window\n";
    auto commands = commandRegistry();
    std::sort(commands.begin(), commands.end(),
              [](const Command& a, const Command& b) { return std::strcmp(a.name, b.name) < 0; });
    for (const auto& c : commands)
        std::cout << "  concurrency-kitchen " << c.usage << "\n";
    std::cout << "\nOptions:\n"
                 "  -h, --help       show this help (also: COMMAND --help)\n"
                 "  --version        print the version\n"
                 "  --lang L         interface language: zh_TW or en (default: system locale)\n"
                 "  --lesson ID      open the window at this lesson: an id or a number (see lessons)\n";
}

} // namespace kc::app

int main(int argc, char** argv) {
    using namespace kc::app;
    Args args(argv + 1, argv + argc);

    if (!args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
        printHelp();
        return ExitOk;
    }
    if (!args.empty() && args[0] == "--version") {
        std::cout << "concurrency-kitchen " KC_VERSION "\n";
        return ExitOk;
    }
    if (!args.empty() && args[0].rfind("-", 0) != 0) {
        for (const auto& c : commandRegistry()) {
            if (args[0] != c.name)
                continue;
            Args rest(args.begin() + 1, args.end());
            // --help is ours only before "--": after it come the words of a program
            // (`watch -- python3 x.py --help`). For watch, the program also starts at
            // its first word that is not an option (`watch python3 x.py --help`);
            // watch itself answers a --help among its own options.
            auto ourEnd = std::find(rest.begin(), rest.end(), "--");
            if (std::strcmp(c.name, "watch") == 0)
                ourEnd = std::find_if(rest.begin(), ourEnd,
                                      [](const std::string& a) { return a.empty() || a[0] != '-'; });
            if (std::find(rest.begin(), ourEnd, "--help") != ourEnd) {
                std::cout << "Usage: concurrency-kitchen " << c.usage << "\n";
                return ExitOk;
            }
            if (!c.needsGui)
                return c.run(rest);
            return runWithGui(argc, argv, [&] { return c.run(rest); }, c.offscreen);
        }
        std::cerr << "concurrency-kitchen: unknown command '" << args[0] << "' (see --help)\n";
        return ExitUsage;
    }
    return runGuiApp(argc, argv, args);
}
