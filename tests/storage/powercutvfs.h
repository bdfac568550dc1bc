#pragma once

#include <cstdint>
#include <random>

namespace painpace::testing {

// A layer under SQLite, for tests only, that shows what a power cut leaves on the disk
// (docs/architecture.md, "Power cuts, simulated"). A SIGKILL keeps the kernel's page cache, so
// everything written survives it; a power cut keeps only what was synced.
//
// Registered as SQLite's default file layer, it passes every call on to the real one and, for
// each file SQLite opens for keeps (diaries, their logs and journals, backups), remembers the
// content at the last sync of every 4 KB page written since. When the power "goes", every write
// and sync after it fails, as for a process that is gone. When it "comes back", each of those
// pages independently either reached the disk or did not (back to its synced content, or zeros
// where the file had not reached before), as a disk that writes its cache back in any order.
class PowerCutLayer {
public:
    // Makes the layer SQLite's default for connections opened afterwards in this process.
    static void install();

    // The power goes at the `operations`th write or sync from now (that one fails already).
    static void cutAfter(std::int64_t operations);
    static bool powerIsOut();

    // Brings the power back: decides, page by page with `random`, what reached the disk, and
    // forgets every file. No connection may be open. Returns how many pages were lost.
    static std::int64_t restorePower(std::mt19937& random);

    // Writes and syncs passed on since install(), for the figures of a campaign.
    static std::int64_t writesSeen();
    static std::int64_t syncsSeen();
};

} // namespace painpace::testing
