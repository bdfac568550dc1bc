#include "todaysessionspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/timeformat.h"
#include "edit/editstack.h"
#include "sessionlauncher.h"
#include "storage/database.h"
#include "storage/pacingrepository.h"

namespace painpace {

TodaySessionsPanel::TodaySessionsPanel(const Database& database, EditStack& undoStack,
                                       QWidget* parent)
    : QGroupBox(tr("Pacing today"), parent)
    , m_database(database)
    , m_undoStack(undoStack) {
    m_rows = new QVBoxLayout(this);
    connect(&m_database.notifier(), &DiaryNotifier::pacingChanged, this,
            &TodaySessionsPanel::refresh);
    refresh();
}

QStringList TodaySessionsPanel::sessionTexts() const {
    QStringList texts;
    for (const QLabel* label : findChildren<QLabel*>())
        texts.append(label->text());
    return texts;
}

namespace {

// Only a session that did the planned amount is "done"; one stopped early says how far it got.
QString progressText(const std::optional<int>& mostDone, int planned, AmountUnit unit) {
    if (!mostDone)
        return {};
    if (*mostDone >= planned)
        return TodaySessionsPanel::tr(" ✓ done");
    if (*mostDone == 0)
        return TodaySessionsPanel::tr(" · stopped before any was done");
    return TodaySessionsPanel::tr(" · %1 done, stopped early").arg(amountText(*mostDone, unit));
}

} // namespace

void TodaySessionsPanel::refresh() {
    if (m_refreshing)
        return;
    m_refreshing = true;
    // The rows live in one widget, replaced whole: nothing of the old list can linger.
    delete m_content;
    m_content = new QWidget(this);
    auto* rows = new QVBoxLayout(m_content);
    rows->setContentsMargins(0, 0, 0, 0);
    m_rows->addWidget(m_content);
    const QDate today = QDate::currentDate();
    PacingRepository repository(m_database);
    const QList<PacingSession> done = repository.sessions(0, today, today);
    int shown = 0;
    for (const PacingPlan& plan : repository.plans()) {
        if (!isPlannedDay(plan, today))
            continue;
        const int amount = plannedAmountOn(m_database, plan, today);
        // The most done of today's sessions of this plan says how far today got.
        std::optional<int> mostDone;
        for (const PacingSession& session : done) {
            if (session.planId == plan.id)
                mostDone = std::max(mostDone.value_or(0), session.doneAmount);
        }
        const bool recorded = mostDone.has_value();
        auto* row = new QHBoxLayout;
        rows->addLayout(row);
        auto* label =
            new QLabel(tr("%1: %2 at %3%4")
                           .arg(plan.activityName, amountText(amount, plan.unit),
                                shortTime(plan.time), progressText(mostDone, amount, plan.unit)),
                       m_content);
        auto* start = new QPushButton(recorded ? tr("Again…") : tr("Start…"), m_content);
        start->setAccessibleName(tr("Start %1").arg(plan.activityName));
        row->addWidget(label, 1);
        row->addWidget(start);
        connect(start, &QPushButton::clicked, this, [this, plan, today] {
            runPacingSession(this, m_database, m_undoStack, plan, today);
        });
        ++shown;
    }
    setVisible(shown > 0);
    m_refreshing = false;
}

} // namespace painpace
