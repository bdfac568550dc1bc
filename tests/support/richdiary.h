#pragma once

#include <QDate>

namespace painpace {
class Database;
}

namespace painpace::testing {

// What fillRichDiary writes besides the demo check-ins and pacing plan.
struct RichDiaryExtras {
    int questionnaires = 2;
    int trials = 1;
    int trialDaysFollowed = 3;
};

// A demo diary of `years` ending on `lastDay`, plus one of everything the demo leaves out: an own
// trigger and an own therapy used in a check-in (with a comma, quotes and a line break in its
// note), an ACR 2016 and a FIQR questionnaire, and a therapy trial with a pause and days marked
// followed. Exports and imports are tested on it.
void fillRichDiary(const Database& database, int years, const QDate& lastDay);

} // namespace painpace::testing
