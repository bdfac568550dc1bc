#pragma once

#include <QString>
#include <QStringList>

namespace painpace {

class MainWindow;

// `painpace --smoke-test [--out FOLDER]`: opens the real window on a fresh one-year demo diary in
// a temporary folder, shows every view once, then closes and exits 0. A view that is missing,
// fails to build or to show, an error the window reports, or a critical Qt message makes it exit
// 1 with a line naming what failed. The fresh-machine test runs the README's run command this
// way, so a broken window cannot pass as a working build. With --out, each view is also saved as
// a PNG in FOLDER. Needs a QApplication and a display (xvfb-run, or the offscreen platform).
int runSmokeTest(const QString& screenshotFolder);

// Makes `window` run without a person: errors go to `reported`, unsaved input is discarded
// at close, and it is shown at 1000×720. Shared by the smoke test and --screenshots.
void prepareUnattendedWindow(MainWindow& window, QStringList& reported);

} // namespace painpace
