#include "trialwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

#include "diary/validationissue.h"
#include "trials/trialschedule.h"

namespace painpace {

namespace {
constexpr int kCalendarPage = 3;
} // namespace

TrialWizard::TrialWizard(const QList<TherapyDefinition>& therapies, QWidget* parent)
    : QWizard(parent)
    , m_therapies(therapies)
    , m_seed(QRandomGenerator::system()->generate64()) {
    setWindowTitle(tr("Try a therapy fairly"));
    setWizardStyle(QWizard::ClassicStyle);
    addPage(createTherapyPage());
    addPage(createOutcomePage());
    addPage(createLengthPage());
    addPage(createCalendarPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == kCalendarPage)
            fillCalendar();
    });
}

void TrialWizard::updateMedicineCaution() {
    auto isMedicine = [this](const QString& code) {
        return std::any_of(m_therapies.cbegin(), m_therapies.cend(), [&](const auto& therapy) {
            return therapy.code == code && (therapy.kind == TherapyKind::Medication ||
                                            therapy.kind == TherapyKind::Supplement);
        });
    };
    const bool comparedWithOther =
        m_comparison->checkedId() == static_cast<int>(TrialComparison::OtherTherapy);
    const bool medicine = isMedicine(m_therapy->currentData().toString()) ||
                          (comparedWithOther && isMedicine(m_other->currentData().toString()));
    m_caution->setText(
        medicine ? tr("⚠ A trial switches this on and off. Agree it first with the doctor who "
                      "prescribed it, or ask your pharmacist: some medicines must not be stopped "
                      "suddenly, and some take weeks to work or to wear off.")
                 : QString());
    m_caution->setVisible(medicine);
}

QString TrialWizard::medicineCaution() const {
    return m_caution->isHidden() ? QString() : m_caution->text();
}

QWizardPage* TrialWizard::createTherapyPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("What do you want to try?"));
    page->setSubTitle(tr("You will switch between periods with it and periods without it, in an "
                         "order chosen by chance, so the comparison is fair."));
    auto* layout = new QVBoxLayout(page);
    m_therapy = new QComboBox(page);
    m_other = new QComboBox(page);
    for (const TherapyDefinition& therapy : std::as_const(m_therapies)) {
        m_therapy->addItem(therapy.name, therapy.code);
        m_other->addItem(therapy.name, therapy.code);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Therapy"), m_therapy);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Compared with:"), page));
    m_comparison = new QButtonGroup(page);
    for (const auto& code : kTrialComparisonCodes) {
        QString label = tr(code.label);
        label[0] = label[0].toUpper();
        auto* radio = new QRadioButton(label, page);
        m_comparison->addButton(radio, static_cast<int>(code.value));
        layout->addWidget(radio);
    }
    m_comparison->button(static_cast<int>(TrialComparison::UsualRoutine))->setChecked(true);
    layout->addWidget(m_other);
    m_other->setEnabled(false);
    m_other->setCurrentIndex(std::min(1, static_cast<int>(m_therapies.size()) - 1));
    // Framed, so it is read before going on; shown only for a medicine or a supplement.
    m_caution = new QLabel(page);
    m_caution->setWordWrap(true);
    m_caution->setFrameShape(QFrame::Box);
    m_caution->setMargin(8);
    layout->addWidget(m_caution);
    layout->addStretch();
    connect(m_comparison, &QButtonGroup::idClicked, this, [this](int id) {
        m_other->setEnabled(id == static_cast<int>(TrialComparison::OtherTherapy));
        updateMedicineCaution();
    });
    connect(m_therapy, &QComboBox::currentIndexChanged, this, &TrialWizard::updateMedicineCaution);
    connect(m_other, &QComboBox::currentIndexChanged, this, &TrialWizard::updateMedicineCaution);
    updateMedicineCaution();
    return page;
}

