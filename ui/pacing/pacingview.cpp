#include "pacingview.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "charts/chartview.h"
#include "charts/pacingchart.h"
#include "common/listpanel.h"
#include "common/refreshwhenshown.h"
#include "common/timeformat.h"
#include "edit/dialogdraft.h"
#include "edit/diaryedits.h"
#include "edit/editstack.h"
#include "pacing/icalendar.h"
#include "pacingweekview.h"
#include "planwizard.h"
#include "sessionlauncher.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/pacingrepository.h"
#include "storage/privatefiles.h"
#include "storage/storageerror.h"

namespace painpace {

namespace {
const QString kNewPlanDraftSlot = QStringLiteral("plan-wizard");
const QString kPlanChangeDraftSlot = QStringLiteral("plan-change-wizard");
} // namespace

namespace {

QString weekdayList(const QList<int>& weekdays) {
    QStringList names;
    for (int day : weekdays)
        names.append(QLocale().dayName(day, QLocale::ShortFormat));
    return names.join(QStringLiteral(", "));
}

QDate mondayOf(const QDate& day) {
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

PacingView::PacingView(const Database& database, EditStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createPlanPanel());
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_summary = new QLabel(right);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_week = new PacingWeekView(right);
    m_chart = new ChartView(right);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_week);
    rightLayout->addWidget(m_chart, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 800});
    layout->addWidget(splitter);

    connect(m_plans, &QListWidget::currentRowChanged, this, &PacingView::showSelectedPlan);
    connect(m_week, &QTableWidget::cellActivated, this, [this](int row, int) {
        m_plans->setCurrentRow(row);
        startSession();
    });
    const DiaryNotifier& notifier = m_database.notifier();
    auto* refresher = new RefreshWhenShown(this, [this] { refresh(); });
    connect(&notifier, &DiaryNotifier::pacingChanged, refresher, &RefreshWhenShown::request);
    connect(&notifier, &DiaryNotifier::checkInSaved, refresher, &RefreshWhenShown::request);
    connect(&notifier, &DiaryNotifier::checkInRemoved, refresher, &RefreshWhenShown::request);
    connect(&notifier, &DiaryNotifier::diaryReloaded, refresher, &RefreshWhenShown::request);
    refresher->loadWhenFirstShown();
}

QWidget* PacingView::createPlanPanel() {
    auto* panel = new ListPanel(tr("Plans"), tr("Pacing plans"), this);
    m_plans = panel->list();
    auto* add = panel->addButton(tr("Ne&w plan…"));
    m_start = panel->addButton(tr("&Start today's session…"));
    m_edit = panel->addButton(tr("Chan&ge plan…"));
    m_archive = panel->addButton(tr("P&ut plan away"));
    auto* calendar = panel->addButton(tr("E&xport to calendar…"));
    // Shown while a session that was running when PainPace stopped waits to be recorded.
    m_resume = panel->addButton(tr("&Record the interrupted session…"));
    connect(m_resume, &QPushButton::clicked, this, &PacingView::resumeInterruptedSession);
    connect(add, &QPushButton::clicked, this, &PacingView::newPlan);
    connect(m_start, &QPushButton::clicked, this, &PacingView::startSession);
    connect(m_edit, &QPushButton::clicked, this, &PacingView::editPlan);
    connect(m_archive, &QPushButton::clicked, this, &PacingView::archivePlan);
    connect(calendar, &QPushButton::clicked, this, &PacingView::chooseCalendarFile);
    return panel;
}

std::optional<PacingPlan> PacingView::selectedPlan() const {
    const int row = m_plans->currentRow();
    if (row < 0 || row >= m_planData.size())
        return std::nullopt;
    return m_planData[row];
}

void PacingView::selectPlan(qint64 id) {
    for (qsizetype row = 0; row < m_planData.size(); ++row) {
        if (m_planData[row].id == id)
            m_plans->setCurrentRow(static_cast<int>(row));
    }
}

// Reviews the weeks that have ended (a write, which announces itself: the guard stops the
// echo), then shows the plans, the week and the selected plan.
void PacingView::refresh() {
    if (m_refreshing)
        return;
    m_refreshing = true;
    const std::optional<PacingPlan> selected = selectedPlan();
    PacingRepository repository(m_database);
    const QDate today = QDate::currentDate();
    QList<PacingWeekView::PlanWeek> weekPlans;
    try {
        m_planData = repository.plans();
        for (const PacingPlan& plan : std::as_const(m_planData))
            weekPlans.append({plan, plannedAmountOn(m_database, plan, today)});
    } catch (const std::exception& error) {
        m_summary->setText(QString::fromUtf8(error.what()).toHtmlEscaped());
    }
    const QSignalBlocker block(m_plans);
    m_plans->clear();
    for (const PacingWeekView::PlanWeek& entry : std::as_const(weekPlans)) {
        m_plans->addItem(tr("%1: %2 on %3")
                             .arg(entry.plan.activityName,
                                  amountText(entry.amount, entry.plan.unit),
                                  weekdayList(entry.plan.weekdays)));
    }
    const QDate monday = mondayOf(today);
    m_week->showWeek(monday, weekPlans, repository.sessions(0, monday, monday.addDays(6)));
    m_plans->setCurrentRow(m_planData.isEmpty() ? -1 : 0);
    if (selected)
        selectPlan(selected->id);
    m_refreshing = false;
    showSelectedPlan();
    showInterruptedSession();
}

