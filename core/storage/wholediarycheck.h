#pragma once

#include <QStringList>

namespace painpace {

class Database;

// The thorough look at a whole open diary that comes before every import, export and report, and
// before an import is taken back (docs/architecture.md, "Storage", "Whole-diary check"). A damaged
// diary is refused there rather than written to or copied out with gaps in it.
class WholeDiaryCheck {
public:
    // Every problem found, one per entry; empty when the diary is whole. Looks at: SQLite's
    // integrity_check (pages, indexes, NOT NULL, UNIQUE and CHECK constraints), the foreign keys,
    // the text of every table and index against what PainPace's migrations write (a damaged
    // CHECK constraint would hide damaged values), and the codes and uuids no constraint guards.
    static QStringList problems(const Database& database);

    // Throws StorageError when problems() finds any: the message names the first problem, says
    // that PainPace `refused` (for example "imported nothing") and points to `painpace check`
    // and the backups.
    static void require(const Database& database, const QString& refused);
};

} // namespace painpace
