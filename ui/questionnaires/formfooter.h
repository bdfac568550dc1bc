#pragma once

class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace painpace {

// The end of a questionnaire form: the live result and the button that saves the answers.
struct FormFooter {
    QLabel* result = nullptr;
    QPushButton* save = nullptr;
};

FormFooter addFormFooter(QVBoxLayout* layout, QWidget* form);

} // namespace painpace
