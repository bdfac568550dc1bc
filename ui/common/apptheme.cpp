#include "apptheme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

#include <optional>

namespace painpace {

namespace {

const QString kThemeKey = QStringLiteral("view/theme");

struct Roles {
    QColor window, windowText, base, alternateBase, text, button, buttonText;
    QColor light, midlight, mid, dark, shadow;
    QColor highlight, highlightedText, link, linkVisited, toolTipBase, toolTipText;
    QColor placeholder, disabledText;
};

// Active and inactive windows look the same: a selection must not fade when a dialog opens.
QPalette paletteOf(const Roles& roles) {
    QPalette palette;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Window, roles.window);
        palette.setColor(group, QPalette::WindowText, roles.windowText);
        palette.setColor(group, QPalette::Base, roles.base);
        palette.setColor(group, QPalette::AlternateBase, roles.alternateBase);
        palette.setColor(group, QPalette::Text, roles.text);
        palette.setColor(group, QPalette::Button, roles.button);
        palette.setColor(group, QPalette::ButtonText, roles.buttonText);
        palette.setColor(group, QPalette::Light, roles.light);
        palette.setColor(group, QPalette::Midlight, roles.midlight);
        palette.setColor(group, QPalette::Mid, roles.mid);
        palette.setColor(group, QPalette::Dark, roles.dark);
        palette.setColor(group, QPalette::Shadow, roles.shadow);
        palette.setColor(group, QPalette::Highlight, roles.highlight);
        palette.setColor(group, QPalette::HighlightedText, roles.highlightedText);
        palette.setColor(group, QPalette::Link, roles.link);
        palette.setColor(group, QPalette::LinkVisited, roles.linkVisited);
        palette.setColor(group, QPalette::ToolTipBase, roles.toolTipBase);
        palette.setColor(group, QPalette::ToolTipText, roles.toolTipText);
        palette.setColor(group, QPalette::PlaceholderText, roles.placeholder);
        palette.setColor(group, QPalette::BrightText, QColor(Qt::white));
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, roles.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, roles.mid);
    return palette;
}

QString nameOf(AppTheme::Choice choice) {
    switch (choice) {
    case AppTheme::Choice::Light:
        return QStringLiteral("light");
    case AppTheme::Choice::Dark:
        return QStringLiteral("dark");
    case AppTheme::Choice::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

AppTheme::Choice AppTheme::s_applied = AppTheme::Choice::System;

// Soft greys rather than pure white around the content, one calm blue for the thing to do next.
QPalette AppTheme::lightPalette() {
    return paletteOf({.window{0xf3, 0xf4, 0xf6},
                      .windowText{0x1d, 0x21, 0x25},
                      .base{0xff, 0xff, 0xff},
                      .alternateBase{0xf6, 0xf7, 0xf9},
                      .text{0x1d, 0x21, 0x25},
                      .button{0xe8, 0xea, 0xed},
                      .buttonText{0x1d, 0x21, 0x25},
                      .light{0xff, 0xff, 0xff},
                      .midlight{0xf1, 0xf2, 0xf4},
                      .mid{0xb9, 0xbe, 0xc5},
                      .dark{0x8a, 0x90, 0x99},
                      .shadow{0x5f, 0x66, 0x70},
                      .highlight{0x2b, 0x6a, 0x9b},
                      .highlightedText{0xff, 0xff, 0xff},
                      .link{0x1f, 0x5c, 0x8a},
                      .linkVisited{0x6a, 0x4c, 0x93},
                      .toolTipBase{0xff, 0xff, 0xff},
                      .toolTipText{0x1d, 0x21, 0x25},
                      .placeholder{0x6a, 0x71, 0x7b},
                      .disabledText{0x8f, 0x95, 0x9d}});
}

// Not inverted light: dark grey grounds (pure black glares beside white text), text a little
// below white, and a lighter accent so it keeps its contrast.
QPalette AppTheme::darkPalette() {
    return paletteOf({.window{0x1f, 0x22, 0x26},
                      .windowText{0xe4, 0xe6, 0xe9},
                      .base{0x16, 0x18, 0x1b},
                      .alternateBase{0x1c, 0x1f, 0x23},
                      .text{0xe4, 0xe6, 0xe9},
                      .button{0x2c, 0x30, 0x35},
                      .buttonText{0xe4, 0xe6, 0xe9},
                      .light{0x3c, 0x41, 0x47},
                      .midlight{0x33, 0x37, 0x3c},
                      .mid{0x24, 0x27, 0x2b},
                      .dark{0x12, 0x14, 0x16},
                      .shadow{0x0a, 0x0b, 0x0c},
                      .highlight{0x6f, 0xa8, 0xdc},
                      .highlightedText{0x0e, 0x12, 0x16},
                      .link{0x8c, 0xc0, 0xee},
                      .linkVisited{0xc3, 0xa6, 0xe8},
                      .toolTipBase{0x2c, 0x30, 0x35},
                      .toolTipText{0xe4, 0xe6, 0xe9},
                      .placeholder{0x9a, 0xa1, 0xaa},
                      .disabledText{0x6c, 0x72, 0x7a}});
}

AppTheme::Choice AppTheme::saved() {
    const QString name = QSettings().value(kThemeKey).toString();
    if (name == nameOf(Choice::Light))
        return Choice::Light;
    if (name == nameOf(Choice::Dark))
        return Choice::Dark;
    return Choice::System;
}

void AppTheme::save(Choice choice) {
    QSettings().setValue(kThemeKey, nameOf(choice));
}

// The palette the desktop gave the application, taken before PainPace sets its own.
QPalette AppTheme::desktopPalette() {
    static const QPalette desktop = QApplication::palette();
    return desktop;
}

bool AppTheme::isDark(Choice choice) {
    if (choice == Choice::System)
        return desktopPalette().color(QPalette::Window).lightnessF() < 0.5;
    return choice == Choice::Dark;
}

void AppTheme::apply(Choice choice) {
    // The desktop's palette is taken at the first call, whatever the choice: read later, it
    // would be PainPace's own palette and System would keep the last theme.
    desktopPalette();
    const bool dark = isDark(choice);
    if (QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    s_applied = choice;
}

} // namespace painpace
