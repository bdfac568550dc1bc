#include "screenshots.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QWidget>

#include "common/apptheme.h"

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
    return AppTheme::lightPalette();
}

QPalette darkPalette() {
    return AppTheme::darkPalette();
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
