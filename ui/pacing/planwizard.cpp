#include "planwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include "diary/validationissue.h"

namespace painpace {

namespace {
constexpr int kOwnActivity = -1;
constexpr int kPreviewWeeks = 8;
} // namespace

PlanWizard::PlanWizard(QWidget* parent)
    : QWizard(parent) {
    setWindowTitle(tr("Pacing plan"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages);
    addPage(createActivityPage());
    addPage(createBaselinePage());
    addPage(createSchedulePage());
    addPage(createPreviewPage());
    m_plan.startDate = QDate::currentDate();
    m_plan.weekdays = {1, 3, 5};
    m_plan.baseline = {BaselineMethod::Measured, {10, 10, 10}};
    setPlan(m_plan);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == 3)
            fillPreview();
    });
}

QWizardPage* PlanWizard::createActivityPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Which activity?"));
    page->setSubTitle(tr("One plan paces one activity, by time or by a count."));
    auto* form = new QFormLayout(page);
    m_activity = new QComboBox(page);
    const QList<PacingActivity>& activities = builtInPacingActivities();
    for (qsizetype i = 0; i < activities.size(); ++i)
        m_activity->addItem(activities[i].name, static_cast<int>(i));
    m_activity->addItem(tr("Your own activity…"), kOwnActivity);
    m_ownName = new QLineEdit(page);
    m_ownName->setPlaceholderText(tr("For example: Cycling"));
    m_unit = new QComboBox(page);
    for (const auto& unit : kAmountUnitCodes)
        m_unit->addItem(unitName(unit.value), static_cast<int>(unit.value));
    form->addRow(tr("&Activity"), m_activity);
    form->addRow(tr("&Your name for it"), m_ownName);
    form->addRow(tr("&Measured in"), m_unit);
    connect(m_activity, &QComboBox::currentIndexChanged, this, [this] {
        const int index = m_activity->currentData().toInt();
        const bool own = index == kOwnActivity;
        m_ownName->setEnabled(own);
        if (!own) {
            const PacingActivity& activity = builtInPacingActivities()[index];
            m_ownName->setText(activity.name);
            m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(activity.unit)));
        } else {
            m_ownName->clear();
            m_ownName->setFocus();
        }
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &PlanWizard::updateBaseline);
    return page;
}

QWizardPage* PlanWizard::createBaselinePage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Where does it start?"));
    page->setSubTitle(tr("The baseline is an amount you can do on good days and bad days "
                         "alike, without a flare."));
    auto* layout = new QVBoxLayout(page);
    m_methods = new QButtonGroup(page);
    const std::pair<BaselineMethod, QString> methods[] = {
        {BaselineMethod::Measured,
         tr("&Measured: what I managed on 3 days, stopping when it started to hurt (the plan "
            "takes 80%)")},
        {BaselineMethod::GoodDayBadDay,
         tr("&Good day and bad day: what I can do on each (the plan takes the middle)")},
        {BaselineMethod::BelowOnset, tr("&Just below where my symptoms usually start")}};
    for (const auto& [method, text] : methods) {
        auto* radio = new QRadioButton(text, page);
        m_methods->addButton(radio, static_cast<int>(method));
        layout->addWidget(radio);
    }
    auto* form = new QFormLayout;
    for (int i = 0; i < 3; ++i) {
        auto* value = new QDoubleSpinBox(page);
        value->setRange(0, 100000);
        value->setDecimals(0);
        value->setValue(10);
        auto* label = new QLabel(page);
        label->setBuddy(value);
        m_values.append(value);
        m_valueLabels.append(label);
        form->addRow(label, value);
        connect(value, &QDoubleSpinBox::valueChanged, this, &PlanWizard::updateBaseline);
    }
    layout->addLayout(form);
    m_baselineResult = new QLabel(page);
    m_baselineResult->setWordWrap(true);
    m_baselineResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_baselineResult);
    layout->addStretch();
    connect(m_methods, &QButtonGroup::idClicked, this, &PlanWizard::showBaselineInputs);
    return page;
}

