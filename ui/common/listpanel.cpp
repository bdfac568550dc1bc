#include "listpanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace painpace {

ListPanel::ListPanel(const QString& title, const QString& accessibleName, QWidget* parent)
    : QWidget(parent) {
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 8, 0);
    auto* label = new QLabel(title, this);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(accessibleName);
    label->setBuddy(m_list);
    m_layout->addWidget(label);
    m_layout->addWidget(m_list, 1);
}

QPushButton* ListPanel::addButton(const QString& text) {
    auto* button = new QPushButton(text, this);
    m_layout->addWidget(button);
    return button;
}

} // namespace painpace
