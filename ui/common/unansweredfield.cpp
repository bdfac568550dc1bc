#include "unansweredfield.h"

#include <QAbstractSpinBox>
#include <QEvent>
#include <QTimer>

namespace painpace {

UnansweredField::UnansweredField(QAbstractSpinBox* box)
    : QObject(box) {}

void UnansweredField::install(QAbstractSpinBox* box) {
    box->installEventFilter(new UnansweredField(box));
}

bool UnansweredField::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusIn) {
        auto* box = static_cast<QAbstractSpinBox*>(watched);
        // After the click that gave the focus has placed the cursor.
        QTimer::singleShot(0, box, [box] {
            if (!box->specialValueText().isEmpty() && box->text() == box->specialValueText())
                box->selectAll();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace painpace
