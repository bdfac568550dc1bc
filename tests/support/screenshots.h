#pragma once

#include <QPalette>
#include <QString>

class QWidget;

namespace painpace::testing {

// Saves a PNG of the widget to <build>/screenshots/<name>.png for a person to look at, and
// returns its path (empty on failure).
QString saveScreenshot(QWidget& widget, const QString& name);

// Saves <name>-light.png and <name>-dark.png, the whole application in each palette in turn;
// true when both were written.
bool saveLightAndDark(QWidget& widget, const QString& name);

// The palettes screenshots are taken in: PainPace's own (View ▸ Theme).
QPalette lightPalette();
QPalette darkPalette();

// Sets the whole application's palette, as a desktop theme does, for the lifetime of the object
// (a widget-level palette would not reach widgets styled by style sheets).
class ScopedAppPalette {
public:
    explicit ScopedAppPalette(const QPalette& palette);
    ~ScopedAppPalette();
    ScopedAppPalette(const ScopedAppPalette&) = delete;
    ScopedAppPalette& operator=(const ScopedAppPalette&) = delete;

private:
    QPalette m_previous;
};

} // namespace painpace::testing
