#include "undonotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include "common/timeformat.h"
#include "diary/checkin.h"
#include "editstack.h"

namespace painpace {

QString deletedMessage(const CheckIn& entry) {
    return UndoNotice::tr("Deleted the check-in of %1 at %2 (pain %3).")
        .arg(QLocale().toString(entry.moment.localDay, QLocale::ShortFormat),
             shortTime(entry.moment.localTime().time()))
        .arg(entry.pain);
}

UndoNotice::UndoNotice(EditStack& stack, QWidget* parent)
    : QWidget(parent)
    , m_stack(stack) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_undo = new QPushButton(tr("Undo"), this);
    m_undo->setToolTip(tr("Takes the step back (Ctrl+Z does the same)"));
    m_undo->setVisible(false);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undo);
    connect(m_undo, &QPushButton::clicked, this, &UndoNotice::undoTheStep);
    connect(&m_stack, &QUndoStack::indexChanged, this, [this](int index) {
        if (m_stepIndex >= 0 && index != m_stepIndex) {
            m_stepIndex = -1;
            m_undo->setVisible(false);
            m_text->clear();
        }
    });
}

void UndoNotice::showForLastStep(const QString& what) {
    m_text->setText(what);
    m_stepIndex = m_stack.index();
    m_undo->setVisible(m_stack.canUndo());
}

void UndoNotice::showText(const QString& text) {
    m_stepIndex = -1;
    m_undo->setVisible(false);
    m_text->setText(text);
}

QString UndoNotice::text() const {
    return m_text->text();
}

void UndoNotice::undoTheStep() {
    if (m_stepIndex == m_stack.index())
        m_stack.undo();
}

} // namespace painpace
