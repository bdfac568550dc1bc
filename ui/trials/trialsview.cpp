#include "trialsview.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "charts/chartview.h"
#include "charts/trialchart.h"
#include "common/listpanel.h"
#include "common/refreshwhenshown.h"
#include "edit/dialogdraft.h"
#include "edit/diaryedits.h"
#include "edit/editstack.h"
#include "storage/cataloguerepository.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/exposurerepository.h"
#include "storage/trialrepository.h"
#include "trials/beforeafter.h"
#include "trialsummary.h"
#include "trialwizard.h"

namespace painpace {

namespace {
const QString kNewTrialDraftSlot = QStringLiteral("trial-wizard");
}

namespace {

QString statusName(TrialStatus status) {
    return QCoreApplication::translate("TrialsView",
                                       labelOf<TrialStatus>(kTrialStatusCodes, status));
}

QLabel* wrappedLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TrialsView::TrialsView(const Database& database, EditStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createListPanel());
    splitter->addWidget(createResultPanel());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 800});
    layout->addWidget(splitter);
    connect(m_trials, &QListWidget::currentRowChanged, this, &TrialsView::showSelectedTrial);
    const DiaryNotifier& notifier = m_database.notifier();
    auto* refresher = new RefreshWhenShown(this, [this] { refresh(); });
    for (auto signal : {&DiaryNotifier::trialsChanged, &DiaryNotifier::diaryReloaded,
                        &DiaryNotifier::catalogueChanged})
        connect(&notifier, signal, refresher, &RefreshWhenShown::request);
    connect(&notifier, &DiaryNotifier::checkInSaved, refresher, &RefreshWhenShown::request);
    connect(&notifier, &DiaryNotifier::checkInRemoved, refresher, &RefreshWhenShown::request);
    refresher->loadWhenFirstShown();
}

QWidget* TrialsView::createListPanel() {
    auto* panel = new ListPanel(tr("T&rials"), tr("Therapy trials"), this);
    m_trials = panel->list();
    m_trials->setWordWrap(true);
    m_trials->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* add = panel->addButton(tr("Ne&w trial…"));
    m_pause = panel->addButton(tr("Pa&use"));
    m_abandon = panel->addButton(tr("A&bandon"));
    m_finish = panel->addButton(tr("F&inish"));
    connect(add, &QPushButton::clicked, this, &TrialsView::newTrial);
    connect(m_pause, &QPushButton::clicked, this, &TrialsView::togglePause);
    connect(m_abandon, &QPushButton::clicked, this, &TrialsView::abandonTrial);
    connect(m_finish, &QPushButton::clicked, this, &TrialsView::finishTrial);
    return panel;
}

QWidget* TrialsView::createResultPanel() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 0, 0, 0);
    m_headline = wrappedLabel(panel);
    QFont bigger = m_headline->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    m_headline->setFont(bigger);
    m_progress = wrappedLabel(panel);
    m_detailsButton = new QPushButton(tr("How this was worked out ▸"), panel);
    m_detailsButton->setCheckable(true);
    m_details = wrappedLabel(panel);
    m_details->hide();
    m_chart = new ChartView(panel);
    auto* beforeAfterRow = new QHBoxLayout;
    auto* beforeAfterLabel = new QLabel(tr("Before and after &starting"), panel);
    m_beforeAfterTherapy = new QComboBox(panel);
    beforeAfterLabel->setBuddy(m_beforeAfterTherapy);
    beforeAfterRow->addWidget(beforeAfterLabel);
    beforeAfterRow->addWidget(m_beforeAfterTherapy, 1);
    m_beforeAfter = wrappedLabel(panel);
    layout->addWidget(m_headline);
    layout->addWidget(m_progress);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addWidget(m_chart, 1);
    layout->addLayout(beforeAfterRow);
    layout->addWidget(m_beforeAfter);
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QWidget::setVisible);
    connect(m_beforeAfterTherapy, &QComboBox::currentIndexChanged, this,
            &TrialsView::showBeforeAfter);
    return panel;
}

std::optional<TherapyTrial> TrialsView::selectedTrial() const {
    const int row = m_trials->currentRow();
    if (row < 0 || row >= m_trialData.size())
        return std::nullopt;
    return m_trialData[row];
}