QWizardPage* PlanWizard::createSchedulePage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("When, and how fast does it grow?"));
    page->setSubTitle(tr("The first week stays at the baseline. After each steady week the "
                         "amount grows; after a flare it holds or steps back."));
    auto* form = new QFormLayout(page);
    m_start = new QDateEdit(page);
    m_start->setCalendarPopup(true);
    auto* days = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto* box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), page);
        box->setAccessibleName(QLocale().dayName(day, QLocale::LongFormat));
        m_weekdays.append(box);
        days->addWidget(box);
    }
    m_time = new QTimeEdit(page);
    m_increase = new QSpinBox(page);
    m_increase->setRange(kMinimumWeeklyIncrease, kMaximumWeeklyIncrease);
    m_increase->setSuffix(tr(" % a week"));
    m_splitBouts = new QCheckBox(tr("Split a session into bouts of at most"), page);
    m_boutLimit = new QSpinBox(page);
    m_boutLimit->setRange(1, 100000);
    m_rest = new QSpinBox(page);
    m_rest->setRange(0, 60);
    m_rest->setSuffix(tr(" min rest between bouts"));
    auto* bouts = new QHBoxLayout;
    bouts->addWidget(m_splitBouts);
    bouts->addWidget(m_boutLimit);
    form->addRow(tr("&Starts on"), m_start);
    form->addRow(tr("On"), days);
    form->addRow(tr("&At"), m_time);
    form->addRow(tr("&Grows by"), m_increase);
    form->addRow(bouts);
    form->addRow(QString(), m_rest);
    connect(m_splitBouts, &QCheckBox::toggled, m_boutLimit, &QWidget::setEnabled);
    connect(m_splitBouts, &QCheckBox::toggled, m_rest, &QWidget::setEnabled);
    return page;
}

QWizardPage* PlanWizard::createPreviewPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("The first weeks"));
    page->setSubTitle(tr("If every week goes steadily. Each week is reviewed when it ends, and "
                         "the plan tells you why it changed."));
    auto* layout = new QVBoxLayout(page);
    m_preview = new QTableWidget(page);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->setColumnCount(3);
    m_preview->setHorizontalHeaderLabels({tr("Week"), tr("From"), tr("Each session")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_problems = new QLabel(page);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: palette(link);"));
    layout->addWidget(m_preview);
    layout->addWidget(m_problems);
    return page;
}

void PlanWizard::setPlan(const PacingPlan& plan) {
    m_plan = plan;
    const QList<PacingActivity>& activities = builtInPacingActivities();
    int index = kOwnActivity;
    for (qsizetype i = 0; i < activities.size(); ++i) {
        if (activities[i].code == plan.activityCode)
            index = static_cast<int>(i);
    }
    m_activity->setCurrentIndex(m_activity->findData(index));
    if (index == kOwnActivity || !plan.activityName.isEmpty())
        m_ownName->setText(plan.activityName);
    m_ownName->setEnabled(index == kOwnActivity);
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(plan.unit)));
    m_methods->button(static_cast<int>(plan.baseline.method))->setChecked(true);
    for (qsizetype i = 0; i < plan.baseline.values.size() && i < m_values.size(); ++i)
        m_values[i]->setValue(plan.baseline.values[i]);
    m_start->setDate(plan.startDate);
    for (int day = 1; day <= 7; ++day)
        m_weekdays[day - 1]->setChecked(plan.weekdays.contains(day));
    m_time->setTime(plan.time);
    m_increase->setValue(plan.weeklyIncreasePercent);
    m_splitBouts->setChecked(plan.boutLimit.has_value());
    m_boutLimit->setValue(plan.boutLimit.value_or(10));
    m_boutLimit->setEnabled(plan.boutLimit.has_value());
    m_rest->setValue(plan.restMinutes);
    m_rest->setEnabled(plan.boutLimit.has_value());
    showBaselineInputs();
}

