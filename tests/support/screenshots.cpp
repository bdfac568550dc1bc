#include "screenshots.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace painpace::testing {

QString saveScreenshot(QWidget& widget, const QString& name) {
    const QString folder = QStringLiteral(PAINPACE_SCREENSHOT_DIR);
    if (!QDir().mkpath(folder))
        return {};
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
    // Let pending layout and paint requests run first, as the event loop would for a person.
    QCoreApplication::processEvents();
    return widget.grab().save(path) ? path : QString();
}

QPalette lightPalette() {
    return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
}

QPalette darkPalette() {
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xe6, 0xe3);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Highlight, QColor(0x5b, 0x9b, 0xd5));
    dark.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return dark;
}

ScopedAppPalette::ScopedAppPalette(const QPalette& palette)
    : m_previous(QApplication::palette()) {
    QApplication::setPalette(palette);
    QCoreApplication::sendPostedEvents(); // let every widget take the new palette before a grab
}

ScopedAppPalette::~ScopedAppPalette() {
    QApplication::setPalette(m_previous);
    QCoreApplication::sendPostedEvents();
}

bool saveLightAndDark(QWidget& widget, const QString& name) {
    bool saved = true;
    for (const bool dark : {false, true}) {
        ScopedAppPalette palette(dark ? darkPalette() : lightPalette());
        saved = !saveScreenshot(widget,
                                name + (dark ? QStringLiteral("-dark") : QStringLiteral("-light")))
                     .isEmpty() &&
                saved;
    }
    return saved;
}

} // namespace painpace::testing
