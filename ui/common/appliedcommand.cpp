#include "appliedcommand.h"

#include <QApplication>
#include <QMessageBox>

namespace painpace {

AppliedCommand::AppliedCommand(const QString& text) {
    setText(text);
}

void AppliedCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    guarded(true);
}

void AppliedCommand::undo() {
    guarded(false);
}

void AppliedCommand::guarded(bool forward) {
    try {
        forward ? apply() : revert();
    } catch (const std::exception& error) {
        setObsolete(true);
        QMessageBox::warning(QApplication::activeWindow(),
                             QApplication::translate("AppliedCommand", "Could not undo or redo"),
                             QString::fromUtf8(error.what()));
    }
}

} // namespace painpace
