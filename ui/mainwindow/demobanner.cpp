#include "demobanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "common/colourcontrast.h"

namespace painpace {

DemoBanner::DemoBanner(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("demoBanner"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_message = new QLabel(tr("<b>This is the demo diary.</b> Its entries are made up, to try "
                              "PainPace with; nothing you add here goes into your own diary."),
                           this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message, 1);
    m_back = new QPushButton(tr("Back to &your diary"), this);
    layout->addWidget(m_back);
    connect(m_back, &QPushButton::clicked, this, &DemoBanner::backRequested);
    followPalette();
}

// A soft tint of the accent over the window colour, with the window's own text on it: visible,
// not alarming (docs/design.md, "Colour").
void DemoBanner::followPalette() {
    const QPalette window = QApplication::palette();
    const QColor ground = window.color(QPalette::Window);
    const QColor accent = window.color(QPalette::Highlight);
    const QColor tint = colourcontrast::blended(ground, accent, 0.2);
    QPalette own = palette();
    own.setColor(QPalette::Window, tint);
    own.setColor(QPalette::WindowText, colourcontrast::reaching(window.color(QPalette::WindowText),
                                                                tint, colourcontrast::kText));
    m_following = true;
    setPalette(own);
    m_following = false;
}

void DemoBanner::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    // A new theme arrives as a palette change passed down from the window (only windows are
    // told of the application's palette); the banner's own colours are worked out from it
    // again, and setting them is itself a palette change, not to be followed.
    if (event->type() == QEvent::PaletteChange && !m_following)
        followPalette();
}

} // namespace painpace