void TrialsView::refresh() {
    const std::optional<TherapyTrial> selected = selectedTrial();
    m_trialData = TrialRepository(m_database).trials();
    {
        const QSignalBlocker block(m_trials);
        m_trials->clear();
        for (const TherapyTrial& trial : std::as_const(m_trialData))
            m_trials->addItem(tr("%1 or %2 (%3, from %4)")
                                  .arg(trial.therapyName, comparisonName(trial),
                                       statusName(trial.status),
                                       QLocale().toString(trial.startDate, QLocale::ShortFormat)));
        int row = m_trialData.isEmpty() ? -1 : 0;
        for (qsizetype i = 0; selected && i < m_trialData.size(); ++i) {
            if (m_trialData[i].id == selected->id)
                row = static_cast<int>(i);
        }
        m_trials->setCurrentRow(row);
    }
    const QString chosen = m_beforeAfterTherapy->currentData().toString();
    {
        const QSignalBlocker block(m_beforeAfterTherapy);
        m_beforeAfterTherapy->clear();
        for (const TherapyDefinition& therapy : CatalogueRepository(m_database).therapies())
            m_beforeAfterTherapy->addItem(therapy.name, therapy.code);
        m_beforeAfterTherapy->setCurrentIndex(std::max(0, m_beforeAfterTherapy->findData(chosen)));
    }
    showSelectedTrial();
    showBeforeAfter();
}

void TrialsView::showSelectedTrial() {
    const std::optional<TherapyTrial> trial = selectedTrial();
    for (QPushButton* button : {m_pause, m_abandon, m_finish})
        button->setEnabled(trial && (trial->status == TrialStatus::Running ||
                                     trial->status == TrialStatus::Paused));
    m_detailsButton->setVisible(trial.has_value());
    if (!trial) {
        m_headline->setText(tr("No trial yet. A trial compares a therapy with your usual "
                               "routine (or another therapy) in periods chosen by chance, and "
                               "tells you honestly whether it helped."));
        m_progress->clear();
        m_details->clear();
        ChartModel empty;
        empty.emptyMessage = tr("Choose New trial… to set one up.");
        m_chart->setModel(empty);
        return;
    }
    m_pause->setText(trial->status == TrialStatus::Paused ? tr("Res&ume") : tr("Pa&use"));
    {
        // The before/after look starts at the trial's own therapy.
        const QSignalBlocker block(m_beforeAfterTherapy);
        const int index = m_beforeAfterTherapy->findData(trial->therapyCode);
        if (index >= 0)
            m_beforeAfterTherapy->setCurrentIndex(index);
    }
    showBeforeAfter();
    const QList<TrialPeriod> schedule = trialSchedule(*trial);
    const TrialRepository repository(m_database);
    const auto days = repository.dayRecords(*trial, schedule, trial->outcome);
    const TrialResult result = analyseTrial(*trial, schedule, days);
    m_headline->setText(trialHeadline(*trial, result));
    QString progress;
    const QDate today = QDate::currentDate();
    if (const auto info = trialDayOf(schedule, today);
        info && trial->status == TrialStatus::Running) {
        progress = tr("Day %1 of %2: %3 period.")
                       .arg(info->dayNumber)
                       .arg(info->totalDays)
                       .arg(info->arm == TrialArm::A   ? trial->therapyName
                            : info->arm == TrialArm::B ? comparisonName(*trial)
                                                       : tr("baseline"));
    } else if (trial->status == TrialStatus::Running && today > trialLastDay(schedule)) {
        progress = tr("All %1 days are over (%2 to %3): choose Finish when you are done.")
                       .arg(schedule.size() * trial->periodDays)
                       .arg(QLocale().toString(trial->startDate, QLocale::ShortFormat),
                            QLocale().toString(trialLastDay(schedule), QLocale::ShortFormat));
    } else {
        progress = tr("%1; %2 to %3.")
                       .arg(statusName(trial->status),
                            QLocale().toString(trial->startDate, QLocale::ShortFormat),
                            QLocale().toString(trialLastDay(schedule), QLocale::ShortFormat));
        progress[0] = progress[0].toUpper();
    }
    const QHash<QDate, bool> answers = repository.followed(trial->id);
    int followed = 0;
    for (bool answer : answers)
        followed += answer ? 1 : 0;
    progress += QLatin1Char(' ') + tr("%1 days with diary data; followed on %2 of %3 days "
                                      "answered.")
                                       .arg(result.daysWithData)
                                       .arg(followed)
                                       .arg(answers.size());
    m_progress->setText(progress);
    QString details =
        trialMethodDetails(*trial, result, analyseTrial(*trial, schedule, days, {true, false}),
                           analyseTrial(*trial, schedule, days, {false, true}));
    for (TrialOutcome secondary : trial->secondaryOutcomes) {
        TherapyTrial other = *trial;
        other.outcome = secondary;
        other.meaningfulDifference = 1.0;
        details += QStringLiteral("\n\n") +
                   tr("Also looked at, %1: %2")
                       .arg(outcomeName(secondary),
                            trialHeadline(other, analyseTrial(other, schedule,
                                                              repository.dayRecords(other, schedule,
                                                                                    secondary))));
    }
    m_details->setText(details);
    m_chart->setModel(trialChartModel(*trial, schedule, days, result));
}