void PacingView::showSelectedPlan() {
    const std::optional<PacingPlan> plan = selectedPlan();
    for (QPushButton* button : {m_edit, m_archive, m_start})
        button->setEnabled(plan.has_value());
    if (!plan) {
        m_summary->setText(tr("<p><b>No pacing plan yet.</b></p><p>Pacing means doing a steady "
                              "amount on good days and bad days alike, and growing it slowly. "
                              "Choose <i>New plan…</i> to start one.</p>"));
        ChartModel empty;
        empty.emptyMessage = tr("Your plan's progress will show here.");
        m_chart->setModel(empty);
        return;
    }
    const QDate today = QDate::currentDate();
    PacingRepository repository(m_database);
    PlanProgress progress;
    progress.plan = *plan;
    progress.today = today;
    progress.levels = repository.levels(plan->id);
    progress.sessions = repository.sessions(plan->id, plan->startDate, today);
    progress.summaries = CheckInRepository(m_database).dailySummaries(plan->startDate, today);
    QList<DayActivity> activity;
    for (const PacingSession& session : std::as_const(progress.sessions))
        activity.append({plan->id, session.plannedDay, session.plannedAmount, session.doneAmount});
    progress.boomBust = boomBustDays(activity, progress.summaries);
    const int amount = plannedAmountOn(m_database, *plan, today);
    const QList<int> bouts = splitIntoBouts(amount, plan->boutLimit, plan->unit);
    QString session = amountText(amount, plan->unit);
    if (bouts.size() > 1)
        session = tr("%1 in %2 bouts with %3 min rest")
                      .arg(session)
                      .arg(bouts.size())
                      .arg(plan->restMinutes);
    const QString reason = progress.levels.isEmpty() ? QString() : progress.levels.last().reason;
    m_summary->setText(
        tr("<p><b>%1</b>: %2 on %3 at %4.</p><p>%5</p><p><small>Baseline: %6. Grows %7% after "
           "a steady week.</small></p>")
            .arg(plan->activityName.toHtmlEscaped(), session, weekdayList(plan->weekdays),
                 shortTime(plan->time), reason.toHtmlEscaped(),
                 baselineExplanation(plan->baseline, unitName(plan->unit)).toHtmlEscaped())
            .arg(plan->weeklyIncreasePercent));
    m_chart->setModel(pacingChartModel(progress));
}

void PacingView::newPlan() {
    PlanWizard wizard(this);
    DialogDraft draft(m_database, kNewPlanDraftSlot, wizard);
    draft.restore();
    if (draft.exec() != QDialog::Accepted)
        return;
    PacingPlan plan = wizard.plan();
    try {
        plan = DiaryEdits(m_database, m_undoStack).clearingDraft(kNewPlanDraftSlot).addPlan(plan);
        selectPlan(plan.id);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Plan not saved"), QString::fromUtf8(error.what()));
    }
}

void PacingView::editPlan() {
    const std::optional<PacingPlan> before = selectedPlan();
    if (!before)
        return;
    PlanWizard wizard(this);
    wizard.setPlan(*before);
    // A kept draft belongs to the plan it was changing; another plan's is left for that one.
    const QString uuidKey = QStringLiteral("plan");
    const QString uuid = before->uuid.toString(QUuid::WithoutBraces);
    DialogDraft draft(m_database, kPlanChangeDraftSlot, wizard,
                      {[&] {
                           return QJsonObject{{uuidKey, uuid}};
                       },
                       [&](const QJsonObject& extra) { return extra.value(uuidKey) == uuid; },
                       {}});
    draft.restore();
    if (draft.exec() != QDialog::Accepted)
        return;
    try {
        DiaryEdits(m_database, m_undoStack)
            .clearingDraft(kPlanChangeDraftSlot)
            .changePlan(*before, wizard.plan());
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Plan not saved"), QString::fromUtf8(error.what()));
    }
}

void PacingView::archivePlan() {
    const std::optional<PacingPlan> before = selectedPlan();
    if (!before)
        return;
    PacingPlan after = *before;
    after.archived = true;
    try {
        DiaryEdits(m_database, m_undoStack).changePlan(*before, after);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Plan not changed"), QString::fromUtf8(error.what()));
    }
}

void PacingView::startSession() {
    if (const std::optional<PacingPlan> plan = selectedPlan())
        runPacingSession(this, m_database, m_undoStack, *plan, QDate::currentDate());
    showInterruptedSession();
}

void PacingView::showInterruptedSession() {
    try {
        m_resume->setVisible(interruptedSession(m_database).has_value());
    } catch (const StorageError&) {
        m_resume->setVisible(false);
    }
}

void PacingView::resumeInterruptedSession() {
    const std::optional<InterruptedSession> interrupted = interruptedSession(m_database);
    if (interrupted) {
        selectPlan(interrupted->plan.id);
        runPacingSession(this, m_database, m_undoStack, interrupted->plan, interrupted->day);
    }
    showInterruptedSession();
}

bool PacingView::exportCalendar(const QString& path, int weeks, QString* reason) {
    QList<CalendarSession> sessions;
    const QDate today = QDate::currentDate();
    for (const PacingPlan& plan : std::as_const(m_planData))
        sessions.append(
            calendarSessions(plan, plannedAmountOn(m_database, plan, today), today, weeks));
    // Whole or absent, and private: the sessions say what the person's health allows.
    try {
        privatefiles::writeFileAtomically(path,
                                          toICalendar(sessions, QDateTime::currentDateTimeUtc()));
        return true;
    } catch (const StorageError& error) {
        if (reason)
            *reason = error.message();
        return false;
    }
}

void PacingView::chooseCalendarFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export pacing sessions"),
                                                      QStringLiteral("painpace-pacing.ics"),
                                                      tr("iCalendar file (*.ics)"));
    if (path.isEmpty())
        return;
    QString reason;
    if (!exportCalendar(path, 8, &reason))
        QMessageBox::warning(this, tr("Calendar not saved"),
                             tr("%1. Choose a folder you can save in, and make room on the disk "
                                "if it is full.")
                                 .arg(reason));
}

} // namespace painpace
