#include "pageheader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace painpace {

namespace {
constexpr double kTitleScale = 1.3; // the title's size against the body text (docs/design.md)
constexpr int kHelpIconSize = 20;
} // namespace

PageHeader::PageHeader(QWidget* parent)
    : QWidget(parent) {
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * kTitleScale);
    font.setBold(true);
    m_title->setFont(font);
    m_help = new QToolButton(this);
    m_help->setAutoRaise(true);
    m_help->setIconSize(QSize(kHelpIconSize, kHelpIconSize));
    m_help->setFocusPolicy(Qt::TabFocus);
    connect(m_help, &QToolButton::clicked, this, &PageHeader::helpRequested);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(16, 6, 16, 2); // in line with the views' own margin
    row->setSpacing(4);
    row->addWidget(m_title);
    row->addWidget(m_help);
    row->addStretch(1);
    updateIcon();
}

void PageHeader::setTitle(const QString& title) {
    m_title->setText(title);
    m_help->setToolTip(tr("About %1 in the PainPace guide (F1)").arg(title));
    m_help->setAccessibleName(tr("Guide: %1").arg(title));
}

QString PageHeader::title() const {
    return m_title->text();
}

void PageHeader::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void PageHeader::updateIcon() {
    m_help->setIcon(QIcon(m_helpIcon.pixmap(kHelpIconSize, palette().color(QPalette::Highlight),
                                            devicePixelRatioF())));
}

} // namespace painpace
