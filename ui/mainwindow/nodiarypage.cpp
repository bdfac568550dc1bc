#include "nodiarypage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace painpace {

NoDiaryPage::NoDiaryPage(QWidget* parent)
    : QWidget(parent) {
    // A column of readable width in the middle of the page, however wide the window.
    auto* outer = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* column = new QWidget(this);
    column->setMaximumWidth(560);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row->addStretch(1);
    row->addWidget(column, 10);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    auto* layout = new QVBoxLayout(column);
    auto* title = new QLabel(tr("No diary is open"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    m_reason = new QLabel(column);
    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignCenter);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reason);
    layout->addSpacing(12);

    const auto addButton = [column, layout](const QString& text) {
        auto* button = new QPushButton(text, column);
        button->setMinimumWidth(280);
        layout->addWidget(button, 0, Qt::AlignHCenter);
        return button;
    };
    m_restore = addButton(tr("&Restore this diary from a backup…"));
    m_open = addButton(tr("&Open a diary…"));
    m_new = addButton(tr("&New diary…"));
    m_demo = addButton(tr("Try the &demo diary"));
    connect(m_restore, &QPushButton::clicked, this, &NoDiaryPage::restoreRequested);
    connect(m_open, &QPushButton::clicked, this, &NoDiaryPage::openRequested);
    connect(m_new, &QPushButton::clicked, this, &NoDiaryPage::newRequested);
    connect(m_demo, &QPushButton::clicked, this, &NoDiaryPage::demoRequested);
    showReason(QString(), false);
}

void NoDiaryPage::showReason(const QString& reason, bool canRestore) {
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_restore->setVisible(canRestore);
    m_restore->setDefault(canRestore);
    m_open->setDefault(!canRestore);
    setFocusProxy(canRestore ? m_restore : m_open);
}

} // namespace painpace
