#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace painpace {

// What Qt's JSON reader accepts without a word but a diary import must not: a key given twice in
// one object (the reader keeps the last, so a second "checkIns" silently dropped the records of
// the first) and an escaped half of a character (a lone \ud800 was stored as another character).
struct JsonWordingProblem {
    qsizetype offset = 0; // where in the text, for its line and column
    QString message;
};

// The first such problem in `json`, which must already be well-formed JSON.
std::optional<JsonWordingProblem> findJsonWordingProblem(const QByteArray& json);

} // namespace painpace
