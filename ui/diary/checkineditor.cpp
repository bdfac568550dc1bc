#include "checkineditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "checkindetailsform.h"
#include "today/painscalebuttons.h"

namespace painpace {

CheckInEditor::CheckInEditor(const Database& database, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Edit check-in</b> — pain:"), this));
    m_pain = new PainScaleButtons(this);
    m_pain->setCompact(true);
    layout->addWidget(m_pain);
    m_details = new CheckInDetailsForm(database, this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save changes"), this);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    buttons->addWidget(m_save);
    buttons->addWidget(cancel);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &CheckInEditor::finish);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_editing.reset();
        emit cancelled();
    });
}

void CheckInEditor::edit(const CheckIn& entry) {
    m_editing = entry;
    m_pain->setValue(entry.pain);
    m_details->load(entry);
}

void CheckInEditor::finish() {
    if (!m_editing)
        return;
    CheckIn after = *m_editing; // marks stay as they were
    after.pain = m_pain->value().value_or(after.pain);
    m_details->fillIn(after);
    const CheckIn before = *m_editing;
    m_editing.reset();
    emit editFinished(before, after);
}

} // namespace painpace