QWizardPage* TrialWizard::createOutcomePage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("How will you judge it?"));
    page->setSubTitle(tr("The trial reads this from your usual check-ins: nothing extra to "
                         "enter."));
    auto* form = new QFormLayout(page);
    m_outcome = new QComboBox(page);
    for (const auto& code : kTrialOutcomeCodes)
        m_outcome->addItem(outcomeName(code.value), static_cast<int>(code.value));
    form->addRow(tr("&Judged by"), m_outcome);
    for (const auto& code : kTrialOutcomeCodes) {
        auto* box = new QCheckBox(outcomeName(code.value), page);
        box->setProperty("outcome", static_cast<int>(code.value));
        m_secondary.append(box);
        form->addRow(m_secondary.size() == 1 ? tr("Also look at") : QString(), box);
    }
    m_meaningful = new QDoubleSpinBox(page);
    m_meaningful->setRange(0.1, 100);
    m_meaningful->setDecimals(1);
    m_meaningful->setValue(1.0);
    form->addRow(tr("A &difference that matters"), m_meaningful);
    return page;
}

QWizardPage* TrialWizard::createLengthPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("How long?"));
    page->setSubTitle(tr("Longer periods and more cycles give a clearer answer."));
    auto* form = new QFormLayout(page);
    m_periodDays = new QSpinBox(page);
    m_periodDays->setRange(kShortestTrialPeriod, kLongestTrialPeriod);
    m_periodDays->setValue(7);
    m_periodDays->setSuffix(tr(" days"));
    m_cycles = new QSpinBox(page);
    m_cycles->setRange(kFewestTrialCycles, kMostTrialCycles);
    m_cycles->setValue(3);
    m_baseline = new QCheckBox(tr("Start with a baseline period of my &usual routine"), page);
    m_start = new QDateEdit(QDate::currentDate(), page);
    m_start->setCalendarPopup(true);
    form->addRow(tr("Each &period"), m_periodDays);
    form->addRow(tr("&Cycles (one period with, one without)"), m_cycles);
    form->addRow(m_baseline);
    form->addRow(tr("&Starts on"), m_start);
    return page;
}

QWizardPage* TrialWizard::createCalendarPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Your trial's calendar"));
    page->setSubTitle(tr("The order within each cycle was drawn by chance and is kept. Today's "
                         "period shows on the Today view."));
    auto* layout = new QVBoxLayout(page);
    m_calendar = new QListWidget(page);
    layout->addWidget(m_calendar);
    return page;
}

TherapyTrial TrialWizard::trial() const {
    TherapyTrial trial;
    trial.therapyCode = m_therapy->currentData().toString();
    trial.therapyName = m_therapy->currentText();
    trial.comparison = static_cast<TrialComparison>(m_comparison->checkedId());
    if (trial.comparison == TrialComparison::OtherTherapy) {
        trial.otherTherapyCode = m_other->currentData().toString();
        trial.otherTherapyName = m_other->currentText();
    }
    trial.outcome = static_cast<TrialOutcome>(m_outcome->currentData().toInt());
    for (const QCheckBox* box : m_secondary) {
        const auto outcome = static_cast<TrialOutcome>(box->property("outcome").toInt());
        if (box->isChecked() && outcome != trial.outcome)
            trial.secondaryOutcomes.append(outcome);
    }
    trial.meaningfulDifference = m_meaningful->value();
    trial.periodDays = m_periodDays->value();
    trial.cycles = m_cycles->value();
    trial.baselinePeriod = m_baseline->isChecked();
    trial.startDate = m_start->date();
    trial.seed = m_seed;
    return trial;
}

void TrialWizard::fillCalendar() {
    m_calendar->clear();
    const TherapyTrial entered = trial();
    const QLocale locale;
    int day = 1;
    for (const TrialPeriod& period : trialSchedule(entered)) {
        const QString arm = period.arm == TrialArm::A   ? entered.therapyName
                            : period.arm == TrialArm::B ? comparisonName(entered)
                                                        : tr("baseline (usual routine)");
        m_calendar->addItem(tr("Days %1-%2, %3 to %4: %5")
                                .arg(day)
                                .arg(day + period.days.size() - 1)
                                .arg(locale.toString(period.days.first(), QLocale::ShortFormat),
                                     locale.toString(period.days.last(), QLocale::ShortFormat),
                                     arm));
        day += static_cast<int>(period.days.size());
    }
}

void TrialWizard::setSeed(quint64 seed) {
    m_seed = seed;
    fillCalendar();
}

void TrialWizard::accept() {
    try {
        validateTherapyTrial(trial());
    } catch (const ValidationError& error) {
        QMessageBox::warning(this, tr("Please check the trial"), error.message());
        return;
    }
    QWizard::accept();
}

} // namespace painpace
