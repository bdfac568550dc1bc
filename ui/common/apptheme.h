#pragma once

#include <QPalette>
#include <QString>

namespace painpace {

// The look PainPace is shown in (docs/design.md, "Theme"): the Fusion style with one of two
// designed palettes. System picks light or dark the way the desktop does; Light and Dark are the
// person's own choice, kept in the settings and applied to every open window at once.
class AppTheme {
public:
    enum class Choice { System, Light, Dark };

    static Choice saved();
    static void save(Choice choice);
    // Sets the style and the application palette; widgets repaint from the palette change.
    static void apply(Choice choice);
    static Choice applied() { return s_applied; }
    // Whether `choice` ends up dark here (System asks the desktop's palette).
    static bool isDark(Choice choice);

    static QPalette lightPalette();
    static QPalette darkPalette();

private:
    static QPalette desktopPalette();
    static Choice s_applied;
};

} // namespace painpace
