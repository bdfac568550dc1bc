#pragma once

#include <QString>

namespace painpace {

// `painpace --screenshots --database DIARY --out FOLDER`, what scripts/screenshots.sh runs: every
// view at 720×480, 1000×720 and 1600×1000 and the main dialogs, in the light and the dark theme,
// saved as PNGs in FOLDER with `contact-sheet.png` showing them all for review. The diary is
// copied to a temporary folder first, so the run never changes it. 0 when every shot was saved;
// 1 with a line naming what failed.
int runScreenshots(const QString& diaryPath, const QString& folder);

} // namespace painpace