void PlanWizard::showBaselineInputs() {
    const auto method = static_cast<BaselineMethod>(m_methods->checkedId());
    const QString unit = unitName(static_cast<AmountUnit>(m_unit->currentData().toInt()));
    QStringList labels;
    switch (method) {
    case BaselineMethod::Measured:
        labels = {tr("Day &1 (%1)").arg(unit), tr("Day &2 (%1)").arg(unit),
                  tr("Day &3 (%1)").arg(unit)};
        break;
    case BaselineMethod::GoodDayBadDay:
        labels = {tr("A g&ood day (%1)").arg(unit), tr("A &bad day (%1)").arg(unit)};
        break;
    case BaselineMethod::BelowOnset:
        labels = {tr("Just below onset (%1)").arg(unit)};
        break;
    }
    for (int i = 0; i < 3; ++i) {
        const bool shown = i < labels.size();
        m_values[i]->setVisible(shown);
        m_valueLabels[i]->setVisible(shown);
        if (shown)
            m_valueLabels[i]->setText(labels[i]);
    }
    updateBaseline();
}

BaselineInputs PlanWizard::baselineInputs() const {
    BaselineInputs inputs;
    inputs.method = static_cast<BaselineMethod>(m_methods->checkedId());
    for (QDoubleSpinBox* value : m_values) {
        if (!value->isHidden())
            inputs.values.append(value->value());
    }
    return inputs;
}

void PlanWizard::updateBaseline() {
    const auto unit = static_cast<AmountUnit>(m_unit->currentData().toInt());
    try {
        const BaselineInputs inputs = baselineInputs();
        const int start = roundToUnit(computeBaseline(inputs), unit);
        m_baselineResult->setText(
            tr("%1.\nThe plan starts at %2 a session.")
                .arg(baselineExplanation(inputs, unitName(unit)), amountText(start, unit)));
    } catch (const ValidationError& error) {
        m_baselineResult->setText(error.message());
    }
}

PacingPlan PlanWizard::plan() const {
    PacingPlan plan = m_plan;
    const int index = m_activity->currentData().toInt();
    plan.activityCode =
        index == kOwnActivity ? QStringLiteral("own") : builtInPacingActivities()[index].code;
    plan.activityName = m_ownName->text().trimmed();
    plan.unit = static_cast<AmountUnit>(m_unit->currentData().toInt());
    plan.baseline = baselineInputs();
    plan.startDate = m_start->date();
    plan.weekdays.clear();
    for (int day = 1; day <= 7; ++day) {
        if (m_weekdays[day - 1]->isChecked())
            plan.weekdays.append(day);
    }
    plan.time = m_time->time();
    plan.weeklyIncreasePercent = m_increase->value();
    plan.boutLimit = m_splitBouts->isChecked() ? std::optional(m_boutLimit->value()) : std::nullopt;
    plan.restMinutes = m_rest->value();
    return plan;
}

void PlanWizard::fillPreview() {
    const PacingPlan entered = plan();
    m_preview->setRowCount(0);
    try {
        validatePacingPlan(entered);
    } catch (const ValidationError& error) {
        m_problems->setText(error.message());
        return;
    }
    m_problems->clear();
    const QLocale locale;
    m_preview->setRowCount(kPreviewWeeks);
    for (int week = 0; week < kPreviewWeeks; ++week) {
        const int amount = levelAmount(entered, week);
        const QList<int> bouts = splitIntoBouts(amount, entered.boutLimit, entered.unit);
        QString session = amountText(amount, entered.unit);
        if (bouts.size() > 1)
            session = tr("%1 in %2 bouts, %3 min rest between")
                          .arg(session)
                          .arg(bouts.size())
                          .arg(entered.restMinutes);
        m_preview->setItem(week, 0, new QTableWidgetItem(QString::number(week + 1)));
        m_preview->setItem(week, 1,
                           new QTableWidgetItem(locale.toString(planWeekStart(entered, week),
                                                                QLocale::ShortFormat)));
        m_preview->setItem(week, 2, new QTableWidgetItem(session));
    }
    m_preview->resizeColumnsToContents();
}

void PlanWizard::accept() {
    try {
        validatePacingPlan(plan());
    } catch (const ValidationError& error) {
        QMessageBox::warning(this, tr("Please check the plan"), error.message());
        return;
    }
    QWizard::accept();
}

} // namespace painpace
