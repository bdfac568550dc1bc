#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace painpace {

// What to look for in the list of entries. Every field is optional; set fields must all match.
struct EntryFilter {
    QString noteText;    // appears in the note, ignoring case
    QString triggerCode; // rated a little or a lot
    QString therapyCode; // taken
    QString regionCode;  // marked on the body map
    bool flareOnly = false;
    int minPain = 0;
    int maxPain = 10;
    std::optional<QDate> from;
    std::optional<QDate> to;
};

} // namespace painpace
