#include "formfooter.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace painpace {

FormFooter addFormFooter(QVBoxLayout* layout, QWidget* form) {
    FormFooter footer;
    footer.result = new QLabel(form);
    footer.result->setWordWrap(true);
    footer.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(footer.result);
    footer.save =
        new QPushButton(QCoreApplication::translate("QuestionnaireForm", "&Save answers"), form);
    layout->addWidget(footer.save, 0, Qt::AlignLeft);
    layout->addStretch();
    return footer;
}

} // namespace painpace
