#include "fiqrform.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "formfooter.h"

namespace painpace {

namespace {

constexpr int kUnanswered = -1;

// The questions in the order the FIQR asks them (domain.md).
const char* const kQuestions[kFiqrItems] = {
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Brush or comb your hair"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Walk continuously for 20 minutes"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Prepare a homemade meal"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Vacuum, scrub or sweep floors"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Lift and carry a bag full of groceries"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Climb one flight of stairs"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Change bed sheets"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Sit in a chair for 45 minutes"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Go shopping for groceries"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Fibromyalgia kept me from my goals for the week"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "I was completely overwhelmed by my symptoms"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Pain"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Energy (10 = no energy)"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Stiffness"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Sleep quality (10 = awoke very tired)"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Depression"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Memory problems"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Anxiety"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Tenderness to touch"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm", "Balance problems"),
    QT_TRANSLATE_NOOP("painpace::FiqrForm",
                      "Sensitivity to loud noises, bright lights, odours or cold"),
};

} // namespace

FiqrForm::FiqrForm(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("About the past 7 days, from 0 to 10. Leave a question "
                                    "open if it does not apply."),
                                 this));
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildDomain(tr("Difficulty with daily tasks (0 no difficulty, 10 very "
                                      "difficult)"),
                                   0, kFiqrFunctionItems),
                       1, Qt::AlignTop);
    auto* right = new QVBoxLayout;
    right->addWidget(
        buildDomain(tr("Overall (0 never, 10 always)"), kFiqrFunctionItems, kFiqrOverallItems));
    right->addWidget(buildDomain(tr("Symptoms (0 none, 10 very severe)"),
                                 kFiqrFunctionItems + kFiqrOverallItems, kFiqrSymptomItems));
    columns->addLayout(right, 1);
    layout->addLayout(columns);
    const FormFooter footer = addFormFooter(layout, this);
    m_result = footer.result;
    m_save = footer.save;
    connect(m_save, &QPushButton::clicked, this, &FiqrForm::saveRequested);
    updateResult();
}

QWidget* FiqrForm::buildDomain(const QString& title, int first, int count) {
    auto* box = new QGroupBox(title, this);
    auto* form = new QFormLayout(box);
    for (int i = first; i < first + count; ++i) {
        auto* spin = new QSpinBox(box);
        spin->setRange(kUnanswered, 10);
        spin->setSpecialValueText(QStringLiteral("—"));
        spin->setValue(kUnanswered);
        form->addRow(tr(kQuestions[i]), spin);
        m_items.append(spin);
        connect(spin, &QSpinBox::valueChanged, this, &FiqrForm::updateResult);
    }
    return box;
}

FiqrAnswers FiqrForm::answers() const {
    FiqrAnswers answers;
    for (int i = 0; i < kFiqrItems; ++i) {
        if (m_items[i]->value() != kUnanswered)
            answers[static_cast<std::size_t>(i)] = m_items[i]->value();
    }
    return answers;
}

void FiqrForm::setAnswers(const FiqrAnswers& answers) {
    for (int i = 0; i < kFiqrItems; ++i)
        m_items[i]->setValue(answers[static_cast<std::size_t>(i)].value_or(kUnanswered));
}

void FiqrForm::clear() {
    for (QSpinBox* spin : m_items)
        spin->setValue(kUnanswered);
}

QString FiqrForm::resultText() const {
    return m_result->text();
}

void FiqrForm::updateResult() {
    emit changed();
    const FiqrAnswers current = answers();
    const auto result = scoreFiqr(current);
    m_save->setEnabled(result.has_value());
    if (!result) {
        m_result->setText(fiqrMissingReason(current));
        return;
    }
    const QLocale locale;
    m_result->setText(tr("<b>FIQR %1 of 100: %2</b><br>Daily tasks %3 of 30 · overall %4 of 20 "
                         "· symptoms %5 of 50")
                          .arg(locale.toString(result->total, 'f', 1), fiqrBandName(result->band))
                          .arg(locale.toString(result->function, 'f', 1))
                          .arg(locale.toString(result->overall, 'f', 1))
                          .arg(locale.toString(result->symptoms, 'f', 1)));
}

} // namespace painpace
