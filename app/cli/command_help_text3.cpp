// SPDX-License-Identifier: GPL-3.0-or-later
// The help of handout (see command_help_text.cpp for how the tables are gathered).

#include "app/cli/command_help_parts.h"

namespace kc::app {

using namespace helpparts;

CommandHelp handoutHelp() {
    return {"handout",
            {"handout --out FILE.pdf [--key KEY.pdf] [--lang zh_TW|en] [--lessons LIST | --path ID] "
             "[--measure [--rounds N]]"},
            QT_TRANSLATE_NOOP("cli", "print the lessons for a class: a worksheet and an answer key "
                                     "(PDF), without a display"),
            QT_TRANSLATE_NOOP(
                "cli",
                "Writes two A4 PDFs in one language. The worksheet has the teaching paths on its "
                "cover, then for each lesson its questions with boxes to tick, a line to say why, "
                "room for the measured numbers and the questions to answer after the run. The "
                "answer key has the right answers, why, what each choice tells about the student, "
                "and what the run shows.\n\n"
                "Without --measure the key leaves the numbers blank (____). With --measure every "
                "lesson's experiments run first, in each engine the lesson uses, and the key "
                "carries this machine's medians, the engines' names and the machine. An existing "
                "file is replaced only when the new one is whole."),
            {{"--out", "FILE.pdf", QT_TRANSLATE_NOOP("cli", "where to write the worksheet (required)")},
             {"--key", "KEY.pdf",
              QT_TRANSLATE_NOOP("cli", "where to write the answer key (default: FILE-key.pdf "
                                       "beside the worksheet)")},
             {"--lang", "zh_TW|en",
              QT_TRANSLATE_NOOP("cli", "language of the handout and of the messages (default: the "
                                       "saved choice, else the system locale)")},
             {"--lessons", "LIST",
              QT_TRANSLATE_NOOP("cli", "only these lessons, by number or id, in this order, such as "
                                       "1,4,9 (default: every lesson)")},
             {"--path", "ID",
              QT_TRANSLATE_NOOP("cli", "the lessons of a teaching path, such as one_period or "
                                       "two_periods, with only that path on the cover")},
             {"--measure", "",
              QT_TRANSLATE_NOOP("cli", "run every lesson's experiments on this machine first and "
                                       "put the numbers in the key (minutes)")},
             {"--rounds", "N",
              QT_TRANSLATE_NOOP("cli", "with --measure: at most N rounds for a claim that is not "
                                       "clear yet, 1 to 3 (default 3)")}},
            {{0, QT_TRANSLATE_NOOP("cli", "both files were written")},
             {1, QT_TRANSLATE_NOOP("cli", "a file could not be written, or the lessons folder "
                                          "cannot be read")},
             {2, QT_TRANSLATE_NOOP("cli", "bad command line, an unknown language, lesson or path")},
             kExitInterrupted},
            {{"handout --lang zh_TW --out class.pdf",
              QT_TRANSLATE_NOOP("cli", "every lesson in Chinese: class.pdf and class-key.pdf")},
             {"handout --lang en --path one_period --measure --out period.pdf",
              QT_TRANSLATE_NOOP("cli", "the 50-minute path, with this machine's numbers in the key")},
             {"handout --lessons 1,4,9 --out three.pdf --key three-answers.pdf",
              QT_TRANSLATE_NOOP("cli", "three lessons, the key under a name of your own")}}};
}

} // namespace kc::app