void TrialsView::showBeforeAfter() {
    const QString code = m_beforeAfterTherapy->currentData().toString();
    if (code.isEmpty()) {
        m_beforeAfter->clear();
        return;
    }
    QList<QDate> used;
    const QDate today = QDate::currentDate();
    const CheckInRepository checkIns(m_database);
    const QDate first = checkIns.firstDay().value_or(today);
    for (const auto& day :
         ExposureRepository(m_database).days(ExposureRepository::Source::Therapies, first, today))
        if (day.exposures.contains(code))
            used.append(day.day);
    const auto comparison =
        beforeAfter(checkIns.dailySummaries(first, today), used, TrialOutcome::Pain);
    if (!comparison) {
        m_beforeAfter->setText(tr("Not enough data: this needs 3 days with pain recorded in the "
                                  "2 weeks before you first used it and 3 in the 2 weeks from "
                                  "then."));
        return;
    }
    const stats::MeanDifference& d = comparison->difference;
    const QLocale locale;
    m_beforeAfter->setText(
        tr("First used on %1. Mean pain %2 in the 2 weeks before (%3 days) and %4 in the 2 weeks "
           "from then (%5 days): %6 points %7, 95% interval %8 to %9. Weaker evidence than a "
           "trial: anything else that changed at the time counts too.")
            .arg(locale.toString(comparison->firstUse, QLocale::ShortFormat),
                 locale.toString(d.meanWithout, 'f', 1))
            .arg(d.nWithout)
            .arg(locale.toString(d.meanWith, 'f', 1))
            .arg(d.nWith)
            .arg(locale.toString(std::abs(d.difference), 'f', 1),
                 d.difference <= 0 ? tr("lower") : tr("higher"), locale.toString(d.low, 'f', 1),
                 locale.toString(d.high, 'f', 1)));
}

void TrialsView::newTrial() {
    TrialWizard wizard(CatalogueRepository(m_database).therapies(), this);
    const QString seedKey = QStringLiteral("seed");
    DialogDraft draft(m_database, kNewTrialDraftSlot, wizard,
                      {[&] {
                           return QJsonObject{{seedKey, QString::number(wizard.seed())}};
                       },
                       {},
                       [&](const QJsonObject& extra) {
                           wizard.setSeed(extra.value(seedKey).toString().toULongLong());
                       }});
    draft.restore();
    if (draft.exec() != QDialog::Accepted)
        return;
    TherapyTrial trial = wizard.trial();
    try {
        DiaryEdits(m_database, m_undoStack).clearingDraft(kNewTrialDraftSlot).startTrial(trial);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Trial not saved"), QString::fromUtf8(error.what()));
    }
}

void TrialsView::changeStatus(TherapyTrial after, const QString& text) {
    const std::optional<TherapyTrial> before = selectedTrial();
    if (!before)
        return;
    try {
        DiaryEdits(m_database, m_undoStack).changeTrial(*before, std::move(after), text);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Trial not changed"), QString::fromUtf8(error.what()));
    }
}

// A pause takes days out of the schedule from today until the trial is resumed; the periods
// carry on after it, so no period is cut short.
void TrialsView::togglePause() {
    std::optional<TherapyTrial> trial = selectedTrial();
    if (!trial)
        return;
    const QDate today = QDate::currentDate();
    if (trial->status == TrialStatus::Paused && !trial->pauses.isEmpty()) {
        TrialPause& pause = trial->pauses.last();
        pause.days = std::max<int>(1, static_cast<int>(pause.from.daysTo(today)));
        trial->status = TrialStatus::Running;
        changeStatus(*trial, tr("resume the trial"));
    } else {
        trial->pauses.append({std::max(today, trial->startDate), 1});
        trial->status = TrialStatus::Paused;
        changeStatus(*trial, tr("pause the trial"));
    }
}

void TrialsView::abandonTrial() {
    if (std::optional<TherapyTrial> trial = selectedTrial()) {
        trial->status = TrialStatus::Abandoned;
        changeStatus(*trial, tr("abandon the trial"));
    }
}

void TrialsView::finishTrial() {
    if (std::optional<TherapyTrial> trial = selectedTrial()) {
        trial->status = TrialStatus::Finished;
        changeStatus(*trial, tr("finish the trial"));
    }
}

} // namespace painpace
